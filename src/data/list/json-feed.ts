/**
 * JSON Feed (https://jsonfeed.org/version/1.1, and 1.0) → CardList.
 *
 * Read leniently, as feed readers do: an item that cannot be used is left out with a warning, a
 * field of the wrong type is left out with a warning (`items[2].title: expected text, got a
 * number`), an unsafe URL is dropped. Items without a title (micro-posts, valid in JSON Feed) get
 * one made from their text.
 */
import { DataError, at, readItems, unexpected } from '../errors.js';
import type { Card, CardList } from '../model.js';
import { htmlText } from '../html-blocks.js';
import { defined, fieldUrl, isObject } from '../read.js';
import { feedItem, feedItems, feedPeople, feedText } from '../json-feed.js';
import { joinNames } from './common.js';
import { titleFromText } from '../text.js';

export function parseJsonFeedList(input: unknown, base?: string): CardList {
  if (!isObject(input)) throw unexpected('', 'a JSON Feed object', input);
  const items = feedItems(input);
  const feedAuthor = joinNames(feedPeople(input, '', base).map(person => person.name));
  return defined({
    title: feedText(input, 'title', ''),
    url: fieldUrl(input, 'home_page_url', '', base),
    items: readItems(items, (item, i) => readItem(item, at('items', i), base, feedAuthor)),
  });
}

function readItem(item: unknown, path: string, base: string | undefined, feedAuthor: string | undefined): Card {
  if (!isObject(item)) throw unexpected(path, 'a feed item object', item);
  const summary = feedText(item, 'summary', path) ?? feedText(item, 'content_text', path);
  const title = feedText(item, 'title', path) ?? titleFromText(summary ?? (typeof item.content_html === 'string' ? htmlText(item.content_html) : ''));
  if (!title) throw new DataError(path, 'has no title and no text to make one from');
  const { tags, authors, published, modified, ...fields } = feedItem(item, path, base, true);
  return defined({
    ...fields,
    title,
    date: published ?? modified,
    label: tags.map(tag => tag.trim()).find(Boolean),
    summary,
    author: joinNames(authors.map(person => person.name)) ?? feedAuthor,
  });
}
