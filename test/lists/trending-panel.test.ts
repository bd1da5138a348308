import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/trending-panel/define.js';
import type { TrendingPanel } from '../../src/trending-panel/trending-panel.js';
import { installClock } from '../loader/support.js';
import { all, mount, one, settle, shadow, text } from '../support/mount.js';

const MIXED = '/test/fixtures/elements/trending-mixed.json';

const tabs = (el: TrendingPanel) => all(el, '[role="tab"]') as HTMLElement[];
const selectedTab = (el: TrendingPanel) => text(one(el, '[role="tab"][aria-selected="true"]'));
const visiblePanel = (el: TrendingPanel) => all(el, '[role="tabpanel"]').find(p => !p.hasAttribute('hidden'))!;

describe('<trending-panel>', () => {
  it('renders an array of [JSON Feed, ItemList, JSON Feed] as three tabs following the APG pattern', async () => {
    const { el } = await mount<TrendingPanel>(html`<trending-panel src=${MIXED}></trending-panel>`);
    expect(tabs(el).map(text)).to.deep.equal(['Recent', 'Weekly Wrap', 'Trending']);
    expect(one(el, '[role="tablist"]')!.getAttribute('aria-label')).to.equal('Trending');
    tabs(el).forEach((tab, index) => {
      expect(tab.getAttribute('aria-selected')).to.equal(index === 0 ? 'true' : 'false');
      expect(tab.getAttribute('tabindex')).to.equal(index === 0 ? '0' : '-1');
      const panel = shadow(el).getElementById(tab.getAttribute('aria-controls')!)!;
      expect(panel.getAttribute('role')).to.equal('tabpanel');
      expect(panel.getAttribute('aria-labelledby')).to.equal(tab.id);
    });
    expect(all(el, '[role="tabpanel"]:not([hidden])')).to.have.length(1);
    expect(visiblePanel(el).querySelectorAll('[part~="item"]')).to.have.length(3);
  });

  it('moves and selects with Left/Right (wrapping), Home and End, with roving tabindex', async () => {
    const { el } = await mount<TrendingPanel>(html`<trending-panel src=${MIXED}></trending-panel>`);
    tabs(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selectedTab(el)).to.equal('Weekly Wrap');
    expect(shadow(el).activeElement).to.equal(tabs(el)[1]);
    expect(tabs(el).map(t => t.getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1']);
    expect(text(visiblePanel(el).querySelector('[part~="link"]'))).to.equal('Wrap one');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(selectedTab(el)).to.equal('Trending');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(selectedTab(el)).to.equal('Recent');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(selectedTab(el)).to.equal('Trending');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(selectedTab(el)).to.equal('Recent');
    expect(shadow(el).activeElement).to.equal(tabs(el)[0]);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(visiblePanel(el));
  });

  it('selects a tab on click', async () => {
    const { el } = await mount<TrendingPanel>(html`<trending-panel src=${MIXED}></trending-panel>`);
    tabs(el)[2]!.click();
    await el.updateComplete;
    expect(selectedTab(el)).to.equal('Trending');
    expect(el.selected).to.equal(2);
  });

  it('ranks items and shows relative times with the absolute date in <time datetime>', async () => {
    const now = new Date();
    const hoursAgo = new Date(now.getTime() - 3 * 3600_000).toISOString();
    const data = { title: 'Most read', items: [{ title: 'First', url: 'https://example.com/1', date: hoursAgo, label: 'World' }, { title: 'Second', url: 'https://example.com/2' }] };
    const { el } = await mount<TrendingPanel>(html`<trending-panel lang="en" .data=${data}></trending-panel>`);
    expect(all(el, '[role="tab"]')).to.have.length(0);
    expect(text(one(el, 'h2[part~="heading"]'))).to.equal('Most read');
    expect(all(el, '[part~="rank"]').map(text)).to.deep.equal(['1', '2']);
    const time = one(el, 'time')!;
    expect(time.getAttribute('datetime')).to.equal(hoursAgo);
    expect(text(time)).to.equal('3 hours ago');
    expect(time.getAttribute('title')).to.match(/\d{4}/);
  });

  it('renders RSS 2.0 and Atom 1.0 lists, with titles as plain text', async () => {
    const { el } = await mount<TrendingPanel>(html`<trending-panel src="/test/fixtures/elements/rss.xml"></trending-panel>`);
    expect(text(one(el, '[part~="heading"]'))).to.equal('Orbital Times – Space');
    expect(all(el, '[part~="item"] .text > :first-child').map(text)).to.deep.equal(['Crew-11 docks with the station', 'Soyuz MS-27 returns']);
    const atom = await mount<TrendingPanel>(html`<trending-panel src="/test/fixtures/elements/atom.xml"></trending-panel>`);
    expect(text(one(atom.el, '[part~="heading"]'))).to.equal('Mission Log');
    expect(all(atom.el, '[part~="link"]').map(a => a.getAttribute('href'))).to.deep.equal([
      'https://blog.example.net/posts/reboost',
      'https://blog.example.net/posts/spacewalk',
    ]);
    expect(text(one(atom.el, '[part~="link"]'))).to.equal('Station reboost complete');
  });

  it('limits each list', async () => {
    const { el } = await mount<TrendingPanel>(html`<trending-panel src=${MIXED} limit="2"></trending-panel>`);
    expect(visiblePanel(el).querySelectorAll('[part~="item"]')).to.have.length(2);
  });

  it('refreshes src on its interval and keeps the last good data when a refresh fails', async () => {
    const good = { title: 'Live', items: [{ title: 'Still here', url: 'https://example.com/x' }] };
    const url = `/__test__/sequence/${Math.random().toString(36).slice(2)}`;
    await fetch(url, { method: 'POST', body: JSON.stringify([{ status: 200, body: good }, { status: 500 }, { status: 200, body: { ...good, items: [{ title: 'Fresh', url: 'https://example.com/y' }] } }]) });
    const clock = await installClock(['setTimeout', 'clearTimeout', 'Date']);
    try {
      const { el } = await mount<TrendingPanel>(html`<trending-panel refresh="1" src=${url}></trending-panel>`);
      expect(text(one(el, '[part~="link"]'))).to.equal('Still here');
      const failed = settle(el);
      clock.tick(1000);
      expect((await failed).outcome).to.equal('news-error');
      await el.updateComplete;
      expect(text(one(el, '[role="alert"]'))).to.contain('500');
      expect(text(one(el, '[part~="link"]'))).to.equal('Still here');
      const recovered = settle(el);
      clock.tick(1000);
      expect((await recovered).outcome).to.equal('news-load');
      await el.updateComplete;
      expect(text(one(el, '[part~="link"]'))).to.equal('Fresh');
      expect(one(el, '[role="alert"]')).to.equal(null);
    } finally {
      clock.uninstall();
    }
  });

  it('pauses refreshing while the page is hidden and stops when removed', async () => {
    const clock = await installClock(['setTimeout', 'clearTimeout', 'Date']);
    try {
      const { el } = await mount<TrendingPanel>(html`<trending-panel refresh="1" src=${MIXED}></trending-panel>`);
      let loads = 0;
      el.addEventListener('news-load', () => loads++);
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
      clock.tick(5000);
      expect(loads).to.equal(0);
      delete (document as { hidden?: boolean }).hidden;
      const next = settle(el);
      document.dispatchEvent(new Event('visibilitychange'));
      // Visible again after its interval: it refreshes at once.
      clock.tick(0);
      expect((await next).outcome).to.equal('news-load');
      expect(loads).to.equal(1);
      el.remove();
      clock.tick(5000);
      expect(loads).to.equal(1);
    } finally {
      clock.uninstall();
      delete (document as { hidden?: boolean }).hidden;
    }
  });
});
