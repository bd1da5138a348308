/**
 * Atom 1.0 text → CardList.
 *
 * Tolerant like the RSS parser: what cannot be used is left out, the rest kept. Atom's text
 * constructs say what they hold (`type="text"`, `"html"` or `"xhtml"`), and every one of them
 * ends up as plain text. Links resolve against `xml:base` where the feed sets it.
 */
import { DataError } from '../errors.js';
import type { Card, CardList, Picture } from '../model.js';
import { cleanText } from '../read.js';
import { safeUrl } from '../urls.js';
import { attribute, childElement, childElements, childText, mediaImage, parseXml, pictureAt, xhtmlSource, xmlBase } from '../xml.js';
import { defined } from '../article/common.js';
import { feedDate, joinNames, readHtml, titleFromText, type HtmlSummary } from './common.js';

/** Reads Atom text, or an already parsed Atom document. */
export function parseAtom(input: string | Document, base?: string): CardList {
  const feed = (typeof input === 'string' ? parseXml(input) : input).documentElement;
  if (feed.localName !== 'feed') {
    throw new DataError('', `expected an Atom feed (<feed>), got an XML document whose root element is <${feed.nodeName}>`);
  }
  // The Atom 1.0 namespace, or whatever the feed's root uses (Atom 0.3 feeds are still served).
  const ns = feed.namespaceURI;
  const feedBase = xmlBase(feed, base);
  const feedAuthor = authors(feed, ns);
  return defined({
    title: readText(childElement(feed, ns, 'title'), feedBase).text || undefined,
    url: alternateLink(feed, ns, feedBase),
    items: childElements(feed, ns, 'entry').flatMap(entry => readEntry(entry, ns, feedBase, feedAuthor) ?? []),
  });
}

function readEntry(entry: Element, ns: string | null, feedBase: string | undefined, feedAuthor: string | undefined): Card | undefined {
  const base = xmlBase(entry, feedBase);
  // Entries without a summary are summarized by their content.
  const summary = readText(childElement(entry, ns, 'summary'), base);
  const content = summary.text && summary.image ? summary : readText(childElement(entry, ns, 'content'), base);
  const summaryText = summary.text || content.text || undefined;
  const ownTitle = readText(childElement(entry, ns, 'title'), base).text;
  const title = ownTitle || (summaryText && titleFromText(summaryText));
  if (!title) return undefined;
  const category = childElement(entry, ns, 'category');
  return defined({
    id: childText(entry, ns, 'id'),
    title,
    url: alternateLink(entry, ns, base),
    image: mediaImage(entry, base) ?? enclosureImage(entry, ns, base) ?? summary.image ?? content.image,
    date: feedDate(childText(entry, ns, 'published') ?? childText(entry, ns, 'updated') ?? childText(entry, ns, 'issued') ?? childText(entry, ns, 'modified')),
    label: category && cleanText(attribute(category, 'label') ?? attribute(category, 'term') ?? '') || undefined,
    summary: ownTitle ? summaryText : undefined,
    // An entry without its own author has the feed's (RFC 4287, 4.2.1).
    author: authors(entry, ns) ?? feedAuthor,
  });
}

/**
 * An Atom text construct (title, summary, content) as text and its first picture. Content that is
 * not text at all (`type="image/png"`, or out of line with `src`) has neither.
 */
function readText(el: Element | undefined, base: string | undefined): HtmlSummary {
  if (!el || el.hasAttribute('src')) return { text: '' };
  const type = (attribute(el, 'type') ?? 'text').toLowerCase();
  const elBase = xmlBase(el, base);
  if (type === 'html' || type === 'text/html') return readHtml(el.textContent ?? '', elBase);
  if (type === 'xhtml' || type === 'application/xhtml+xml') return readHtml(xhtmlSource(el), elBase);
  if (type === 'text' || type.startsWith('text/')) return { text: cleanText(el.textContent ?? '') };
  return { text: '' };
}

/** The `link` with `rel="alternate"` (the default rel): the page the feed or entry stands for. */
function alternateLink(parent: Element, ns: string | null, base: string | undefined): string | undefined {
  const link = childElements(parent, ns, 'link').find(el => (attribute(el, 'rel') ?? 'alternate').toLowerCase() === 'alternate');
  return link && safeUrl(link.getAttribute('href'), xmlBase(link, base), 'link');
}

function enclosureImage(entry: Element, ns: string | null, base: string | undefined): Picture | undefined {
  const enclosure = childElements(entry, ns, 'link').find(
    el => attribute(el, 'rel')?.toLowerCase() === 'enclosure' && attribute(el, 'type')?.toLowerCase().startsWith('image/'),
  );
  return enclosure && pictureAt(enclosure, 'href', xmlBase(enclosure, base));
}

/** The names of an element's `<author>`s, as one byline. */
function authors(parent: Element, ns: string | null): string | undefined {
  return joinNames(childElements(parent, ns, 'author').map(author => childText(author, ns, 'name')));
}
