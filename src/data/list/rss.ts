/**
 * RSS 2.0 text → CardList.
 *
 * Feeds are machine-written and read by many tolerant readers, so this parser is tolerant too:
 * anything it cannot use (a date it cannot read, an image URL the allowlist rejects) is left out
 * and the rest of the item is kept. Only a document that is not a feed at all is an error.
 * Titles and descriptions are treated as HTML, as feed readers do, and reduced to plain text.
 */
import { DataError } from '../errors.js';
import type { Card, CardList } from '../model.js';
import { cleanText, defined, isoDate, looksLikeUrl } from '../read.js';
import { safeUrl } from '../urls.js';
import { attribute, childElement, childElements, childText, feedRoot, mediaImage, pictureAt } from '../xml.js';
import { joinNames } from './common.js';
import { htmlText } from '../html-blocks.js';

const DC_NS = 'http://purl.org/dc/elements/1.1/';
const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';

/** Reads RSS text, or an already parsed RSS document. RSS 2.0 elements have no namespace. */
export function parseRss(input: string | Document, base?: string): CardList {
  const channel = childElement(feedRoot(input, 'rss'), null, 'channel');
  if (!channel) throw new DataError('', 'the RSS feed has no <channel>');
  return defined({
    title: htmlText(childText(channel, null, 'title') ?? '') || undefined,
    url: safeUrl(childText(channel, null, 'link'), base, 'link'),
    items: childElements(channel, null, 'item').flatMap(item => readItem(item, base) ?? []),
  });
}

/** One item as a card, or `undefined` for an item without a title (it has no link text to show). */
function readItem(item: Element, base: string | undefined): Card | undefined {
  const title = htmlText(childText(item, null, 'title') ?? '');
  if (!title) return undefined;
  const guid = childElement(item, null, 'guid');
  const guidText = guid?.textContent?.trim() || undefined;
  // A guid is the item's permalink unless it says otherwise, but only if it is written as a URL.
  const guidUrl = guid && guidText && attribute(guid, 'isPermaLink')?.toLowerCase() !== 'false' && looksLikeUrl(guidText) ? guidText : undefined;
  // An enclosure may be audio (podcasts), which is no picture.
  const enclosure = childElements(item, null, 'enclosure').find(el => attribute(el, 'type')?.toLowerCase().startsWith('image/'));
  return defined({
    id: guidText && cleanText(guidText),
    title,
    url: safeUrl(childText(item, null, 'link') ?? guidUrl, base, 'link'),
    image: mediaImage(item, base) ?? (enclosure && pictureAt(enclosure, 'url', base)),
    date: isoDate(childText(item, null, 'pubDate') ?? childText(item, DC_NS, 'date') ?? ''),
    label: htmlText(childText(item, null, 'category') ?? childText(item, DC_NS, 'subject') ?? '') || undefined,
    // The full content is usually long and only read when there is no description.
    summary: htmlText(childText(item, null, 'description') ?? '') || htmlText(childText(item, CONTENT_NS, 'encoded') ?? '') || undefined,
    author: joinNames(childElements(item, DC_NS, 'creator').map(el => el.textContent ?? '')),
  });
}
