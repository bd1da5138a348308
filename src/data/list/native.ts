/**
 * The library's own list JSON (schema/list.schema.json) → CardList, in both of its forms:
 * `{"title": …, "url": …, "items": [ … ]}`, or just the array of items.
 *
 * A known property with the wrong type is left out with a warning naming its path, and an item
 * that cannot be used (not an object, no title) is left out with a warning; an unsafe URL is
 * dropped (an image with one goes, a card keeps its title).
 */
import { at, lenientField, missingOrUnexpected, readItems, unexpected } from '../errors.js';
import type { Card, CardList } from '../model.js';
import { defined, fieldUrl, listEntries, isObject, optionalDate, optionalId, optionalText, requireText } from '../read.js';
import { readPicture } from '../picture.js';
import { joinNames } from './common.js';

export function parseNativeList(input: unknown, base?: string): CardList {
  if (Array.isArray(input)) return { items: readCards(input, '', base) };
  if (!isObject(input)) throw unexpected('', 'a list object with "items", or a list of items', input);
  const { items } = input;
  if (!Array.isArray(items)) {
    throw missingOrUnexpected('items', 'a list of items', items);
  }
  return defined({
    title: lenientField(optionalText, input, 'title', ''),
    url: fieldUrl(input, 'url', '', base),
    items: readCards(items, 'items', base),
  });
}

function readCards(items: unknown[], path: string, base: string | undefined): Card[] {
  return readItems(items, (item, i) => readItem(item, at(path, i), base));
}

function readItem(item: unknown, path: string, base: string | undefined): Card {
  if (!isObject(item)) throw unexpected(path, 'an item object with a "title"', item);
  const field = <T>(read: (value: unknown, path: string) => T, key: string) => lenientField(read, item, key, path);
  return defined({
    title: requireText(item.title, at(path, 'title')),
    id: field(optionalId, 'id'),
    url: fieldUrl(item, 'url', path, base),
    image: field((value, imagePath) => readPicture(value, imagePath, base, false), 'image'),
    date: field(optionalDate, 'date'),
    label: field(readLabel, 'label'),
    summary: field(optionalText, 'summary'),
    author: field(readAuthor, 'author'),
  });
}

/** A label as text, or the first of a list of text (`"label": ["Space", "ISS"]`). */
function readLabel(value: unknown, path: string): string | undefined {
  return listEntries(value, path)
    .map(([label, labelPath]) => optionalText(label, labelPath))
    .find(Boolean);
}

/** Authors as text, `{"name": …}`, or a list of either, as one byline. */
function readAuthor(value: unknown, path: string): string | undefined {
  return joinNames(
    listEntries(value, path).map(([author, authorPath]) => {
      if (isObject(author)) return optionalText(author.name, at(authorPath, 'name'));
      if (typeof author === 'string') return optionalText(author, authorPath);
      throw unexpected(authorPath, 'a name or an object with a "name"', author);
    }),
  );
}
