/**
 * The library's own list JSON (schema/list.schema.json) → CardList, in both of its forms:
 * `{"title": …, "url": …, "items": [ … ]}`, or just the array of items.
 *
 * Read strictly, like the native article JSON: a known property with the wrong type is a DataError
 * naming its path; an unsafe URL is dropped (an image with one goes, a card keeps its title).
 *
 * Items are often exported from a CMS or hand-written, so each field also answers to the names
 * publishers commonly use for it (listed in ALIASES); the first one present is read.
 */
import { DataError, at, describe, missingOrUnexpected, unexpected } from '../errors.js';
import type { Card, CardList } from '../model.js';
import { asList, isObject, optionalDate, optionalId, optionalText, optionalUrl, type JsonObject } from '../read.js';
import { safeUrl } from '../urls.js';
import { defined } from '../article/common.js';
import { readPicture } from '../article/native.js';
import { joinNames } from './common.js';

/** Each card field and the item keys read for it, in order of preference. */
const ALIASES = {
  title: ['title', 'name', 'headline'],
  url: ['url', 'link', 'href'],
  date: ['date', 'date_published', 'datePublished', 'published'],
  label: ['label', 'section', 'category', 'tags'],
  summary: ['summary', 'description'],
  author: ['author', 'authors'],
} as const;

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
  const field = (name: keyof typeof ALIASES) => pick(item, path, ALIASES[name]);
  const title = field('title');
  const titleText = title && optionalText(title.value, title.path);
  if (!titleText) {
    throw new DataError(title?.path ?? at(path, 'title'), title ? `expected text, got ${describe(title.value)}` : 'is missing; expected text (or "name" or "headline")');
  }
  const url = field('url');
  const date = field('date');
  const summary = field('summary');
  return defined({
    id: optionalId(item.id, at(path, 'id')),
    title: titleText,
    url: url && safeUrl(optionalUrl(url.value, url.path), base, 'link'),
    image: item.image === undefined || item.image === null ? undefined : readPicture(item.image, at(path, 'image'), base, false),
    date: date && optionalDate(date.value, date.path),
    label: readLabel(field('label')),
    summary: summary && optionalText(summary.value, summary.path),
    author: readAuthor(field('author')),
  });
}

interface Found {
  value: unknown;
  path: string;
}

/** The first of `keys` the item has (not absent or null), with its path for errors. */
function pick(item: JsonObject, path: string, keys: readonly string[]): Found | undefined {
  const key = keys.find(name => item[name] !== undefined && item[name] !== null);
  return key === undefined ? undefined : { value: item[key], path: at(path, key) };
}

/** A label as text, or the first of a list of text (`"tags": ["Space", "ISS"]`). */
function readLabel(found: Found | undefined): string | undefined {
  if (!found) return undefined;
  const values = asList(found.value);
  const paths = Array.isArray(found.value) ? values.map((_, i) => at(found.path, i)) : [found.path];
  return values.map((value, i) => optionalText(value, paths[i])).find(Boolean);
}

/** Authors as text, `{"name": …}`, or a list of either, as one byline. */
function readAuthor(found: Found | undefined): string | undefined {
  if (!found) return undefined;
  const list = Array.isArray(found.value) ? found.value : [found.value];
  return joinNames(
    list.map((author, i) => {
      const path = Array.isArray(found.value) ? at(found.path, i) : found.path;
      if (isObject(author)) return optionalText(author.name, at(path, 'name'));
      if (typeof author === 'string') return optionalText(author, path);
      throw unexpected(path, 'a name or an object with a "name"', author);
    }),
  );
}
