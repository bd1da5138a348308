/** Defines `<news-article>` (and nothing else). */
import { NewsArticle } from './news-article.js';

NewsArticle.define('news-article');

export { NewsArticle };
export type { ArticleLabels } from './news-article.js';
