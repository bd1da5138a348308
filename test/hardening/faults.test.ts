/**
 * Fault injection through the dev server's test routes (test/support/test-server.mjs): slow,
 * failing, cut-off and aborted responses, answers that arrive out of order, `src` or `data`
 * changed while a request is in flight, and elements removed mid-load (and put back).
 *
 * Throughout: never an uncaught exception, an error is a role="alert" message + one news-error +
 * one console warning, what loaded before stays, an aborted request is never reported, and the
 * latest input always wins.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import type { NewsArticle, TrendingPanel } from '../../src/index.js';
import { gateState, gateUrl as gateAt, openGate, unique } from '../loader/support.js';
import { mount, mountMany, mountNow, one, settle, shadow, sleep, text, watchErrors } from '../support/mount.js';

const ARTICLE = 'test/fixtures/pages/news-article.ld.json';
const YOAST = 'test/fixtures/pages/yoast-graph.ld.json';
const HEADLINE = 'Crew-11 to launch with a Russian cosmonaut aboard';
const FEED = 'test/fixtures/elements/related.feed.json';

/** A URL the test server holds at a gate until the test opens it (the article unless `path` says otherwise). */
const gateUrl = (key: string, path = ARTICLE) => gateAt(key, path);

let warnings: string[];
let errors: ReturnType<typeof watchErrors>;
let warn: typeof console.warn;

beforeEach(() => {
  warnings = [];
  warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  errors = watchErrors();
});
afterEach(() => {
  console.warn = warn;
  expect(errors.stop(), 'uncaught errors').to.deep.equal([]);
});

/** Records every news-load/news-error an element fires. */
function record(el: Element): string[] {
  const events: string[] = [];
  for (const type of ['news-load', 'news-error']) el.addEventListener(type, event => events.push(`${type} ${(event as CustomEvent).detail.src ?? ''}`));
  return events;
}

describe('fault injection', () => {
  it('a slow response: busy with a skeleton meanwhile, then rendered', async () => {
    const el = mountNow<NewsArticle>(html`<news-article src="/__test__/delay/400/${ARTICLE}"></news-article>`);
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(one(el, '[part~="skeleton"]')).to.exist;
    const { outcome } = await settle(el);
    expect(outcome).to.equal('news-load');
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(text(one(el, 'h1'))).to.equal(HEADLINE);
  });

  const failures: Array<[string, string, RegExp]> = [
    ['HTTP 500', '/__test__/status/500', /answered 500/],
    ['HTTP 404', '/__test__/status/404', /answered 404/],
    ['a reset connection', '/__test__/reset', /request .* failed/],
    ['a body cut off mid-way', '/__test__/truncated', /^Could not load the [a-z ]+: the answer from \S+ was cut off after 51 bytes\.$/],
    ['an HTML page', '/__test__/html', /HTML page/],
    ['invalid JSON', '/test/fixtures/invalid.json', /not valid JSON/],
    ['a huge document', '/__test__/stream/faults-huge?size=17m&declare=17m', /^Could not load the [a-z ]+: the document is too large \(17 MB; the limit is (4|16) MB\)\.$/],
    ['100,000 nested arrays (no article, no list)', '/__test__/deep', /got a list\.$/],
  ];
  for (const [what, url, message] of failures) {
    it(`${what}: every element shows an alert, fires news-error with the src and warns once`, async () => {
      const { container, outcomes } = await mountMany(
        html`<news-article src=${url}></news-article><source-list src=${url}></source-list><related-articles src=${url}></related-articles><trending-panel src=${url}></trending-panel>`,
        4,
      );
      for (const el of container.children) {
        const event = outcomes.get(el)!;
        expect(event.type, el.localName).to.equal('news-error');
        expect(event.detail.src).to.equal(new URL(url, document.baseURI).href);
        expect(event.detail.message).to.match(message);
        await (el as NewsArticle).updateComplete;
        expect(text(one(el, '[role="alert"]'))).to.equal(event.detail.message);
        expect(el.hasAttribute('aria-busy')).to.equal(false);
      }
      expect(warnings).to.have.length(4);
    });
  }

  it('an error after a success keeps what loaded before', async () => {
    const { el } = await mount<NewsArticle>(html`<news-article src=${`/${ARTICLE}`}></news-article>`);
    el.src = '/__test__/status/503';
    const { outcome } = await settle(el);
    expect(outcome).to.equal('news-error');
    await el.updateComplete;
    expect(text(one(el, '[role="alert"]'))).to.contain('503');
    expect(text(one(el, 'h1'))).to.equal(HEADLINE);
  });

  it('reload() retries after a failure', async () => {
    const key = unique();
    const article = await (await fetch(`/${ARTICLE}`)).json();
    await fetch(`/__test__/sequence/${key}`, { method: 'POST', body: JSON.stringify([{ status: 500 }, { status: 200, body: article }]) });
    const { el, outcome } = await mount<NewsArticle>(html`<news-article src="/__test__/sequence/${key}"></news-article>`);
    expect(outcome).to.equal('news-error');
    const retried = settle(el);
    el.reload();
    expect((await retried).outcome).to.equal('news-load');
    await el.updateComplete;
    expect(one(el, '[role="alert"]')).to.equal(null);
    expect(text(one(el, 'h1'))).to.equal(HEADLINE);
  });

  it('src changed mid-flight: the old request is aborted, never reported, and the new src wins', async () => {
    const key = unique();
    const el = mountNow<NewsArticle>(html`<news-article src=${gateUrl(key)}></news-article>`);
    const events = record(el);
    await waitUntil(async () => (await gateState(key)).waiting === 1, 'the request did not reach the server');
    el.src = `/${YOAST}`;
    await waitUntil(() => events.length === 1, 'no outcome for the new src');
    expect(events).to.deep.equal([`news-load ${new URL(`/${YOAST}`, document.baseURI).href}`]);
    await waitUntil(async () => (await gateState(key)).aborted === 1, 'the old request was not aborted', { timeout: 5000 });
    await openGate(key);
    await sleep(100);
    expect(events).to.have.length(1);
    expect(text(one(el, 'h1'))).to.equal('NASA and Roscosmos chiefs meet in Houston');
    expect(warnings).to.deep.equal([]);
  });

  it('answers out of order: a late answer for an old src is ignored (the request was shared with another element)', async () => {
    const [a, b] = [unique(), unique()];
    const { container } = { container: mountNow<HTMLElement>(html`<div><news-article id="one" src=${gateUrl(a)}></news-article><news-article id="two" src=${gateUrl(a)}></news-article></div>`) };
    const [one_, two] = [container.querySelector<NewsArticle>('#one')!, container.querySelector<NewsArticle>('#two')!];
    const events = record(one_);
    await waitUntil(async () => (await gateState(a)).waiting === 1, 'the shared request did not reach the server');
    one_.src = gateUrl(b, YOAST);
    await waitUntil(async () => (await gateState(b)).waiting === 1, 'the second request did not reach the server');
    // B answers first, then A (still wanted by #two, so not aborted) answers late.
    await openGate(b);
    await waitUntil(() => events.length === 1, '#one did not load B');
    const twoLoaded = settle(two);
    await openGate(a);
    expect((await twoLoaded).outcome).to.equal('news-load');
    await sleep(50);
    expect(events).to.have.length(1);
    expect(text(shadow(one_).querySelector('h1'))).to.equal('NASA and Roscosmos chiefs meet in Houston');
    expect(text(shadow(two).querySelector('h1'))).to.equal(HEADLINE);
    expect((await gateState(a)).requests, 'identical concurrent requests are made once').to.equal(1);
  });

  it('answers out of order the other way: the newer src answers last and still wins', async () => {
    const [a, b] = [unique(), unique()];
    const el = mountNow<NewsArticle>(html`<news-article src=${gateUrl(a)}></news-article>`);
    const events = record(el);
    await waitUntil(async () => (await gateState(a)).waiting === 1);
    el.src = gateUrl(b, YOAST);
    await waitUntil(async () => (await gateState(b)).waiting === 1);
    await openGate(a);
    await sleep(100);
    expect(events, 'the aborted request answered').to.deep.equal([]);
    await openGate(b);
    await waitUntil(() => events.length === 1);
    expect(text(one(el, 'h1'))).to.equal('NASA and Roscosmos chiefs meet in Houston');
  });

  it('data set while src is loading wins over the late answer', async () => {
    const key = unique();
    const el = mountNow<NewsArticle>(html`<news-article src=${gateUrl(key)}></news-article>`);
    const events = record(el);
    await waitUntil(async () => (await gateState(key)).waiting === 1);
    el.data = { headline: 'From data' };
    await waitUntil(() => events.length === 1);
    // The old request is aborted (the server sees it go) before any answer could arrive.
    await waitUntil(async () => (await gateState(key)).aborted === 1, 'setting data did not abort the request for src', { timeout: 5000 });
    await openGate(key);
    await sleep(100);
    expect(events).to.deep.equal(['news-load ']);
    expect(text(one(el, 'h1'))).to.equal('From data');
  });

  it('removed mid-load: the request is aborted, nothing is reported; re-inserted: it loads again', async () => {
    const key = unique();
    const el = mountNow<NewsArticle>(html`<news-article src=${gateUrl(key)}></news-article>`);
    const parent = el.parentElement!;
    const events = record(el);
    await waitUntil(async () => (await gateState(key)).waiting === 1);
    el.remove();
    await waitUntil(async () => (await gateState(key)).aborted === 1, 'removing the element did not abort its request', { timeout: 5000 });
    await sleep(50);
    expect(events).to.deep.equal([]);
    parent.append(el);
    await waitUntil(async () => (await gateState(key)).waiting === 1, 're-inserting did not request again');
    await openGate(key);
    await waitUntil(() => events.length === 1);
    expect(events[0]).to.match(/^news-load /);
    expect(text(one(el, 'h1'))).to.equal(HEADLINE);
    expect(warnings).to.deep.equal([]);
  });

  it('removed mid-load for good: no events, no warnings, nothing left waiting', async () => {
    const key = unique();
    const { container } = await mountMany(html`<related-articles src=${gateUrl(key, FEED)}></related-articles><news-article .data=${{ headline: 'x' }}></news-article>`, 1);
    const el = container.querySelector('related-articles')!;
    const events = record(el);
    await waitUntil(async () => (await gateState(key)).waiting === 1, 'the request did not reach the server', { timeout: 4000 });
    el.remove();
    await waitUntil(async () => (await gateState(key)).aborted === 1, 'the request was not aborted', { timeout: 4000 });
    await openGate(key);
    await sleep(100);
    expect(events).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect((await gateState(key)).waiting).to.equal(0);
  });

  it('a failing refresh of <trending-panel> shows the error and keeps its lists', async () => {
    const key = unique();
    const lists = await (await fetch('/test/fixtures/elements/trending-mixed.json')).json();
    await fetch(`/__test__/sequence/${key}`, { method: 'POST', body: JSON.stringify([{ status: 200, body: lists }, { status: 500 }]) });
    const { el } = await mount<TrendingPanel>(html`<trending-panel src="/__test__/sequence/${key}" refresh="1"></trending-panel>`);
    const tabs = shadow(el).querySelectorAll('[role="tab"]').length;
    expect(tabs).to.be.at.least(2);
    const { outcome } = await settle(el, 4000);
    expect(outcome).to.equal('news-error');
    await el.updateComplete;
    expect(text(one(el, '[role="alert"]'))).to.contain('500');
    expect(shadow(el).querySelectorAll('[role="tab"]')).to.have.length(tabs);
    el.remove();
  });
});
