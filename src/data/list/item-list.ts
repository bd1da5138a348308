/**
 * schema.org `ItemList` as JSON-LD → CardList.
 *
 * Found the way SEO plugins and CMS templates publish it: one object, an array, an `@graph`, or
 * the `mainEntity` of a `CollectionPage`; `@type` may be a list. Its `itemListElement` holds, in
 * `position` order:
 * - `ListItem`s with a `url` and `name` (Google's carousel markup);
 * - `ListItem`s whose `item` is an article (`NewsArticle`, `BlogPosting`, any `CreativeWork`),
 *   inline or as an `{"@id": …}` reference to a node of the graph;
 * - the articles themselves.
 * An article is read by the article parser (so `image`, `author` and `@id` references behave
 * exactly as they do for `<news-article>`), its `ListItem`'s `name` and `url` filling in for what
 * it lacks. An entry with no name or headline anywhere has nothing to show and is left out.
 */
import { DataError, at, lenientField, readItems, unexpected } from '../errors.js';
import type { Card, CardList } from '../model.js';
import { defined, isObject, listEntries, looksLikeUrl, type JsonObject } from '../read.js';
import { safeUrl } from '../urls.js';
import { creativeWork } from '../creative-work.js';
import { firstString, isReference, jsonLdDocument, text, typesOf, type JsonLdDocument, type Located } from '../linked-data.js';
import { joinNames } from './common.js';
import { cardPicture } from '../picture.js';

export function parseItemList(input: unknown, base?: string): CardList {
  const graph = jsonLdDocument(input);
  const list = findItemList(graph);
  if (list) return readList(graph, list, base);
  throw new DataError('', `no schema.org ItemList found; found ${graph.types()}`);
}

/** Whether a JSON-LD document (object or array) has an ItemList where parseItemList looks for one. */
export function hasItemList(input: JsonObject | unknown[]): boolean {
  return findItemList(jsonLdDocument(input)) !== undefined;
}

function findItemList(graph: JsonLdDocument): Located | undefined {
  return graph.find(node => typesOf(node).includes('ItemList'));
}

function readList(graph: JsonLdDocument, { node, path }: Located, base: string | undefined): CardList {
  // An entry's `position`; `Infinity` when it has none that is a number.
  const position = (element: unknown) => {
    const n = isObject(element) ? Number(element.position ?? NaN) : NaN;
    return Number.isFinite(n) ? n : Infinity;
  };
  // Sorted by `position` where given (stable: ties and unnumbered entries keep document order, last;
  // `Infinity - Infinity` is NaN, which `sort` takes as a tie).
  const entries = listEntries(node.itemListElement, at(path, 'itemListElement')).sort(([a], [b]) => position(a) - position(b));
  return defined({
    title: lenientField(text, node, 'name', path),
    url: safeUrl(firstString(node.url), base),
    items: readItems(entries, ([element, path]) => readItem(graph, element, path, base)),
  });
}

/**
 * One entry of `itemListElement` as a card. The article it stands for is read as the node it is
 * in this document (so `image`, `author` and `@id` references behave as they do for
 * `<news-article>`), its ListItem's `name` and `url` filling in for what it lacks; the link is
 * the article's `url`, else the ListItem's, else the item's `@id` when that is a URL.
 */
function readItem(graph: JsonLdDocument, element: unknown, path: string, base: string | undefined): Card {
  if (!isObject(element)) throw unexpected(path, 'a ListItem or an article', element);
  // Templates often leave out a ListItem's `@type`; an entry with an `item` is one all the same.
  const isListItem = typesOf(element).includes('ListItem') || (element['@type'] === undefined && 'item' in element);
  const name = isListItem ? lenientField(text, element, 'name', path) : undefined;
  const item = graph.resolve(isListItem ? element.item : element);
  const work = isObject(item) && !isReference(item) ? creativeWork(graph, { node: item, path: isListItem ? at(path, 'item') : path }, base).header() : undefined;
  const id = typeof item === 'string' ? item : isObject(item) ? firstString(item['@id']) : undefined;
  const links = [work?.url, isListItem ? firstString(element.url) : undefined, id && looksLikeUrl(id) ? id : undefined];
  const title = work?.headline ?? name;
  if (title === undefined) throw new DataError(path, 'has no name or headline to show');
  return defined({
    id: work?.id,
    title,
    url: links.map(link => safeUrl(link, base)).find(Boolean),
    image: cardPicture(work?.image),
    date: work?.published ?? work?.modified,
    label: work?.section,
    summary: work?.standfirst,
    author: joinNames((work?.authors ?? []).map(person => person.name)),
  });
}
