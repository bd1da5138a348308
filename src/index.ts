/**
 * news-elements: importing this module defines every element.
 * Import `news-elements/news-article` (etc.) to define just one.
 */
export { NewsArticle } from './news-article/define.js';
export type { ArticleLabels } from './news-article/news-article.js';
export { NewsElement } from './internal/news-element.js';
export { NewsLoadEvent, NewsErrorEvent } from './internal/events.js';
export type { NewsLoadDetail, NewsErrorDetail } from './internal/events.js';
export { articleContext } from './internal/context.js';
export { parseArticle } from './data/article/index.js';
export { DataError } from './data/errors.js';
export { safeUrl } from './data/urls.js';
export { VERSION } from './internal/version.js';
export type * from './data/model.js';
