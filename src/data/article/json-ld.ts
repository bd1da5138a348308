/**
 * schema.org JSON-LD (`Article` family) → Article.
 *
 * Publishers' JSON-LD comes from SEO plugins and CMS templates, so the real-world variants are
 * all accepted: one object, an array, an `@graph` (or an array of graphs) whose nodes refer to
 * each other by `@id`, and properties given as text, object or list. Properties schema.org
 * defines as Text (`headline`, `description`, `name`) must be text or the article is rejected
 * with a path; shapes the parser cannot use elsewhere (a caption object, an unknown reference,
 * an image size of "auto") are skipped so the rest still renders.
 */
import { DataError, at, unexpected } from '../errors.js';
import type { Article, Block, Person, Picture, Source } from '../model.js';
import { asList, cleanText, isObject, optionalDate, optionalLang, optionalRawText, optionalSize, optionalText, type JsonObject } from '../read.js';
import { safeUrl } from '../urls.js';
import { firstString, firstText, foundTypes, NodeIndex, typesOf, type Located } from '../linked-data.js';
import { defined, looksLikeUrl, numberSources, sourceFromUrl, textToParagraphs, uniqueSources, uniqueTags, type SourceDraft } from './common.js';

/** schema.org types that are an article (Article and its subtypes that publishers use). */
const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'ReviewNewsArticle', 'BackgroundNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle',
  'BlogPosting', 'LiveBlogPosting', 'SocialMediaPosting', 'DiscussionForumPosting', 'Report',
  'ScholarlyArticle', 'TechArticle', 'AdvertiserContentArticle',
]);

export function parseJsonLdArticle(input: unknown, base?: string): Article {
  if (!isObject(input) && !Array.isArray(input)) {
    throw unexpected('', 'a JSON-LD object or list', input);
  }
  const graph = new Graph(input);
  const found = graph.article();
  if (!found) {
    throw new DataError('', `no schema.org Article found; found ${graph.topTypes()}`);
  }
  return new ArticleReader(graph, found, base).read();
}

function isArticle(node: JsonObject): boolean {
  return typesOf(node).some(type => ARTICLE_TYPES.has(type));
}

/** All nodes of a JSON-LD document, indexed by `@id`. */
class Graph {
  /** Top-level nodes: the object itself, the array's items, the members of each `@graph`. */
  readonly #top: Located[] = [];
  /** Every object anywhere, in document order, for articles nested in e.g. `WebPage.mainEntity`. */
  readonly #nested: Located[] = [];
  readonly #nodes = new NodeIndex();

  constructor(input: JsonObject | unknown[]) {
    const roots = Array.isArray(input) ? input.map((item, i) => ({ item, path: at('', i) })) : [{ item: input, path: '' }];
    for (const { item, path } of roots) {
      if (!isObject(item)) continue;
      if (item['@graph'] !== undefined) {
        const graphPath = at(path, '@graph');
        const members = Array.isArray(item['@graph']) ? item['@graph'] : [item['@graph']];
        members.forEach((member, i) => {
          if (isObject(member)) this.#top.push({ node: member, path: Array.isArray(item['@graph']) ? at(graphPath, i) : graphPath });
        });
      }
      if (item['@type'] !== undefined) this.#top.push({ node: item, path });
    }
    this.#index(input, '', new Set());
  }

  #index(value: unknown, path: string, seen: Set<object>): void {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    // Data handed over as a JS object (not parsed JSON) may contain cycles.
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, i) => this.#index(item, at(path, i), seen));
      return;
    }
    const node = value as JsonObject;
    this.#nodes.add(node);
    this.#nested.push({ node, path });
    for (const [key, child] of Object.entries(node)) this.#index(child, at(path, key), seen);
  }

  article(): Located | undefined {
    return this.#top.find(({ node }) => isArticle(node)) ?? this.#nested.find(({ node }) => isArticle(node));
  }

  /** What the top-level nodes are, for the error when none is an article. */
  topTypes(): string {
    return foundTypes(this.#top);
  }

  /** Follows an `@id` reference (see NodeIndex.resolve). */
  resolve(value: unknown): unknown {
    return this.#nodes.resolve(value);
  }
}

/** Reads the fields of the one article node. */
class ArticleReader {
  readonly #graph: Graph;
  readonly #node: JsonObject;
  readonly #path: string;
  readonly #base: string | undefined;

  constructor(graph: Graph, found: Located, base: string | undefined) {
    this.#graph = graph;
    this.#node = found.node;
    this.#path = found.path;
    this.#base = base;
  }

  read(): Article {
    const node = this.#node;
    const path = this.#path;
    return defined({
      id: firstText(node['@id']),
      url: this.#url(),
      headline: this.#headline(),
      section: firstText(node.articleSection),
      standfirst: this.#standfirst(),
      authors: asList(node.author).flatMap((author, i) => this.#person(author, itemPath(node, path, 'author', i)) ?? []),
      publisher: this.#person(asList(node.publisher)[0], at(path, 'publisher')),
      published: optionalDate(node.datePublished, at(path, 'datePublished')),
      modified: optionalDate(node.dateModified, at(path, 'dateModified')),
      image: this.#image(),
      body: this.#body(),
      tags: this.#tags(),
      sources: this.#sources(),
      lang: this.#lang(),
    });
  }

  #headline(): string {
    const node = this.#node;
    const path = this.#path;
    const headline = optionalText(node.headline, at(path, 'headline')) ?? optionalText(node.name, at(path, 'name'));
    if (headline === undefined) throw new DataError(at(path, 'headline'), 'is missing; expected text (or a "name")');
    return headline;
  }

  #standfirst(): string | undefined {
    const node = this.#node;
    const path = this.#path;
    const own = optionalText(node.description, at(path, 'description')) ?? optionalText(node.alternativeHeadline, at(path, 'alternativeHeadline'));
    if (own) return own;
    // Yoast puts the description on the WebPage the article is the main entity of.
    const page = this.#graph.resolve(node.mainEntityOfPage);
    return isObject(page) ? firstText(page.description) : undefined;
  }

  #url(): string | undefined {
    const node = this.#node;
    // `mainEntityOfPage` is the page's URL as text, or the WebPage node (whose `@id` is usually its URL).
    const page = this.#graph.resolve(node.mainEntityOfPage);
    const pageUrl = isObject(page) ? firstString(page.url) ?? firstString(page['@id']) : firstString(page);
    return safeUrl(firstString(node.url), this.#base, 'link') ?? safeUrl(pageUrl, this.#base, 'link');
  }

  /** An author or publisher: text, or a Person/Organization (by reference or inline) with a name. */
  #person(value: unknown, path: string): Person | undefined {
    const resolved = this.#graph.resolve(value);
    if (typeof resolved === 'string') {
      // Some templates give a profile URL instead of a name; a URL is not a byline.
      const name = looksLikeUrl(resolved) ? '' : cleanText(resolved);
      return name ? { name } : undefined;
    }
    if (!isObject(resolved)) return undefined;
    const name = optionalText(resolved.name, at(path, 'name'));
    if (!name) return undefined;
    return defined({ name, url: safeUrl(firstString(resolved.url), this.#base, 'link') });
  }

  /** The first usable image of `image` (or `thumbnailUrl`): URL text, ImageObject or a list of them. */
  #image(): Picture | undefined {
    const node = this.#node;
    for (const value of [...asList(node.image), ...asList(node.thumbnailUrl)]) {
      const picture = this.#picture(this.#graph.resolve(value));
      if (picture) return picture;
    }
    return undefined;
  }

  #picture(value: unknown): Picture | undefined {
    if (typeof value === 'string') {
      const url = safeUrl(value, this.#base, 'media');
      return url ? { url } : undefined;
    }
    if (!isObject(value)) return undefined;
    const url = safeUrl(firstString(value.url) ?? firstString(value.contentUrl), this.#base, 'media');
    if (!url) return undefined;
    return defined({
      url,
      // schema.org has no alt text; `description` is the closest ("a description of the item").
      alt: firstText(value.description),
      caption: firstText(value.caption),
      credit: firstText(value.creditText) ?? this.#nameOf(value.copyrightHolder) ?? this.#nameOf(value.author),
      width: size(value.width),
      height: size(value.height),
    });
  }

  /** The name of a Person/Organization given as text, object or reference (or a list: the first). */
  #nameOf(value: unknown): string | undefined {
    const resolved = this.#graph.resolve(asList(value)[0]);
    return isObject(resolved) ? firstText(resolved.name) : firstText(resolved);
  }

  #body(): Block[] {
    const node = this.#node;
    const path = this.#path;
    const key = node.articleBody !== undefined ? 'articleBody' : 'text';
    const text = optionalRawText(node[key], at(path, key));
    return text ? textToParagraphs(text) : [];
  }

  /** `keywords` as "a, b, c" or as a list (of text or DefinedTerm objects). */
  #tags(): string[] {
    const { keywords } = this.#node;
    if (typeof keywords === 'string') return uniqueTags(keywords.split(','));
    return uniqueTags(asList(keywords).map(keyword => firstText(isObject(keyword) ? keyword.name : keyword) ?? ''));
  }

  /** `citation` and `isBasedOn`: URLs, names, or CreativeWork-like objects. */
  #sources(): Source[] {
    const node = this.#node;
    const path = this.#path;
    const drafts: SourceDraft[] = [];
    for (const key of ['citation', 'isBasedOn']) {
      asList(node[key]).forEach((value, i) => {
        const source = this.#source(this.#graph.resolve(value), itemPath(node, path, key, i));
        if (source) drafts.push(source);
      });
    }
    return numberSources(uniqueSources(drafts));
  }

  #source(value: unknown, path: string): SourceDraft | undefined {
    if (typeof value === 'string') {
      if (looksLikeUrl(value)) return sourceFromUrl(value, this.#base);
      const name = cleanText(value);
      return name ? { name } : undefined;
    }
    if (!isObject(value)) return undefined;
    const name = optionalText(value.name, at(path, 'name')) ?? optionalText(value.headline, at(path, 'headline'));
    const link = firstString(value.url);
    const publisher = this.#nameOf(value.publisher);
    if (!name) {
      const fromUrl = link === undefined ? undefined : sourceFromUrl(link, this.#base);
      return fromUrl && defined({ ...fromUrl, publisher });
    }
    return defined({ name, url: safeUrl(link, this.#base, 'link'), publisher });
  }

  /** `inLanguage` as a tag or a Language object (`{"alternateName": "en"}`). */
  #lang(): string | undefined {
    const node = this.#node;
    const path = this.#path;
    const value = asList(node.inLanguage)[0];
    const tag = isObject(value) ? firstText(value.alternateName) ?? firstText(value.name) : value;
    return optionalLang(tag, at(path, 'inLanguage'));
  }
}

/** The path of the `i`th value of a property that may be one value or a list: `author` or `author[1]`. */
function itemPath(node: JsonObject, path: string, key: string, i: number): string {
  return Array.isArray(node[key]) ? at(at(path, key), i) : at(path, key);
}

/** An image dimension: a number, numeric text, or a QuantitativeValue; anything else ignored. */
function size(value: unknown): number | undefined {
  const raw = isObject(value) ? value.value : value;
  try {
    return optionalSize(raw, '');
  } catch {
    return undefined;
  }
}
