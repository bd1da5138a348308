import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/source-list/define.js';
import '../../src/news-article/define.js';
import type { SourceList } from '../../src/source-list/source-list.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import type { NewsLoadEvent } from '../../src/internal/events.js';
import { all, mount, one, shadow, text } from '../support/mount.js';

describe('<source-list>', () => {
  it('renders an inline array of strings and objects, linked where a URL is known, with the publisher', async () => {
    const { el } = await mount<SourceList>(html`<source-list>
      <script type="application/json">
        ["Pravda", { "name": "Kyiv Post", "url": "https://www.kyivpost.com/" }, { "name": "Luna-25 inquiry", "url": "https://example.com/luna", "publisher": { "name": "RBC Ukraine" } }]
      </script>
    </source-list>`);
    expect(text(one(el, 'h2[part~="heading"]'))).to.equal('Sources');
    expect(one(el, 'ul[part~="source-list"]')).to.exist;
    expect(all(el, '[part~="source"]').map(text)).to.deep.equal(['Pravda', 'Kyiv Post', 'Luna-25 inquiry, RBC Ukraine']);
    expect(all(el, '[part~="source"] a').map(a => a.getAttribute('href'))).to.deep.equal(['https://www.kyivpost.com/', 'https://example.com/luna']);
  });

  it('takes a whole article and lists its citations', async () => {
    const { el } = await mount<SourceList>(html`<source-list src="/test/fixtures/pages/news-article.ld.json" heading="Further reading" heading-level="3"></source-list>`);
    expect(text(one(el, 'h3'))).to.equal('Further reading');
    expect(all(el, '[part~="source"]').map(text)).to.deep.equal(['Crew-11 mission overview, Agency Newsroom', 'Kyiv Post']);
  });

  it('nested in <news-article>, shows the article sources numbered and linked both ways; the article drops its own section', async () => {
    const data = {
      headline: 'Cited',
      sources: [{ id: 'a', name: 'Alpha', url: 'https://alpha.example/' }, { id: 'b', name: 'Beta' }],
      body: [{ type: 'paragraph', content: ['Claim', { type: 'cite', source: 'b' }, ' and ', { type: 'cite', source: 'a' }] }],
    };
    const { el: article } = await mount<NewsArticle>(html`<news-article .data=${data}><source-list></source-list></news-article>`);
    const list = article.querySelector('source-list')!;
    await list.updateComplete;
    await article.updateComplete;
    // The list takes the article's "sources" slot, whose fallback (the article's own section) is then not shown.
    expect((one(article, 'slot[name="sources"]') as HTMLSlotElement).assignedElements().map(e => e.localName)).to.deep.equal(['source-list']);
    expect(one(article, 'section[part~="sources"]')!.getClientRects().length).to.equal(0);
    expect(one(list, 'ol[part~="source-list"]')).to.exist;
    expect(all(list, '[part~="source"]').map(s => s.id)).to.deep.equal(['source-1', 'source-2']);
    const cite = all(article, '[part~="citation"]')[0] as HTMLAnchorElement;
    expect(text(cite)).to.equal('[2]');
    cite.click();
    expect(shadow(list).activeElement?.id).to.equal('source-2');
    (shadow(list).activeElement!.querySelector('[part~="back-link"]') as HTMLAnchorElement).click();
    expect(shadow(article).activeElement).to.equal(cite);
  });

  it('fires news-navigate for a source link', async () => {
    const { el } = await mount<SourceList>(html`<source-list .data=${[{ name: 'Kyiv Post', url: 'https://www.kyivpost.com/' }]}></source-list>`);
    let detail: { item: { name: string }; url: string } | undefined;
    el.addEventListener('news-navigate', event => {
      detail = event.detail as typeof detail;
      event.preventDefault();
    });
    (one(el, 'a') as HTMLAnchorElement).click();
    expect(detail?.item.name).to.equal('Kyiv Post');
    expect(detail?.url).to.equal('https://www.kyivpost.com/');
  });

  it('lists the usable sources and reports the one it left out in news-load', async () => {
    const loads: NewsLoadEvent[] = [];
    const { el, outcome } = await mount<SourceList>(html`<source-list .data=${['Pravda', 42]} @news-load=${(event: NewsLoadEvent) => loads.push(event)}></source-list>`);
    expect(outcome).to.equal('news-load');
    await el.updateComplete;
    expect([...shadow(el).querySelectorAll('[part~="source"]')].map(text)).to.deep.equal(['Pravda']);
    expect(one(el, '[role="alert"]')).to.equal(null);
    expect(loads.map(event => event.detail.warnings)).to.deep.equal([[{ path: '[1]', problem: 'expected a source name or object, got a number' }]]);
  });

  it('shows an alert when no source is usable, naming the place', async () => {
    const { el, outcome } = await mount<SourceList>(html`<source-list .data=${{ name: 5 }}></source-list>`);
    expect(outcome).to.equal('news-error');
    await el.updateComplete;
    expect(text(one(el, '[role="alert"]'))).to.equal(
      'Could not load the sources: expected a list of sources (names, URLs or objects with a "name" and "url") or an article with sources.',
    );
  });
});
