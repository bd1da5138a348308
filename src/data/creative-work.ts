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
import { at, lenient, lenientField, warnError } from './errors.js';
import type { Article, Person, Picture } from './model.js';
import { MAX_DEPTH, asList, defined, isObject, lenientSize, looksLikeUrl, optionalDate, tooDeep, type JsonObject } from './read.js';
import { safeUrl } from './urls.js';
import { firstString, firstText, schemaKeys, text, texts, type JsonLdDocument, type Located } from './linked-data.js';

/** What a card or an article header shows of a CreativeWork (the headline may be missing: the caller decides). */
export type WorkHeader = Pick<Article, 'id' | 'url' | 'section' | 'standfirst' | 'authors' | 'publisher' | 'published' | 'modified' | 'image'> & {
  headline?: string;
};

/** A CreativeWork node of `graph` being read: the node (its keys as schema.org spells them), its path and its readers. */
export interface CreativeWork {
  node: JsonObject;
  path: string;
  /** The fields a card or an article header shows. */
  header(): WorkHeader;
  /**
   * People (authors, a publisher): text, or Person/Organization nodes (by reference or inline), in
   * lists nested however deep; a node's `name` may itself be a list of names (one person each),
   * else its `givenName` and `familyName` make the name. A name that is not text is dropped with a warning.
   */
  people(value: unknown, path: string): Person[];
}

/** Reads the CreativeWork `found` in `graph`; relative URLs resolve against `base`. */
export function creativeWork(graph: JsonLdDocument, found: Located, base: string | undefined): CreativeWork {
  const node = schemaKeys(found.node);
  const { path } = found;
  const link = (value: unknown) => safeUrl(firstString(value), base);
  /** `key`'s first text (or what `read` makes of it), or `undefined` with a warning when it is not text. */
  const field = (key: string, read: (value: unknown, path: string) => string | undefined = text) => lenientField(read, node, key, path);
  const date = (key: string) => field(key, (value, keyPath) => optionalDate(text(value, keyPath), keyPath));

  const people = (value: unknown, valuePath: string): Person[] => {
    const out: Person[] = [];
    // `depth`: how many lists hold `item`; a list nested deeper than MAX_DEPTH is left out, with a warning.
    const add = (item: unknown, itemPath: string, depth: number): void => {
      if (Array.isArray(item)) {
        return depth === MAX_DEPTH ? warnError(tooDeep(itemPath)) : item.forEach((inner, i) => add(inner, at(itemPath, i), depth + 1));
      }
      const resolved = graph.resolve(item);
      if (typeof resolved === 'string') {
        // Some templates give a profile URL instead of a name; a URL is not a byline.
        const name = looksLikeUrl(resolved) ? undefined : firstText(resolved);
        if (name) out.push({ name });
        return;
      }
      if (!isObject(resolved)) return;
      const names = lenient(() => texts(resolved.name, at(itemPath, 'name'))) ?? [];
      if (!names.length) {
        const given = ['givenName', 'familyName'].map(key => lenientField(text, resolved, key, itemPath));
        const whole = given.filter(Boolean).join(' ');
        if (whole) names.push(whole);
      }
      const url = names.length === 1 ? link(resolved.url) : undefined;
      for (const name of names) out.push(defined({ name, url }));
    };
    add(value, valuePath, 0);
    return out;
  };

  /** A picture: URL text or an ImageObject. */
  const picture = (value: unknown): Picture | undefined => {
    const object = isObject(value) ? value : {};
    const url = safeUrl(typeof value === 'string' ? value : firstString(object.url) ?? firstString(object.contentUrl), base, 'media');
    return url
      ? defined({
          url,
          // schema.org has no alt text; `description` is the closest ("a description of the item").
          alt: firstText(object.description),
          caption: firstText(object.caption),
          credit: firstText(object.creditText),
          width: size(object, 'width'),
          height: size(object, 'height'),
        })
      : undefined;
  };

  const header = (): WorkHeader => {
    // `mainEntityOfPage` is the page's URL as text, or the WebPage node (whose `@id` is usually its URL).
    const page = graph.resolve(node.mainEntityOfPage);
    let image: Picture | undefined;
    // The first usable image of `image` (URL text, ImageObject or a list of them), else `thumbnailUrl`.
    [...asList(node.image), ...asList(node.thumbnailUrl)].find(value => (image = picture(graph.resolve(value))));
    return defined({
      id: firstText(node['@id']),
      url: link(node.url) ?? link(isObject(page) ? firstString(page.url) ?? firstString(page['@id']) : page),
      headline: field('headline') ?? field('name'),
      section: field('articleSection'),
      standfirst: field('description') ?? field('alternativeHeadline'),
      authors: people(node.author, at(path, 'author')),
      publisher: people(asList(node.publisher)[0], at(path, 'publisher'))[0],
      published: date('datePublished') ?? date('dateCreated'),
      modified: date('dateModified'),
      image,
    });
  };

  return { node, path, header, people };
}

/** An image dimension `key`: a number, numeric text, or a QuantitativeValue; anything else ignored. */
function size(image: JsonObject, key: string): number | undefined {
  const value = image[key];
  return lenientSize(isObject(value) ? value.value : value);
}
