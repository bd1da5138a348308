/**
 * schema.org `ItemList` as JSON-LD → CardList.
 *
 * Found the way SEO plugins and CMS templates publish it: one object, an array, an `@graph`, or
 * the `mainEntity` of a `CollectionPage`; `@type` may be a list. Its `itemListElement` holds, in
 * `position` order:
 * - `ListItem`s with a `url` and `name` (Google's carousel markup);
 * - `ListItem`s whose `item` is an article (`NewsArticle`, `BlogPosting`, any `CreativeWork`),
 *   inline or as an `{"@id": …}` reference to a node of the graph, or just its URL as text;
 * - the articles themselves.
 * An article is read by the article parser (so `image`, `author` and `@id` references behave
 * exactly as they do for `<news-article>`), its `ListItem`'s `name` and `url` filling in for what
 * it lacks. An entry with no name or headline anywhere has nothing to show and is left out.
 *
 * An array of articles with no ItemList (`[{"@type": "NewsArticle", …}, …]`) is read as a list
 * of those articles.
 */
import { DataError, at, unexpected } from '../errors.js';
import type { Card, CardList } from '../model.js';
import { asList, isObject, optionalText, type JsonObject } from '../read.js';
import { safeUrl } from '../urls.js';
import { firstString, foundTypes, isReference, NodeIndex, typesOf, type Located } from '../linked-data.js';
import { defined, looksLikeUrl } from '../article/common.js';
import { parseJsonLdArticle } from '../article/json-ld.js';
import { cardPicture, joinNames, moveError } from './common.js';

export function parseItemList(input: unknown, base?: string): CardList {
  if (!isObject(input) && !Array.isArray(input)) throw unexpected('', 'a JSON-LD object or list', input);
  const reader = new ItemListReader(input, base);
  const list = reader.findItemList();
  if (list) return reader.readList(list);
  const articles = reader.top.filter(({ node }) => node.headline !== undefined);
  if (Array.isArray(input) && articles.length) return { items: articles.flatMap(({ node, path }) => reader.readItem(node, path) ?? []) };
  throw new DataError('', `no schema.org ItemList found; found ${foundTypes(reader.top)}`);
}

/** Whether a JSON-LD document (object or array) has an ItemList where parseItemList looks for one. */
export function hasItemList(input: unknown): boolean {
  return (isObject(input) || Array.isArray(input)) && new ItemListReader(input, undefined).findItemList() !== undefined;
}

/** Text written as an absolute URL, as opposed to a blank node id like `_:b0` or `#item-1`. */
function urlText(value: unknown): string | undefined {
  const text = firstString(value);
  return text !== undefined && looksLikeUrl(text) ? text : undefined;
}

class ItemListReader {
  /** Top-level nodes: the object itself or the array's items, and the members of their `@graph`s. */
  readonly top: Located[] = [];
  /** Top-level nodes by `@id`, for `item` references; the fullest definition of an id wins. */
  readonly #nodes = new NodeIndex();
  readonly #base: string | undefined;

  constructor(input: JsonObject | unknown[], base: string | undefined) {
    this.#base = base;
    const roots = Array.isArray(input) ? input : [input];
    roots.forEach((root, i) => {
      if (!isObject(root)) return;
      const rootPath = Array.isArray(input) ? at('', i) : '';
      this.#add(root, rootPath);
      const graph = root['@graph'];
      asList(graph).forEach((member, j) => {
        if (isObject(member)) this.#add(member, Array.isArray(graph) ? at(at(rootPath, '@graph'), j) : at(rootPath, '@graph'));
      });
    });
  }

  #add(node: JsonObject, path: string): void {
    this.top.push({ node, path });
    this.#nodes.add(node);
  }

  /** The first ItemList at the top level, else the first one that is a top-level node's `mainEntity`. */
  findItemList(): Located | undefined {
    const isItemList = (node: unknown): node is JsonObject => isObject(node) && typesOf(node).includes('ItemList');
    const own = this.top.find(({ node }) => isItemList(node));
    if (own) return own;
    for (const { node, path } of this.top) {
      const entity = this.#nodes.resolve(node.mainEntity);
      if (isItemList(entity)) return { node: entity, path: at(path, 'mainEntity') };
    }
    return undefined;
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

  /** One entry of `itemListElement` (or one article of an array) as a card, if it has a title. */
  readItem(element: unknown, path: string): Card | undefined {
    if (!isObject(element)) return undefined;
    const isListItem = typesOf(element).includes('ListItem') || (element['@type'] === undefined && ('item' in element || 'position' in element));
    const name = isListItem ? optionalText(element.name, at(path, 'name')) : undefined;
    const itemPath = isListItem ? at(path, 'item') : path;
    const item = this.#nodes.resolve(isListItem ? element.item : element);
    const listItemUrl = isListItem ? firstString(element.url) : undefined;
    if (isObject(item) && !isReference(item)) {
      // The item's own `url` or `mainEntityOfPage` says best where it is; an `@id` is often a
      // node id (`…#article`), so it only stands in for a URL when nothing else does.
      const ownUrl = item.url !== undefined || item.mainEntityOfPage !== undefined;
      return this.#readArticle(item, itemPath, name, listItemUrl ?? (ownUrl ? undefined : urlText(item['@id'])));
    }
    // An item given as URL text, or a reference to a node the document does not define.
    const url = listItemUrl ?? urlText(isObject(item) ? item['@id'] : item);
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
      .flatMap(value => (isObject(value) && typeof value['@id'] === 'string' ? this.#nodes.get(value['@id']) ?? [] : []));
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
