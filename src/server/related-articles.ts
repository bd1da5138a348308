/** `news-elements/related-articles` in Node (the `node` export): the element, with the server's markup parser. */
import './register.js';

export * from '../related-articles/define.js';
