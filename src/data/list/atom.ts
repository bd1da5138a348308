/**
 * Atom 1.0 text → CardList.
 *
 * Tolerant like the RSS parser: what cannot be used is left out, the rest kept. Atom's text
 * constructs say what they hold (`type="text"`, `"html"` or `"xhtml"`), and every one of them
 * ends up as plain text. Links resolve against `xml:base` where the feed sets it.
 */
import type { Card, CardList } from '../model.js';
import { cleanText, defined, isoDate } from '../read.js';
import { safeUrl } from '../urls.js';
import { attribute, childElement, childElements, childText, feedRoot, mediaImage, pictureAt, xhtmlSource, xmlBase } from '../xml.js';
import { joinNames } from './common.js';
import { htmlText } from '../html-blocks.js';

/** Reads Atom text, or an already parsed Atom document. */
export function parseAtom(input: string | Document, base?: string): CardList {
  const feed = feedRoot(input, 'feed');
  // The Atom 1.0 namespace, as the feed's root has it.
  const ns = feed.namespaceURI;
  const feedBase = xmlBase(feed, base);
  const feedAuthor = authors(feed, ns);
  return defined({
    title: readText(childElement(feed, ns, 'title')) || undefined,
    url: alternateLink(feed, ns, feedBase),
    items: childElements(feed, ns, 'entry').flatMap(entry => readEntry(entry, ns, feedBase, feedAuthor) ?? []),
  });
}

/** One entry as a card, or `undefined` for an entry without a title (it has no link text to show). */
function readEntry(entry: Element, ns: string | null, feedBase: string | undefined, feedAuthor: string | undefined): Card | undefined {
  const base = xmlBase(entry, feedBase);
  const title = readText(childElement(entry, ns, 'title'));
  if (!title) return undefined;
  const category = childElement(entry, ns, 'category');
  const enclosure = childElements(entry, ns, 'link').find(
    el => attribute(el, 'rel')?.toLowerCase() === 'enclosure' && attribute(el, 'type')?.toLowerCase().startsWith('image/'),
  );
  return defined({
    id: childText(entry, ns, 'id'),
    title,
    url: alternateLink(entry, ns, base),
    image: mediaImage(entry, base) ?? (enclosure && pictureAt(enclosure, 'href', xmlBase(enclosure, base))),
    date: isoDate(childText(entry, ns, 'published') ?? childText(entry, ns, 'updated') ?? ''),
    label: (category && cleanText(attribute(category, 'label') ?? attribute(category, 'term') ?? '')) || undefined,
    // Entries without a summary are summarized by their content.
    summary: readText(childElement(entry, ns, 'summary')) || readText(childElement(entry, ns, 'content')) || undefined,
    // An entry without its own author has the feed's (RFC 4287, 4.2.1).
    author: authors(entry, ns) ?? feedAuthor,
  });
}

/**
 * An Atom text construct (title, summary, content) as plain text. Content that is not text at
 * all (`type="image/png"`, or out of line with `src`) has none.
 */
function readText(el: Element | undefined): string {
  if (!el || el.hasAttribute('src')) return '';
  const type = (attribute(el, 'type') ?? 'text').toLowerCase();
  if (type === 'html' || type === 'text/html') return htmlText(el.textContent ?? '');
  if (type === 'xhtml' || type === 'application/xhtml+xml') return htmlText(xhtmlSource(el));
  return type === 'text' || type.startsWith('text/') ? cleanText(el.textContent ?? '') : '';
}

/** The `link` with `rel="alternate"` (the default rel): the page the feed or entry stands for. */
function alternateLink(parent: Element, ns: string | null, base: string | undefined): string | undefined {
  const link = childElements(parent, ns, 'link').find(el => (attribute(el, 'rel') ?? 'alternate').toLowerCase() === 'alternate');
  return link && safeUrl(link.getAttribute('href'), xmlBase(link, base), 'link');
}

/** The names of an element's `<author>`s, as one byline. */
function authors(parent: Element, ns: string | null): string | undefined {
  return joinNames(childElements(parent, ns, 'author').map(author => childText(author, ns, 'name')));
}
