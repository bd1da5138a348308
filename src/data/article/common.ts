/**
 * Pieces every article parser needs in the same form, so the three formats agree on what a
 * paragraph, a tag list or a source id is.
 */
import type { Block, ParagraphBlock, Source } from '../model.js';
import { at } from '../errors.js';
import { htmlText, htmlToBlocks } from '../html-blocks.js';
import { cleanText, defined, isObject, looksLikeUrl, optionalText, type JsonObject } from '../read.js';
import { safeUrl } from '../urls.js';

const BLANK_LINE = /\n[ \t\r\f\v]*\n/;

/**
 * Plain text as paragraphs: a blank line starts a new paragraph and single line breaks are just
 * wrapping (the convention of `articleBody`, `content_text` and hand-written JSON) — unless the
 * text has no blank line at all, when each line is a paragraph (CMSs that write one per line).
 * With `decode`, entities (`&amp;`, `&#8217;`) are read as the characters they stand for.
 */
export function textToParagraphs(text: string, decode = false): ParagraphBlock[] {
  return text
    .split(BLANK_LINE.test(text) ? BLANK_LINE : '\n')
    .map(paragraph => (decode ? htmlText(paragraph) : cleanText(paragraph)))
    .filter(Boolean)
    .map(paragraph => ({ type: 'paragraph', content: [paragraph] }));
}

/** An HTML element tag (`<p>`, `</a>`, `<br/>`): what tells a text field holding markup from plain text. */
const TAG = /<\/?[a-z][a-z\d]*(?:\s[^<>]*)?\/?>/i;

/**
 * A body that publishers give as text but write as they please (JSON-LD `articleBody`): HTML read
 * through the allowlist when it holds tags, else paragraphs of text with entities decoded.
 */
export function textBody(text: string, base: string | undefined): Block[] {
  return TAG.test(text) ? htmlToBlocks(text, base) : textToParagraphs(text, true);
}

/** Tags trimmed, blanks dropped and duplicates (ignoring case) removed, first spelling kept. */
export function uniqueTags(tags: string[]): string[] {
  return unique(tags.map(cleanText).filter(Boolean), tag => tag.toLocaleLowerCase());
}

/** The items whose `key` no earlier item had. */
function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  // A key is new when adding it grows the set.
  return items.filter(item => seen.size < seen.add(key(item)).size);
}

/** A source before it has its id: formats other than native JSON never carry one. */
export type SourceDraft = Omit<Source, 'id'> & { id?: string };

/**
 * Gives every source without an id `source-N`, N being its position (1-based), skipping numbers
 * an explicit id already took, so inline citations written by hand stay stable.
 * Explicit ids are expected to be unique already (the native parser checks them with a path).
 */
export function numberSources(drafts: SourceDraft[]): Source[] {
  const taken = new Set(drafts.map(draft => draft.id));
  return drafts.map((draft, index) => {
    if (draft.id !== undefined) return draft as Source;
    let id: string;
    for (let n = index + 1; taken.has((id = `source-${n}`)); n++);
    taken.add(id);
    return { ...draft, id };
  });
}

/** Drops repeated sources (same URL, or same name when neither has a URL), keeping the first. */
export function uniqueSources(drafts: SourceDraft[]): SourceDraft[] {
  return unique(drafts, draft => (draft.url ? `url:${draft.url}` : `name:${draft.name.toLocaleLowerCase()}`));
}

/**
 * A source named only by its URL (`"citation": "https://www.kyivpost.com/post/1"`) is shown by
 * its host name; a URL the allowlist rejects leaves nothing worth showing, so it gives `undefined`.
 */
export function sourceFromUrl(text: string | undefined, base?: string): SourceDraft | undefined {
  const url = safeUrl(text, base);
  if (!url) return undefined;
  const host = new URL(url).hostname.replace(/^www\./, '');
  return { name: host || url, url };
}

/**
 * One source as `citation`/`isBasedOn` and source lists write it: text (a name, or a URL shown by
 * its host name), or a CreativeWork-like object (`name` or `headline`, a `url`, a `publisher`),
 * whose URL and publisher `links` reads as strictly as its format wants. `undefined` for another
 * kind of value, blank text, or a source whose only URL the allowlist rejects.
 */
export function readSource(
  value: unknown,
  path: string,
  base: string | undefined,
  links: (source: JsonObject) => { url: string | undefined; publisher: string | undefined },
): SourceDraft | undefined {
  if (typeof value === 'string') {
    if (looksLikeUrl(value)) return sourceFromUrl(value, base);
    const name = cleanText(value);
    return name ? { name } : undefined;
  }
  if (!isObject(value)) return undefined;
  const name = optionalText(value.name, at(path, 'name')) ?? optionalText(value.headline, at(path, 'headline'));
  const { url, publisher } = links(value);
  const source = name ? { name, url: safeUrl(url, base) } : sourceFromUrl(url, base);
  return source && defined({ ...source, publisher });
}
