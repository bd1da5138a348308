/** How elements share work and the main thread: one model per shared response, and updates that give the browser its turn. */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import type { NewsArticle } from '../../src/index.js';
import { mount, settle } from '../support/mount.js';
// A task after the library's slice ended: the slice ends with a message the library posts to
// itself, and its messages arrive in order, so one posted now comes after it (a timer may come first).
import { nextTask, together } from '../../src/internal/slices.js';

const microtasks = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('render path', () => {
  it('elements answered by one shared request share one model and report the same warnings', async () => {
    const src = `/test/fixtures/pages/news-article.ld.json?shared=${Math.random()}`;
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const articles = [1, 2, 3].map(() => Object.assign(document.createElement('news-article'), { src }));
      const loaded = Promise.all(articles.map(el => settle(el)));
      container.append(...articles);
      const outcomes = await loaded;
      expect(outcomes.map(o => o.outcome)).to.deep.equal(['news-load', 'news-load', 'news-load']);
      expect(articles[1]!.article).to.equal(articles[0]!.article);
      expect(articles[2]!.article).to.equal(articles[0]!.article);
      const warnings = outcomes.map(o => JSON.stringify((o.event.detail as { warnings?: unknown }).warnings ?? []));
      expect(new Set(warnings).size).to.equal(1);
    } finally {
      container.remove();
    }
  });

  it('an update that comes after 80 ms of work in the same task waits for the next task', async () => {
    const { NewsArticle: Article } = await import('../../src/news-article/news-article.js');
    /** An article whose render takes 100 ms, as a page's first dozens of elements together would. */
    class SlowArticle extends Article {
      protected override render() {
        const start = performance.now();
        while (performance.now() - start < 100);
        return super.render();
      }
    }
    if (!customElements.get('slow-article')) customElements.define('slow-article', SlowArticle);
    const slow = document.createElement('slow-article') as NewsArticle;
    const { el: other } = await mount<NewsArticle>(html`<news-article .data=${{ headline: 'Other', body: [] }}></news-article>`);
    document.body.append(slow);
    await slow.updateComplete;
    await nextTask();
    slow.data = { headline: 'Slow', body: [] };
    other.data = { headline: 'Other, updated', body: [] };
    await microtasks();
    expect(slow.shadowRoot!.querySelector('h1')!.textContent).to.equal('Slow');
    // The slow update used up the task's share: the next waits for a later task, the browser free in between.
    expect(other.shadowRoot!.querySelector('h1')!.textContent).to.equal('Other');
    await other.updateComplete;
    expect(other.shadowRoot!.querySelector('h1')!.textContent).to.equal('Other, updated');
    slow.remove();
  });

  it('updates in a task that has not been busy run at once', async () => {
    const { el } = await mount<NewsArticle>(html`<news-article .data=${{ headline: 'Before', body: [] }}></news-article>`);
    await nextTask();
    el.data = { headline: 'After', body: [] };
    await microtasks();
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('After');
  });

  it('answers given in tasks one after another are shown together, in one task, in the order they came', async () => {
    const shown: string[] = [];
    let laterTaskRan = false;
    // A task that comes before the one `together` asks for (its messages arrive in order).
    const second = nextTask().then(() => together(() => shown.push(`second, later task ran: ${laterTaskRan}`)));
    together(() => {
      shown.push('first');
      // A task posted now can only run once the task showing the first answer has ended.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (laterTaskRan = true);
      channel.port2.postMessage(0);
    });
    await second;
    expect(shown).to.deep.equal([]);
    await nextTask();
    await microtasks();
    expect(shown).to.deep.equal(['first', 'second, later task ran: false']);
  });

  it('elements given one data object share one model; another object, or another kind of element, reads its own', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Feed',
      items: [{ id: '1', title: 'One &amp; only', url: 'https://example.com/1', date_published: 'soon' }, { id: '2', title: 'Two', url: 'https://example.com/2' }],
    };
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const lists = [1, 2].map(() => Object.assign(document.createElement('related-articles'), { data: feed }));
      const panel = Object.assign(document.createElement('trending-panel'), { data: [feed] });
      const copy = Object.assign(document.createElement('related-articles'), { data: structuredClone(feed) });
      const all = [...lists, panel, copy];
      const loaded = Promise.all(all.map(el => settle(el)));
      container.append(...all);
      const outcomes = await loaded;
      expect(outcomes.map(o => o.outcome)).to.deep.equal(['news-load', 'news-load', 'news-load', 'news-load']);
      expect(lists[1]!.list).to.equal(lists[0]!.list);
      expect(copy.list).to.not.equal(lists[0]!.list);
      expect(copy.list).to.deep.equal(lists[0]!.list);
      expect(panel.lists[0]!.items.map(item => item.title)).to.deep.equal(['One & only', 'Two']);
      // Each element still reports what was dropped from the shared model.
      const warnings = outcomes.map(o => JSON.stringify((o.event.detail as { warnings?: unknown }).warnings ?? []));
      expect(warnings[0]).to.include('items[0].date_published');
      expect(warnings[1]).to.equal(warnings[0]);
      expect(warnings[3]).to.equal(warnings[0]);
      for (const el of lists) expect([...el.shadowRoot!.querySelectorAll('[part="link"]')].map(a => a.textContent)).to.deep.equal(['One & only', 'Two']);
    } finally {
      container.remove();
    }
  });
});
