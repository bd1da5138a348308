/**
 * One entry point for list data (related articles, trending tabs) in any accepted format: detects
 * the format and hands the input to that format's parser. Whatever the input, the only thing
 * thrown is a DataError.
 */
import { DataError, at, onlyDataErrors, unexpected } from '../errors.js';
import type { CardList } from '../model.js';
import { isJsonLdNode } from '../linked-data.js';
import { isObject } from '../read.js';
import { parseXml } from '../xml.js';
import { parseAtom } from './atom.js';
import { moveError } from './common.js';
import { isJsonFeed, parseJsonFeedList } from './json-feed.js';
import { hasItemList, parseItemList } from './item-list.js';
import { parseNativeList } from './native.js';
import { parseRss } from './rss.js';

export { parseAtom, parseItemList, parseJsonFeedList, parseNativeList, parseRss };

export type ListFormat = 'rss' | 'atom' | 'json-feed' | 'item-list' | 'native' | 'items';

export interface ParseListOptions {
  /** The URL the data came from; relative URLs in it resolve against this. */
  base?: string;
}

/** RSS and Atom text starts with an XML declaration or the root element (the loader checks the same). */
const XML_START = /^\s*<(?:\?xml|rss|feed|rdf:RDF)\b/i;
/** The root element's name, after any XML declaration, comments, processing instructions and doctype. */
const XML_ROOT = /^\s*(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)\s*)*<(?:[\w.-]+:)?([\w.-]+)/i;

/** Which list format `input` is written in, or `undefined` when it is none of them. */
export function detectListFormat(input: unknown): ListFormat | undefined {
  if (typeof input === 'string') {
    if (!XML_START.test(input.slice(0, 200))) return undefined;
    const root = XML_ROOT.exec(input.slice(0, 8192))?.[1];
    return root === 'rss' || root === 'RDF' ? 'rss' : root === 'feed' ? 'atom' : undefined;
  }
  if (Array.isArray(input)) return input.some(isJsonLdNode) ? 'item-list' : 'items';
  if (!isObject(input)) return undefined;
  if (isJsonFeed(input)) return 'json-feed';
  if (isJsonLdNode(input)) return 'item-list';
  if (Array.isArray(input.items)) return 'native';
  return undefined;
}

/** Reads one list: a feed, an ItemList, news-elements list JSON or a plain array of items. */
export function parseCardList(input: unknown, options: ParseListOptions = {}): CardList {
  return onlyDataErrors('the list', () => readList(input, options.base));
}

/**
 * Reads the lists of a trending panel: an array whose elements are each a list in any format
 * (one tab each), or a single list in any format (one tab). An empty array is no lists.
 */
export function parseCardLists(input: unknown, options: ParseListOptions = {}): CardList[] {
  return onlyDataErrors('the list', () => {
    if (!Array.isArray(input)) return [readList(input, options.base)];
    if (!input.length) return [];
    if (!isArrayOfLists(input)) return [readList(input, options.base)];
    return input.map((list, i) => {
      try {
        return readList(list, options.base);
      } catch (error) {
        throw error instanceof DataError ? moveError(error, at('', i)) : error;
      }
    });
  });
}

/** Whether a value is a whole list (as opposed to one item of a list). */
function looksLikeList(value: unknown): boolean {
  if (typeof value === 'string') return XML_START.test(value.slice(0, 200));
  if (!isObject(value)) return false;
  return isJsonFeed(value) || Array.isArray(value.items) || (isJsonLdNode(value) && hasItemList(value));
}

/**
 * An array is several lists when every element is one. A JSON-LD document written as an array
 * (`[WebPage, ItemList]`) is one list; an array mixing lists and items is a mistake worth naming.
 */
function isArrayOfLists(input: unknown[]): boolean {
  const lists = input.map(looksLikeList);
  if (lists.every(Boolean)) return true;
  if (!lists.some(Boolean) || input.every(isJsonLdNode)) return false;
  const odd = lists.indexOf(false);
  throw unexpected(at('', odd), 'a list like the others (a JSON Feed, an ItemList, news-elements list JSON or RSS/Atom text)', input[odd]);
}

function readList(input: unknown, base: string | undefined): CardList {
  if (typeof input === 'string') return readFeedText(input, base);
  switch (detectListFormat(input)) {
    case 'json-feed':
      return parseJsonFeedList(input, base);
    case 'item-list':
      return parseItemList(input, base);
    case 'native':
      return parseNativeList(input, base);
    case 'items': {
      const array = input as unknown[];
      const nested = array.findIndex(looksLikeList);
      if (nested >= 0) throw new DataError(at('', nested), 'expected an item, got a whole list (an array of lists is for <trending-panel>)');
      return parseNativeList(array, base);
    }
    default:
      if (!isObject(input)) throw unexpected('', 'a list', input);
      throw new DataError(
        '',
        'not a list: expected a JSON Feed, a schema.org ItemList, an RSS or Atom feed, news-elements list JSON (with "items") or an array of items',
      );
  }
}

/** RSS or Atom text, told apart by the root element of the parsed document. */
function readFeedText(text: string, base: string | undefined): CardList {
  const start = text.trimStart().slice(0, 100);
  if (/^<(?:!doctype\s+html|html|head|body)\b/i.test(start)) throw new DataError('', 'expected a feed but got an HTML page (is the URL right?)');
  if (!start.startsWith('<')) throw new DataError('', 'expected a list, got text that is not an RSS or Atom feed');
  const doc = parseXml(text);
  const root = doc.documentElement;
  if (root.localName === 'rss' || root.localName === 'RDF') return parseRss(doc, base);
  if (root.localName === 'feed') return parseAtom(doc, base);
  throw new DataError('', `expected an RSS or Atom feed, got an XML document whose root element is <${root.nodeName}>`);
}
