import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import '../../src/index.js';
import { mount, mountNow } from '../support/mount.js';

const FEED = '/test/fixtures/elements/related.feed.json';
const MIXED = '/test/fixtures/elements/trending-mixed.json';
const SOURCES = [{ name: 'Kyiv Post', url: 'https://www.kyivpost.com/', publisher: 'Kyiv Post Ltd' }, 'Pravda'];

const cases: Array<[string, (theme: string) => TemplateResult]> = [
  ['<related-articles> grid', theme => html`<related-articles theme=${theme} src=${FEED} summaries></related-articles>`],
  ['<related-articles> list', theme => html`<related-articles theme=${theme} layout="list" src=${FEED}></related-articles>`],
  ['<related-articles> compact', theme => html`<related-articles theme=${theme} layout="compact" src=${FEED}></related-articles>`],
  ['<trending-panel> tabs', theme => html`<trending-panel theme=${theme} src=${MIXED}></trending-panel>`],
  ['<trending-panel> single list', theme => html`<trending-panel theme=${theme} src="/test/fixtures/elements/rss.xml"></trending-panel>`],
  ['<source-list>', theme => html`<source-list theme=${theme} .data=${SOURCES}></source-list>`],
  ['<related-articles> error', theme => html`<related-articles theme=${theme} src="/__test__/status/500"></related-articles>`],
  ['<trending-panel> error', theme => html`<trending-panel theme=${theme} src="/__test__/html"></trending-panel>`],
  ['<source-list> error', theme => html`<source-list theme=${theme} .data=${42}></source-list>`],
];

describe('list elements: accessibility (axe)', () => {
  for (const theme of ['light', 'dark']) {
    for (const [name, template] of cases) {
      it(`${name} has no violations (${theme})`, async () => {
        const { el } = await mount(template(theme));
        await expect(el).to.be.accessible();
      });
    }
    for (const tag of ['related-articles', 'trending-panel', 'source-list']) {
      it(`<${tag}> has no violations while loading (${theme})`, async () => {
        const el = mountNow<HTMLElement & { updateComplete: Promise<unknown> }>(
          tag === 'related-articles'
            ? html`<related-articles theme=${theme} src="/__test__/delay/3000${FEED}"></related-articles>`
            : tag === 'trending-panel'
              ? html`<trending-panel theme=${theme} src="/__test__/delay/3000${MIXED}"></trending-panel>`
              : html`<source-list theme=${theme} src="/__test__/delay/3000/test/fixtures/pages/news-article.ld.json"></source-list>`,
        );
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }
});
