/**
 * Data shaped like a publisher's own, for the server-rendering check: a schema.org article, a
 * JSON Feed whose first item is that article (so the related cards must leave it out) and whose
 * items carry `content_html`, a schema.org ItemList and an RSS 2.0 feed as text.
 */
export const ARTICLE_URL = 'https://news.example/2026/12/02/harbour-bridge-reopens';

export const articleJsonLd = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  url: ARTICLE_URL,
  headline: 'Harbour Bridge Reopens After Two Years of Repairs',
  description: 'Commuters crossed the restored span at dawn.',
  datePublished: '2026-12-02T06:00:00Z',
  inLanguage: 'en',
  author: [
    { '@type': 'Person', name: 'Ada Quinn', url: 'https://news.example/staff/ada-quinn' },
    { '@type': 'Person', name: 'Ben Ortiz' },
  ],
  articleBody: 'The first cars crossed at 5:40 a.m.\n\nEngineers replaced 1,200 rivets and the whole deck.\n\nThe city expects 80,000 crossings a day.',
  citation: [
    { '@type': 'CreativeWork', name: 'Bridge inspection report', url: 'https://city.example/reports/bridge.pdf', publisher: { name: 'City Engineering' } },
    { '@type': 'CreativeWork', name: 'Traffic forecast 2027', url: 'https://transport.example/forecast' },
  ],
};

/** A JSON Feed item as an article: its `content_html` has a heading, a quote and a list. */
export const feedArticle = {
  id: 'https://news.example/2026/12/01/ferry-timetable',
  url: 'https://news.example/2026/12/01/ferry-timetable',
  title: 'New Ferry Timetable Starts Monday',
  date_published: '2026-12-01T09:30:00Z',
  authors: [{ name: 'Chloe Park' }],
  content_html:
    '<p>Ferries will run every <em>ten</em> minutes.</p><h2>What changes</h2><blockquote><p>We listened to riders.</p></blockquote><ul><li>Earlier first sailing</li><li>Later last sailing</li></ul><script>alert(1)</script>',
};

export const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Latest',
  items: [
    { id: ARTICLE_URL, url: ARTICLE_URL, title: articleJsonLd.headline, date_published: '2026-12-02T06:00:00Z' },
    feedArticle,
    { id: 'n3', url: 'https://news.example/2026/11/30/tram-line', title: 'Tram Line Extension Approved', date_published: '2026-11-30T12:00:00Z', content_html: '<p>Six new stops.</p>' },
    { id: 'n4', url: 'https://news.example/2026/11/29/cycle-lanes', title: 'Cycle Lanes Open on Main Street', date_published: '2026-11-29T08:00:00Z' },
    { id: 'n5', url: 'https://news.example/2026/11/28/night-buses', title: 'Night Buses Return', date_published: '2026-11-28T22:00:00Z' },
    { id: 'n6', url: 'https://news.example/2026/11/27/airport-rail', title: 'Airport Rail Link Gets Funding', date_published: '2026-11-27T10:00:00Z' },
  ],
};

export const itemList = {
  '@context': 'https://schema.org',
  '@type': 'ItemList',
  name: 'Most read',
  itemListElement: [
    { '@type': 'ListItem', position: 1, item: { '@type': 'NewsArticle', headline: 'Night Buses Return', url: 'https://news.example/2026/11/28/night-buses' } },
    { '@type': 'ListItem', position: 2, item: { '@type': 'NewsArticle', headline: 'Tram Line Extension Approved', url: 'https://news.example/2026/11/30/tram-line' } },
  ],
};

export const rssText = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Weekly wrap</title><link>https://news.example/</link>
<item><title>Week in review: bridges &amp; buses</title><link>https://news.example/2026/11/29/week</link><pubDate>Sun, 29 Nov 2026 18:00:00 GMT</pubDate></item>
<item><title>Letters: the ferry debate</title><link>https://news.example/2026/11/28/letters</link></item>
</channel></rss>`;
