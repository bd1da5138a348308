/**
 * One wrong optional field or item never blanks a document: each element renders the rest,
 * reports what it dropped in `news-load` `detail.warnings`, and warns once in the console.
 * An error (with its `kind`, `path` and `problem`) only when nothing usable remains.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import type { RelatedArticles } from '../../src/related-articles/related-articles.js';
import type { TrendingPanel } from '../../src/trending-panel/trending-panel.js';
import type { NewsErrorEvent, NewsLoadEvent } from '../../src/internal/events.js';
import { all, mount, one, text } from '../support/mount.js';

/** Runs `body` with console.warn recorded; returns what was warned. */
async function recordingWarnings(body: () => Promise<void>): Promise<unknown[][]> {
  const warn = console.warn;
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    await body();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

const FEED = 'https://jsonfeed.org/version/1.1';

describe('lenient loading: the rest renders, what was dropped is reported', () => {
  it('<news-article>: a non-ISO date and an author name list render; a wrong description is reported', async () => {
    let load: NewsLoadEvent | undefined;
    const data = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Pebble&#8217;s fitness hat trick',
      datePublished: 'Mon, Jan 7 2019 15:37:00 EST',
      author: { '@type': 'Person', name: ['Darian Woods', 'Sarah Gonzalez'] },
      description: { text: 'not text' },
      articleBody: 'First paragraph.\nSecond paragraph.',
    };
    const warnings = await recordingWarnings(async () => {
      const { el, outcome, event } = await mount<NewsArticle>(html`<news-article .data=${data}></news-article>`);
      expect(outcome).to.equal('news-load');
      load = event as NewsLoadEvent;
      await el.updateComplete;
      expect(text(one(el, 'h1'))).to.equal('Pebble’s fitness hat trick');
      expect(text(one(el, '[part~="byline"]'))).to.equal('By Darian Woods and Sarah Gonzalez');
      expect(one(el, 'time')!.getAttribute('datetime')).to.equal('2019-01-07T20:37:00.000Z');
      expect(all(el, '[part~="paragraph"]').map(text)).to.deep.equal(['First paragraph.', 'Second paragraph.']);
      expect(one(el, '[role="alert"]')).to.equal(null);
    });
    expect(load!.detail.warnings).to.deep.equal([{ path: 'description', problem: 'expected text, got an object' }]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.deep.equal(['<news-article> rendered the article without 1 part(s) it could not use:', load!.detail.warnings]);
  });

  it('<related-articles>: one item with a bad field and one unusable item cost only themselves', async () => {
    const items = Array.from({ length: 84 }, (_, i) => ({ id: String(i), title: `Post ${i}`, url: `https://example.com/${i}` }));
    const feed = { version: FEED, items: [...items.slice(0, 40), { ...items[40], tags: 'a,b', date_published: 'soon' }, 7, ...items.slice(41)] };
    let load: NewsLoadEvent | undefined;
    const warnings = await recordingWarnings(async () => {
      const { el, outcome, event } = await mount<RelatedArticles>(html`<related-articles .data=${feed} limit="100"></related-articles>`);
      expect(outcome).to.equal('news-load');
      load = event as NewsLoadEvent;
      await el.updateComplete;
      expect(el.list!.items).to.have.length(84);
      expect(el.list!.items[40]).to.deep.equal({ id: '40', title: 'Post 40', url: 'https://example.com/40', label: 'a' });
    });
    expect(load!.detail.warnings).to.deep.equal([
      { path: 'items[40].date_published', problem: 'expected a date like 2025-07-29 or 2025-07-29T14:00:00Z, got "soon"' },
      { path: 'items[41]', problem: 'expected a feed item object, got a number' },
    ]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.deep.equal(['<related-articles> rendered the related articles without 2 part(s) it could not use:', load!.detail.warnings]);
  });

  it('<trending-panel>: one bad date on one item of one tab keeps all three tabs and all items', async () => {
    const lists = [
      { version: FEED, title: 'Recent', items: [{ title: 'r1' }, { title: 'r2', date_published: '31/31/2025' }] },
      { title: 'Weekly Wrap', items: [{ title: 'w1' }] },
      { title: 'Trending', items: [{ title: 't1' }, { title: 't2' }] },
    ];
    const { el, outcome, event } = await mount<TrendingPanel>(html`<trending-panel .data=${lists}></trending-panel>`);
    expect(outcome).to.equal('news-load');
    await el.updateComplete;
    expect(all(el, '[role="tab"]').map(text)).to.deep.equal(['Recent', 'Weekly Wrap', 'Trending']);
    expect(el.lists!.map(list => list.items.map(item => item.title))).to.deep.equal([['r1', 'r2'], ['w1'], ['t1', 't2']]);
    expect(all(el, '[role="tabpanel"]:not([hidden]) [part~="item"]')).to.have.length(2);
    expect((event as NewsLoadEvent).detail.warnings).to.deep.equal([
      { path: '[0].items[1].date_published', problem: 'expected a date like 2025-07-29 or 2025-07-29T14:00:00Z, got "31/31/2025"' },
    ]);
  });

  it('reports an error with its kind, path and problem only when nothing usable remains', async () => {
    const { el, outcome, event } = await mount<NewsArticle>(html`<news-article .data=${{ '@type': 'NewsArticle', headline: 42 }}></news-article>`);
    expect(outcome).to.equal('news-error');
    const { detail } = event as NewsErrorEvent;
    expect(detail).to.deep.equal({
      message: 'Could not load the article: headline: expected text, got a number.',
      kind: 'data',
      path: 'headline',
      problem: 'expected text, got a number',
    });
    await el.updateComplete;
    expect(text(one(el, '[role="alert"]'))).to.equal('Could not load the article: headline: expected text, got a number.');
  });

  it('a list whose items are all unusable is an error; a list with no items is the empty state', async () => {
    const bad = await mount<RelatedArticles>(html`<related-articles .data=${{ version: FEED, items: [1, 2] }}></related-articles>`);
    expect(bad.outcome).to.equal('news-error');
    expect((bad.event as NewsErrorEvent).detail).to.include({ kind: 'data', path: 'items[0]', problem: 'expected a feed item object, got a number' });
    const empty = await mount<RelatedArticles>(html`<related-articles .data=${{ version: FEED, items: [] }}></related-articles>`);
    expect(empty.outcome).to.equal('news-load');
    expect((empty.event as NewsLoadEvent).detail.warnings).to.deep.equal([]);
  });
});
