/**
 * Reading XML feeds (RSS, Atom) inertly: `DOMParser` builds a document in which nothing runs or
 * loads, and the feed parsers only ever read text and attribute values out of it.
 *
 * `DOMParser` is looked up when a feed is read, never at import (see inertDocument).
 */
import { DataError, warn } from './errors.js';
import { inertDocument } from './html-blocks.js';
import { cleanFeedText } from './xml-prolog.js';
import type { Picture } from './model.js';
import { attribute, lenientSize } from './read.js';
import { safeUrl } from './urls.js';
import { sizedPicture } from './picture.js';

/** Media RSS (https://www.rssboard.org/media-rss), used by RSS and Atom feeds alike. */
export const MEDIA_NS = 'http://search.yahoo.com/mrss/';

/**
 * Most tags (element starts, those of HTML in CDATA included) a feed may have: the largest real
 * feeds have about 11,000. Parsing and reading a feed of this many stays well within 200 ms of
 * the main thread (a feed of this many one-line items: about 100 ms in Chromium on a 2-core machine).
 */
export const MAX_ELEMENTS = 20_000;

/**
 * Parses feed text as XML, its prolog and entities cleaned first (see cleanFeedText). Throws a
 * DataError when there is no `DOMParser` or the text is not well-formed, with the parser's own
 * description of the first error.
 */
export function parseXml(text: string): Document {
  // Counted before parsing: the parser alone spends over 150 ms on so many, and it cannot be stopped.
  const tags = /<[A-Za-z_\u00c0-\uffff]/g;
  for (let count = 0; tags.exec(text); ) {
    if (++count > MAX_ELEMENTS) {
      text = firstItems(text, tags.lastIndex);
      break;
    }
  }
  const doc = inertDocument(cleanFeedText(text), 'application/xml', 'an RSS or Atom feed');
  const error = parserError(doc);
  if (error !== undefined) throw new DataError('', `the feed is not well-formed XML${error ? ` (${error})` : ''}`);
  return doc;
}

/**
 * A feed over the tag limit (a podcast of thousands of episodes) is read up to its last whole item
 * or entry before the limit, its root closed after it: a list shows its first items anyway. With
 * no whole item in reach, it is refused.
 */
function firstItems(text: string, limit: number): string {
  const head = text.slice(0, limit);
  const end = Math.max(head.lastIndexOf('</item>') + 7, head.lastIndexOf('</entry>') + 8);
  const root = /<((?:[\w.-]+:)?(rss|RDF|feed))[\s>]/.exec(head);
  if (end < 8 || !root) throw new DataError('', `the feed has more than ${MAX_ELEMENTS} tags, too many to read`);
  warn('', `the feed has more than ${MAX_ELEMENTS} tags; the items before that were read`);
  // RSS 2.0 items sit in a <channel>; RSS 1.0 items and Atom entries in the root itself.
  return `${head.slice(0, end)}${root[2] === 'rss' ? '</channel>' : ''}</${root[1]}>`;
}

/** The root element of feed text (parsed by parseXml), or of an already parsed feed. */
export function documentRoot(input: string | Document): Element {
  return (typeof input === 'string' ? parseXml(input) : input).documentElement;
}

/**
 * A feed's root element, when it is one of `names` (`rss` and RSS 1.0's `RDF`, or `feed`).
 * Anything else is not the feed the caller reads.
 */
export function feedRoot(root: Element, ...names: string[]): Element {
  if (!names.includes(root.localName)) throw new DataError('', `expected an RSS or Atom feed, got an XML document whose root element is <${root.nodeName}>`);
  return root;
}

/**
 * What the browser reports for XML that is not well-formed: a `<parsererror>` element (Chromium
 * and WebKit insert it, with the message in a `<div>`; Firefox makes it the root, the message on
 * its first line). A feed would only name an element so to fail, which it can do anyway.
 */
function parserError(doc: Document): string | undefined {
  const report = doc.querySelector('parsererror');
  return report ? (report.querySelector('div') ?? report).textContent!.trim().split('\n')[0].replace(/^XML Parsing Error: /, '').slice(0, 200) : undefined;
}

/** The child elements of `parent` called `name` in namespace `ns` (`null`: no namespace). */
export function childElements(parent: Element, ns: string | null, name: string): readonly Element[] {
  let index = childIndex.get(parent);
  if (!index) {
    childIndex.set(parent, (index = new Map()));
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      const key = `${el.namespaceURI} ${el.localName}`;
      // `push` returns the new length, never 0.
      index.get(key)?.push(el) ?? index.set(key, [el]);
    }
  }
  return index.get(`${ns} ${name}`) ?? [];
}

/**
 * The children of each element read, by namespace and name, made in one walk: an item may have
 * any number of children (a hostile one, tens of thousands), and each of its fields is looked up among them.
 */
const childIndex = new WeakMap<Element, Map<string, Element[]>>();

export function childElement(parent: Element, ns: string | null, name: string): Element | undefined {
  return childElements(parent, ns, name)[0];
}

/** The text of a child element, trimmed only (it may be a URL, which must reach the allowlist as written). */
export function childText(parent: Element, ns: string | null, name: string): string | undefined {
  return childElement(parent, ns, name)?.textContent!.trim() || undefined;
}

/**
 * The base URL in effect at `el`: its `xml:base` resolved against `base` (the enclosing element's
 * base, or the document's URL); without an element, `base`. Browsers no longer apply `xml:base`,
 * so feeds resolve it themselves.
 * A base that cannot be resolved is ignored; a hostile one (`javascript:`) cannot resolve anything.
 */
export function xmlBase(el: Element | undefined, base: string | undefined): string | undefined {
  // The `xml` prefix is bound to its namespace in every document and cannot be bound to another.
  const own = el?.getAttribute('xml:base')?.trim();
  if (!own) return base;
  try {
    return new URL(own, base || undefined).href;
  } catch {
    return base;
  }
}

/**
 * Whether a media element (`media:content`, an enclosure) is a picture: its `medium`, else its
 * MIME `type`, says so; with neither (the Guardian's `<media:content width="140" url="….jpg">`),
 * anything but a URL ending like a sound or a video file.
 */
export function isImageMedia(el: Element, urlAttribute: string): boolean {
  const kind = attribute(el, 'medium') ?? attribute(el, 'type');
  return kind
    ? /^image\b/i.test(kind)
    : !/\.(?:mp[34]|m4[av]|mov|webm|og[agv]|wav|aac|flac)(?:[?#]|$)/i.test(attribute(el, urlAttribute) ?? '');
}

/**
 * The first image Media RSS gives for an item or entry: a `media:content` that is an image (see
 * isImageMedia), else a `media:thumbnail` (of the item, of a `media:group`, or of a video's
 * `media:content`).
 */
export function mediaImage(item: Element, base: string | undefined): Picture | undefined {
  const parents = [item, ...childElements(item, MEDIA_NS, 'group')];
  const contents = parents.flatMap(parent => childElements(parent, MEDIA_NS, 'content'));
  const images = [
    ...contents.filter(content => isImageMedia(content, 'url')),
    ...[...parents, ...contents].flatMap(parent => childElements(parent, MEDIA_NS, 'thumbnail')),
  ];
  let picture: Picture | undefined;
  images.find(image => (picture = pictureAt(image, 'url', base)));
  return picture;
}

/** A picture from an element's URL attribute and its `width`/`height`, when there is an element and its URL is allowed. */
export function pictureAt(el: Element | undefined, urlAttribute: string, base: string | undefined): Picture | undefined {
  const url = safeUrl(el?.getAttribute(urlAttribute), base, 'media');
  return url ? sizedPicture(url, lenientSize(el!.getAttribute('width')), lenientSize(el!.getAttribute('height'))) : undefined;
}
