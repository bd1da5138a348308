import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/news-article/define.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import { gateState, gateUrl, openGate, unique } from '../loader/support.js';
import { all, mount, mountNow, one, settle, shadow, text } from '../support/mount.js';

const SEED = '/demo/data/seed-article.json';
const GRAPH = '/test/fixtures/pages/yoast-graph.ld.json';
const SINGLE = '/test/fixtures/pages/news-article.ld.json';

describe('<news-article> rendering', () => {
  it('renders the seed article: headline, standfirst, four sections, four sources', async () => {
    const { el, outcome } = await mount<NewsArticle>(html`<news-article src=${SEED}></news-article>`);
    expect(outcome).to.equal('news-load');
    const h1s = all(el, 'h1');
    expect(h1s).to.have.length(1);
    expect(text(h1s[0])).to.equal('Space Giants Clash in Houston: Secrets Revealed');
    expect(text(one(el, '[part~="standfirst"]'))).to.match(/^As the world watches with bated breath/);
    expect(all(el, '[part~="body"] h2').map(text)).to.deep.equal([
      'Historic Meeting Amid Tensions',
      'ISS: A Beacon of Collaboration',
      'Challenges and Opportunities',
      'Looking Ahead',
    ]);
    const sources = one(el, 'section[part~="sources"]')!;
    expect(text(sources.querySelector('h2'))).to.equal('Sources');
    expect([...sources.querySelectorAll('li')].map(text)).to.deep.equal(['Pravda', 'Kyiv Post', 'NAMPA/Sputnik', 'RBC Ukraine']);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });

  it('renders a Yoast @graph with the author resolved through @id', async () => {
    const { el } = await mount<NewsArticle>(html`<news-article src=${GRAPH}></news-article>`);
    expect(text(one(el, 'h1'))).to.equal('NASA and Roscosmos chiefs meet in Houston');
    const author = one(el, '[part~="author"]') as HTMLAnchorElement;
    expect(text(author)).to.equal('Maria Kovalenko');
    expect(author.getAttribute('href')).to.equal('https://news.example.org/author/mkovalenko/');
    const img = one(el, 'img[part~="image"]') as HTMLImageElement;
    expect(img.getAttribute('src')).to.equal('https://news.example.org/wp-content/uploads/2025/07/houston-meeting.jpg');
    expect(img.getAttribute('width')).to.equal('1200');
    expect(img.getAttribute('height')).to.equal('675');
    expect(text(one(el, 'figcaption'))).to.contain('The Johnson Space Center in Houston');
    expect(all(el, '[part~="body"] p').map(text)).to.deep.equal([
      'Dmitry Bakanov arrived in Houston on Tuesday.',
      'The talks covered the future of the ISS.',
    ]);
    expect(all(el, '[part~="tag"]').map(text)).to.deep.equal(['ISS', 'NASA', 'Roscosmos']);
  });

  it('renders a single NewsArticle: paragraphs, image, authors, dates and citations', async () => {
    const { el, event } = await mount<NewsArticle>(html`<news-article lang="en-GB" src=${SINGLE}></news-article>`);
    expect(event.detail.data.headline).to.equal('Crew-11 to launch with a Russian cosmonaut aboard');
    expect(event.detail.src).to.equal(new URL(SINGLE, location.href).href);
    expect(all(el, '[part~="body"] p')).to.have.length(3);
    expect(text(one(el, '[part~="section"]'))).to.equal('Space');
    expect(text(one(el, '[part~="byline"]'))).to.equal('By Ana Souza and Lee Min-jun');
    expect(one(el, 'a[part~="author"]')!.getAttribute('href')).to.equal('https://wire.example.com/people/ana-souza');
    const times = all(el, 'time');
    expect(times.map(t => t.getAttribute('datetime'))).to.deep.equal(['2025-07-30', '2025-07-31T09:15:00Z']);
    expect(text(times[0])).to.equal('30 July 2025');
    expect(text(one(el, '[part~="credit"]'))).to.equal('Wire Photo');
    const sources = all(el, '[part~="source"]');
    expect(sources.map(text)).to.deep.equal(['Crew-11 mission overview, Agency Newsroom', 'Kyiv Post']);
    expect(sources[0]!.querySelector('a')!.getAttribute('href')).to.equal('https://agency.example.gov/crew-11');
  });

  it('formats dates in the element language and takes direction from the data language', async () => {
    const data = { headline: 'مقال', lang: 'ar', published: '2025-07-29', body: ['نص'] };
    const { el } = await mount<NewsArticle>(html`<news-article .data=${data}></news-article>`);
    const article = one(el, 'article')!;
    expect(article.getAttribute('lang')).to.equal('ar');
    expect(article.getAttribute('dir')).to.equal('rtl');
    const german = mountNow<NewsArticle>(html`<news-article lang="de" .data=${{ ...data, lang: undefined }}></news-article>`);
    await german.updateComplete;
    expect(text(one(german, 'time'))).to.equal('29. Juli 2025');
  });

  it('follows the theme attribute: dark palette, or the page colours in light', async () => {
    const data = { headline: 'Themed' };
    const dark = mountNow<NewsArticle>(html`<news-article theme="dark" .data=${data}></news-article>`);
    const light = mountNow<NewsArticle>(html`<div style="color: rgb(10, 20, 30)"><news-article theme="light" .data=${data}></news-article></div>`);
    await dark.updateComplete;
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(22, 24, 28)');
    expect(getComputedStyle(dark).color).to.equal('rgb(232, 234, 237)');
    const lightEl = light.querySelector('news-article')!;
    expect(getComputedStyle(lightEl).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(lightEl).color).to.equal('rgb(10, 20, 30)');
  });

  it('translates its UI words through labels', async () => {
    const labels = { sources: 'Quellen', by: 'Von' };
    const data = { headline: 'Titel', authors: ['A'], sources: ['Pravda'], body: 'x' };
    const { el } = await mount<NewsArticle>(html`<news-article .labels=${labels} .data=${data}></news-article>`);
    expect(text(one(el, '[part~="sources-heading"]'))).to.equal('Quellen');
    expect(text(one(el, '[part~="byline"]'))).to.equal('Von A');
  });

  it('links inline citations to numbered sources and back, moving focus', async () => {
    const data = {
      headline: 'Cited',
      sources: [{ id: 'a', name: 'Alpha', url: 'https://alpha.example/' }, { id: 'b', name: 'Beta' }],
      body: [{ type: 'paragraph', content: ['Claim', { type: 'cite', source: 'b' }, '.'] }],
    };
    const { el } = await mount<NewsArticle>(html`<news-article .data=${data}></news-article>`);
    expect(one(el, '.sources ol')).to.exist;
    const cite = one(el, 'a[part~="citation"]') as HTMLAnchorElement;
    expect(text(cite)).to.equal('[2]');
    cite.click();
    const target = shadow(el).activeElement!;
    expect(target.getAttribute('part')).to.equal('source');
    expect(text(target)).to.contain('Beta');
    (target.querySelector('a.back') as HTMLAnchorElement).click();
    expect(shadow(el).activeElement).to.equal(cite);
    expect(location.hash).to.equal('');
  });

  it('reads inline JSON and JSON-LD script children, and follows changes to them', async () => {
    const { el } = await mount<NewsArticle>(html`<news-article>
      <script type="application/ld+json">
        { "@context": "https://schema.org", "@type": "BlogPosting", "headline": "Inline post" }
      </script>
    </news-article>`);
    expect(text(one(el, 'h1'))).to.equal('Inline post');
    const next = settle(el);
    el.querySelector('script')!.textContent = '{"headline": "Edited inline"}';
    await next;
    expect(text(one(el, 'h1'))).to.equal('Edited inline');
  });

  it('prefers the data property over src, and provides the article to nested elements', async () => {
    const { el } = await mount<NewsArticle>(html`<news-article src=${SEED} .data=${{ headline: 'From data' }}></news-article>`);
    expect(text(one(el, 'h1'))).to.equal('From data');
    expect(el.article?.headline).to.equal('From data');
  });
});

describe('<news-article> states', () => {
  it('shows a skeleton with aria-busy while loading, then the article', async () => {
    const el = mountNow<NewsArticle>(html`<news-article src="/__test__/delay/400/demo/data/seed-article.json"></news-article>`);
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(one(el, '[part~="skeleton"]')).to.exist;
    expect(text(one(el, '[role="status"]'))).to.equal('Loading article…');
    await settle(el);
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(one(el, '[part~="skeleton"]')).to.equal(null);
    expect(one(el, 'h1')).to.exist;
  });

  const failures: Array<[string, string, RegExp]> = [
    ['a 404', '/__test__/status/404', /answered 404/],
    ['a 500', '/__test__/status/500', /answered 500/],
    ['HTML instead of JSON', '/__test__/html', /expected JSON but got an HTML page/],
    ['invalid JSON', '/test/fixtures/invalid.json', /not valid JSON/],
    ['a network failure', 'http://127.0.0.1:9/article.json', /request for .* failed/],
    ['a 5 MB body', '/__test__/stream/article-5m?size=5m', /too large \(over the limit of 4 MB\)/],
    ['100,000 nested arrays', '/__test__/deep', /expected an article object, got a list/],
    ['a javascript: src', 'javascript:alert(1)', /not an http\(s\) URL/],
  ];
  for (const [name, src, message] of failures) {
    it(`shows an alert and fires news-error for ${name}`, async () => {
      const warn = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const { el, outcome, event } = await mount<NewsArticle>(html`<news-article src=${src}></news-article>`);
        expect(outcome).to.equal('news-error');
        expect(event.detail.message).to.match(message);
        await el.updateComplete;
        const alert = one(el, '[role="alert"]');
        expect(text(alert)).to.match(/^Could not load the article: /);
        expect(text(alert)).to.match(message);
        expect(warnings).to.have.length(1);
        expect(el.hasAttribute('aria-busy')).to.equal(false);
      } finally {
        console.warn = warn;
      }
    });
  }

  it('names the field when the data has a wrong type', async () => {
    const { outcome, el } = await mount<NewsArticle>(html`<news-article .data=${{ headline: 42 }}></news-article>`);
    expect(outcome).to.equal('news-error');
    await el.updateComplete;
    expect(text(one(el, '[role="alert"]'))).to.equal('Could not load the article: headline: expected text, got a number.');
  });

  it('keeps the article it had when a later load fails', async () => {
    const { el } = await mount<NewsArticle>(html`<news-article src=${SEED}></news-article>`);
    const failed = settle(el);
    el.src = '/__test__/status/500';
    expect((await failed).outcome).to.equal('news-error');
    await el.updateComplete;
    expect(one(el, '[role="alert"]')).to.exist;
    expect(text(one(el, 'h1'))).to.equal('Space Giants Clash in Houston: Secrets Revealed');
  });

  it('lets the latest src win over a slower earlier one', async () => {
    const key = unique();
    const el = mountNow<NewsArticle>(html`<news-article src=${gateUrl(key, GRAPH.slice(1))}></news-article>`);
    const loads: string[] = [];
    el.addEventListener('news-load', e => loads.push((e.detail.data as { headline: string }).headline));
    await waitUntil(async () => (await gateState(key)).waiting === 1, 'the first request did not reach the server');
    const loaded = settle(el);
    el.src = SINGLE;
    expect((await loaded).outcome).to.equal('news-load');
    // The earlier request is given up (the server sees it go), so its answer can never arrive.
    await waitUntil(async () => (await gateState(key)).aborted === 1, 'the earlier request was not aborted', { timeout: 5000 });
    await openGate(key);
    expect(loads).to.deep.equal(['Crew-11 to launch with a Russian cosmonaut aboard']);
    expect(text(one(el, 'h1'))).to.equal('Crew-11 to launch with a Russian cosmonaut aboard');
  });

  it('makes one request for identical concurrent src values', async () => {
    const key = `dedupe-${Math.random().toString(36).slice(2)}`;
    const src = `/__test__/counted/${key}/demo/data/seed-article.json`;
    const container = mountNow<HTMLDivElement>(html`<div>
      <news-article src=${src}></news-article><news-article src=${src}></news-article><news-article src=${src}></news-article>
    </div>`);
    const articles = [...container.querySelectorAll('news-article')];
    await Promise.all(articles.map(a => settle(a)));
    for (const a of articles) expect(text(one(a, 'h1'))).to.contain('Space Giants');
    const { count } = await (await fetch(`/__test__/count/${key}`)).json();
    expect(count).to.equal(1);
  });

  it('aborts on disconnect and loads again when re-inserted', async () => {
    const key = unique();
    const el = mountNow<NewsArticle>(html`<news-article src=${gateUrl(key, SEED.slice(1))}></news-article>`);
    let events = 0;
    el.addEventListener('news-load', () => events++);
    el.addEventListener('news-error', () => events++);
    await waitUntil(async () => (await gateState(key)).waiting === 1, 'the request did not reach the server');
    const parent = el.parentElement!;
    el.remove();
    await waitUntil(async () => (await gateState(key)).aborted === 1, 'removing the element did not abort its request', { timeout: 5000 });
    expect(events).to.equal(0);
    const loaded = settle(el);
    parent.append(el);
    await waitUntil(async () => (await gateState(key)).waiting === 1, 're-inserting did not request again');
    await openGate(key);
    expect((await loaded).outcome).to.equal('news-load');
    expect(events).to.equal(1);
    expect(text(one(el, 'h1'))).to.contain('Space Giants');
  });

  it('renders nothing and fires nothing without input', async () => {
    const el = mountNow<NewsArticle>(html`<news-article></news-article>`);
    await el.updateComplete;
    expect(one(el, 'article')).to.equal(null);
    expect(one(el, '[role="alert"]')).to.equal(null);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });
});
