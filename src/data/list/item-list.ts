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
import { DataError, at, unexpected } from '../errors.js';
import type { Card, CardList } from '../model.js';
import { asList, defined, isObject, type JsonObject, optionalText } from '../read.js';
import { safeUrl } from '../urls.js';
import { firstString, isReference, JsonLdDocument, typesOf, type Located } from '../linked-data.js';
import { parseJsonLdArticle } from '../article/json-ld.js';
import { cardPicture, joinNames, moveError } from './common.js';

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
      title: optionalText(node.name, at(path, 'name')),
      url: safeUrl(firstString(node.url), this.#base, 'link'),
      items: entries.flatMap(entry => this.readItem(entry.element, entry.path) ?? []),
    });
  }

  /** One entry of `itemListElement` as a card, if it has a title. */
  readItem(element: unknown, path: string): Card | undefined {
    if (!isObject(element)) return undefined;
    // Templates often leave out a ListItem's `@type`; an entry with an `item` is one all the same.
    const isListItem = typesOf(element).includes('ListItem') || (element['@type'] === undefined && 'item' in element);
    const name = isListItem ? optionalText(element.name, at(path, 'name')) : undefined;
    const url = isListItem ? firstString(element.url) : undefined;
    const item = this.resolve(isListItem ? element.item : element);
    if (isObject(item) && !isReference(item)) return this.#readArticle(item, isListItem ? at(path, 'item') : path, name, url);
    // A ListItem that names and links the article itself (Google's carousel markup).
    return name === undefined ? undefined : defined({ title: name, url: safeUrl(url, this.#base, 'link') });
  }

  /**
   * An article (or any CreativeWork) as a card, through the article parser. The parser reads the
   * node it is given as an Article whatever its type (a card needs only the fields every
   * CreativeWork shares), with the nodes it refers to so that `author`/`image` references resolve.
   */
  #readArticle(item: JsonObject, path: string, name: string | undefined, url: string | undefined): Card | undefined {
    if (item.headline === undefined && item.name === undefined && name === undefined) return undefined;
    const node = { ...defined({ name, url }), ...item, '@type': 'Article' };
    const referenced = Object.values(item)
      .flatMap(value => asList(value))
      .flatMap(value => (isObject(value) && typeof value['@id'] === 'string' ? this.get(value['@id']) ?? [] : []));
    let article;
    try {
      article = parseJsonLdArticle([node, ...referenced], this.#base);
    } catch (error) {
      throw error instanceof DataError ? moveError(error, path, '[0]') : error;
    }
    return defined({
      id: article.id,
      title: article.headline,
      url: article.url,
      image: cardPicture(article.image),
      date: article.published ?? article.modified,
      label: article.section,
      summary: article.standfirst,
      author: joinNames(article.authors.map(person => person.name)),
    });
  }
}
