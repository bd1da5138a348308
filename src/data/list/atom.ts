/**
 * Atom 1.0 text → CardList.
 *
 * Tolerant like the RSS parser: what cannot be used is left out, the rest kept. Atom's text
 * constructs say what they hold (`type="text"`, `"html"` or `"xhtml"`), and every one of them
 * ends up as plain text. Links resolve against `xml:base` where the feed sets it.
 */
import { at, readItems } from '../errors.js';
import type { Card, CardList } from '../model.js';
import { attribute, cleanText, defined, isoDate } from '../read.js';
import { safeUrl } from '../urls.js';
import { childElement, childElements, childText, documentRoot, feedRoot, isImageMedia, mediaImage, pictureAt, xmlBase } from '../xml.js';
import { feedCard, joinNames } from './common.js';
import { firstImage, htmlText } from '../html-blocks.js';

/** Reads Atom text, or an already parsed Atom document. */
export function parseAtom(input: string | Document, base?: string): CardList {
  return readAtom(feedRoot(documentRoot(input), 'feed'), base);
}

/** Reads an Atom feed from its root element, a `<feed>`. */
export function readAtom(feed: Element, base?: string): CardList {
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
  return feedCard(path, readText(childElement(entry, ns, 'title')), summary, () => {
    const category = childElement(entry, ns, 'category');
    const enclosure = links(entry, ns, 'enclosure').find(el => isImageMedia(el, 'href'));
    return {
      id: childText(entry, ns, 'id'),
      url: alternateLink(entry, ns, base),
      image:
        mediaImage(entry, base) ??
        pictureAt(enclosure, 'href', xmlBase(enclosure, base)) ??
        firstImage(htmlSource(contentEl) || htmlSource(summaryEl), base),
      date: isoDate(childText(entry, ns, 'published') ?? childText(entry, ns, 'updated') ?? ''),
      label: (category && cleanText(attribute(category, 'label') ?? attribute(category, 'term') ?? '')) || undefined,
      // An entry without its own author has the feed's (RFC 4287, 4.2.1).
      author: authors(entry, ns) ?? feedAuthor,
    };
  });
}

/**
 * An Atom text construct (title, summary, content) as plain text. Content that is not text at
 * all (`type="image/png"`, or out of line with `src`) has none. Text is text, markup and all, but
 * HTML entities in it are decoded: publishers escape twice (`&amp;rsquo;`) and readers show `’`.
 */
function readText(el: Element | undefined): string {
  return htmlText(htmlSource(el, true));
}

/**
 * The HTML of a text construct that holds HTML (`type="html"` or `"xhtml"`), else `''`; with
 * `text`, also that of plain text (`type="text"`, the default, or `text/*`), its markup escaped.
 */
function htmlSource(el: Element | undefined, text?: boolean): string {
  if (!el || el.hasAttribute('src')) return '';
  const type = (attribute(el, 'type') ?? 'text').toLowerCase();
  if (type === 'html' || type === 'text/html') return el.textContent!;
  // Inline XHTML: its markup, serialized as XML (the element is in an XML document).
  if (type === 'xhtml' || type === 'application/xhtml+xml') return el.innerHTML;
  return text && (type === 'text' || type.startsWith('text/')) ? el.textContent!.replace(/</g, '&lt;') : '';
}

/** The `link`s with one `rel` (`alternate`, the default rel, is the page the feed or entry stands for). */
function links(parent: Element, ns: string | null, rel: string): Element[] {
  return childElements(parent, ns, 'link').filter(el => (attribute(el, 'rel') ?? 'alternate').toLowerCase() === rel);
}

function alternateLink(parent: Element, ns: string | null, base: string | undefined): string | undefined {
  const [link] = links(parent, ns, 'alternate');
  return safeUrl(link?.getAttribute('href'), xmlBase(link, base));
}

/** The names of an element's `<author>`s, as one byline. */
function authors(parent: Element, ns: string | null): string | undefined {
  return joinNames(childElements(parent, ns, 'author').map(author => childText(author, ns, 'name')));
}
