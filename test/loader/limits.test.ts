/**
 * Size limits, applied while the body streams: a declared Content-Length over the limit is refused
 * before a byte of the body is read; a body without one is counted and stopped at the limit.
 * Lists and feeds: 16 MB; articles and sources: 4 MB; the same for `data` text and inline text.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import type { NewsArticle, RelatedArticles } from '../../src/index.js';
import { all, mount, mountNow, one, settle, text } from '../support/mount.js';
import { absolute, captureWarnings, store, streamState, unique, untilCancelled } from './support.js';

const MB = 1024 * 1024;
const HEAD = '{"headline": "Streamed", "body": "';

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('size limits', () => {
  it('a Content-Length over the limit is refused at once, without reading the body', async () => {
    const key = unique();
    // The body stalls after 1 KB: a loader that waited for it would never finish.
    const { el, outcome, event } = await mount<NewsArticle>(html`<news-article src="/__test__/stream/${key}?size=1k&stall&declare=5m"></news-article>`);
    expect(outcome).to.equal('news-error');
    expect(event.detail).to.deep.equal({
      message: 'Could not load the article: the document is too large (5 MB; the limit is 4 MB).',
      kind: 'too-large',
      src: absolute(`/__test__/stream/${key}?size=1k&stall&declare=5m`),
    });
    await el.updateComplete;
    expect(text(one(el, '[role="alert"]'))).to.equal('Could not load the article: the document is too large (5 MB; the limit is 4 MB).');
    await untilCancelled(key);
    expect(warnings.lines).to.deep.equal(['<news-article> Could not load the article: the document is too large (5 MB; the limit is 4 MB).']);
  });

  it('a body without a Content-Length is counted and stopped at the limit', async function () {
    this.timeout(30_000);
    const key = unique();
    const { el, outcome, event } = await mount<NewsArticle>(html`<news-article src="/__test__/stream/${key}?size=256m"></news-article>`, 25_000);
    expect(outcome).to.equal('news-error');
    expect(event.detail.kind).to.equal('too-large');
    expect(event.detail.message).to.equal('Could not load the article: the document is too large (over the limit of 4 MB).');
    await el.updateComplete;
    expect(text(one(el, '[role="alert"]'))).to.equal(event.detail.message);
    await untilCancelled(key);
    const state = (await streamState(key))!;
    expect(state.finished).to.equal(false);
    expect(state.written).to.be.below(256 * MB);
  });

  it('a list element counts against its own limit, 16 MB', async function () {
    this.timeout(45_000);
    const key = unique();
    const { outcome, event } = await mount<RelatedArticles>(html`<related-articles src="/__test__/stream/${key}?size=256m"></related-articles>`, 40_000);
    expect(outcome).to.equal('news-error');
    expect(event.detail).to.deep.equal({
      message: 'Could not load the related articles: the document is too large (over the limit of 16 MB).',
      kind: 'too-large',
      src: absolute(`/__test__/stream/${key}?size=256m`),
    });
    await untilCancelled(key);
  });

  it('a 2 MB article renders whole', async function () {
    this.timeout(30_000);
    const key = unique();
    const { el, outcome } = await mount<NewsArticle>(html`<news-article src="/__test__/stream/${key}?size=2m"></news-article>`, 25_000);
    expect(outcome).to.equal('news-load');
    await el.updateComplete;
    expect(text(one(el, 'h1'))).to.equal('Streamed');
    const paragraphs = all(el, '[part~="body"] p');
    expect(paragraphs).to.have.length(1);
    expect(paragraphs[0].textContent).to.equal('x'.repeat(2 * MB - HEAD.length - 2));
  });

  it('a 6 MB feed renders in a list element (over the article limit, within the list limit)', async function () {
    this.timeout(30_000);
    const filler = 'y'.repeat(3200);
    const items = Array.from({ length: 2000 }, (_, i) => `<item><title>Episode ${i + 1}</title><link>https://pod.example.org/${i + 1}</link><description>${filler}</description></item>`);
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Pod</title>${items.join('')}</channel></rss>`;
    expect(feed.length).to.be.above(6 * MB);
    const src = await store(`${unique()}/pod.rss`, feed, 'application/rss+xml');
    const { el, outcome } = await mount<RelatedArticles>(html`<related-articles src=${src}></related-articles>`, 25_000);
    expect(outcome).to.equal('news-load');
    await el.updateComplete;
    expect(all(el, '[part~="title"]').map(text)).to.deep.equal(['Episode 1', 'Episode 2', 'Episode 3', 'Episode 4']);
    expect(el.list!.items).to.have.length(2000);
  });

  it('<source-list> takes article-sized data (4 MB)', async () => {
    const key = unique();
    const { outcome, event } = await mount(html`<source-list src="/__test__/stream/${key}?size=1k&stall&declare=5m"></source-list>`);
    expect(outcome).to.equal('news-error');
    expect(event.detail.message).to.equal('Could not load the sources: the document is too large (5 MB; the limit is 4 MB).');
    expect(event.detail.kind).to.equal('too-large');
  });

  it('the same limits apply to `data` given as text', async () => {
    const { el, outcome, event } = await mount<NewsArticle>(html`<news-article .data=${' '.repeat(5 * MB)}></news-article>`);
    expect(outcome).to.equal('news-error');
    expect(event.detail).to.deep.equal({ message: 'Could not load the article: the document is too large (5 MB; the limit is 4 MB).', kind: 'too-large' });
    await el.updateComplete;
    expect(text(one(el, '[role="alert"]'))).to.equal('Could not load the article: the document is too large (5 MB; the limit is 4 MB).');
    const list = await mount(html`<trending-panel .data=${' '.repeat(17 * MB)}></trending-panel>`);
    expect(list.event.detail).to.deep.equal({ message: 'Could not load the lists: the document is too large (17 MB; the limit is 16 MB).', kind: 'too-large' });
  });

  it('the same limits apply to inline script text', async () => {
    const el = document.createElement('related-articles') as RelatedArticles;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = `{"items": [], "pad": "${'z'.repeat(17 * MB)}"}`;
    el.append(script);
    const settled = settle(el);
    document.body.append(el);
    try {
      const { outcome, event } = await settled;
      expect(outcome).to.equal('news-error');
      expect(event.detail).to.deep.equal({ message: 'Could not load the related articles: the document is too large (17 MB; the limit is 16 MB).', kind: 'too-large' });
    } finally {
      el.remove();
    }
  });

  it('one request per URL and limit: elements with the same limit share it, a different limit gets its own', async () => {
    // Counted at window.fetch (passed through unchanged): the browser itself may merge identical
    // requests on the wire, which the server then sees as one.
    const requested: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => (requested.push(String(input)), realFetch(input, init));
    try {
      const src = `/__test__/delay/100/test/fixtures/pages/news-article.ld.json?${unique()}`;
      const container = mountNow<HTMLElement>(html`<div><news-article src=${src}></news-article><news-article src=${src}></news-article><related-articles src=${src}></related-articles></div>`);
      const [first, second] = container.querySelectorAll('news-article');
      const [a, b, list] = await Promise.all([settle(first), settle(second), settle(container.querySelector('related-articles')!)]);
      expect([a.outcome, b.outcome]).to.deep.equal(['news-load', 'news-load']);
      expect(text(one(first, 'h1'))).to.equal('Crew-11 to launch with a Russian cosmonaut aboard');
      expect(text(one(second, 'h1'))).to.equal('Crew-11 to launch with a Russian cosmonaut aboard');
      // The list's own request, under its own limit, read the article and found no list in it.
      expect(list.event.detail.kind).to.equal('data');
      expect(requested).to.deep.equal([absolute(src), absolute(src)]);
    } finally {
      window.fetch = realFetch;
    }
  });
});
