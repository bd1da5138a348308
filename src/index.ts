/**
 * news-elements: importing this module defines every element.
 * Import `news-elements/news-article` (etc.) to define just one.
 */
import './news-article/define.js';
import './source-list/define.js';
import './related-articles/define.js';
import './trending-panel/define.js';

export * from './exports.js';
