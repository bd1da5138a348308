/**
 * JSON Feed (https://jsonfeed.org/version/1.1, and 1.0) → CardList.
 *
 * Read with the article parser's strictness: a field of the wrong type is a DataError naming its
 * path (`items[2].title: expected text, got a number`); an unsafe URL is dropped, not an error.
 *
 * JSON Feed allows items without a title (micro-posts); such an item has no link text to show
 * as a card and is left out. HTML is not read here, so this format needs no DOM.
 */
import { at, missingOrUnexpected, unexpected } from '../errors.js';
import type { Card, CardList } from '../model.js';
import { defined, isObject, type JsonObject, optionalDate, optionalId, optionalText, optionalTextList, optionalUrl } from '../read.js';
import { safeUrl } from '../urls.js';
import { isJsonFeed, itemImage, people } from '../article/json-feed.js';
import { joinNames } from './common.js';

export { isJsonFeed };

export function parseJsonFeedList(input: unknown, base?: string): CardList {
  if (!isObject(input)) throw unexpected('', 'a JSON Feed object', input);
  const { items } = input;
  if (!Array.isArray(items)) {
    throw missingOrUnexpected('items', 'a list of feed items', items);
  }
  const feedAuthor = authorNames(input, '', base);
  return defined({
    title: optionalText(input.title, 'title'),
    url: safeUrl(optionalUrl(input.home_page_url, 'home_page_url'), base, 'link'),
    items: items.flatMap((item, i) => readItem(item, at('items', i), base, feedAuthor) ?? []),
  });
}

function readItem(item: unknown, path: string, base: string | undefined, feedAuthor: string | undefined): Card | undefined {
  if (!isObject(item)) throw unexpected(path, 'a feed item object', item);
  const title = optionalText(item.title, at(path, 'title'));
  if (!title) return undefined;
  return defined({
    id: optionalId(item.id, at(path, 'id')),
    title,
    url: safeUrl(optionalUrl(item.url, at(path, 'url')), base, 'link') ?? safeUrl(optionalUrl(item.external_url, at(path, 'external_url')), base, 'link'),
    image: itemImage(item, path, base),
    date: optionalDate(item.date_published, at(path, 'date_published')) ?? optionalDate(item.date_modified, at(path, 'date_modified')),
    label: optionalTextList(item.tags, at(path, 'tags')).find(Boolean),
    summary: optionalText(item.summary, at(path, 'summary')) ?? optionalText(item.content_text, at(path, 'content_text')),
    author: authorNames(item, path, base) ?? feedAuthor,
  });
}

/** The names of `authors` (1.1), else `author` (1.0), as one byline, read as for an article. */
function authorNames(owner: JsonObject, path: string, base: string | undefined): string | undefined {
  return joinNames(people(owner, path, base).map(person => person.name));
}
