/**
 * One entry point for list data (related articles, trending tabs) in any accepted format: detects
 * the format and hands the input to that format's parser. Whatever the input, the only thing
 * thrown is a DataError.
 */
import { DataError, at, onlyDataErrors, readItems, unexpected, within } from '../errors.js';
import type { CardList } from '../model.js';
import { isJsonLdNode } from '../linked-data.js';
import { parseJsonText } from '../json.js';
import { startsLikeXml } from '../xml-prolog.js';
import { isObject } from '../read.js';
import { parseAtom } from './atom.js';
import { parseFeedText } from './feed.js';
import { isJsonFeed } from '../json-feed.js';
import { parseJsonFeedList } from './json-feed.js';
import { hasItemList, parseItemList } from './item-list.js';
import { parseNativeList } from './native.js';
import { parseRss } from './rss.js';

export { parseAtom, parseItemList, parseJsonFeedList, parseNativeList, parseRss };

export type ListFormat = 'xml' | 'json-feed' | 'item-list' | 'native' | 'items';

export interface ParseListOptions {
  /** The URL the data came from; relative URLs in it resolve against this. */
  base?: string;
}

/**
 * Which list format `input` is written in, or `undefined` when it is none of them. XML text
 * (RSS or Atom) is told apart by its root element once it is parsed.
 */
export function detectListFormat(input: unknown): ListFormat | undefined {
  if (typeof input === 'string') return startsLikeXml(input) ? 'xml' : undefined;
  if (Array.isArray(input)) return input.some(isJsonLdNode) ? 'item-list' : 'items';
  if (!isObject(input)) return undefined;
  if (isJsonFeed(input)) return 'json-feed';
  if (isJsonLdNode(input)) return 'item-list';
  if (Array.isArray(input.items)) return 'native';
  return undefined;
}

/**
 * Reads one list: a feed, an ItemList, news-elements list JSON or a plain array of items, as a
 * value or as the text of the document (JSON, or XML for RSS and Atom).
 */
export function parseCardList(input: unknown, options: ParseListOptions = {}): CardList {
  return onlyDataErrors('the list', () => readList(input, options.base));
}

/**
 * Reads the lists of a trending panel: an array whose elements are each a list in any format
 * (one tab each), or a single list in any format (one tab). An empty array is no lists.
 */
export function parseCardLists(input: unknown, options: ParseListOptions = {}): CardList[] {
  return onlyDataErrors('the list', () => {
    if (typeof input === 'string' && !startsLikeXml(input)) return parseCardLists(parseJsonText(input), options);
    if (!Array.isArray(input) || !isArrayOfLists(input)) return [readList(input, options.base)];
    // One list that cannot be read costs its own tab, with a warning; the panel fails only when none can be.
    return readItems(input, (list, i) => within(at('', i), () => readList(list, options.base)));
  });
}

/** Whether a value is a whole list (as opposed to one item of a list). */
function looksLikeList(value: unknown): boolean {
  if (typeof value === 'string') return startsLikeXml(value);
  if (!isObject(value)) return false;
  return isJsonFeed(value) || Array.isArray(value.items) || (isJsonLdNode(value) && hasItemList(value));
}

/**
 * An array is several lists when one of its elements is a whole list (an element that is not
 * then costs its own tab, with a warning), or none when it is empty; a JSON-LD document written
 * as an array (`[WebPage, ItemList]`) is one list.
 */
function isArrayOfLists(input: unknown[]): boolean {
  return !input.length || (input.some(looksLikeList) && !input.every(isJsonLdNode));
}

function readList(input: unknown, base: string | undefined): CardList {
  switch (detectListFormat(input)) {
    case 'xml':
      return parseFeedText(input as string, base);
    case 'json-feed':
      return parseJsonFeedList(input, base);
    case 'item-list':
      return parseItemList(input, base);
    case 'native':
      return parseNativeList(input, base);
    case 'items': {
      const nested = (input as unknown[]).findIndex(looksLikeList);
      if (nested >= 0) throw new DataError(at('', nested), 'expected an item, got a whole list (an array of lists is for <trending-panel>)');
      return parseNativeList(input, base);
    }
    default:
      // Text that is not XML is JSON text.
      if (typeof input === 'string') return readList(parseJsonText(input), base);
      if (!isObject(input)) throw unexpected('', 'a list', input);
      throw new DataError(
        '',
        'not a list: expected a JSON Feed, a schema.org ItemList, an RSS or Atom feed, news-elements list JSON (with "items") or an array of items',
      );
  }
}
