/**
 * RSS in every version feed readers read → CardList: RSS 0.9x and 2.0 (`<rss>`, its elements in
 * no namespace, or in UserLand's), RSS 1.0 and 0.90 (`<rdf:RDF>`, the items beside the channel,
 * in their own namespace). The versions share their item elements, so one reader serves them all.
 *
 * Feeds are machine-written and read by many tolerant readers, so this parser is tolerant too:
 * anything it cannot use (a date it cannot read, an image URL the allowlist rejects) is left out
 * and the rest of the item is kept; an item with nothing to show is dropped with a warning. Only
 * a document that is not a feed at all, or whose items are all unusable, is an error.
 * Titles and descriptions are treated as HTML, as feed readers do, and reduced to plain text.
 */
import { DataError, at, readItems } from '../errors.js';
import type { Card, CardList } from '../model.js';
import { attribute, cleanText, defined, isoDate, looksLikeUrl } from '../read.js';
import { safeUrl } from '../urls.js';
import { childElement, childElements, childText, documentRoot, feedRoot, isImageMedia, mediaImage, pictureAt } from '../xml.js';
import { feedCard, joinNames } from './common.js';
import { firstImage, htmlText } from '../html-blocks.js';

const DC_NS = 'http://purl.org/dc/elements/1.1/';
const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const ITUNES_NS = 'http://www.itunes.com/dtds/podcast-1.0.dtd';
const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** Reads RSS (or RDF) text, or an already parsed RSS document. */
export function parseRss(input: string | Document, base?: string): CardList {
  return readRss(documentRoot(input), base);
}

/** Reads an RSS feed from its root element (a DataError when that is no `<rss>` or `<rdf:RDF>`). */
export function readRss(root: Element, base?: string): CardList {
  const rdf = feedRoot(root, 'rss', 'RDF').localName === 'RDF';
  // RSS 0.9x/2.0 share the root's namespace (none, or UserLand's); RSS 1.0 and 0.90 the channel's.
  const channel = [...root.children].find(el => el.localName === 'channel' && (rdf || el.namespaceURI === root.namespaceURI));
  if (!channel) throw new DataError('', 'the RSS feed has no <channel>');
  const ns = channel.namespaceURI;
  return defined({
    title: htmlText(childText(channel, ns, 'title') ?? '') || undefined,
    url: safeUrl(childText(channel, ns, 'link'), base),
    items: readItems(childElements(rdf ? root : channel, ns, 'item'), (item, i) => readItem(item, ns, base, at('items', i))),
  });
}

/** One item as a card. An item with neither a title nor text to make one from is a DataError. */
function readItem(item: Element, ns: string | null, base: string | undefined, path: string): Card {
  const text = (name: string, namespace = ns) => childText(item, namespace, name) ?? '';
  const description = text('description');
  const content = text('encoded', CONTENT_NS);
  // The full content is usually long and only read when there is no description.
  const summary = htmlText(description) || htmlText(content);
  return feedCard(path, htmlText(text('title')), summary, () => {
    const guid = childElement(item, ns, 'guid');
    const id = text('guid') || item.getAttributeNS(RDF_NS, 'about')?.trim() || undefined;
    // A guid is the item's permalink unless it says otherwise, but only if it is written as a URL.
    const permalink = id && (!guid || attribute(guid, 'isPermaLink')?.toLowerCase() !== 'false') && looksLikeUrl(id) ? id : undefined;
    // An enclosure may be audio (podcasts), which is no picture.
    const enclosure = childElements(item, ns, 'enclosure').find(el => isImageMedia(el, 'url'));
    return {
      id: id && cleanText(id),
      url: safeUrl(text('link') || permalink, base),
      image:
        mediaImage(item, base) ??
        pictureAt(enclosure, 'url', base) ??
        pictureAt(childElement(item, ITUNES_NS, 'image'), 'href', base) ??
        // Already only what a card keeps (no caption or credit).
        firstImage(content || description, base),
      date: isoDate(text('pubDate') || text('date', DC_NS)),
      label: htmlText(text('category') || text('subject', DC_NS)) || undefined,
      // RSS 2.0 writes `jane@example.com (Jane Doe)`: the name is what a reader knows (the text
      // whole when it ends in no parenthesis).
      author: joinNames([...childElements(item, DC_NS, 'creator'), ...childElements(item, ns, 'author')].map(el => el.textContent!.replace(/^[^]*?\(([^)]+)\)\s*$/, '$1'))),
    };
  });
}
