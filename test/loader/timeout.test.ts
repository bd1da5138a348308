/**
 * The timeout (default 30 s, `timeout` in ms on every element) against real stalled responses of
 * the test server, with a fake clock for setTimeout only: the network and animation frames are real.
 */
import { expect } from '@open-wc/testing';
import type { Clock } from '@sinonjs/fake-timers';
import { html } from 'lit';
import '../../src/index.js';
import type { NewsArticle, RelatedArticles } from '../../src/index.js';
import { mount, mountNow, one, settle, text, type Outcome } from '../support/mount.js';
import { absolute, captureWarnings, gateState, gateUrl, installClock, openGate, streamState, unique, untilCancelled, untilFrame } from './support.js';

const ARTICLE = 'test/fixtures/pages/news-article.ld.json';
const HEADLINE = 'Crew-11 to launch with a Russian cosmonaut aboard';

let clock: Clock | undefined;
let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => {
  clock?.uninstall();
  clock = undefined;
  warnings.restore();
});

/** Records the outcomes an element reports, as they come. */
function outcomes(el: Element): Array<{ outcome: Outcome; detail: Record<string, unknown> }> {
  const seen: Array<{ outcome: Outcome; detail: Record<string, unknown> }> = [];
  for (const type of ['news-load', 'news-error'] as const) el.addEventListener(type, event => seen.push({ outcome: type, detail: (event as CustomEvent).detail }));
  return seen;
}

const waiting = (key: string, n = 1) => untilFrame(async () => (await gateState(key)).waiting === n, 'the request did not reach the server');

describe('timeout', () => {
  it('a response that never answers ends in the error state after 30 s, with kind "timeout"', async () => {
    const key = unique();
    clock = await installClock();
    const el = mountNow<NewsArticle>(html`<news-article src=${gateUrl(key, ARTICLE)}></news-article>`);
    const seen = outcomes(el);
    await waiting(key);
    clock.tick(29_999);
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    const failed = settle(el);
    clock.tick(1);
    const { event } = await failed;
    const message = `Could not load the article: no complete answer from ${absolute(gateUrl(key, ARTICLE))} within 30 s.`;
    expect(event.detail).to.deep.equal({ message, kind: 'timeout', src: absolute(gateUrl(key, ARTICLE)) });
    await el.updateComplete;
    expect(text(one(el, '[role="alert"]'))).to.equal(message);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(one(el, '[part~="skeleton"]')).to.equal(null);
    expect(warnings.lines).to.deep.equal([`<news-article> ${message}`]);
    await untilFrame(async () => (await gateState(key)).aborted === 1, 'the stalled request was not cancelled');
  });

  it('a body that stalls half-way ends in the error state too', async () => {
    const key = unique();
    clock = await installClock();
    const src = `/__test__/stream/${key}?size=12k&stall`;
    const el = mountNow<RelatedArticles>(html`<related-articles src=${src}></related-articles>`);
    await untilFrame(async () => (await streamState(key))?.written === 12 * 1024, 'the server did not send the first 12 KB');
    // (settle's own deadline is a timer too: it must lie beyond the ticks.)
    const failed = settle(el, 60_000);
    clock.tick(30_000);
    const { event } = await failed;
    expect(event.detail).to.deep.equal({
      message: `Could not load the related articles: no complete answer from ${absolute(src)} within 30 s.`,
      kind: 'timeout',
      src: absolute(src),
    });
    await untilCancelled(key);
  });

  it('the timeout attribute sets it in milliseconds, on every element', async () => {
    for (const tag of ['news-article', 'source-list', 'related-articles', 'trending-panel']) {
      const key = unique();
      clock = await installClock();
      const el = document.createElement(tag) as NewsArticle;
      el.setAttribute('timeout', '5000');
      el.setAttribute('src', gateUrl(key, ARTICLE));
      document.body.append(el);
      try {
        expect(el.timeout, tag).to.equal(5000);
        const seen = outcomes(el);
        await waiting(key);
        clock.tick(4999);
        expect(seen, tag).to.deep.equal([]);
        const failed = settle(el);
        clock.tick(1);
        const { event } = await failed;
        expect(event.detail.kind, tag).to.equal('timeout');
        expect(event.detail.message, tag).to.match(new RegExp(`^Could not load the [a-z ]+: no complete answer from ${absolute(gateUrl(key, ARTICLE)).replace(/[.?]/g, '\\$&')} within 5 s\\.$`));
      } finally {
        el.remove();
        clock.uninstall();
        clock = undefined;
      }
    }
  });

  it('a timeout that is not a positive number means the default, 30 s', async () => {
    const key = unique();
    clock = await installClock();
    const el = mountNow<NewsArticle>(html`<news-article timeout="soon" src=${gateUrl(key, ARTICLE)}></news-article>`);
    const seen = outcomes(el);
    await waiting(key);
    clock.tick(29_999);
    expect(seen).to.deep.equal([]);
    const failed = settle(el);
    clock.tick(1);
    expect((await failed).event.detail.message).to.equal(`Could not load the article: no complete answer from ${absolute(gateUrl(key, ARTICLE))} within 30 s.`);
  });

  it('each element keeps its own timeout on a shared request; the request lives on for the others', async () => {
    const key = unique();
    clock = await installClock();
    const container = mountNow<HTMLElement>(
      html`<div><news-article timeout="1000" src=${gateUrl(key, ARTICLE)}></news-article><news-article src=${gateUrl(key, ARTICLE)}></news-article></div>`,
    );
    const [impatient, patient] = container.querySelectorAll('news-article');
    const patientSeen = outcomes(patient);
    await waiting(key);
    const failed = settle(impatient);
    clock.tick(1000);
    expect((await failed).event.detail.kind).to.equal('timeout');
    expect(patientSeen).to.deep.equal([]);
    expect(patient.getAttribute('aria-busy')).to.equal('true');
    const loaded = settle(patient);
    await openGate(key);
    expect((await loaded).outcome).to.equal('news-load');
    expect(text(one(patient, 'h1'))).to.equal(HEADLINE);
    expect(await gateState(key)).to.deep.equal({ requests: 1, aborted: 0, served: 1, waiting: 0 });
  });

  it('after a timeout the article loaded before stays, and a new src loads', async () => {
    const { el } = await mount<NewsArticle>(html`<news-article timeout="2000" src=${`/${ARTICLE}`}></news-article>`);
    const key = unique();
    clock = await installClock();
    el.src = gateUrl(key, ARTICLE);
    await waiting(key);
    const failed = settle(el);
    clock.tick(2000);
    expect((await failed).event.detail.kind).to.equal('timeout');
    await el.updateComplete;
    expect(text(one(el, '[role="alert"]'))).to.equal(`Could not load the article: no complete answer from ${absolute(gateUrl(key, ARTICLE))} within 2 s.`);
    expect(text(one(el, 'h1'))).to.equal(HEADLINE);
    clock.uninstall();
    clock = undefined;
    const loaded = settle(el);
    el.src = '/test/fixtures/pages/yoast-graph.ld.json';
    expect((await loaded).outcome).to.equal('news-load');
    await el.updateComplete;
    expect(one(el, '[role="alert"]')).to.equal(null);
    expect(text(one(el, 'h1'))).to.equal('NASA and Roscosmos chiefs meet in Houston');
  });
});
