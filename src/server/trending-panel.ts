/** `news-elements/trending-panel` in Node (the `node` export): the element, with the server's markup parser. */
import './register.js';

export * from '../trending-panel/define.js';
