import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/news-article/define.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import { mount, mountNow } from '../support/mount.js';

const SEED = '/demo/data/seed-article.json';

describe('<news-article> accessibility (axe)', () => {
  it('has no violations with the seed article', async () => {
    const { el } = await mount<NewsArticle>(html`<news-article src=${SEED}></news-article>`);
    await expect(el).to.be.accessible();
  });

  it('has no violations in the dark theme', async () => {
    const { el } = await mount<NewsArticle>(html`<news-article theme="dark" src="/test/fixtures/pages/news-article.ld.json"></news-article>`);
    await expect(el).to.be.accessible();
  });

  it('has no violations with citations, quotes, lists and figures', async () => {
    const data = {
      headline: 'Everything',
      section: 'Space',
      standfirst: 'All block types.',
      authors: [{ name: 'A', url: 'https://example.com/a' }],
      published: '2025-07-29T10:00:00Z',
      image: { url: 'https://example.com/a.jpg', alt: 'A rocket', caption: 'Launch', credit: 'Photo: X', width: 1600, height: 900 },
      tags: ['ISS'],
      sources: [{ id: 's', name: 'Source', url: 'https://example.com/s' }],
      body: [
        { type: 'heading', text: 'Section' },
        { type: 'paragraph', content: ['Cited', { type: 'cite', source: 's' }] },
        { type: 'quote', text: 'A quote', attribution: 'Someone' },
        { type: 'list', items: ['one', 'two'] },
        { type: 'image', url: 'https://example.com/b.jpg', alt: 'Body image', width: 800, height: 600 },
      ],
    };
    for (const theme of ['light', 'dark']) {
      const { el } = await mount<NewsArticle>(html`<news-article theme=${theme} .data=${data}></news-article>`);
      await expect(el).to.be.accessible();
    }
  });

  it('has no violations while loading', async () => {
    const el = mountNow<NewsArticle>(html`<news-article src="/__test__/delay/2000/${SEED}"></news-article>`);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('has no violations in the error state', async () => {
    const { el } = await mount<NewsArticle>(html`<news-article src="/__test__/status/404"></news-article>`);
    await expect(el).to.be.accessible();
  });
});
