import { createContext } from '@lit/context';
import type { Article } from '../data/model.js';

/**
 * The article a `<news-article>` shows, for elements nested inside it. A string key, so that
 * elements from two copies of the library still find each other.
 */
export const articleContext = createContext<Article | undefined>('news-elements/article');
