import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/news-article/define.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import { dangerousNodes, mount, one, shadow, sleep, text, urlAttributes } from '../support/mount.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const ALLOWED = /^(https?:|mailto:|tel:|#)/;

function expectSafe(el: NewsArticle) {
  expect(dangerousNodes(shadow(el))).to.deep.equal([]);
  for (const url of urlAttributes(shadow(el))) expect(url).to.match(ALLOWED);
  expect(window.__pwned).to.equal(undefined);
}

describe('<news-article> with hostile data', () => {
  beforeEach(() => {
    delete window.__pwned;
  });

  it('renders hostile JSON-LD as text and drops every bad URL', async () => {
    const { el } = await mount<NewsArticle>(html`<news-article src="/test/fixtures/pages/hostile.ld.json"></news-article>`);
    await sleep(100);
    expectSafe(el);
    // Markup in text fields is read through the allowlist: the headline keeps its words, not its tags.
    expect(text(one(el, 'h1'))).to.equal('Hostile headline');
    expect(text(one(el, '[part~="byline"]'))).to.contain('Eve');
    // The articleBody's `<img src=x onerror>` keeps only its resolved src; the javascript: lead image is gone.
    expect([...shadow(el).querySelectorAll('img')].map(img => img.getAttribute('src'))).to.deep.equal([new URL('/test/fixtures/pages/x', location.href).href]);
    // Authors and sources keep their names, without links.
    expect(text(one(el, '[part~="byline"]'))).to.contain('Mallory');
    expect(text(one(el, '[part~="sources"]'))).to.contain('Bad source');
    expect(shadow(el).querySelectorAll('[part~="sources"] a')).to.have.length(0);
  });

  it('converts script-bearing content_html through the allowlist', async () => {
    const item = {
      id: '1',
      title: 'Feed item',
      url: 'https://example.com/a',
      content_html: `<p>Safe <a href="javascript:window.__pwned=1">link text</a> and <a href="https://example.com/ok" onclick="window.__pwned=1">ok</a></p>
        <script>window.__pwned=1</script><img src="x" onerror="window.__pwned=1">
        <svg><script>window.__pwned=1</script></svg><iframe src="javascript:window.__pwned=1"></iframe>
        <math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1></style></mglyph></table></mtext></math>
        <img src="data:image/svg+xml,<svg onload=window.__pwned=1>">
        <p style="background:url(javascript:alert(1))" onmouseover="window.__pwned=1">Styled</p>
        <form action="javascript:alert(1)"><button formaction="javascript:alert(1)">Go</button></form>`,
    };
    const { el } = await mount<NewsArticle>(html`<news-article .data=${item}></news-article>`);
    await sleep(100);
    expectSafe(el);
    expect(text(one(el, '[part~="body"]'))).to.contain('Safe link text and ok');
    expect(one(el, '[part~="body"] a')!.getAttribute('href')).to.equal('https://example.com/ok');
    expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
  });

  const badUrls = ['javascript:window.__pwned=1', 'JaVaScRiPt:window.__pwned=1', ' java\tscript:window.__pwned=1', 'data:text/html,<script>window.__pwned=1</script>', 'vbscript:msgbox(1)'];
  for (const bad of badUrls) {
    it(`drops ${JSON.stringify(bad.slice(0, 16))} from every URL field of article JSON`, async () => {
      const data = {
        headline: 'URLs',
        url: bad,
        authors: [{ name: 'Author', url: bad }],
        publisher: { name: 'Pub', url: bad },
        image: { url: bad, alt: 'lead' },
        body: [
          { type: 'paragraph', content: [{ type: 'link', href: bad, text: 'kept text' }] },
          { type: 'image', url: bad, alt: 'body image' },
        ],
        sources: [{ name: 'Source', url: bad }],
      };
      const { el } = await mount<NewsArticle>(html`<news-article .data=${data}></news-article>`);
      expectSafe(el);
      expect(shadow(el).querySelectorAll('a[href], img')).to.have.length(0);
      expect(text(one(el, '[part~="body"]'))).to.contain('kept text');
    });
  }
});
