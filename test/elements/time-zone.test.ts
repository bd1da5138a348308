/** The `time-zone` attribute: dates in a zone the page chooses (and the server writes), named beside the time. */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import type { NewsArticle, RelatedArticles, TrendingPanel } from '../../src/index.js';
import { all, mount, text } from '../support/mount.js';

const article = { headline: 'Zoned', published: '2025-07-29T14:00:00Z', body: ['Text.'] };
const list = { title: 'Latest', items: [{ title: 'Late news', url: 'https://example.com/late', date: '2025-07-29T20:00:00Z' }] };

describe('time-zone', () => {
  it('shows an article date-time in that zone, the zone named', async () => {
    const { el } = await mount<NewsArticle>(html`<news-article time-zone="Asia/Tokyo" .data=${article}></news-article>`);
    expect(all(el, '[part~="dates"] time').map(text)).to.deep.equal(['July 29, 2025 at 11:00 PM GMT+9']);
    el.timeZone = 'America/New_York';
    await el.updateComplete;
    expect(all(el, '[part~="dates"] time').map(text)).to.deep.equal(['July 29, 2025 at 10:00 AM EDT']);
  });

  it('ignores a zone Intl does not know: the reader’s zone, unnamed, and no error', async () => {
    const { el, outcome } = await mount<NewsArticle>(html`<news-article time-zone="Mars/Olympus_Mons" .data=${article}></news-article>`);
    expect(outcome).to.equal('news-load');
    const reader = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(article.published));
    expect(all(el, '[part~="dates"] time').map(text)).to.deep.equal([reader]);
  });

  it('moves a card’s day into that zone', async () => {
    const { el } = await mount<RelatedArticles>(html`<related-articles time-zone="Asia/Tokyo" .data=${list}></related-articles>`);
    expect(all(el, '[part~="date"]').map(text)).to.deep.equal(['July 30, 2025']);
  });

  it('names the zone in a trending item’s full date', async () => {
    const { el } = await mount<TrendingPanel>(html`<trending-panel time-zone="UTC" .data=${list}></trending-panel>`);
    expect(all(el, '[part~="time"]').map(time => time.getAttribute('title'))).to.deep.equal(['July 29, 2025 at 8:00 PM UTC']);
  });
});
