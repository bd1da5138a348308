/**
 * The XSS corpus (xss-vectors.ts) × every text and URL field (payload-formats.ts) × every input
 * format × every element. One render per (vector, format, element) with the vector in every field
 * at once; the `data` property carries most cases, and inline `<script type="application/json">`
 * children, `src` fetches and `@lit/context` composition carry the rest.
 *
 * For every render: the element loaded (the payload reached the renderer rather than being
 * rejected), its model is valid for the renderer (invariants.ts), and its shadow tree holds no
 * script-capable element, event-handler attribute or non-allowlisted URL (dom-safety.ts). After
 * each vector: nothing executed (`window.__xss`, and alert/confirm/prompt) and no uncaught error.
 */
import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import '../../src/index.js';
import type { NewsArticle, RelatedArticles, SourceList, TrendingPanel } from '../../src/index.js';
import { mountMany, nextFrame, shadow, sleep, text, watchErrors } from '../support/mount.js';
import { articleProblems, cardListProblems, cardListsProblems, sourceProblems } from './invariants.js';
import { shadowProblems } from './dom-safety.js';
import { atom, casesFor, htmlWith, jsonFeedList, jsonLdArticle, nativeArticle, nativeList, rss, sourceArray, type Case, type Tag } from './payload-formats.js';
import { XSS_VECTORS } from './xss-vectors.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

function element(c: Case): TemplateResult {
  switch (c.tag) {
    case 'news-article':
      return html`<news-article data-format=${c.format} .data=${c.data}></news-article>`;
    case 'source-list':
      return html`<source-list data-format=${c.format} .data=${c.data}></source-list>`;
    case 'related-articles':
      return html`<related-articles data-format=${c.format} .data=${c.data} limit="100" summaries></related-articles>`;
    case 'trending-panel':
      return html`<trending-panel data-format=${c.format} .data=${c.data} limit="100"></trending-panel>`;
  }
}

/** An element that reads its data from an inline JSON child, built with DOM calls (Lit cannot bind inside <script>). */
function inline(tag: Tag, type: string, data: unknown): HTMLElement {
  const el = document.createElement(tag);
  el.dataset.format = `inline ${type}`;
  el.setAttribute('limit', '100');
  const script = document.createElement('script');
  script.type = type;
  script.textContent = JSON.stringify(data);
  el.append(script);
  return el;
}

/** Problems with one element's model, by element kind. */
function modelProblems(el: Element): string[] {
  switch (el.localName) {
    case 'news-article':
      return articleProblems((el as NewsArticle).article);
    case 'source-list':
      return sourceProblems((el as SourceList).sources);
    case 'related-articles':
      return cardListProblems((el as RelatedArticles).list);
    case 'trending-panel':
      return cardListsProblems((el as TrendingPanel).lists);
    default:
      return [`unknown element ${el.localName}`];
  }
}

const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();

/** Live script-capable nodes in the light DOM, outside the data scripts the tests add. */
function lightDomScripts(): number {
  return document.querySelectorAll('script:not([type="application/json"]):not([type="application/ld+json"]), iframe, object, embed, frame, base').length;
}

let restoreDialogs: () => void;

beforeEach(() => {
  delete window.__xss;
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  window.alert = window.confirm = window.prompt = ((...args: unknown[]) => {
    window.__xss = `dialog(${args.join(',')})`;
    return null;
  }) as never;
  restoreDialogs = () => Object.assign(window, saved);
});
afterEach(() => restoreDialogs());

/** Checks every element in `container` (and nested ones); returns one line per problem. */
function checkAll(container: HTMLElement, outcomes: Map<Element, CustomEvent>): string[] {
  const problems: string[] = [];
  for (const el of container.querySelectorAll('news-article, source-list, related-articles, trending-panel')) {
    const label = `<${el.localName}> ${(el as HTMLElement).dataset.format ?? '(nested)'}`;
    const outcome = outcomes.get(el);
    if (outcome?.type !== 'news-load') problems.push(`${label}: ${outcome ? `news-error: ${outcome.detail.message}` : 'did not settle'}`);
    problems.push(...modelProblems(el).map(p => `${label} model: ${p}`));
    problems.push(...shadowProblems(shadow(el)).map(p => `${label} DOM: ${p}`));
  }
  return problems;
}

describe(`XSS corpus: ${XSS_VECTORS.length} vectors in every field of every format of every element`, () => {
  it('has at least 60 vectors, each with a named public source and a unique name', () => {
    expect(XSS_VECTORS.length).to.be.at.least(60);
    expect(new Set(XSS_VECTORS.map(v => v.name)).size).to.equal(XSS_VECTORS.length);
    for (const vector of XSS_VECTORS) expect(vector.source, vector.name).to.match(/\S{3,}/);
  });

  for (const vector of XSS_VECTORS) {
    it(`${vector.name} — ${vector.source}`, async () => {
      const v = vector.payload;
      const errors = watchErrors();
      const scriptsBefore = lightDomScripts();
      const cases = casesFor(v);
      const inlines = [
        inline('news-article', 'application/ld+json', jsonLdArticle(v)),
        inline('source-list', 'application/json', sourceArray(v)),
        inline('related-articles', 'application/json', jsonFeedList(v)),
        inline('trending-panel', 'application/json', [jsonFeedList(v), rss(v), atom(v)]),
      ];
      // Composition: the nested <source-list> shows the article's sources through @lit/context.
      const composed = html`<news-article data-format="composed native" .data=${nativeArticle(v)}>
        <source-list></source-list>
        <related-articles data-format="composed json-feed" .data=${jsonFeedList(v)} limit="100" summaries></related-articles>
      </news-article>`;
      const expected = cases.length + inlines.length + 3;
      const { container, outcomes } = await mountMany(html`${cases.map(element)}${inlines}${composed}`, expected);

      const problems = checkAll(container, outcomes);
      // The payload reached the page as text: the native headline is exactly the payload.
      const native = container.querySelector('news-article[data-format="native"]')!;
      expect(text(shadow(native).querySelector('h1')), 'native headline').to.equal(collapse(v));

      // Handlers that could only run asynchronously (onerror, onload, animation events) get a chance to.
      await nextFrame();
      await sleep(30);
      expect(problems, problems.slice(0, 20).join('\n')).to.deep.equal([]);
      expect(window.__xss, 'the payload executed').to.equal(undefined);
      expect(lightDomScripts(), 'script-capable nodes in the page').to.equal(scriptsBefore);
      expect(errors.stop(), 'uncaught errors').to.deep.equal([]);
    });
  }

  describe('through src (fetched documents holding every vector)', () => {
    const V = XSS_VECTORS.map(v => v.payload);
    const store = async (key: string, type: string, body: string) => {
      const response = await fetch(`/__test__/store/${key}`, { method: 'POST', headers: { 'content-type': type }, body });
      expect(response.status).to.equal(204);
      return `/__test__/store/${key}`;
    };
    const items = (xml: string, tag: string) => xml.match(new RegExp(`<${tag}[\\s>][\\s\\S]*?</${tag}>`, 'g')) ?? [];

    it('RSS, Atom, JSON Feed and native lists in <related-articles> and <trending-panel>', async function () {
      // Five elements read feeds of 101 hostile items each (two of them the same RSS): about 3 s in
      // Chromium alone, and over the default 8 s when three browsers run suites on two cores.
      this.timeout(45_000);
      const rssDoc = rss(V[0]!).replace(/<item>[\s\S]*<\/item>/, () => V.flatMap(v => items(rss(v), 'item')).join('\n'));
      const atomDoc = atom(V[0]!).replace(/<entry[\s>][\s\S]*<\/entry>/, () => V.flatMap(v => items(atom(v), 'entry')).join('\n'));
      const feed = { ...(jsonFeedList(V[0]!) as object), items: V.flatMap(v => (jsonFeedList(v) as { items: unknown[] }).items) };
      const urls = {
        rss: await store('xss-rss', 'application/rss+xml', rssDoc),
        atom: await store('xss-atom', 'application/atom+xml', atomDoc),
        feed: await store('xss-feed', 'application/feed+json', JSON.stringify(feed)),
        lists: await store('xss-lists', 'application/json', JSON.stringify([feed, { title: 'native', items: V.flatMap(v => (nativeList(v) as { items: unknown[] }).items) }])),
      };
      const errors = watchErrors();
      const { container, outcomes } = await mountMany(
        html`<related-articles data-format="src rss" src=${urls.rss} limit="100" summaries></related-articles>
          <related-articles data-format="src atom" src=${urls.atom} limit="100" summaries></related-articles>
          <related-articles data-format="src json-feed" src=${urls.feed} limit="100" summaries></related-articles>
          <trending-panel data-format="src rss" src=${urls.rss} limit="100"></trending-panel>
          <trending-panel data-format="src lists" src=${urls.lists} limit="100"></trending-panel>`,
        5,
        30_000,
      );
      const problems = checkAll(container, outcomes);
      await sleep(30);
      expect(problems, problems.slice(0, 20).join('\n')).to.deep.equal([]);
      expect((container.querySelector('related-articles') as RelatedArticles).list!.items.length).to.be.at.least(V.length);
      expect(window.__xss).to.equal(undefined);
      expect(errors.stop()).to.deep.equal([]);
    });

    it('JSON-LD and JSON Feed articles in <news-article>, and sources in <source-list>', async () => {
      const article = {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Every vector',
        author: V.map(v => ({ '@type': 'Person', name: v, url: v })),
        image: V.map(v => ({ '@type': 'ImageObject', url: v, caption: v })),
        keywords: V,
        articleBody: V.join('\n\n'),
        citation: V.flatMap(v => [v, { '@type': 'CreativeWork', name: `${v} cited`, url: v, publisher: v }]),
      };
      const item = { id: '1', title: 'Every vector', url: 'https://example.com/all', content_html: V.map(htmlWith).join('\n') };
      const urls = {
        article: await store('xss-article', 'application/ld+json', JSON.stringify(article)),
        item: await store('xss-item', 'application/feed+json', JSON.stringify(item)),
        sources: await store('xss-sources', 'application/json', JSON.stringify(V.flatMap(sourceArray))),
      };
      const errors = watchErrors();
      const { container, outcomes } = await mountMany(
        html`<news-article data-format="src json-ld" src=${urls.article}></news-article>
          <news-article data-format="src json-feed" src=${urls.item}></news-article>
          <source-list data-format="src array" src=${urls.sources}></source-list>
          <source-list data-format="src article" src=${urls.article}></source-list>`,
        4,
      );
      const problems = checkAll(container, outcomes);
      await sleep(30);
      expect(problems, problems.slice(0, 20).join('\n')).to.deep.equal([]);
      expect(window.__xss).to.equal(undefined);
      expect(errors.stop()).to.deep.equal([]);
    });
  });
});
