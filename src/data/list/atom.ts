/**
 * Atom 1.0 text → CardList.
 *
 * Tolerant like the RSS parser: what cannot be used is left out, the rest kept. Atom's text
 * constructs say what they hold (`type="text"`, `"html"` or `"xhtml"`), and every one of them
 * ends up as plain text. Links resolve against `xml:base` where the feed sets it.
 */
import { DataError, at, readItems } from '../errors.js';
import type { Card, CardList } from '../model.js';
import { cleanText, defined, isoDate } from '../read.js';
import { safeUrl } from '../urls.js';
import { attribute, childElement, childElements, childText, feedRoot, isImageMedia, mediaImage, pictureAt, xhtmlSource, xmlBase } from '../xml.js';
import { cardPicture, joinNames } from './common.js';
import { titleFromText } from '../text.js';
import { firstImage, htmlText } from '../html-blocks.js';

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
    items: readItems(childElements(feed, ns, 'entry'), (entry, i) => readEntry(entry, ns, feedBase, feedAuthor, at('items', i))),
  });
}

/** One entry as a card. An entry with neither a title nor text to make one from is a DataError. */
function readEntry(entry: Element, ns: string | null, feedBase: string | undefined, feedAuthor: string | undefined, path: string): Card {
  const base = xmlBase(entry, feedBase);
  const summaryEl = childElement(entry, ns, 'summary');
  const contentEl = childElement(entry, ns, 'content');
  // Entries without a summary are summarized by their content.
  const summary = readText(summaryEl) || readText(contentEl);
  const title = readText(childElement(entry, ns, 'title')) || titleFromText(summary);
  if (!title) throw new DataError(path, 'has no title and no text to make one from');
  const category = childElement(entry, ns, 'category');
  const enclosure = childElements(entry, ns, 'link').find(el => attribute(el, 'rel')?.toLowerCase() === 'enclosure' && isImageMedia(el, 'href'));
  return defined({
    id: childText(entry, ns, 'id'),
    title,
    url: alternateLink(entry, ns, base),
    image:
      mediaImage(entry, base) ??
      (enclosure && pictureAt(enclosure, 'href', xmlBase(enclosure, base))) ??
      cardPicture(firstImage(htmlSource(contentEl) || htmlSource(summaryEl), base)),
    date: isoDate(childText(entry, ns, 'published') ?? childText(entry, ns, 'updated') ?? ''),
    label: (category && cleanText(attribute(category, 'label') ?? attribute(category, 'term') ?? '')) || undefined,
    // A title made from the text says it all when the text is short.
    summary: summary !== title ? summary || undefined : undefined,
    // An entry without its own author has the feed's (RFC 4287, 4.2.1).
    author: authors(entry, ns) ?? feedAuthor,
  });
}

/**
 * An Atom text construct (title, summary, content) as plain text. Content that is not text at
 * all (`type="image/png"`, or out of line with `src`) has none. Text is text, markup and all, but
 * HTML entities in it are decoded: publishers escape twice (`&amp;rsquo;`) and readers show `’`.
 */
function readText(el: Element | undefined): string {
  const type = el && !el.hasAttribute('src') && (attribute(el, 'type') ?? 'text').toLowerCase();
  return htmlText(htmlSource(el) || (type && (type === 'text' || type.startsWith('text/')) && el.textContent?.replace(/</g, '&lt;')) || '');
}

/** The HTML of a text construct that holds HTML (`type="html"` or `"xhtml"`), else `''`. */
function htmlSource(el: Element | undefined): string {
  if (!el || el.hasAttribute('src')) return '';
  const type = attribute(el, 'type')?.toLowerCase();
  if (type === 'html' || type === 'text/html') return el.textContent ?? '';
  return type === 'xhtml' || type === 'application/xhtml+xml' ? xhtmlSource(el) : '';
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
