/**
 * The fields every schema.org CreativeWork shares (an article, a list entry's item), read from a
 * node of a JSON-LD document the way SEO plugins and CMS templates print them: text, `@value`
 * objects or lists; `@id` references followed; people as text, objects, lists of names or
 * `givenName`/`familyName`. The article parser and the ItemList parser both read nodes through
 * this, so a card and an article agree on what a headline, an author or an image is.
 *
 * Leniency: a field that cannot be used (a number where text belongs, a date that is no date) is
 * left out with a warning; only a missing headline is an error, and that is the caller's call.
 */
import { at, lenient } from './errors.js';
import type { Article, Person, Picture } from './model.js';
import { asList, defined, isObject, lenientSize, looksLikeUrl, optionalDate, type JsonObject } from './read.js';
import { safeUrl } from './urls.js';
import { firstString, firstText, schemaKeys, text, texts, type JsonLdDocument, type Located } from './linked-data.js';

/** What a card or an article header shows of a CreativeWork (the headline may be missing: the caller decides). */
export type WorkHeader = Pick<Article, 'id' | 'url' | 'section' | 'standfirst' | 'authors' | 'publisher' | 'published' | 'modified' | 'image'> & {
  headline?: string;
};

export class CreativeWorkReader {
  readonly graph: JsonLdDocument;
  readonly node: JsonObject;
  readonly path: string;
  readonly base: string | undefined;

  constructor(graph: JsonLdDocument, found: Located, base: string | undefined) {
    this.graph = graph;
    this.node = schemaKeys(found.node);
    this.path = found.path;
    this.base = base;
  }

  /** `key`'s first text, or `undefined` with a warning when it is not text. */
  text(key: string): string | undefined {
    return lenient(() => text(this.node[key], at(this.path, key)));
  }

  header(): WorkHeader {
    const { node, path } = this;
    return defined({
      id: firstText(node['@id']),
      url: this.#url(),
      headline: this.text('headline') ?? this.text('name'),
      section: this.text('articleSection'),
      standfirst: this.text('description') ?? this.text('alternativeHeadline'),
      authors: this.people(node.author, at(path, 'author')),
      publisher: this.people(asList(node.publisher)[0], at(path, 'publisher'))[0],
      published: this.#date('datePublished') ?? this.#date('dateCreated'),
      modified: this.#date('dateModified'),
      image: this.#image(),
    });
  }

  #date(key: string): string | undefined {
    return lenient(() => optionalDate(text(this.node[key], at(this.path, key)), at(this.path, key)));
  }

  #url(): string | undefined {
    const { node, base } = this;
    // `mainEntityOfPage` is the page's URL as text, or the WebPage node (whose `@id` is usually its URL).
    const page = this.graph.resolve(node.mainEntityOfPage);
    const pageUrl = isObject(page) ? firstString(page.url) ?? firstString(page['@id']) : firstString(page);
    return safeUrl(firstString(node.url), base, 'link') ?? safeUrl(pageUrl, base, 'link');
  }

  /**
   * People (authors, a publisher): text, or Person/Organization nodes (by reference or inline), in
   * lists nested however deep; a node's `name` may itself be a list of names (one person each),
   * else its `givenName` and `familyName` make the name. A name that is not text is dropped with a warning.
   */
  people(value: unknown, path: string): Person[] {
    const out: Person[] = [];
    const add = (item: unknown, itemPath: string): void => {
      if (Array.isArray(item)) return item.forEach((inner, i) => add(inner, at(itemPath, i)));
      const resolved = this.graph.resolve(item);
      if (typeof resolved === 'string') {
        // Some templates give a profile URL instead of a name; a URL is not a byline.
        const name = looksLikeUrl(resolved) ? undefined : firstText(resolved);
        if (name) out.push({ name });
        return;
      }
      if (!isObject(resolved)) return;
      const names = lenient(() => texts(resolved.name, at(itemPath, 'name')), []);
      if (!names.length) {
        const given = [resolved.givenName, resolved.familyName].map((part, i) => lenient(() => text(part, at(itemPath, i ? 'familyName' : 'givenName'))));
        const whole = given.filter(Boolean).join(' ');
        if (whole) names.push(whole);
      }
      const url = names.length === 1 ? safeUrl(firstString(resolved.url), this.base, 'link') : undefined;
      for (const name of names) out.push(defined({ name, url }));
    };
    add(value, path);
    return out;
  }

  /** The first usable image of `image` (URL text, ImageObject or a list of them), else `thumbnailUrl`. */
  #image(): Picture | undefined {
    for (const value of [...asList(this.node.image), ...asList(this.node.thumbnailUrl)]) {
      const picture = this.picture(this.graph.resolve(value));
      if (picture) return picture;
    }
    return undefined;
  }

  picture(value: unknown): Picture | undefined {
    if (typeof value === 'string') {
      const url = safeUrl(value, this.base, 'media');
      return url ? { url } : undefined;
    }
    if (!isObject(value)) return undefined;
    const url = safeUrl(firstString(value.url) ?? firstString(value.contentUrl), this.base, 'media');
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
}

/** An image dimension: a number, numeric text, or a QuantitativeValue; anything else ignored. */
function size(value: unknown): number | undefined {
  return lenientSize(isObject(value) ? value.value : value);
}
