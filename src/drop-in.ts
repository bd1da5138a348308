/**
 * The drop-in bundle's entry: every element, with Lit inlined. On a page that holds
 * server-rendered elements (declarative shadow roots), it first loads Lit's hydration support
 * from the file beside it (drop-in-hydration.ts), so that the elements keep the server's nodes
 * rather than rendering again; other pages never load that file.
 */
import { LitElement } from 'lit';
import { NewsArticle, RelatedArticles, SourceList, TrendingPanel } from './exports.js';

export * from './exports.js';

function defineAll(): void {
  // The article first: the elements nested in it ask it for its data as they connect.
  NewsArticle.define('news-article');
  SourceList.define('source-list');
  RelatedArticles.define('related-articles');
  TrendingPanel.define('trending-panel');
}

/** Module scripts run once the page is parsed, so the server's elements are all there by now. */
const serverRendered = [...document.querySelectorAll('news-article, source-list, related-articles, trending-panel')].filter(el => el.shadowRoot);

if (serverRendered.length) {
  import('./drop-in-hydration.js')
    .then(({ supportHydration }) => supportHydration(LitElement))
    // Without it (the browser reports the failed request) Lit would render beside the server's
    // content: the elements render afresh instead.
    .catch(() => serverRendered.forEach(el => el.shadowRoot!.replaceChildren()))
    .then(defineAll);
} else {
  defineAll();
}
