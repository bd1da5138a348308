/**
 * What the render benchmarks render, shared by the warm page (render.js: many samples in one page)
 * and the fresh page (fresh.js: one sample per brand-new page): the data, and each subject — the
 * Lit element or the hand-written vanilla baseline — as something to mount with data and update.
 */
import { createArticleHost, renderArticle } from '../vanilla/article.js';
import { createTrendingHost, renderTrending } from '../vanilla/trending.js';

export const TRENDING_LIMIT = 50;

/** The seed article and the 50-item JSON Feed, fetched and parsed (never part of a timed step). */
export async function loadBenchData() {
  const [seed, trending] = await Promise.all([
    fetch(new URL('../../demo/data/seed-article.json', import.meta.url)).then(r => r.json()),
    fetch(new URL('../data/trending-50.json', import.meta.url)).then(r => r.json()),
  ]);
  await Promise.all(['news-article', 'trending-panel'].map(tag => customElements.whenDefined(tag)));
  return { seed, trending };
}

/** The element's own constructed style sheets, so both sides style and lay out the same CSS. */
const sheetsOf = tag => customElements.get(tag).elementStyles.map(s => (s instanceof CSSStyleSheet ? s : s.styleSheet));

/** A library element as a subject: created with `properties`, given `data`, re-rendered with new `data`. */
function litSubject(stage, tag, versions, properties = {}) {
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

/**
 * Each subject ('article:lit', 'article:vanilla', 'trending:lit', 'trending:vanilla'), rendering
 * into `stage`: how to mount it with data, update it to the other version, and read its shadow root.
 * Two versions of each data set: the update switches between them (a new headline; a new ranking).
 */
export function createSubjects(stage, { seed, trending }) {
  const articleVersions = [seed, { ...seed, headline: 'NASA and Roscosmos Agree to Keep the ISS Flying Until 2030' }];
  const trendingVersions = [trending, { ...trending, items: [...trending.items.slice(1), trending.items[0]] }];
  return {
    'article:lit': litSubject(stage, 'news-article', articleVersions),
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
    'trending:lit': litSubject(stage, 'trending-panel', trendingVersions, { limit: TRENDING_LIMIT }),
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
}

/** First render of a subject: create + data + render + forced style and layout, in milliseconds. */
export async function timeFirstRender(subject) {
  const start = performance.now();
  const node = await subject.mount(subject.versions[0]);
  void node.offsetHeight;
  return { node, first: performance.now() - start };
}
