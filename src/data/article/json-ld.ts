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
import type { Article, Person, Picture, Source } from '../model.js';
import { asList, cleanText, defined, isObject, type JsonObject, lenientSize, looksLikeUrl, optionalDate, optionalLang, optionalRawText, optionalText } from '../read.js';
import { safeUrl } from '../urls.js';
import { firstString, firstText, JsonLdDocument, typesOf, type Located } from '../linked-data.js';
import { numberSources, readSource, textToParagraphs, uniqueSources, uniqueTags, type SourceDraft } from './common.js';

/**
 * schema.org types that are an article: Article and its subtypes publishers use, whose names all
 * end in "Article" (NewsArticle, ReportageNewsArticle, ScholarlyArticle…) or "Posting"
 * (BlogPosting, LiveBlogPosting, SocialMediaPosting…), and Report.
 */
const ARTICLE_TYPE = /(?:Article|Posting)$|^Report$/;

export function parseJsonLdArticle(input: unknown, base?: string): Article {
  if (!isObject(input) && !Array.isArray(input)) {
    throw unexpected('', 'a JSON-LD object or list', input);
  }
  const graph = new JsonLdDocument(input);
  const found = graph.find(node => typesOf(node).some(type => ARTICLE_TYPE.test(type)));
  if (!found) {
    throw new DataError('', `no schema.org Article found; found ${graph.types()}`);
  }
  return new ArticleReader(graph, found, base).read();
}

/** Reads the fields of the one article node. */
class ArticleReader {
  readonly #graph: JsonLdDocument;
  readonly #node: JsonObject;
  readonly #path: string;
  readonly #base: string | undefined;

  constructor(graph: JsonLdDocument, found: Located, base: string | undefined) {
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
      standfirst: optionalText(node.description, at(path, 'description')) ?? optionalText(node.alternativeHeadline, at(path, 'alternativeHeadline')),
      authors: asList(node.author).flatMap((author, i) => this.#person(author, itemPath(node, path, 'author', i)) ?? []),
      publisher: this.#person(asList(node.publisher)[0], at(path, 'publisher')),
      published: optionalDate(node.datePublished, at(path, 'datePublished')),
      modified: optionalDate(node.dateModified, at(path, 'dateModified')),
      image: this.#image(),
      // Paragraphs are separated by blank lines.
      body: textToParagraphs(optionalRawText(node.articleBody, at(path, 'articleBody')) ?? ''),
      tags: this.#tags(),
      sources: this.#sources(),
      // A Language object (`{"alternateName": "en"}`) is not read; a wrong `lang` only costs hyphenation.
      lang: optionalLang(firstText(node.inLanguage), at(path, 'inLanguage')),
    });
  }

  #headline(): string {
    const node = this.#node;
    const path = this.#path;
    const headline = optionalText(node.headline, at(path, 'headline')) ?? optionalText(node.name, at(path, 'name'));
    if (headline === undefined) throw new DataError(at(path, 'headline'), 'is missing; expected text (or a "name")');
    return headline;
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

  /** The first usable image of `image`: URL text, ImageObject or a list of them. */
  #image(): Picture | undefined {
    for (const value of asList(this.#node.image)) {
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
      credit: firstText(value.creditText),
      width: size(value.width),
      height: size(value.height),
    });
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
    return readSource(value, path, this.#base, source => ({
      url: firstString(source.url),
      publisher: this.#person(asList(source.publisher)[0], at(path, 'publisher'))?.name,
    }));
  }
}

/** The path of the `i`th value of a property that may be one value or a list: `author` or `author[1]`. */
function itemPath(node: JsonObject, path: string, key: string, i: number): string {
  return Array.isArray(node[key]) ? at(at(path, key), i) : at(path, key);
}

/** An image dimension: a number, numeric text, or a QuantitativeValue; anything else ignored. */
function size(value: unknown): number | undefined {
  return lenientSize(isObject(value) ? value.value : value);
}
