/**
 * RSS 2.0 (and RSS 1.0 / RDF) text → CardList.
 *
 * Feeds are machine-written and read by many tolerant readers, so this parser is tolerant too:
 * anything it cannot use (a date it cannot read, an image URL the allowlist rejects) is left out
 * and the rest of the item is kept. Only a document that is not a feed at all is an error.
 * Titles and descriptions are treated as HTML, as feed readers do, and reduced to plain text.
 */
import { DataError } from '../errors.js';
import type { Card, CardList, Picture } from '../model.js';
import { cleanText } from '../read.js';
import { safeUrl } from '../urls.js';
import { attribute, childElement, childElements, childText, mediaImage, parseXml, pictureAt } from '../xml.js';
import { defined, looksLikeUrl } from '../article/common.js';
import { feedDate, htmlTitle, joinNames, readHtml, titleFromText, type HtmlSummary } from './common.js';

const DC_NS = 'http://purl.org/dc/elements/1.1/';
const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';

/** Reads RSS text, or an already parsed RSS document. */
export function parseRss(input: string | Document, base?: string): CardList {
  const root = (typeof input === 'string' ? parseXml(input) : input).documentElement;
  if (root.localName !== 'rss' && root.localName !== 'RDF') {
    throw new DataError('', `expected an RSS feed (<rss> or <rdf:RDF>), got an XML document whose root element is <${root.nodeName}>`);
  }
  const channel = [...root.children].find(el => el.localName === 'channel');
  if (!channel) throw new DataError('', 'the RSS feed has no <channel>');
  // RSS 2.0 elements have no namespace; RSS 1.0 puts them in its own, and its items beside the channel.
  const ns = channel.namespaceURI;
  const items = [...childElements(channel, ns, 'item'), ...childElements(root, ns, 'item')];
  const title = childText(channel, ns, 'title');
  return defined({
    title: title && htmlTitle(title),
    url: safeUrl(childText(channel, ns, 'link'), base, 'link'),
    items: items.flatMap(item => readItem(item, ns, base) ?? []),
  });
}

/** One item as a card, or `undefined` for an item with neither a title nor any text to make one from. */
function readItem(item: Element, ns: string | null, base: string | undefined): Card | undefined {
  const html = new LazyHtml(item, ns, base);
  const summary = html.description.text || html.content.text || undefined;
  const ownTitle = htmlTitle(childText(item, ns, 'title') ?? '');
  const title = ownTitle || (summary && titleFromText(summary));
  if (!title) return undefined;
  const guid = childElement(item, ns, 'guid');
  const guidText = guid?.textContent?.trim() || undefined;
  // A guid is the item's permalink unless it says otherwise, but only if it is written as a URL.
  const guidUrl = guid && guidText && attribute(guid, 'isPermaLink')?.toLowerCase() !== 'false' && looksLikeUrl(guidText) ? guidText : undefined;
  const link = childText(item, ns, 'link');
  return defined({
    id: guidText && cleanText(guidText),
    title,
    url: safeUrl(link ?? guidUrl, base, 'link'),
    image: mediaImage(item, base) ?? enclosureImage(item, ns, base) ?? html.description.image ?? html.content.image,
    date: feedDate(childText(item, ns, 'pubDate') ?? childText(item, DC_NS, 'date')),
    label: htmlTitle(childText(item, ns, 'category') ?? childText(item, DC_NS, 'subject') ?? '') || undefined,
    summary: ownTitle ? summary : undefined,
    author: joinNames(childElements(item, DC_NS, 'creator').map(el => el.textContent ?? '')) ?? authorName(childText(item, ns, 'author')),
  });
}

/**
 * The item's description and `content:encoded`, each read once and only when needed: the full
 * content is usually long and only matters when the description has no text or picture.
 */
class LazyHtml {
  #read: Partial<Record<'description' | 'content', HtmlSummary>> = {};

  readonly #item: Element;
  readonly #ns: string | null;
  readonly #base: string | undefined;

  constructor(item: Element, ns: string | null, base: string | undefined) {
    this.#item = item;
    this.#ns = ns;
    this.#base = base;
  }

  get description(): HtmlSummary {
    return (this.#read.description ??= readHtml(childText(this.#item, this.#ns, 'description') ?? '', this.#base));
  }

  get content(): HtmlSummary {
    return (this.#read.content ??= readHtml(childText(this.#item, CONTENT_NS, 'encoded') ?? '', this.#base));
  }
}

/** An `<enclosure>` that is an image (podcast feeds enclose audio, which is no picture). */
function enclosureImage(item: Element, ns: string | null, base: string | undefined): Picture | undefined {
  const enclosure = childElements(item, ns, 'enclosure').find(el => attribute(el, 'type')?.toLowerCase().startsWith('image/'));
  return enclosure && pictureAt(enclosure, 'url', base);
}

/**
 * RSS 2.0 `<author>` is an email address, conventionally followed by the name in parentheses:
 * "jane@example.com (Jane Doe)". The name is the byline; a bare address is not.
 */
function authorName(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const named = /\(([^()]+)\)\s*$/.exec(text);
  if (named) return joinNames([named[1]]);
  return /^\S+@\S+$/.test(text) ? undefined : joinNames([text]);
}
