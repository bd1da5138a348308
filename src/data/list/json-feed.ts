/**
 * JSON Feed (https://jsonfeed.org/version/1.1, and 1.0) → CardList.
 *
 * Read with the article parser's strictness: a field of the wrong type is a DataError naming its
 * path (`items[2].title: expected text, got a number`); an unsafe URL is dropped, not an error.
 *
 * JSON Feed allows items without a title (micro-posts). Such an item takes its title from its
 * `summary` or `content_text`, shortened; an item with neither (only `content_html`) has nothing
 * to show as a card's link text and is left out. HTML is not read here, so this format needs no DOM.
 */
import { at, missingOrUnexpected, unexpected } from '../errors.js';
import type { Card, CardList } from '../model.js';
import { isObject, optionalDate, optionalId, optionalText, optionalTextList, optionalUrl, type JsonObject } from '../read.js';
import { safeUrl } from '../urls.js';
import { defined } from '../article/common.js';
import { isJsonFeed, itemImage } from '../article/json-feed.js';
import { joinNames, titleFromText } from './common.js';

export { isJsonFeed };

export function parseJsonFeedList(input: unknown, base?: string): CardList {
  if (!isObject(input)) throw unexpected('', 'a JSON Feed object', input);
  const { items } = input;
  if (!Array.isArray(items)) {
    throw missingOrUnexpected('items', 'a list of feed items', items);
  }
  const feedAuthor = authorNames(input, '');
  return defined({
    title: optionalText(input.title, 'title'),
    url: safeUrl(optionalUrl(input.home_page_url, 'home_page_url'), base, 'link'),
    items: items.flatMap((item, i) => readItem(item, at('items', i), base, feedAuthor) ?? []),
  });
}

function readItem(item: unknown, path: string, base: string | undefined, feedAuthor: string | undefined): Card | undefined {
  if (!isObject(item)) throw unexpected(path, 'a feed item object', item);
  const ownTitle = optionalText(item.title, at(path, 'title'));
  const text = optionalText(item.summary, at(path, 'summary')) ?? optionalText(item.content_text, at(path, 'content_text'));
  const title = ownTitle ?? (text && titleFromText(text));
  if (!title) return undefined;
  const url = safeUrl(optionalUrl(item.url, at(path, 'url')), base, 'link') ?? safeUrl(optionalUrl(item.external_url, at(path, 'external_url')), base, 'link');
  const image = itemImage(item, path, base);
  return defined({
    id: optionalId(item.id, at(path, 'id')),
    title,
    url,
    image,
    date: optionalDate(item.date_published, at(path, 'date_published')) ?? optionalDate(item.date_modified, at(path, 'date_modified')),
    label: optionalTextList(item.tags, at(path, 'tags')).find(Boolean),
    // Text already used as the title is not repeated under it.
    summary: ownTitle ? text : undefined,
    author: authorNames(item, path) ?? feedAuthor,
  });
}

/** The names of `authors` (1.1), else `author` (1.0), as one byline; authors without a name are skipped. */
function authorNames(owner: JsonObject, path: string): string | undefined {
  const key = owner.authors !== undefined && owner.authors !== null ? 'authors' : 'author';
  const value = owner[key];
  if (value === undefined || value === null) return undefined;
  if (key === 'authors' && !Array.isArray(value)) throw unexpected(at(path, key), 'a list of authors', value);
  const list = Array.isArray(value) ? value : [value];
  return joinNames(
    list.map((author, i) => {
      const authorPath = key === 'authors' ? at(at(path, key), i) : at(path, key);
      if (!isObject(author)) throw unexpected(authorPath, 'an author object with a "name"', author);
      return optionalText(author.name, at(authorPath, 'name'));
    }),
  );
}
