import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import { all, mount, mountNow, one, settle, text } from '../support/mount.js';

const ARTICLE = '/test/fixtures/pages/yoast-graph.ld.json';
const FEED = '/test/fixtures/elements/related.feed.json';

describe('composition', () => {
  it('<news-article src><source-list><related-articles src>: citations in the nested list, the article left out of the cards', async () => {
    const el = mountNow<NewsArticle>(html`<news-article src="/test/fixtures/pages/yoast-graph-cited.ld.json">
      <source-list></source-list>
      <related-articles src=${FEED}></related-articles>
    </news-article>`);
    const related = el.querySelector('related-articles')!;
    const list = el.querySelector('source-list')!;
    await Promise.all([settle(el), settle(related), settle(list)]);
    await Promise.all([el.updateComplete, related.updateComplete, list.updateComplete]);
    expect(all(list, '[part~="source"]').map(text)).to.deep.equal(['Kyiv Post report', 'Pravda']);
    expect(all(list, '[part~="source"] a').map(a => a.getAttribute('href'))).to.deep.equal(['https://www.kyivpost.com/post/1']);
    // The list takes the article's "sources" slot, whose fallback (the article's own section) is then not shown.
    expect((one(el, 'slot[name="sources"]') as HTMLSlotElement).assignedElements().map(e => e.localName)).to.deep.equal(['source-list']);
    expect(one(el, 'section[part~="sources"]')!.getClientRects().length).to.equal(0);
    const titles = all(related, '[part~="title"]').map(text);
    expect(titles).to.have.length(4);
    expect(titles).to.not.include('NASA and Roscosmos chiefs meet in Houston');
  });

  it('works when the elements are added after the article has loaded', async () => {
    const { el } = await mount<NewsArticle>(html`<news-article src=${ARTICLE}></news-article>`);
    const related = document.createElement('related-articles');
    related.src = FEED;
    const loaded = settle(related);
    el.append(related);
    await loaded;
    await related.updateComplete;
    expect(all(related, '[part~="title"]').map(text)).to.not.include('NASA and Roscosmos chiefs meet in Houston');
  });

  it('works when a nested element is defined after the article rendered', async () => {
    const data = { headline: 'Late', sources: ['Pravda', 'Kyiv Post'] };
    const { el } = await mount<NewsArticle>(html`<news-article .data=${data}><late-sources></late-sources></news-article>`);
    const late = el.querySelector('late-sources')!;
    expect(late.shadowRoot).to.equal(null);
    const { SourceList } = await import('../../src/source-list/source-list.js');
    customElements.define('late-sources', class extends SourceList {});
    await waitUntil(() => late.shadowRoot?.querySelectorAll('[part~="source"]').length === 2, 'the late element did not get the sources');
    expect(all(late, '[part~="source"]').map(text)).to.deep.equal(['Pravda', 'Kyiv Post']);
  });

  it('makes one request for five elements with the same src', async () => {
    const key = `five-${Math.random().toString(36).slice(2)}`;
    const src = `/__test__/counted/${key}${FEED}`;
    const container = mountNow<HTMLDivElement>(html`<div>
      <trending-panel src=${src}></trending-panel><trending-panel src=${src}></trending-panel>
      <related-articles src=${src}></related-articles><related-articles src=${src}></related-articles>
      <trending-panel src=${src}></trending-panel>
    </div>`);
    const elements = [...container.children];
    const outcomes = await Promise.all(elements.map(e => settle(e)));
    expect(outcomes.map(o => o.outcome)).to.deep.equal(Array(5).fill('news-load'));
    const { count } = await (await fetch(`/__test__/count/${key}`)).json();
    expect(count).to.equal(1);
  });
});
