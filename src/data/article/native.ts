/**
 * The library's own article JSON (schema/article.schema.json) → Article.
 *
 * This is the one format that can say everything the model can. Only a missing headline rejects
 * the article; a known property with the wrong type, a block or a source that cannot be used, or
 * a citation of an unknown source is left out with a warning naming its path. Unsafe URLs are not
 * errors (the data may be old or third-party): an image with one is dropped and a link becomes its text.
 */
import { DataError, at, describe, lenientField, missingOrUnexpected, unexpected, warn } from '../errors.js';
import type { Article, Block, Inline } from '../model.js';
import { readPicture } from '../picture.js';
import { MAX_DEPTH, defined, fieldUrl, isObject, type JsonObject, optionalDate, optionalLang, optionalText, readEntries, textList, requireText, requireUrl, tooDeep } from '../read.js';
import { tidy } from '../html-blocks.js';
import { safeUrl } from '../urls.js';
import { numberSources, textToParagraphs, uniqueTags, type SourceDraft } from './common.js';

const BLOCK_TYPES = ['paragraph', 'heading', 'quote', 'list', 'image'];
const INLINE_TYPES = ['link', 'em', 'strong', 'code', 'cite'];

export function parseNativeArticle(input: unknown, base?: string): Article {
  if (!isObject(input)) throw unexpected('', 'an article object', input);
  const optional = <T>(read: (value: unknown, path: string) => T, key: string) => lenientField(read, input, key, '');

  /**
   * A person: text, or `{name, url}`; with `isSource`, a source: text, or `{id, name, url, publisher}`
   * whose `id` no earlier source has.
   */
  const seen = new Set<string>();
  const named = (value: unknown, path: string, isSource?: boolean): SourceDraft => {
    if (typeof value === 'string') return { name: requireText(value, path) };
    if (!isObject(value)) throw unexpected(path, isSource ? 'text or a source object' : 'text or an object with a "name"', value);
    const id = isSource ? optionalText(value.id, at(path, 'id')) : undefined;
    // An id is new when adding it grows the set.
    if (id !== undefined && seen.size === seen.add(id).size) {
      throw new DataError(at(path, 'id'), `"${id}" is used by an earlier source; source ids must be unique`);
    }
    return defined({
      id,
      name: requireText(value.name, at(path, 'name')),
      url: fieldUrl(value, 'url', path, base),
      publisher: isSource ? lenientField(optionalText, value, 'publisher', path) : undefined,
    });
  };

  // Sources first: inline citations in the body are checked against their ids.
  const sources = numberSources(optional(list((value, path) => named(value, path, true), 'a list of sources'), 'sources') ?? []);
  const ids = sources.map(source => source.id);

  /** A block's or mark's `text` (plain) or `content` (inlines); `content` wins when both are given. */
  const content = (value: JsonObject, path: string): Inline[] => {
    if (value.content != null) {
      const contentPath = at(path, 'content');
      if (!Array.isArray(value.content)) throw unexpected(contentPath, 'a list of inline content', value.content);
      return inlines(value.content, contentPath);
    }
    if (value.text == null) throw new DataError(path, 'needs "text" or "content"');
    const text = optionalText(value.text, at(path, 'text'));
    return text ? [text] : [];
  };
  /** How many runs of inlines hold the one being read: a block's content is the first, a mark's inside it the second. */
  let depth = 0;
  /**
   * A run of inlines, its whitespace collapsed and ends trimmed as the HTML reader does; one nested
   * deeper than MAX_DEPTH (or inside itself) is a DataError, which costs the block that holds it.
   */
  const inlines = (values: unknown[], path: string): Inline[] => {
    if (depth === MAX_DEPTH) throw tooDeep(path);
    depth++;
    try {
      return tidy(values.flatMap((value, i) => inline(value, at(path, i))));
    } finally {
      depth--;
    }
  };
  /** One inline, as a list because a link with an unsafe href turns into its content. */
  const inline = (value: unknown, path: string): Inline[] => {
    if (typeof value === 'string') return [value];
    if (!isObject(value)) throw unexpected(path, 'text or an inline object', value);
    const type = readType(value, path, INLINE_TYPES);
    if (type === 'cite') {
      const id = requireText(value.source, at(path, 'source'));
      if (ids.includes(id)) return [{ type: 'cite', source: id }];
      const known = ids.length ? `; known ids: ${ids.slice(0, 10).join(', ')}` : '; the article has no sources';
      // The citation mark goes; the text around it stays.
      warn(at(path, 'source'), `no source with id "${id.slice(0, 40)}"${known}`);
      return [];
    }
    const href = type === 'link' ? safeUrl(requireUrl(value.href, at(path, 'href')), base) : undefined;
    const inner = content(value, path);
    if (!inner.length) return [];
    if (type !== 'link') return [{ type: type as 'em' | 'strong' | 'code', content: inner }];
    return href ? [{ type, href, content: inner }] : inner;
  };

  /** One block, or `undefined` for one with nothing to show (empty text, an unsafe image). */
  const block = (value: unknown, path: string): Block | undefined => {
    if (typeof value === 'string') value = { type: 'paragraph', text: value };
    if (!isObject(value)) throw unexpected(path, 'text or a block object', value);
    const type = readType(value, path, BLOCK_TYPES);
    if (type === 'image') {
      const image = readPicture(value, path, base, true);
      return image && { type: 'image', image };
    }
    if (type === 'list') {
      const ordered = value.ordered ?? false;
      if (typeof ordered !== 'boolean') throw unexpected(at(path, 'ordered'), 'true or false', ordered);
      const itemsPath = at(path, 'items');
      if (!Array.isArray(value.items)) throw missingOrUnexpected(itemsPath, 'a list of items', value.items);
      const items = value.items
        .map((item, i) => (Array.isArray(item) ? inlines(item, at(itemsPath, i)) : tidy(inline(item, at(itemsPath, i)))))
        .filter(item => item.length);
      return items.length ? { type: 'list', ordered, items } : undefined;
    }
    const level = value.level ?? 2;
    if (type === 'heading' && level !== 2 && level !== 3) throw unexpected(at(path, 'level'), '2 or 3 (the headline is the only level 1)', level);
    const inner = content(value, path);
    if (!inner.length) return undefined;
    if (type === 'heading') return { type: 'heading', level: level as 2 | 3, content: inner };
    if (type === 'quote') return defined<Block>({ type: 'quote', content: inner, attribution: lenientField(optionalText, value, 'attribution', path) });
    return { type: 'paragraph', content: inner };
  };

  return defined({
    headline: requireText(input.headline, 'headline'),
    id: optional(optionalText, 'id'),
    url: fieldUrl(input, 'url', '', base),
    section: optional(optionalText, 'section'),
    standfirst: optional(optionalText, 'standfirst'),
    authors: readEntries(input.authors, 'authors', named),
    publisher: optional(named, 'publisher'),
    published: optional(optionalDate, 'published'),
    modified: optional(optionalDate, 'modified'),
    image: optional((value, path) => readPicture(value, path, base, true), 'image'),
    body:
      optional((value, path) => (typeof value === 'string' ? textToParagraphs(value) : list(block, 'text or a list of blocks')(value, path)), 'body') ?? [],
    tags: uniqueTags(textList(input.tags, 'tags')),
    sources,
    lang: optional(optionalLang, 'lang'),
  });
}

/**
 * A reader for a list whose entries `read` reads one by one: an entry it cannot use is left out
 * with a warning; a value that is not a list is an error (`expected`).
 */
function list<T>(read: (value: unknown, path: string) => T | undefined, expected: string) {
  return (value: unknown, path: string): T[] => {
    if (!Array.isArray(value)) throw unexpected(path, expected, value);
    return readEntries(value, path, read);
  };
}

/** The `type` of a block or inline object, one of `allowed`. */
function readType(value: JsonObject, path: string, allowed: string[]): string {
  const type = value.type;
  // (`includes` finds no text in what is not text.)
  if (allowed.includes(type as string)) return type as string;
  const got = type === undefined ? 'it is missing' : typeof type === 'string' ? `got "${type.slice(0, 40)}"` : `got ${describe(type)}`;
  throw new DataError(at(path, 'type'), `expected one of ${allowed.join(', ')}; ${got}`);
}
