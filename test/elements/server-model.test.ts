/**
 * What a server-rendered element brings to the browser: the model in its `ssr-data` attribute
 * (read in place of `src`'s first answer), and data given with a `src` read as that URL's document.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import type { NewsArticle, RelatedArticles } from '../../src/index.js';
import { all, mount, one, settle, text } from '../support/mount.js';

const model = {
  headline: 'Carried from the server',
  authors: [{ name: 'Ada Quinn' }],
  body: [{ type: 'paragraph', content: ['First paragraph.'] }],
  tags: [],
  sources: [],
};
const count = async (key: string) => ((await (await fetch(`/__test__/count/${key}`)).json()) as { count: number }).count;

describe('server-rendered model (ssr-data)', () => {
  it('renders the carried model and announces it with news-load', async () => {
    const { el, outcome, event } = await mount<NewsArticle>(html`<news-article ssr-data=${JSON.stringify(model)}></news-article>`);
    expect(outcome).to.equal('news-load');
    expect(text(one(el, 'h1'))).to.equal('Carried from the server');
    expect((event.detail.data as { headline: string }).headline).to.equal('Carried from the server');
  });

  it('stands for the first answer of src: no request until reload()', async () => {
    const key = `ssr-model-${Math.random().toString(36).slice(2)}`;
    const src = `/__test__/counted/${key}/demo/data/seed-article.json`;
    const { el } = await mount<NewsArticle>(html`<news-article src=${src} ssr-data=${JSON.stringify(model)}></news-article>`);
    expect(text(one(el, 'h1'))).to.equal('Carried from the server');
    expect(await count(key)).to.equal(0);
    const reloaded = settle(el);
    el.reload();
    expect((await reloaded).outcome).to.equal('news-load');
    await el.updateComplete;
    expect(text(one(el, 'h1'))).to.equal('Space Giants Clash in Houston: Secrets Revealed');
    expect(await count(key)).to.equal(1);
  });

  it('reports a carried model it cannot read as an error, not an exception', async () => {
    const { el, outcome, event } = await mount<NewsArticle>(html`<news-article ssr-data="{not json"></news-article>`);
    expect(outcome).to.equal('news-error');
    expect((event.detail as { kind: string }).kind).to.equal('data');
    expect(text(one(el, '[role="alert"]'))).to.match(/^Could not load the article: .*JSON/);
  });
});

describe('data given with a src', () => {
  it('resolves relative URLs in the data against src', async () => {
    const feed = { title: 'Latest', items: [{ title: 'Relative', url: 'story.html', image: 'img/photo.jpg' }] };
    const { el } = await mount<RelatedArticles>(html`<related-articles src="https://cdn.example/feeds/latest.json" .data=${feed}></related-articles>`);
    expect(all(el, '[part~="card"] a').map(a => a.getAttribute('href'))).to.deep.equal(['https://cdn.example/feeds/story.html']);
    expect(one(el, 'img[part~="image"]')!.getAttribute('src')).to.equal('https://cdn.example/feeds/img/photo.jpg');
  });

  it('without a src, against the page', async () => {
    const feed = { title: 'Latest', items: [{ title: 'Relative', url: 'story.html' }] };
    const { el } = await mount<RelatedArticles>(html`<related-articles .data=${feed}></related-articles>`);
    expect(all(el, '[part~="card"] a').map(a => a.getAttribute('href'))).to.deep.equal([new URL('story.html', document.baseURI).href]);
  });
});
