/**
 * The README's server-rendering snippet as a user runs it: plain Node, no DOM shims, the packed
 * package imported by name. Prints the page's HTML.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'news-elements';
import { articleJsonLd, feed, feedArticle, itemList, rssText } from './fixtures.mjs';

const page = collectResultSync(render(html`
  <news-article .data=${articleJsonLd}>
    <source-list></source-list>
    <related-articles .data=${feed}></related-articles>
  </news-article>
  <trending-panel .data=${[feed, itemList, rssText]}></trending-panel>
  <news-article id="feed-article" .data=${feedArticle}></news-article>
  <news-article id="later" src="https://news.example/article.json"></news-article>`));
process.stdout.write(page);
