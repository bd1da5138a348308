/**
 * One entry point for article data in any accepted format: detects which format the input is
 * and hands it to that format's parser. Whatever the input, the only thing thrown is a DataError.
 */
import { DataError, onlyDataErrors } from '../errors.js';
import type { Article } from '../model.js';
import { isJsonLdNode } from '../linked-data.js';
import { parseJsonText } from '../json.js';
import { asList, isObject, type JsonObject } from '../read.js';
import { isJsonFeed } from '../json-feed.js';
import { parseJsonFeedItem } from './json-feed.js';
import { parseJsonLdArticle } from './json-ld.js';
import { parseNativeArticle } from './native.js';

export { parseJsonFeedItem, parseJsonLdArticle, parseNativeArticle };

export type ArticleFormat = 'json-ld' | 'json-feed' | 'native';

export interface ParseArticleOptions {
  /** The URL the data came from; relative URLs in it resolve against this. */
  base?: string;
}

function isJsonFeedItem(value: JsonObject): boolean {
  return 'content_html' in value || 'content_text' in value || 'date_published' in value || ('title' in value && !('headline' in value));
}

/** Which article format `input` is written in, or `undefined` when it is none of them. */
export function detectArticleFormat(input: unknown): ArticleFormat | undefined {
  if (asList(input).some(isJsonLdNode)) return 'json-ld';
  if (!isObject(input)) return undefined;
  if (isJsonFeed(input) || isJsonFeedItem(input)) return 'json-feed';
  if ('headline' in input) return 'native';
  return undefined;
}

/** Reads one article: the data as a value, or the text of a JSON document. */
export function parseArticle(data: unknown, options: ParseArticleOptions = {}): Article {
  const { base } = options;
  return onlyDataErrors('the article', () => {
    const input = typeof data === 'string' ? parseJsonText(data) : data;
    const format = detectArticleFormat(input);
    if (format === 'json-ld') return parseJsonLdArticle(input, base);
    if (format === 'json-feed') return parseJsonFeedItem(input, base);
    if (!format && isObject(input)) {
      throw new DataError('', 'not an article: expected schema.org JSON-LD, a JSON Feed item or news-elements article JSON (with a "headline")');
    }
    // Native article JSON, or what is not an object at all, which the native parser rejects ("expected an article object").
    return parseNativeArticle(input, base);
  });
}
