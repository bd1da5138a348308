/**
 * One entry point for article data in any accepted format: detects which format the input is
 * and hands it to that format's parser. Whatever the input, the only thing thrown is a DataError.
 */
import { DataError, describe } from '../errors.js';
import type { Article } from '../model.js';
import { isObject, type JsonObject } from '../read.js';
import { isJsonFeed, parseJsonFeedItem } from './json-feed.js';
import { parseJsonLdArticle } from './json-ld.js';
import { parseNativeArticle } from './native.js';

export { parseJsonFeedItem, parseJsonLdArticle, parseNativeArticle };

export type ArticleFormat = 'json-ld' | 'json-feed' | 'native';

export interface ParseArticleOptions {
  /** The URL the data came from; relative URLs in it resolve against this. */
  base?: string;
}

function isJsonLdNode(value: unknown): boolean {
  return isObject(value) && ('@context' in value || '@type' in value || '@graph' in value);
}

function isJsonFeedItem(value: JsonObject): boolean {
  return 'content_html' in value || 'content_text' in value || 'date_published' in value || ('title' in value && !('headline' in value));
}

/** Which article format `input` is written in, or `undefined` when it is none of them. */
export function detectArticleFormat(input: unknown): ArticleFormat | undefined {
  if (Array.isArray(input)) return input.some(isJsonLdNode) ? 'json-ld' : undefined;
  if (!isObject(input)) return undefined;
  if (isJsonLdNode(input)) return 'json-ld';
  if (isJsonFeed(input) || isJsonFeedItem(input)) return 'json-feed';
  if ('headline' in input) return 'native';
  return undefined;
}

export function parseArticle(input: unknown, options: ParseArticleOptions = {}): Article {
  const { base } = options;
  try {
    switch (detectArticleFormat(input)) {
      case 'json-ld':
        return parseJsonLdArticle(input, base);
      case 'json-feed':
        return parseJsonFeedItem(input, base);
      case 'native':
        return parseNativeArticle(input, base);
      default:
        if (!isObject(input)) throw new DataError('', `expected an article object, got ${describe(input)}`);
        throw new DataError('', 'not an article: expected schema.org JSON-LD, a JSON Feed item or news-elements article JSON (with a "headline")');
    }
  } catch (error) {
    if (error instanceof DataError) throw error;
    // `data` can be any JS object (getters that throw, proxies, cycles): the element must still
    // get a DataError it can show, not an exception it cannot.
    throw new DataError('', `could not read the article: ${error instanceof Error ? error.message : String(error)}`);
  }
}
