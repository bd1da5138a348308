/**
 * fast-check arbitraries for the fuzz suite: random JSON, JSON shaped like each input format (its
 * field names, with random and hostile values), random HTML from a tag grammar, and random RSS/Atom
 * XML (well-formed and not). Shaped inputs matter: fully random JSON is rejected at the first
 * field, so on its own it would never reach the deeper parts of a parser.
 */
import fc from 'fast-check';
import { XSS_VECTORS } from './xss-vectors.js';
import { xmlText } from './payload-formats.js';

const FIELDS = [
  '@context', '@type', '@id', '@graph', 'headline', 'name', 'url', 'description', 'alternativeHeadline', 'articleSection',
  'author', 'publisher', 'image', 'thumbnailUrl', 'articleBody', 'text', 'keywords', 'citation', 'isBasedOn', 'inLanguage',
  'datePublished', 'dateModified', 'mainEntityOfPage', 'mainEntity', 'itemListElement', 'position', 'item', 'contentUrl',
  'caption', 'creditText', 'copyrightHolder', 'width', 'height', 'value', 'alternateName', 'version', 'items', 'title',
  'summary', 'content_html', 'content_text', 'external_url', 'banner_image', 'tags', 'authors', 'language', 'date_published',
  'date_modified', 'home_page_url', 'id', 'section', 'standfirst', 'body', 'sources', 'lang', 'published', 'modified', 'type',
  'level', 'content', 'attribution', 'ordered', 'href', 'source', 'alt', 'credit', 'label', 'date', 'link', 'avatar',
];

const SCHEMA_TYPES = [
  'NewsArticle', 'Article', 'BlogPosting', 'ReportageNewsArticle', 'ItemList', 'ListItem', 'Person', 'Organization', 'ImageObject',
  'WebPage', 'WebSite', 'CollectionPage', 'BreadcrumbList', 'CreativeWork', 'DefinedTerm', 'schema:NewsArticle', 'https://schema.org/Article', 'Thing',
];
const MODEL_TYPES = ['paragraph', 'heading', 'quote', 'list', 'image', 'link', 'em', 'strong', 'code', 'cite', 'video'];

/** Strings a parser should meet: random text, URLs in and out of the allowlist, dates, payloads. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.webUrl(),
  fc.constantFrom(
    '', ' ', '\n\n', '0', 'https://example.com/a', 'http://example.com/b?c#d', '/relative/path', 'mailto:a@example.com', 'tel:+1-555',
    'javascript:window.__xss=1', ' java\tscript:window.__xss=1', 'data:text/html,<script>window.__xss=1</script>', 'vbscript:msgbox(1)',
    '2025-07-29', '2025-07-29T14:00:00Z', '2025-13-45T99:99:99Z', 'Tue, 29 Jul 2025 14:05:00 +0000', 'source-1', 'en', 'ar', 'not a tag!',
    '<p>para</p>', '<b>x</b> & y', '#fragment', 'https://jsonfeed.org/version/1.1', '1200', '-4', 'auto',
  ),
  fc.constantFrom(...XSS_VECTORS.map(v => v.payload)),
);

const leaf: fc.Arbitrary<unknown> = fc.oneof(hostileString, fc.integer({ min: -5, max: 5000 }), fc.double(), fc.boolean(), fc.constant(null));

// --- HTML ---------------------------------------------------------------------------------------

const TAGS = [
  'p', 'div', 'span', 'a', 'img', 'em', 'i', 'strong', 'b', 'code', 'br', 'h1', 'h2', 'h3', 'h6', 'blockquote', 'cite', 'footer',
  'ul', 'ol', 'li', 'figure', 'figcaption', 'table', 'tr', 'td', 'pre', 'section', 'script', 'style', 'svg', 'math', 'mtext',
  'mglyph', 'iframe', 'object', 'template', 'noscript', 'form', 'button', 'textarea', 'select', 'title', 'xmp', 'foreignObject', 'x-custom',
];
const ATTRS = ['href', 'src', 'data-src', 'alt', 'width', 'height', 'class', 'style', 'onerror', 'onclick', 'xlink:href', 'srcset', 'id'];

const entity = fc.constantFrom('&amp;', '&lt;', '&gt;', '&quot;', '&#106;', '&#x3A;', '&colon;', '&Tab;', '&nbsp;', '&', '&#0;', '&#xD800;');

export const { htmlString } = fc.letrec<{ htmlString: string; node: string }>(tie => ({
  htmlString: fc.array(tie('node'), { maxLength: 5 }).map(nodes => nodes.join('')),
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 4 },
    fc.string({ maxLength: 12 }),
    entity,
    fc.constantFrom(...XSS_VECTORS.map(v => v.payload)),
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.array(fc.tuple(fc.constantFrom(...ATTRS), hostileString), { maxLength: 3 }),
        tie('htmlString'),
        fc.boolean(),
      )
      .map(([tag, attrs, inner, close]) => `<${tag}${attrs.map(([n, v]) => ` ${n}="${v.replace(/"/g, '&quot;')}"`).join('')}>${inner}${close ? `</${tag}>` : ''}`),
  ),
}));

/** Objects with the formats' field names, and values that fit those fields often enough to get far. */
export const { shaped } = fc.letrec<{ shaped: unknown; object: Record<string, unknown>; entry: [string, unknown] }>(tie => ({
  shaped: fc.oneof({ depthSize: 'small', maxDepth: 4 }, leaf, tie('object'), fc.array(tie('shaped'), { maxLength: 4 })),
  entry: fc.oneof(
    fc.tuple(fc.constant('@type'), fc.oneof(fc.constantFrom(...SCHEMA_TYPES), fc.array(fc.constantFrom(...SCHEMA_TYPES), { maxLength: 2 }))),
    fc.tuple(fc.constant('type'), fc.constantFrom(...MODEL_TYPES)),
    fc.tuple(fc.constant('level'), fc.constantFrom(1, 2, 3, 4, '2')),
    fc.tuple(fc.constant('version'), fc.constantFrom('https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1', '2')),
    fc.tuple(fc.constant('@id'), fc.constantFrom('#a', '#b', 'https://example.com/#c', '_:b0')),
    fc.tuple(fc.constantFrom('content_html', 'description', 'articleBody'), htmlString),
    fc.tuple(fc.constantFrom(...FIELDS), tie('shaped')),
  ) as fc.Arbitrary<[string, unknown]>,
  object: fc.array(tie('entry'), { maxLength: 7 }).map(entries => Object.fromEntries(entries)) as fc.Arbitrary<Record<string, unknown>>,
}));

// --- XML feeds --------------------------------------------------------------------------------

const xmlValue = fc.oneof(
  hostileString.map(xmlText),
  htmlString.map(xmlText),
  htmlString.map(h => `<![CDATA[${h.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`),
  fc.string({ maxLength: 10 }),
);
const RSS_CHILDREN = ['title', 'link', 'description', 'guid', 'pubDate', 'category', 'author', 'dc:creator', 'dc:date', 'content:encoded', 'media:content', 'media:thumbnail', 'media:group', 'enclosure', 'comments'];
const ATOM_CHILDREN = ['title', 'link', 'id', 'summary', 'content', 'published', 'updated', 'category', 'author', 'media:thumbnail', 'media:content'];
const XML_ATTRS = ['url', 'href', 'rel', 'type', 'medium', 'width', 'height', 'isPermaLink', 'term', 'label', 'src', 'xml:base'];

const xmlChild = (names: string[]) =>
  fc
    .tuple(fc.constantFrom(...names), fc.array(fc.tuple(fc.constantFrom(...XML_ATTRS), hostileString), { maxLength: 3 }), xmlValue)
    .map(([name, attrs, value]) => {
      const unique = new Map(attrs);
      return `<${name}${[...unique].map(([n, v]) => ` ${n}="${xmlText(v)}"`).join('')}>${value}</${name}>`;
    });

const NS = 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/"';

export const rssString: fc.Arbitrary<string> = fc
  .tuple(fc.array(xmlChild(RSS_CHILDREN), { maxLength: 3 }), fc.array(fc.array(xmlChild(RSS_CHILDREN), { maxLength: 6 }), { maxLength: 4 }), fc.boolean())
  .map(
    ([channel, items, declared]) =>
      `${declared ? '<?xml version="1.0"?>' : ''}<rss version="2.0" ${NS}><channel>${channel.join('')}${items.map(item => `<item>${item.join('')}</item>`).join('')}</channel></rss>`,
  );

export const atomString: fc.Arbitrary<string> = fc
  .tuple(fc.array(xmlChild(ATOM_CHILDREN), { maxLength: 3 }), fc.array(fc.array(xmlChild(ATOM_CHILDREN), { maxLength: 6 }), { maxLength: 4 }))
  .map(([feed, entries]) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" ${NS}>${feed.join('')}${entries.map(e => `<entry>${e.join('')}</entry>`).join('')}</feed>`);

/** Text that starts like a feed but is anything after: garbage, truncation, wrong roots. */
export const brokenXml: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('<?xml version="1.0"?>', '<rss>', '<feed>', '<rdf:RDF>', '<rss version="2.0"><channel>', '<?xml?><html>'), fc.string({ maxLength: 40 })).map(([a, b]) => a + b),
  rssString.chain(xml => fc.nat({ max: Math.max(0, xml.length - 1) }).map(n => xml.slice(0, n))),
  atomString.chain(xml => fc.nat({ max: Math.max(0, xml.length - 1) }).map(n => xml.slice(0, n))),
);

// --- Inputs per parser -----------------------------------------------------------------------

const some = { requiredKeys: [] as never[] };
const picture = fc.oneof(hostileString, fc.record({ url: hostileString, alt: fc.option(hostileString), width: fc.oneof(fc.integer({ min: -2, max: 2000 }), hostileString), caption: hostileString }, some));
const inline = fc.oneof(
  hostileString,
  fc.record({ type: fc.constantFrom('link', 'em', 'strong', 'code', 'cite'), href: hostileString, text: hostileString, source: fc.constantFrom('s1', 's2', 'x'), content: fc.array(hostileString, { maxLength: 2 }) }, { requiredKeys: ['type'] }),
);
/** Native body blocks, mostly valid. */
const block = fc.oneof(
  hostileString,
  fc.record(
    {
      type: fc.constantFrom('paragraph', 'heading', 'quote', 'list', 'image'),
      level: fc.constantFrom(2, 3, 4),
      text: hostileString,
      content: fc.array(inline, { maxLength: 4 }),
      items: fc.array(fc.oneof(inline, fc.array(inline, { maxLength: 3 })), { maxLength: 3 }),
      ordered: fc.boolean(),
      attribution: hostileString,
      url: hostileString,
      caption: hostileString,
    },
    { requiredKeys: ['type'] },
  ),
);
const person = fc.oneof(hostileString, fc.record({ '@type': fc.constant('Person'), name: hostileString, url: hostileString }, some));
/** One list item in the field names the list formats use. */
const card = fc.record(
  {
    title: hostileString, name: hostileString, headline: hostileString, url: hostileString, id: fc.oneof(hostileString, fc.integer()),
    image: picture, date: hostileString, date_published: hostileString, label: fc.oneof(hostileString, fc.array(hostileString, { maxLength: 2 })),
    summary: hostileString, content_text: hostileString, author: fc.oneof(person, fc.array(person, { maxLength: 2 })), tags: fc.array(hostileString, { maxLength: 2 }),
  },
  some,
);

const anyJson = fc.jsonValue({ maxDepth: 4 });

export const articleInput: fc.Arbitrary<unknown> = fc.oneof(
  anyJson,
  shaped,
  fc.record({ '@context': fc.constant('https://schema.org'), '@type': fc.constantFrom('NewsArticle', 'BlogPosting'), headline: hostileString }).chain(base => shaped.map(extra => ({ ...(extra as object), ...base }))),
  fc.record({ '@graph': fc.array(shaped, { maxLength: 5 }) }),
  fc.record({ title: hostileString, content_html: htmlString, content_text: fc.option(hostileString) }),
  fc.record({ version: fc.constant('https://jsonfeed.org/version/1.1'), items: fc.array(shaped, { maxLength: 3 }) }),
  fc.record({ headline: hostileString, body: fc.oneof(hostileString, fc.array(shaped, { maxLength: 6 })), sources: fc.array(shaped, { maxLength: 3 }) }),
  fc.record(
    {
      headline: hostileString, section: hostileString, standfirst: hostileString, url: hostileString, image: picture,
      authors: fc.array(person, { maxLength: 3 }), publisher: person, published: hostileString, tags: fc.array(hostileString, { maxLength: 3 }),
      body: fc.array(block, { maxLength: 6 }), lang: hostileString,
      sources: fc.array(fc.oneof(hostileString, fc.record({ id: fc.constantFrom('s1', 's2'), name: hostileString, url: hostileString }, { requiredKeys: ['name'] })), { maxLength: 3 }),
    },
    { requiredKeys: ['headline'] },
  ),
  fc.record(
    {
      '@context': fc.constant('https://schema.org'), '@type': fc.constantFrom('NewsArticle', 'BlogPosting'), headline: hostileString, name: hostileString,
      author: fc.oneof(person, fc.array(person, { maxLength: 3 })), image: fc.oneof(picture, fc.array(picture, { maxLength: 2 })), articleBody: hostileString,
      keywords: fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 })), citation: fc.array(fc.oneof(hostileString, card), { maxLength: 3 }),
      datePublished: hostileString, inLanguage: hostileString, url: hostileString, description: hostileString,
    },
    { requiredKeys: ['@type'] },
  ),
  fc.record({ title: hostileString, url: hostileString, content_html: htmlString, content_text: hostileString, image: hostileString, tags: fc.array(hostileString), authors: fc.array(fc.record({ name: hostileString, url: hostileString }, some)), date_published: hostileString }, { requiredKeys: ['title'] }),
);

const oneList: fc.Arbitrary<unknown> = fc.oneof(
  anyJson,
  shaped,
  fc.record({ version: fc.constant('https://jsonfeed.org/version/1.1'), title: fc.option(hostileString), items: fc.array(shaped, { maxLength: 5 }) }),
  fc.record({ '@context': fc.constant('https://schema.org'), '@type': fc.constant('ItemList'), itemListElement: fc.array(shaped, { maxLength: 5 }) }),
  fc.array(shaped, { maxLength: 5 }),
  fc.record({ title: fc.option(hostileString), items: fc.array(shaped, { maxLength: 5 }) }),
  fc.array(card, { maxLength: 5 }),
  fc.record({ title: hostileString, url: hostileString, items: fc.array(card, { maxLength: 5 }) }, { requiredKeys: ['items'] }),
  fc.record({ version: fc.constant('https://jsonfeed.org/version/1.1'), title: hostileString, items: fc.array(card, { maxLength: 5 }) }, { requiredKeys: ['version', 'items'] }),
  fc.record({
    '@type': fc.constant('ItemList'),
    name: hostileString,
    itemListElement: fc.array(fc.oneof(card, fc.record({ '@type': fc.constant('ListItem'), position: fc.integer({ min: -1, max: 5 }), name: hostileString, url: hostileString, item: fc.oneof(hostileString, card.map(c => ({ '@type': 'NewsArticle', ...c }))) }, some)), { maxLength: 4 }),
  }),
  rssString,
  atomString,
  brokenXml,
);

export const listInput: fc.Arbitrary<unknown> = fc.oneof(oneList, fc.array(oneList, { maxLength: 3 }));

export const sourcesInput: fc.Arbitrary<unknown> = fc.oneof(
  anyJson,
  fc.array(fc.oneof(hostileString, shaped), { maxLength: 6 }),
  fc.array(fc.oneof(hostileString, fc.record({ name: hostileString, headline: hostileString, url: hostileString, publisher: fc.oneof(hostileString, fc.record({ name: hostileString })) }, some)), { maxLength: 6 }),
  articleInput,
);
