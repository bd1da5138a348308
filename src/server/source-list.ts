/** `news-elements/source-list` in Node (the `node` export): the element, with the server's markup parser. */
import './register.js';

export * from '../source-list/define.js';
