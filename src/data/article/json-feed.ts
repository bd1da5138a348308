/**
 * JSON Feed (https://jsonfeed.org/version/1.1) item → Article.
 *
 * Accepts one item, or a whole feed (1.0 or 1.1), whose first item is the article and which
 * supplies what the item leaves out: authors (`authors`, or 1.0's `author`) and `language`.
 */
import { DataError, at, missingOrUnexpected, unexpected } from '../errors.js';
import type { Article, Block, Person, Picture } from '../model.js';
import { htmlToBlocks } from '../html-blocks.js';
import { defined, isObject, type JsonObject, optionalDate, optionalId, optionalLang, optionalRawText, optionalText, optionalTextList, optionalUrl, requireText } from '../read.js';
import { safeUrl } from '../urls.js';
import { textToParagraphs, uniqueTags } from './common.js';

const VERSION_PREFIX = 'https://jsonfeed.org/version/';

export function isJsonFeed(value: JsonObject): boolean {
  return typeof value.version === 'string' && value.version.startsWith(VERSION_PREFIX);
}

export function parseJsonFeedItem(input: unknown, base?: string): Article {
  if (!isObject(input)) throw unexpected('', 'a JSON Feed item object', input);
  if (!isJsonFeed(input)) return readItem(input, '', base);

  const { items } = input;
  if (!Array.isArray(items)) {
    throw missingOrUnexpected('items', 'a list of feed items', items);
  }
  if (!items.length) throw new DataError('items', 'the feed has no items');
  const path = at('items', 0);
  if (!isObject(items[0])) throw unexpected(path, 'a feed item object', items[0]);
  return readItem(items[0], path, base, input);
}

function readItem(item: JsonObject, path: string, base: string | undefined, feed?: JsonObject): Article {
  const url = safeUrl(optionalUrl(item.url, at(path, 'url')), base, 'link');
  const image = itemImage(item, path, base);
  const itemAuthors = people(item, path, base);
  return defined({
    id: optionalId(item.id, at(path, 'id')),
    url: url ?? safeUrl(optionalUrl(item.external_url, at(path, 'external_url')), base, 'link'),
    headline: requireText(item.title, at(path, 'title')),
    standfirst: optionalText(item.summary, at(path, 'summary')),
    authors: itemAuthors.length ? itemAuthors : feed ? people(feed, '', base) : [],
    published: optionalDate(item.date_published, at(path, 'date_published')),
    modified: optionalDate(item.date_modified, at(path, 'date_modified')),
    image,
    // Relative links in an item's HTML are relative to the item's own page, as feed readers treat them.
    body: body(item, path, url ?? base),
    tags: uniqueTags(optionalTextList(item.tags, at(path, 'tags'))),
    sources: [],
    lang: optionalLang(item.language, at(path, 'language')) ?? (feed && optionalLang(feed.language, 'language')),
  });
}

/** An item's `image`, else its `banner_image`: the first that passes the allowlist. */
export function itemImage(item: JsonObject, path: string, base: string | undefined): Picture | undefined {
  const url =
    safeUrl(optionalUrl(item.image, at(path, 'image')), base, 'media') ?? safeUrl(optionalUrl(item.banner_image, at(path, 'banner_image')), base, 'media');
  return url ? { url } : undefined;
}

/** `authors` (1.1), else `author` (1.0); an author with only a URL or avatar has no name to show. */
export function people(owner: JsonObject, path: string, base: string | undefined): Person[] {
  const key = owner.authors !== undefined && owner.authors !== null ? 'authors' : 'author';
  const value = owner[key];
  if (value === undefined || value === null) return [];
  const list = key === 'authors' ? value : [value];
  if (!Array.isArray(list)) throw unexpected(at(path, key), 'a list of authors', value);
  return list.flatMap((author, i) => {
    const authorPath = key === 'authors' ? at(at(path, key), i) : at(path, key);
    if (!isObject(author)) throw unexpected(authorPath, 'an author object with a "name"', author);
    const name = optionalText(author.name, at(authorPath, 'name'));
    if (!name) return [];
    return [defined({ name, url: safeUrl(optionalUrl(author.url, at(authorPath, 'url')), base, 'link') })];
  });
}

/**
 * `content_html` when it can be read (it keeps links and structure), else `content_text`. Without
 * a DOMParser (server rendering) the HTML cannot be read safely, so only the text version helps.
 */
function body(item: JsonObject, path: string, base: string | undefined): Block[] {
  const html = optionalRawText(item.content_html, at(path, 'content_html'));
  const text = optionalRawText(item.content_text, at(path, 'content_text'));
  if (html !== undefined) {
    try {
      const blocks = htmlToBlocks(html, base);
      // HTML that converts to nothing (an embed, say) leaves the text version to show.
      if (blocks.length || text === undefined) return blocks;
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      if (text === undefined) throw new DataError(at(path, 'content_html'), error.message);
    }
  }
  return text === undefined ? [] : textToParagraphs(text);
}
