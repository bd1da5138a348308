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
import { DataError, at, lenient, readItems, unexpected } from '../errors.js';
import type { Card, CardList } from '../model.js';
import { asList, defined, isObject, looksLikeUrl, type JsonObject } from '../read.js';
import { safeUrl } from '../urls.js';
import { CreativeWorkReader } from '../creative-work.js';
import { firstString, isReference, JsonLdDocument, text, typesOf, type Located } from '../linked-data.js';
import { joinNames } from './common.js';
import { cardPicture } from '../picture.js';

export function parseItemList(input: unknown, base?: string): CardList {
  if (!isObject(input) && !Array.isArray(input)) throw unexpected('', 'a JSON-LD object or list', input);
  const reader = new ItemListReader(input, base);
  const list = reader.findItemList();
  if (list) return reader.readList(list);
  throw new DataError('', `no schema.org ItemList found; found ${reader.types()}`);
}

/** Whether a JSON-LD document (object or array) has an ItemList where parseItemList looks for one. */
export function hasItemList(input: unknown): boolean {
  return (isObject(input) || Array.isArray(input)) && new ItemListReader(input, undefined).findItemList() !== undefined;
}

class ItemListReader extends JsonLdDocument {
  readonly #base: string | undefined;

  constructor(input: JsonObject | unknown[], base: string | undefined) {
    super(input);
    this.#base = base;
  }

  findItemList(): Located | undefined {
    return this.find(node => typesOf(node).includes('ItemList'));
  }

  readList({ node, path }: Located): CardList {
    const elements = node.itemListElement;
    const entries = asList(elements).map((element, i) => ({
      element,
      path: Array.isArray(elements) ? at(at(path, 'itemListElement'), i) : at(path, 'itemListElement'),
      position: isObject(element) ? Number(element.position ?? NaN) : NaN,
    }));
    // Sorted by `position` where given (stable: ties and unnumbered entries keep document order, last).
    entries.sort((a, b) => (Number.isFinite(a.position) ? a.position : Infinity) - (Number.isFinite(b.position) ? b.position : Infinity) || 0);
    return defined({
      title: lenient(() => text(node.name, at(path, 'name'))),
      url: safeUrl(firstString(node.url), this.#base, 'link'),
      items: readItems(entries, entry => this.readItem(entry.element, entry.path)),
    });
  }

  /**
   * One entry of `itemListElement` as a card. The article it stands for is read as the node it is
   * in this document (so `image`, `author` and `@id` references behave as they do for
   * `<news-article>`), its ListItem's `name` and `url` filling in for what it lacks; the link is
   * the article's `url`, else the ListItem's, else the item's `@id` when that is a URL.
   */
  readItem(element: unknown, path: string): Card {
    if (!isObject(element)) throw unexpected(path, 'a ListItem or an article', element);
    // Templates often leave out a ListItem's `@type`; an entry with an `item` is one all the same.
    const isListItem = typesOf(element).includes('ListItem') || (element['@type'] === undefined && 'item' in element);
    const name = isListItem ? lenient(() => text(element.name, at(path, 'name'))) : undefined;
    const item = this.resolve(isListItem ? element.item : element);
    const itemPath = isListItem ? at(path, 'item') : path;
    const work = isObject(item) && !isReference(item) ? new CreativeWorkReader(this, { node: item, path: itemPath }, this.#base).header() : undefined;
    const id = typeof item === 'string' ? item : isObject(item) ? firstString(item['@id']) : undefined;
    const links = [work?.url, isListItem ? firstString(element.url) : undefined, id !== undefined && looksLikeUrl(id) ? id : undefined];
    const title = work?.headline ?? name;
    if (title === undefined) throw new DataError(path, 'has no name or headline to show');
    return defined({
      id: work?.id,
      title,
      url: links.map(link => safeUrl(link, this.#base, 'link')).find(Boolean),
      image: cardPicture(work?.image),
      date: work?.published ?? work?.modified,
      label: work?.section,
      summary: work?.standfirst,
      author: joinNames((work?.authors ?? []).map(person => person.name)),
    });
  }
}
