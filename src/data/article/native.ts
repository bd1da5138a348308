/**
 * The library's own article JSON (schema/article.schema.json) → Article.
 *
 * This is the one format that can say everything the model can. Only a missing headline rejects
 * the article; a known property with the wrong type, a block or a source that cannot be used, or
 * a citation of an unknown source is left out with a warning naming its path. Unsafe URLs are not
 * errors (the data may be old or third-party): an image with one is dropped and a link becomes its text.
 */
import { DataError, at, describe, lenient, missingOrUnexpected, unexpected } from '../errors.js';
import type { Article, Block, Inline, Person, Source } from '../model.js';
import { readPicture } from '../picture.js';
import { defined, isObject, type JsonObject, optionalDate, optionalLang, optionalText, textList, optionalUrl, requireText, requireUrl } from '../read.js';
import { tidy } from '../html-blocks.js';
import { safeUrl } from '../urls.js';
import { numberSources, textToParagraphs, uniqueTags, type SourceDraft } from './common.js';

const BLOCK_TYPES = ['paragraph', 'heading', 'quote', 'list', 'image'] as const;
const INLINE_TYPES = ['link', 'em', 'strong', 'code', 'cite'] as const;

export function parseNativeArticle(input: unknown, base?: string): Article {
  if (!isObject(input)) throw unexpected('', 'an article object', input);
  // Sources first: inline citations in the body are checked against their ids.
  const sources = readSources(input.sources, base);
  const reader = new NativeReader(base, new Set(sources.map(source => source.id)));
  return defined({
    headline: requireText(input.headline, 'headline'),
    id: lenient(() => optionalText(input.id, 'id')),
    url: safeUrl(lenient(() => optionalUrl(input.url, 'url')), base, 'link'),
    section: lenient(() => optionalText(input.section, 'section')),
    standfirst: lenient(() => optionalText(input.standfirst, 'standfirst')),
    authors: lenient(() => reader.people(input.authors, 'authors'), []),
    publisher: isAbsent(input.publisher) ? undefined : lenient(() => reader.person(input.publisher, 'publisher')),
    published: lenient(() => optionalDate(input.published, 'published')),
    modified: lenient(() => optionalDate(input.modified, 'modified')),
    image: isAbsent(input.image) ? undefined : lenient(() => readPicture(input.image, 'image', base, true)),
    body: lenient(() => reader.body(input.body), []),
    tags: uniqueTags(textList(input.tags, 'tags')),
    sources,
    lang: lenient(() => optionalLang(input.lang, 'lang')),
  });
}

function isAbsent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

function readSources(value: unknown, base: string | undefined): Source[] {
  if (isAbsent(value)) return [];
  if (!Array.isArray(value)) return lenient(() => {
    throw unexpected('sources', 'a list of sources', value);
  }, []);
  const seen = new Set<string>();
  const drafts = value.flatMap((item, i) => lenient((): SourceDraft => {
    const path = at('sources', i);
    if (typeof item === 'string') return { name: requireText(item, path) };
    if (!isObject(item)) throw unexpected(path, 'text or a source object', item);
    const id = optionalText(item.id, at(path, 'id'));
    if (id !== undefined) {
      if (seen.has(id)) throw new DataError(at(path, 'id'), `"${id}" is used by an earlier source; source ids must be unique`);
      seen.add(id);
    }
    return defined({
      id,
      name: requireText(item.name, at(path, 'name')),
      url: safeUrl(lenient(() => optionalUrl(item.url, at(path, 'url'))), base, 'link'),
      publisher: lenient(() => optionalText(item.publisher, at(path, 'publisher'))),
    });
  }) ?? []);
  return numberSources(drafts);
}

/** Reads the parts that need the base URL and the known source ids. */
class NativeReader {
  readonly #base: string | undefined;
  readonly #sourceIds: Set<string>;

  constructor(base: string | undefined, sourceIds: Set<string>) {
    this.#base = base;
    this.#sourceIds = sourceIds;
  }

  people(value: unknown, path: string): Person[] {
    if (isAbsent(value)) return [];
    if (!Array.isArray(value)) return [this.person(value, path)];
    return value.flatMap((item, i) => lenient(() => this.person(item, at(path, i))) ?? []);
  }

  person(value: unknown, path: string): Person {
    if (typeof value === 'string') return { name: requireText(value, path) };
    if (!isObject(value)) throw unexpected(path, 'text or an object with a "name"', value);
    return defined({
      name: requireText(value.name, at(path, 'name')),
      url: safeUrl(lenient(() => optionalUrl(value.url, at(path, 'url'))), this.#base, 'link'),
    });
  }

  body(value: unknown): Block[] {
    if (isAbsent(value)) return [];
    if (typeof value === 'string') return textToParagraphs(value);
    if (!Array.isArray(value)) throw unexpected('body', 'text or a list of blocks', value);
    return value.flatMap((block, i) => lenient(() => this.#block(block, at('body', i))) ?? []);
  }

  /** One block, or `undefined` for one with nothing to show (empty text, an unsafe image). */
  #block(value: unknown, path: string): Block | undefined {
    if (typeof value === 'string') return this.#paragraph({ text: value }, path);
    if (!isObject(value)) throw unexpected(path, 'text or a block object', value);
    const type = readType(value, path, BLOCK_TYPES);
    switch (type) {
      case 'paragraph':
        return this.#paragraph(value, path);
      case 'heading': {
        const level = value.level ?? 2;
        if (level !== 2 && level !== 3) {
          throw unexpected(at(path, 'level'), '2 or 3 (the headline is the only level 1)', level);
        }
        const content = this.#content(value, path);
        return content.length ? { type: 'heading', level, content } : undefined;
      }
      case 'quote': {
        const content = this.#content(value, path);
        const attribution = optionalText(value.attribution, at(path, 'attribution'));
        return content.length ? defined<Block>({ type: 'quote', content, attribution }) : undefined;
      }
      case 'list':
        return this.#list(value, path);
      case 'image': {
        const image = readPicture(value, path, this.#base, true);
        return image && { type: 'image', image };
      }
    }
  }

  #paragraph(value: JsonObject, path: string): Block | undefined {
    const content = this.#content(value, path);
    return content.length ? { type: 'paragraph', content } : undefined;
  }

  #list(value: JsonObject, path: string): Block | undefined {
    const ordered = value.ordered ?? false;
    if (typeof ordered !== 'boolean') throw unexpected(at(path, 'ordered'), 'true or false', ordered);
    const itemsPath = at(path, 'items');
    if (!Array.isArray(value.items)) {
      throw missingOrUnexpected(itemsPath, 'a list of items', value.items);
    }
    const items = value.items
      .map((item, i) => {
        const itemPath = at(itemsPath, i);
        return Array.isArray(item) ? this.#inlines(item, itemPath) : tidy(this.#inline(item, itemPath));
      })
      .filter(item => item.length > 0);
    return items.length ? { type: 'list', ordered, items } : undefined;
  }

  /** A block's or mark's `text` (plain) or `content` (inlines); `content` wins when both are given. */
  #content(value: JsonObject, path: string): Inline[] {
    if (!isAbsent(value.content)) {
      const contentPath = at(path, 'content');
      if (!Array.isArray(value.content)) throw unexpected(contentPath, 'a list of inline content', value.content);
      return this.#inlines(value.content, contentPath);
    }
    if (isAbsent(value.text)) throw new DataError(path, 'needs "text" or "content"');
    const text = optionalText(value.text, at(path, 'text'));
    return text ? [text] : [];
  }

  /** A run of inlines, its whitespace collapsed and ends trimmed as the HTML reader does. */
  #inlines(values: unknown[], path: string): Inline[] {
    return tidy(values.flatMap((value, i) => this.#inline(value, at(path, i))));
  }

  /** One inline, as a list because a link with an unsafe href turns into its content. */
  #inline(value: unknown, path: string): Inline[] {
    if (typeof value === 'string') return [value];
    if (!isObject(value)) throw unexpected(path, 'text or an inline object', value);
    const type = readType(value, path, INLINE_TYPES);
    switch (type) {
      case 'link': {
        const href = safeUrl(requireUrl(value.href, at(path, 'href')), this.#base, 'link');
        const content = this.#content(value, path);
        if (!content.length) return [];
        return href ? [{ type: 'link', href, content }] : content;
      }
      case 'em':
      case 'strong':
      case 'code': {
        const content = this.#content(value, path);
        return content.length ? [{ type, content }] : [];
      }
      case 'cite': {
        const source = requireText(value.source, at(path, 'source'));
        if (!this.#sourceIds.has(source)) {
          const known = this.#sourceIds.size ? `; known ids: ${[...this.#sourceIds].slice(0, 10).join(', ')}` : '; the article has no sources';
          // The citation mark goes; the text around it stays.
          return lenient(() => {
            throw new DataError(at(path, 'source'), `no source with id "${source.slice(0, 40)}"${known}`);
          }, []);
        }
        return [{ type: 'cite', source }];
      }
    }
  }
}

/** The `type` of a block or inline object, one of `allowed`. */
function readType<T extends string>(value: JsonObject, path: string, allowed: readonly T[]): T {
  const type = value.type;
  if (typeof type === 'string' && (allowed as readonly string[]).includes(type)) return type as T;
  const got = type === undefined ? 'it is missing' : typeof type === 'string' ? `got "${type.slice(0, 40)}"` : `got ${describe(type)}`;
  throw new DataError(at(path, 'type'), `expected one of ${allowed.join(', ')}; ${got}`);
}
