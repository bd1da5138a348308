/**
 * Data for `<source-list>` → Source[]: a list of sources, or a whole article whose sources to show.
 *
 * A list holds text (a name like "Pravda", or a URL, shown by its host name) and/or
 * CreativeWork-like objects (`name` or `headline`, `url`, `publisher` as text or `{name}`), the
 * shapes of schema.org `citation` and of news-elements article `sources`. An article in any
 * format `parseArticle` reads gives its own sources.
 *
 * An array is a JSON-LD article document rather than a list of sources when it has what only
 * such documents have: an `@graph`, an article's `citation`/`isBasedOn`, or the page nodes SEO
 * plugins print beside an article (`WebPage`, `WebSite`, `BreadcrumbList`).
 */
import { DataError, at, onlyDataErrors, readItems, unexpected } from './errors.js';
import type { Source } from './model.js';
import { parseJsonText } from './json.js';
import { isObject, optionalText, optionalUrl, type JsonObject } from './read.js';
import { typesOf } from './linked-data.js';
import { detectArticleFormat, parseArticle } from './article/index.js';
import { numberSources, readSource, uniqueSources, type SourceDraft } from './article/common.js';

export interface ParseSourcesOptions {
  /** The URL the data came from; relative URLs in it resolve against this. */
  base?: string;
}

const PAGE_TYPES = new Set(['WebPage', 'WebSite', 'BreadcrumbList']);

/** Reads a list of sources, or an article's sources: the data as a value, or the text of a JSON document. */
export function parseSourceList(data: unknown, options: ParseSourcesOptions = {}): Source[] {
  const { base } = options;
  return onlyDataErrors('the sources', () => {
    const input = typeof data === 'string' ? parseJsonText(data) : data;
    if (Array.isArray(input) && !input.some(isArticleDocumentPart)) return readSources(input, base);
    if (detectArticleFormat(input)) return parseArticle(input, options).sources;
    // An object or a list is all there is of type "object" but null.
    throw typeof input === 'object' && input
      ? new DataError('', 'expected a list of sources (names, URLs or objects with a "name" and "url") or an article with sources')
      : unexpected('', 'a list of sources or an article', input);
  });
}

function isArticleDocumentPart(value: unknown): boolean {
  if (!isObject(value)) return false;
  if ('@graph' in value || 'citation' in value || 'isBasedOn' in value) return true;
  return typesOf(value).some(type => PAGE_TYPES.has(type));
}

function readSources(list: unknown[], base: string | undefined): Source[] {
  // A source that cannot be used is left out with a warning; the others are listed. When none of
  // them can be, nothing usable remains (readItems); blank ones are no sources, and no errors.
  const drafts = readItems(list, (item, i) => readSourceItem(item, at('', i), base));
  return numberSources(uniqueSources(drafts.filter(draft => draft !== undefined)));
}

/** One source, or `undefined` for blank text or a source whose only URL the allowlist rejects. */
function readSourceItem(item: unknown, path: string, base: string | undefined): SourceDraft | undefined {
  if (typeof item !== 'string' && !isObject(item)) throw unexpected(path, 'a source name or object', item);
  let url: string | undefined;
  const source = readSource(item, path, base, object => {
    url = optionalUrl(object.url, at(path, 'url'));
    return { url, publisher: publisherName(object, path) };
  });
  if (!source && isObject(item) && !url) throw new DataError(path, 'a source needs a "name" or a "url"');
  return source;
}

/** `publisher` as text or as an object with a `name` (a schema.org Organization). */
function publisherName(item: JsonObject, path: string): string | undefined {
  const { publisher } = item;
  const publisherPath = at(path, 'publisher');
  if (isObject(publisher)) return optionalText(publisher.name, at(publisherPath, 'name'));
  if (publisher === undefined || publisher === null || typeof publisher === 'string') return optionalText(publisher, publisherPath);
  throw unexpected(publisherPath, 'text or an object with a "name"', publisher);
}
