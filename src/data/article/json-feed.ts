/**
 * JSON Feed (https://jsonfeed.org/version/1.1) item → Article.
 *
 * Accepts one item, or a whole feed (1.0 or 1.1, either version URL scheme), whose first item is
 * the article and which supplies what the item leaves out: authors (`authors`, or 1.0's `author`)
 * and `language`. Only a missing title rejects the article; a field that cannot be used is left
 * out with a warning.
 */
import { DataError, at, lenient, lenientField, unexpected, within } from '../errors.js';
import type { Article, Block } from '../model.js';
import { htmlToBlocks } from '../html-blocks.js';
import { publisherText } from '../text.js';
import { defined, isObject, optionalLang, optionalRawText, requireText, type JsonObject } from '../read.js';
import { feedItem, feedItems, feedPeople, feedText, isJsonFeed } from '../json-feed.js';
import { textToParagraphs, uniqueTags } from './common.js';

export function parseJsonFeedItem(input: unknown, base?: string): Article {
  if (!isObject(input)) throw unexpected('', 'a JSON Feed item object', input);
  if (!isJsonFeed(input)) return readItem(input, '', base);

  const items = feedItems(input);
  if (!items.length) throw new DataError('items', 'the feed has no items');
  const path = at('items', 0);
  if (!isObject(items[0])) throw unexpected(path, 'a feed item object', items[0]);
  return readItem(items[0], path, base, input);
}

function readItem(item: JsonObject, path: string, base: string | undefined, feed?: JsonObject): Article {
  // Never blank: text that is nothing but markup is kept as written (see publisherText).
  const headline = publisherText(requireText(item.title, at(path, 'title')));
  const { tags, authors, ...fields } = feedItem(item, path, base);
  const lang = (owner: JsonObject, ownerPath: string) => lenientField(optionalLang, owner, 'language', ownerPath);
  return defined({
    ...fields,
    headline,
    standfirst: feedText(item, 'summary', path),
    authors: authors.length ? authors : feed ? feedPeople(feed, '', base) : [],
    // Relative links in an item's HTML are relative to the item's own page, as feed readers treat them.
    body: body(item, path, fields.url ?? base),
    tags: uniqueTags(tags),
    sources: [],
    lang: lang(item, path) ?? (feed && lang(feed, '')),
  });
}

/** `content_html` when it can be read (it keeps links and structure), else `content_text`. */
function body(item: JsonObject, path: string, base: string | undefined): Block[] {
  const html = lenientField(optionalRawText, item, 'content_html', path);
  const text = lenientField(optionalRawText, item, 'content_text', path);
  const blocks = html === undefined ? [] : (lenient(() => within(at(path, 'content_html'), () => htmlToBlocks(html, base))) ?? []);
  // HTML that converts to nothing (an embed, say) leaves the text version to show.
  return blocks.length || text === undefined ? blocks : textToParagraphs(text, true);
}
