/**
 * news-elements: importing this module defines every element.
 * Import `news-elements/news-article` (etc.) to define just one.
 */
export { NewsArticle } from './news-article/define.js';
export { SourceList } from './source-list/define.js';
export { RelatedArticles } from './related-articles/define.js';
export { TrendingPanel } from './trending-panel/define.js';
export type { ArticleLabels } from './news-article/news-article.js';
export type { SourceListLabels } from './source-list/source-list.js';
export type { RelatedLabels, RelatedLayout } from './related-articles/related-articles.js';
export type { TrendingLabels } from './trending-panel/trending-panel.js';
export { NewsElement } from './internal/news-element.js';
export { NewsLoadEvent, NewsErrorEvent, NewsNavigateEvent } from './internal/events.js';
export type { NewsLoadDetail, NewsErrorDetail, NewsErrorKind, NewsNavigateDetail } from './internal/events.js';
export { articleContext } from './internal/context.js';
export { parseArticle } from './data/article/index.js';
export { parseCardList, parseCardLists } from './data/list/index.js';
export { parseSourceList } from './data/sources.js';
export { DataError, collectWarnings } from './data/errors.js';
export type { DataProblem } from './data/errors.js';
export { safeUrl } from './data/urls.js';
export { VERSION } from './internal/version.js';
export type * from './data/model.js';
