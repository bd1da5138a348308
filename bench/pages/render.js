/**
 * Render timing, Lit elements against the hand-written vanilla baseline, in one page. Everything
 * is driven from bench/run.mjs through `window.renderBench`. Data are fetched and parsed before
 * timing starts: the timed part is DOM work (element creation, data normalization, rendering),
 * style and layout, never the network.
 */
import { createArticleHost, renderArticle } from '../vanilla/article.js';
import { createTrendingHost, renderTrending } from '../vanilla/trending.js';

const stage = document.getElementById('stage');
const TRENDING_LIMIT = 50;

const [seed, trending] = await Promise.all([
  fetch('../../demo/data/seed-article.json').then(r => r.json()),
  fetch('../data/trending-50.json').then(r => r.json()),
]);
await Promise.all(['news-article', 'trending-panel'].map(tag => customElements.whenDefined(tag)));

/** The element's own constructed style sheets, so both sides style and lay out the same CSS. */
const sheetsOf = tag => customElements.get(tag).elementStyles.map(s => (s instanceof CSSStyleSheet ? s : s.styleSheet));

/** Two versions of each data set: the update switches between them (a new headline; a new ranking). */
const articleVersions = [seed, { ...seed, headline: 'NASA and Roscosmos Agree to Keep the ISS Flying Until 2030' }];
const trendingVersions = [trending, { ...trending, items: [...trending.items.slice(1), trending.items[0]] }];

/** A library element as a subject: created with `properties`, given `data`, re-rendered with new `data`. */
function litSubject(tag, versions, properties = {}) {
  return {
    versions,
    async mount(data) {
      const element = Object.assign(document.createElement(tag), properties, { data });
      stage.append(element);
      await element.updateComplete;
      return element;
    },
    async update(element, data) {
      element.data = data;
      await element.updateComplete;
    },
  };
}

/** Each subject: how to mount it with data, update it to the other version, and read its shadow root. */
const subjects = {
  'article:lit': litSubject('news-article', articleVersions),
  'article:vanilla': {
    versions: articleVersions,
    async mount(data) {
      const { host, root } = createArticleHost(sheetsOf('news-article'));
      renderArticle(root, data);
      stage.append(host);
      await null;
      return host;
    },
    async update(host, data) {
      renderArticle(host.shadowRoot, data);
      await null;
    },
  },
  'trending:lit': litSubject('trending-panel', trendingVersions, { limit: TRENDING_LIMIT }),
  'trending:vanilla': {
    versions: trendingVersions,
    async mount(data) {
      const { host, root } = createTrendingHost(sheetsOf('trending-panel'));
      renderTrending(root, data, TRENDING_LIMIT, document.documentElement.lang);
      stage.append(host);
      await null;
      return host;
    },
    async update(host, data) {
      renderTrending(host.shadowRoot, data, TRENDING_LIMIT, document.documentElement.lang);
      await null;
    },
  },
};

const collectGarbage = () => globalThis.gc?.();

/** One sample of a subject: first render (create + data + render + layout), then an update (+ layout). */
async function sample(name) {
  const subject = subjects[name];
  stage.replaceChildren();
  collectGarbage();
  let start = performance.now();
  const node = await subject.mount(subject.versions[0]);
  void node.offsetHeight;
  const first = performance.now() - start;
  collectGarbage();
  start = performance.now();
  await subject.update(node, subject.versions[1]);
  void node.offsetHeight;
  const update = performance.now() - start;
  stage.replaceChildren();
  return { first, update };
}

/** The shadow markup, Lit's comment markers removed and whitespace between tags ignored. */
function normalized(root) {
  return root.innerHTML
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Compares the markup of both sides, after the first render and after the update. */
async function compare(kind) {
  const lit = subjects[`${kind}:lit`];
  const vanilla = subjects[`${kind}:vanilla`];
  const result = {};
  stage.replaceChildren();
  const a = await lit.mount(lit.versions[0]);
  const b = await vanilla.mount(vanilla.versions[0]);
  result.first = diff(normalized(a.shadowRoot), normalized(b.shadowRoot));
  await lit.update(a, lit.versions[1]);
  await vanilla.update(b, vanilla.versions[1]);
  result.update = diff(normalized(a.shadowRoot), normalized(b.shadowRoot));
  result.chars = normalized(a.shadowRoot).length;
  result.elements = a.shadowRoot.querySelectorAll('*').length;
  stage.replaceChildren();
  return result;
}

function diff(lit, vanilla) {
  if (lit === vanilla) return { match: true };
  let i = 0;
  while (i < lit.length && lit[i] === vanilla[i]) i++;
  return { match: false, at: i, lit: lit.slice(Math.max(0, i - 80), i + 120), vanilla: vanilla.slice(Math.max(0, i - 80), i + 120) };
}

window.renderBench = { sample, compare, names: Object.keys(subjects), timerResolution: () => crossOriginIsolated };
window.renderBenchReady = true;
