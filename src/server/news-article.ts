/** `news-elements/news-article` in Node (the `node` export): the element, with the server's markup parser. */
import './register.js';

export * from '../news-article/define.js';
