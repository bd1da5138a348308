import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/related-articles/define.js';
import type { RelatedArticles } from '../../src/related-articles/related-articles.js';
import { all, mount, mountNow, one, settle, text } from '../support/mount.js';

const FEED = '/test/fixtures/elements/related.feed.json';

describe('<related-articles>', () => {
  it('renders cards from a JSON Feed: title as the one link, lazy image with reserved ratio, date, label', async () => {
    const { el, outcome } = await mount<RelatedArticles>(html`<related-articles lang="en-US" src=${FEED} limit="3" summaries></related-articles>`);
    expect(outcome).to.equal('news-load');
    expect(text(one(el, '[part~="heading"]'))).to.equal('Related articles');
    expect(one(el, 'h2[part~="heading"]')).to.exist;
    const cards = all(el, '[part~="card"]');
    expect(cards).to.have.length(3);
    const second = cards[1]!;
    const links = second.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0]!.getAttribute('href')).to.equal('https://news.example.org/2025/07/31/crew-11-launch/');
    expect(text(second.querySelector('h3'))).to.equal('Crew-11 lifts off with a cosmonaut aboard');
    const img = second.querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(getComputedStyle(img).aspectRatio).to.equal('16 / 9');
    expect(text(second.querySelector('[part~="label"]'))).to.equal('Space');
    expect(second.querySelector('time')!.getAttribute('datetime')).to.equal('2025-07-31T15:43:00Z');
    expect(text(second.querySelector('time'))).to.equal('July 31, 2025');
    expect(text(second.querySelector('[part~="summary"]'))).to.equal('The mixed crew heads for the station.');
  });

  it('never shows a card twice (same page with a fragment, same id or same title)', async () => {
    const { el } = await mount<RelatedArticles>(html`<related-articles src=${FEED} limit="10"></related-articles>`);
    const titles = all(el, '[part~="title"]').map(text);
    expect(titles).to.not.include('What went wrong with Luna-25 (comments)');
    expect(new Set(titles).size).to.equal(titles.length);
    expect(titles).to.have.length(6);
  });

  it('leaves out the article named by exclude', async () => {
    const { el } = await mount<RelatedArticles>(html`<related-articles src=${FEED} exclude="https://news.example.org/2025/07/31/crew-11-launch/"></related-articles>`);
    expect(all(el, '[part~="title"]').map(text)).to.not.include('Crew-11 lifts off with a cosmonaut aboard');
  });

  it('sets heading text and level, and card titles one level below', async () => {
    const { el } = await mount<RelatedArticles>(html`<related-articles src=${FEED} heading="You may also like..." heading-level="3"></related-articles>`);
    expect(text(one(el, 'h3[part~="heading"]'))).to.equal('You may also like...');
    expect(all(el, 'h4[part~="title"]')).to.have.length(4);
  });

  it('lays out as list and compact (compact: no images or labels)', async () => {
    const { el } = await mount<RelatedArticles>(html`<related-articles src=${FEED} layout="compact"></related-articles>`);
    expect(all(el, 'img')).to.have.length(0);
    expect(all(el, '[part~="label"]')).to.have.length(0);
    el.layout = 'list';
    await el.updateComplete;
    expect(all(el, 'img').length).to.be.greaterThan(0);
    expect(getComputedStyle(one(el, '.card')!).flexDirection).to.equal('row');
  });

  it('fires a cancelable news-navigate with the card and the list when a reader follows a link', async () => {
    const { el } = await mount<RelatedArticles>(html`<related-articles src=${FEED}></related-articles>`);
    const seen: Array<{ title: string; list?: string; url: string }> = [];
    const onNavigate = (event: Event) => {
      const { detail } = event as CustomEvent;
      seen.push({ title: detail.item.title, list: detail.list?.title, url: detail.url });
      event.preventDefault();
    };
    document.addEventListener('news-navigate', onNavigate);
    try {
      const link = one(el, '[part~="link"]') as HTMLAnchorElement;
      link.click();
    } finally {
      document.removeEventListener('news-navigate', onNavigate);
    }
    expect(seen).to.deep.equal([{ title: 'NASA and Roscosmos chiefs meet in Houston', list: 'You may also like', url: 'https://news.example.org/2025/07/29/nasa-roscosmos-houston/' }]);
    expect(location.href).to.not.contain('nasa-roscosmos');
  });

  it('does not fire news-navigate for programmatic changes', async () => {
    const { el } = await mount<RelatedArticles>(html`<related-articles src=${FEED}></related-articles>`);
    let fired = 0;
    el.addEventListener('news-navigate', () => fired++);
    el.limit = 2;
    el.layout = 'list';
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  it('shows a skeleton that reserves the cards while loading', async () => {
    const el = mountNow<RelatedArticles>(html`<related-articles src="/__test__/delay/500${FEED}"></related-articles>`);
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(all(el, '[part~="skeleton"] .picture')).to.have.length(4);
    await settle(el);
  });

  it('renders nothing for an empty list', async () => {
    const { el } = await mount<RelatedArticles>(html`<related-articles .data=${[]}></related-articles>`);
    expect(text(el.shadowRoot!)).to.equal('');
  });
});
