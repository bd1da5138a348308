/**
 * The library's own list JSON (schema/list.schema.json) → CardList, in both of its forms:
 * `{"title": …, "url": …, "items": [ … ]}`, or just the array of items.
 *
 * Read strictly, like the native article JSON: a known property with the wrong type is a DataError
 * naming its path; an unsafe URL is dropped (an image with one goes, a card keeps its title).
 */
import { at, missingOrUnexpected, unexpected } from '../errors.js';
import type { Card, CardList } from '../model.js';
import { asList, defined, isObject, optionalDate, optionalId, optionalText, optionalUrl, requireText } from '../read.js';
import { safeUrl } from '../urls.js';
import { readPicture } from '../article/native.js';
import { joinNames } from './common.js';

export function parseNativeList(input: unknown, base?: string): CardList {
  if (Array.isArray(input)) return { items: readItems(input, '', base) };
  if (!isObject(input)) throw unexpected('', 'a list object with "items", or a list of items', input);
  const { items } = input;
  if (!Array.isArray(items)) {
    throw missingOrUnexpected('items', 'a list of items', items);
  }
  return defined({
    title: optionalText(input.title, 'title'),
    url: safeUrl(optionalUrl(input.url, 'url'), base, 'link'),
    items: readItems(items, 'items', base),
  });
}

function readItems(items: unknown[], path: string, base: string | undefined): Card[] {
  return items.map((item, i) => readItem(item, at(path, i), base));
}

function readItem(item: unknown, path: string, base: string | undefined): Card {
  if (!isObject(item)) throw unexpected(path, 'an item object with a "title"', item);
  const key = (name: string) => at(path, name);
  return defined({
    id: optionalId(item.id, key('id')),
    title: requireText(item.title, key('title')),
    url: safeUrl(optionalUrl(item.url, key('url')), base, 'link'),
    image: item.image === undefined || item.image === null ? undefined : readPicture(item.image, key('image'), base, false),
    date: optionalDate(item.date, key('date')),
    label: readLabel(item.label, key('label')),
    summary: optionalText(item.summary, key('summary')),
    author: readAuthor(item.author, key('author')),
  });
}

/** A label as text, or the first of a list of text (`"label": ["Space", "ISS"]`). */
function readLabel(value: unknown, path: string): string | undefined {
  return Array.isArray(value) ? value.map((label, i) => optionalText(label, at(path, i))).find(Boolean) : optionalText(value, path);
}

/** Authors as text, `{"name": …}`, or a list of either, as one byline. */
function readAuthor(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  return joinNames(
    asList(value).map((author, i) => {
      const authorPath = Array.isArray(value) ? at(path, i) : path;
      if (isObject(author)) return optionalText(author.name, at(authorPath, 'name'));
      if (typeof author === 'string') return optionalText(author, authorPath);
      throw unexpected(authorPath, 'a name or an object with a "name"', author);
    }),
  );
}
