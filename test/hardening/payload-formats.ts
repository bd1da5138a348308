/**
 * One payload in every text and URL field of every input format, per element. Structural fields
 * (`@type`, block `type`, dates, sizes) stay valid so the document parses and the payload reaches
 * the renderer; every other string the format has is the payload (or the payload plus a suffix
 * where the format needs two distinct values, e.g. two sources).
 *
 * A second, safe image/link sits beside the hostile ones so captions, alt text and credits are
 * rendered even when the payload is a URL the allowlist drops.
 */

const SAFE_IMAGE = 'https://images.example.com/a.jpg';
const DATE = '2025-07-29T14:00:00Z';

/** Text as XML character data: characters XML 1.0 cannot hold at all become U+FFFD (a feed could not contain them). */
export function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** HTML attribute text (for payloads placed inside publisher HTML). */
export function htmlAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Publisher HTML carrying the payload as markup, as text, in an href, a src and alt/caption text. */
export function htmlWith(v: string): string {
  return (
    `${v}<p>${v}</p><h2>${v}</h2><a href="${htmlAttr(v)}">${v}</a>` +
    `<img src="${htmlAttr(v)}" alt="${htmlAttr(v)}">` +
    `<figure><img src="${SAFE_IMAGE}" alt="${htmlAttr(v)}" width="600" height="400"><figcaption>${v}</figcaption></figure>` +
    `<blockquote><p>${v}</p><footer>${v}</footer></blockquote><ul><li>${v}<ul><li>${v}</li></ul></li></ul><p><em>${v}</em> <strong>${v}</strong> <code>${v}</code></p>`
  );
}

// --- Articles (<news-article>, and <source-list> given a whole article) ---------------------------

export function jsonLdArticle(v: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': v,
    url: v,
    mainEntityOfPage: v,
    headline: v,
    alternativeHeadline: v,
    description: v,
    articleSection: [v, 'Space'],
    author: [{ '@type': 'Person', name: v, url: v }, { '@type': 'Person', name: `${v} 2`, url: 'https://example.com/a' }, v],
    publisher: { '@type': 'Organization', name: v, url: v },
    image: [
      { '@type': 'ImageObject', url: v, contentUrl: v, caption: v, description: v, creditText: v },
      { '@type': 'ImageObject', url: SAFE_IMAGE, caption: v, description: v, copyrightHolder: { name: v } },
    ],
    thumbnailUrl: v,
    articleBody: `${v}\n\n${v}\n${v}`,
    keywords: [v, { '@type': 'DefinedTerm', name: `${v} k` }],
    citation: [v, { '@type': 'CreativeWork', name: v, url: v, publisher: { '@type': 'Organization', name: v } }, { headline: `${v} 3`, url: 'https://example.com/s' }],
    isBasedOn: { '@type': 'CreativeWork', name: `${v} 4`, url: v, publisher: v },
    inLanguage: v,
    datePublished: DATE,
    dateModified: DATE,
  };
}

export function jsonLdGraph(v: string): object {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebPage', '@id': 'https://example.com/page#webpage', url: v, description: v, name: v },
      { '@type': 'Person', '@id': 'https://example.com/#person', name: v, url: v },
      { '@type': 'Organization', '@id': 'https://example.com/#org', name: v, url: v },
      { '@type': 'ImageObject', '@id': 'https://example.com/#image', url: SAFE_IMAGE, caption: v, creditText: v },
      {
        '@type': ['NewsArticle', v],
        '@id': 'https://example.com/page#article',
        headline: v,
        mainEntityOfPage: { '@id': 'https://example.com/page#webpage' },
        author: { '@id': 'https://example.com/#person', name: v },
        publisher: { '@id': 'https://example.com/#org' },
        image: { '@id': 'https://example.com/#image' },
        articleBody: v,
        keywords: `${v}, ${v} 2`,
        citation: [{ '@id': 'https://example.com/#cited' }, v],
        datePublished: DATE,
      },
      { '@type': 'CreativeWork', '@id': 'https://example.com/#cited', name: v, url: v, publisher: { '@id': 'https://example.com/#org' } },
    ],
  };
}

function feedItem(v: string): Record<string, unknown> {
  return {
    id: v,
    url: v,
    external_url: v,
    title: v,
    summary: v,
    content_html: htmlWith(v),
    content_text: v,
    image: v,
    banner_image: v,
    tags: [v, `${v} 2`],
    authors: [{ name: v, url: v, avatar: v }],
    language: v,
    date_published: DATE,
  };
}

export function jsonFeedItem(v: string): object {
  return feedItem(v);
}

export function jsonFeedWhole(v: string): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: v,
    home_page_url: v,
    feed_url: v,
    language: v,
    authors: [{ name: v, url: v }],
    items: [{ ...feedItem(v), authors: undefined, url: 'https://example.com/item' }],
  };
}

export function nativeArticle(v: string): object {
  const link = { type: 'link', href: v, text: v };
  return {
    id: v,
    url: v,
    headline: v,
    section: v,
    standfirst: v,
    lang: v,
    authors: [{ name: v, url: v }, v],
    publisher: { name: v, url: v },
    published: DATE,
    modified: DATE,
    image: { url: v, alt: v, caption: v, credit: v },
    body: [
      v,
      { type: 'paragraph', content: [v, link, { type: 'em', content: [v, link] }, { type: 'strong', text: v }, { type: 'code', text: v }, { type: 'cite', source: v }] },
      { type: 'heading', level: 2, text: v },
      { type: 'heading', level: 3, content: [link] },
      { type: 'quote', text: v, attribution: v },
      { type: 'list', ordered: true, items: [v, [v, link]] },
      { type: 'list', items: [link] },
      { type: 'image', url: v, alt: v, caption: v, credit: v },
      { type: 'image', url: SAFE_IMAGE, alt: v, caption: v, credit: v, width: 600, height: 400 },
    ],
    tags: [v, `${v} 2`],
    sources: [{ id: v, name: v, url: v, publisher: v }, `${v} 2`, { name: `${v} 3`, url: 'https://example.com/s', publisher: v }],
  };
}

// --- Lists (<related-articles>, <trending-panel>) -------------------------------------------------

export function jsonFeedList(v: string): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: v,
    home_page_url: v,
    authors: [{ name: v }],
    items: [
      { ...feedItem(v), content_html: undefined },
      { id: '2', url: 'https://example.com/2', title: `${v} 2`, summary: v, image: SAFE_IMAGE, tags: [v], date_modified: DATE },
      { id: '3', content_text: `${v} 3` },
    ],
  };
}

export function itemList(v: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: v,
    url: v,
    itemListElement: [
      { '@type': 'ListItem', position: 1, url: v, name: v },
      {
        '@type': 'ListItem',
        position: 2,
        item: { '@type': 'NewsArticle', '@id': v, headline: `${v} 2`, url: v, image: [{ url: v }, SAFE_IMAGE], articleSection: v, description: v, author: [{ name: v }, v], datePublished: DATE },
      },
      { '@type': 'ListItem', position: 3, item: v, name: `${v} 3` },
      { '@type': 'ListItem', position: 4, name: `${v} 4`, item: { '@id': 'https://example.com/#a4' } },
      { '@type': 'ListItem', position: 5, item: { '@id': 'https://example.com/#a5' } },
    ],
  };
}

export function itemListGraph(v: string): object {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'CollectionPage', '@id': 'https://example.com/#page', name: v, mainEntity: { '@id': 'https://example.com/#list' } },
      { '@type': 'ItemList', '@id': 'https://example.com/#list', name: v, itemListElement: [{ '@type': 'ListItem', position: 1, item: { '@id': 'https://example.com/#a1' } }] },
      { '@type': 'BlogPosting', '@id': 'https://example.com/#a1', headline: v, url: v, author: { '@id': 'https://example.com/#p' }, image: { '@id': 'https://example.com/#i' } },
      { '@type': 'Person', '@id': 'https://example.com/#p', name: v },
      { '@type': 'ImageObject', '@id': 'https://example.com/#i', url: SAFE_IMAGE, description: v },
    ],
  };
}

export function rss(v: string): string {
  const x = xmlText(v);
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>${x}</title><link>${x}</link><description>${x}</description>
    <item>
      <title>${x}</title><link>${x}</link><guid>${x}</guid><description>${xmlText(htmlWith(v))}</description>
      <content:encoded>${xmlText(htmlWith(v))}</content:encoded>
      <category>${x}</category><dc:creator>${x}</dc:creator><author>${x}</author>
      <media:content url="${x}" medium="image" width="${x}"/><media:thumbnail url="${x}"/>
      <enclosure url="${x}" type="image/jpeg"/>
      <pubDate>Tue, 29 Jul 2025 14:05:00 +0000</pubDate>
    </item>
    <item><description>${x}</description><guid isPermaLink="true">${x}</guid></item>
    <item>
      <title>2 ${x}</title><link>https://example.com/2</link><dc:subject>${x}</dc:subject><author>a@example.com (${x})</author>
      <description>${xmlText(`<p>${v}</p><img src="${SAFE_IMAGE}" width="600" height="400" alt="${htmlAttr(v)}">`)}</description>
    </item>
  </channel>
</rss>`;
}

export function atom(v: string): string {
  const x = xmlText(v);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:base="${x}">
  <title type="html">${x}</title><link href="${x}"/><id>${x}</id><author><name>${x}</name></author>
  <entry>
    <id>${x}</id><title type="html">${x}</title><link href="${x}"/><link rel="enclosure" type="image/png" href="${x}"/>
    <summary type="html">${xmlText(htmlWith(v))}</summary><content type="html">${xmlText(htmlWith(v))}</content>
    <category term="${x}" label="${x}"/><author><name>${x}</name></author><published>2025-07-29T14:00:00Z</published>
    <media:thumbnail url="${x}"/>
  </entry>
  <entry xml:base="${x}">
    <title type="text">2 ${x}</title><link href="https://example.com/e2"/><summary type="text">${x}</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${x}</p><a href="${x}">${x}</a><img src="${x}" alt="${x}"/></div></content>
    <updated>2025-07-29T14:00:00Z</updated>
  </entry>
  <entry><content type="html">${xmlText(`<p>${v}</p>`)}</content></entry>
</feed>`;
}

function plainItems(v: string): object[] {
  return [
    { id: v, title: v, url: v, image: v, date: DATE, label: v, summary: v, author: v },
    { id: '2', title: `${v} 2`, url: v, image: { url: SAFE_IMAGE, alt: v, width: 600, height: 400 }, label: [v, v], summary: v, author: [{ name: v }, v] },
    { title: `${v} 3`, url: 'https://example.com/3', image: { url: v, alt: v }, date: DATE },
  ];
}

export function plainArray(v: string): object[] {
  return plainItems(v);
}

export function nativeList(v: string): object {
  return { title: v, url: v, items: plainItems(v) };
}

// --- Sources (<source-list>) -------------------------------------------------------------------

export function sourceArray(v: string): unknown[] {
  return [v, { name: v, url: v, publisher: v }, { headline: `${v} 2`, url: v, publisher: { name: v } }, { url: v, publisher: v }, `${v} 3`, 'https://example.com/s'];
}

// --- Per element ------------------------------------------------------------------------------

export type Tag = 'news-article' | 'source-list' | 'related-articles' | 'trending-panel';

export interface Case {
  tag: Tag;
  format: string;
  data: unknown;
}

/** Every (element, format) pair for one payload. */
export function casesFor(v: string): Case[] {
  const lists: Array<[string, unknown]> = [
    ['json-feed', jsonFeedList(v)],
    ['item-list', itemList(v)],
    ['item-list-graph', itemListGraph(v)],
    ['rss', rss(v)],
    ['atom', atom(v)],
    ['plain-array', plainArray(v)],
    ['native-list', nativeList(v)],
  ];
  return [
    { tag: 'news-article', format: 'json-ld', data: jsonLdArticle(v) },
    { tag: 'news-article', format: 'json-ld-graph', data: jsonLdGraph(v) },
    { tag: 'news-article', format: 'json-ld-array', data: [{ '@type': 'WebSite', name: v, url: v }, jsonLdArticle(v)] },
    { tag: 'news-article', format: 'json-feed-item', data: jsonFeedItem(v) },
    { tag: 'news-article', format: 'json-feed-whole', data: jsonFeedWhole(v) },
    { tag: 'news-article', format: 'native', data: nativeArticle(v) },
    { tag: 'source-list', format: 'array', data: sourceArray(v) },
    { tag: 'source-list', format: 'json-ld-article', data: jsonLdArticle(v) },
    { tag: 'source-list', format: 'native-article', data: nativeArticle(v) },
    ...lists.map(([format, data]): Case => ({ tag: 'related-articles', format, data })),
    ...lists.map(([format, data]): Case => ({ tag: 'trending-panel', format, data })),
    { tag: 'trending-panel', format: 'array-of-lists', data: [jsonFeedList(v), rss(v), atom(v), nativeList(v), itemList(v)] },
  ];
}
