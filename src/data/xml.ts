/**
 * Reading XML feeds (RSS, Atom) inertly: `DOMParser` builds a document in which nothing runs or
 * loads, and the feed parsers only ever read text and attribute values out of it.
 *
 * `DOMParser` is looked up when a feed is read, never at import, so that the JSON formats keep
 * working where there is no DOM (server rendering, workers).
 */
import { DataError } from './errors.js';
import type { Picture } from './model.js';
import { optionalSize } from './read.js';
import { safeUrl } from './urls.js';

/** The namespace of `xml:base` and `xml:lang`, fixed by the XML Namespaces spec. */
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** Media RSS (https://www.rssboard.org/media-rss), used by RSS and Atom feeds alike. */
export const MEDIA_NS = 'http://search.yahoo.com/mrss/';

/**
 * Parses feed text as XML. Throws a DataError when there is no `DOMParser` or the text is not
 * well-formed, with the parser's own description of the first error.
 */
export function parseXml(text: string): Document {
  if (typeof DOMParser === 'undefined') {
    throw new DataError('', 'feeds in XML (RSS, Atom) need a browser to be read (DOMParser is not available here)');
  }
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = parserError(doc);
  if (error !== undefined) throw new DataError('', `the feed is not well-formed XML${error ? ` (${error})` : ''}`);
  return doc;
}

/**
 * What the browser reports for XML that is not well-formed: Chromium and WebKit insert an XHTML
 * `<parsererror>` (its message, with line and column, in a `<div>`); Firefox makes one in its own
 * namespace the root, with the message first and the position on a later line.
 */
function parserError(doc: Document): string | undefined {
  const report =
    doc.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'parsererror')[0] ??
    doc.getElementsByTagNameNS('http://www.mozilla.org/newlayout/xml/parsererror.xml', 'parsererror')[0];
  if (!report) return undefined;
  const lines = ((report.querySelector('div') ?? report).textContent ?? '').split('\n').map(line => line.trim()).filter(Boolean);
  const message = (lines[0] ?? '').replace(/^XML Parsing Error:\s*/, '');
  const position = lines.map(line => /^Line Number (\d+), Column (\d+)/.exec(line)).find(Boolean);
  return (position ? `${message} at line ${position[1]}, column ${position[2]}` : message).slice(0, 200);
}

/**
 * Feeds in the wild misspell namespace URIs (`https:`, a missing final slash), and readers accept
 * them; compare without those differences. Prefixes never matter, only URIs.
 */
function sameNamespace(actual: string | null, expected: string | null): boolean {
  if (actual === null || expected === null) return actual === expected;
  const plain = (uri: string) => uri.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, '');
  return plain(actual) === plain(expected);
}

/** The child elements of `parent` called `name` in namespace `ns` (`null`: no namespace). */
export function childElements(parent: Element, ns: string | null, name: string): Element[] {
  return [...parent.children].filter(el => el.localName === name && sameNamespace(el.namespaceURI, ns));
}

export function childElement(parent: Element, ns: string | null, name: string): Element | undefined {
  return childElements(parent, ns, name)[0];
}

/** The text of a child element, trimmed only (it may be a URL, which must reach the allowlist as written). */
export function childText(parent: Element, ns: string | null, name: string): string | undefined {
  return childElement(parent, ns, name)?.textContent?.trim() || undefined;
}

/** A trimmed, non-blank attribute value. */
export function attribute(el: Element, name: string): string | undefined {
  return el.getAttribute(name)?.trim() || undefined;
}

/**
 * The base URL in effect at `el`: its `xml:base` resolved against `base` (the enclosing element's
 * base, or the document's URL). Browsers no longer apply `xml:base`, so feeds resolve it themselves.
 * A base that cannot be resolved is ignored; a hostile one (`javascript:`) cannot resolve anything.
 */
export function xmlBase(el: Element, base: string | undefined): string | undefined {
  const own = el.getAttributeNS(XML_NS, 'base')?.trim();
  if (!own) return base;
  try {
    return (base ? new URL(own, base) : new URL(own)).href;
  } catch {
    return base;
  }
}

/** Inline XHTML (an Atom `type="xhtml"` construct) as HTML text, for the HTML reader. */
export function xhtmlSource(el: Element): string {
  const serializer = new XMLSerializer();
  return [...el.childNodes].map(node => serializer.serializeToString(node)).join('');
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/**
 * The first image Media RSS gives for an item or entry: a `media:content` that is an image
 * (`medium="image"`, an `image/*` type, or no type and an image file name), else a
 * `media:thumbnail` (of the item, of a `media:group`, or of a video's `media:content`).
 */
export function mediaImage(item: Element, base: string | undefined): Picture | undefined {
  const groups = childElements(item, MEDIA_NS, 'group');
  const contents = [item, ...groups].flatMap(parent => childElements(parent, MEDIA_NS, 'content'));
  for (const content of contents) {
    const picture = isImageContent(content) ? pictureAt(content, 'url', base) : undefined;
    if (picture) return picture;
  }
  for (const thumbnail of [item, ...groups, ...contents].flatMap(parent => childElements(parent, MEDIA_NS, 'thumbnail'))) {
    const picture = pictureAt(thumbnail, 'url', base);
    if (picture) return picture;
  }
  return undefined;
}

function isImageContent(content: Element): boolean {
  const medium = attribute(content, 'medium')?.toLowerCase();
  const type = attribute(content, 'type')?.toLowerCase();
  if (medium || type) return medium === 'image' || (type?.startsWith('image/') ?? false);
  return IMAGE_FILE.test(attribute(content, 'url') ?? '');
}

/** A picture from an element's URL attribute and its `width`/`height`, when the URL is allowed. */
export function pictureAt(el: Element, urlAttribute: string, base: string | undefined): Picture | undefined {
  const url = safeUrl(el.getAttribute(urlAttribute), base, 'media');
  if (!url) return undefined;
  const picture: Picture = { url };
  const width = sizeAttribute(el, 'width');
  const height = sizeAttribute(el, 'height');
  if (width) picture.width = width;
  if (height) picture.height = height;
  return picture;
}

/** A size attribute, or `undefined` when it is not a positive number: a wrong size only costs layout hints. */
function sizeAttribute(el: Element, name: string): number | undefined {
  try {
    return optionalSize(attribute(el, name), name);
  } catch {
    return undefined;
  }
}
