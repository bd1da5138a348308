import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import { dangerousNodes, mount, shadow, sleep, urlAttributes } from '../support/mount.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const BAD = ['javascript:window.__pwned=1', 'JaVaScRiPt:window.__pwned=1', ' java\tscript:window.__pwned=1', 'data:text/html,<script>window.__pwned=1</script>', 'vbscript:msgbox(1)'];
const SCRIPTY = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>Title';

function expectSafe(el: Element) {
  expect(dangerousNodes(shadow(el))).to.deep.equal([]);
  for (const url of urlAttributes(shadow(el))) expect(url).to.match(/^(https?:|mailto:|tel:|#)/);
  expect(window.__pwned).to.equal(undefined);
}

describe('list elements with hostile data', () => {
  beforeEach(() => delete window.__pwned);

  for (const bad of BAD) {
    const label = JSON.stringify(bad.slice(0, 14));
    it(`drops ${label} from every URL field of every list format`, async () => {
      const item = { id: bad, url: bad, external_url: bad, image: bad, banner_image: bad, title: SCRIPTY, summary: SCRIPTY, tags: [SCRIPTY] };
      const feed = { version: 'https://jsonfeed.org/version/1.1', title: SCRIPTY, home_page_url: bad, items: [item] };
      const itemList = {
        '@context': 'https://schema.org',
        '@type': 'ItemList',
        name: SCRIPTY,
        itemListElement: [
          { '@type': 'ListItem', position: 1, url: bad, name: SCRIPTY },
          { '@type': 'ListItem', position: 2, item: { '@type': 'NewsArticle', headline: SCRIPTY, url: bad, image: { url: bad } } },
        ],
      };
      const native = { title: SCRIPTY, url: bad, items: [{ title: SCRIPTY, url: bad, image: { url: bad, alt: 'x' } }] };
      const plain = [{ title: SCRIPTY, url: bad, image: bad }];
      for (const data of [feed, itemList, native, plain]) {
        for (const template of [
          html`<related-articles .data=${data}></related-articles>`,
          html`<trending-panel .data=${data}></trending-panel>`,
          html`<trending-panel .data=${[data, data]}></trending-panel>`,
        ]) {
          const { el } = await mount(template);
          expectSafe(el);
        }
      }
      const { el } = await mount(html`<source-list .data=${[{ name: SCRIPTY, url: bad }, bad]}></source-list>`);
      expectSafe(el);
    });
  }

  it('renders script-bearing RSS and Atom titles as text', async () => {
    const { el } = await mount(html`<trending-panel src="/test/fixtures/elements/rss.xml"></trending-panel>`);
    await sleep(100);
    expectSafe(el);
    expect(shadow(el).textContent).to.contain('Soyuz MS-27 returns');
  });
});
