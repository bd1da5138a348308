import { expect } from '@open-wc/testing';
import { parseArticle } from '../../src/data/article/index.js';
import type { Article } from '../../src/data/model.js';

/** URLs that must never reach an href or src, in the spellings attackers use. */
const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  ' data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
];

/** Every `url`/`href` anywhere in the article. */
function urlsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach(item => urlsIn(item, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'url' || key === 'href') && typeof child === 'string') found.push(child);
      else urlsIn(child, found);
    }
  }
  return found;
}

function expectOnlySafeUrls(article: Article, bad: string): void {
  for (const url of urlsIn(article)) expect(url, `${JSON.stringify(bad)} → ${url}`).to.match(/^(https?:|mailto:|tel:)/);
  expect(JSON.stringify(article), JSON.stringify(bad)).not.to.match(/alert|msgbox/);
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

describe('hostile URLs in every URL field', () => {
  for (const bad of HOSTILE) {
    describe(JSON.stringify(bad), () => {
      it('native article JSON: dropped, text kept', () => {
        const article = parseArticle({
          headline: 'H',
          url: bad,
          authors: [{ name: 'Author', url: bad }],
          publisher: { name: 'Publisher', url: bad },
          image: bad,
          sources: [{ id: 's', name: 'Source', url: bad }],
          body: [
            { type: 'paragraph', content: ['see ', { type: 'link', href: bad, text: 'para link' }] },
            { type: 'heading', content: [{ type: 'link', href: bad, text: 'heading link' }] },
            { type: 'quote', content: [{ type: 'link', href: bad, text: 'quote link' }] },
            { type: 'list', items: [[{ type: 'link', href: bad, content: [{ type: 'em', text: 'item link' }] }]] },
            { type: 'image', url: bad, caption: 'gone' },
          ],
        });
        expectOnlySafeUrls(article, bad);
        expect(article.url).to.equal(undefined);
        expect(article.image).to.equal(undefined);
        expect(article.authors).to.deep.equal([{ name: 'Author' }]);
        expect(article.publisher).to.deep.equal({ name: 'Publisher' });
        expect(article.sources).to.deep.equal([{ id: 's', name: 'Source' }]);
        expect(article.body).to.deep.equal([
          { type: 'paragraph', content: ['see para link'] },
          { type: 'heading', level: 2, content: ['heading link'] },
          { type: 'quote', content: ['quote link'] },
          { type: 'list', ordered: false, items: [[{ type: 'em', content: ['item link'] }]] },
        ]);
        expect(parseArticle({ headline: 'H', image: { url: bad, alt: 'x' } }).image).to.equal(undefined);
      });

      it('schema.org JSON-LD: dropped, text kept', () => {
        const article = parseArticle({
          '@context': 'https://schema.org',
          '@graph': [
            {
              '@type': 'NewsArticle',
              headline: 'H',
              url: bad,
              mainEntityOfPage: bad,
              author: [{ '@id': '#author' }, { '@type': 'Person', name: 'Inline', url: bad }],
              publisher: { '@id': '#org' },
              image: [bad, { '@type': 'ImageObject', url: bad, contentUrl: bad }, { '@id': '#img' }],
              thumbnailUrl: bad,
              citation: [bad, { '@type': 'CreativeWork', name: 'Cited', url: bad }],
              isBasedOn: { '@type': 'CreativeWork', name: 'Based', url: bad, publisher: { name: 'Pub', url: bad } },
            },
            { '@type': 'Person', '@id': '#author', name: 'Author', url: bad },
            { '@type': 'Organization', '@id': '#org', name: 'Org', url: bad, logo: bad },
            { '@type': 'ImageObject', '@id': '#img', url: bad },
            { '@type': 'WebPage', '@id': bad, url: bad },
          ],
        });
        expectOnlySafeUrls(article, bad);
        expect(article.url).to.equal(undefined);
        expect(article.image).to.equal(undefined);
        expect(article.authors).to.deep.equal([{ name: 'Author' }, { name: 'Inline' }]);
        expect(article.publisher).to.deep.equal({ name: 'Org' });
        expect(article.sources).to.deep.equal([
          { id: 'source-1', name: 'Cited' },
          { id: 'source-2', name: 'Based', publisher: 'Pub' },
        ]);
      });

      it('JSON Feed: dropped, text kept, in fields and in content_html', () => {
        const attribute = escapeAttribute(bad);
        const article = parseArticle({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Feed',
          home_page_url: bad,
          authors: [{ name: 'Feed author', url: bad }],
          items: [
            {
              id: '1',
              title: 'H',
              url: bad,
              external_url: bad,
              image: bad,
              banner_image: bad,
              content_html: `<p><a href="${attribute}">html link</a></p><img src="${attribute}"><figure><img src="${attribute}"><figcaption>gone</figcaption></figure><p>before <img src="${attribute}">after</p>`,
            },
          ],
        });
        expectOnlySafeUrls(article, bad);
        expect(article.url).to.equal(undefined);
        expect(article.image).to.equal(undefined);
        expect(article.authors).to.deep.equal([{ name: 'Feed author' }]);
        expect(article.sources).to.deep.equal([]);
        expect(article.body).to.deep.equal([
          { type: 'paragraph', content: ['html link'] },
          { type: 'paragraph', content: ['before after'] },
        ]);
      });
    });
  }
});
