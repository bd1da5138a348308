/** Defines `<related-articles>` (and nothing else). */
import { RelatedArticles } from './related-articles.js';

RelatedArticles.define('related-articles');

export { RelatedArticles };
export type { RelatedLabels, RelatedLayout } from './related-articles.js';
