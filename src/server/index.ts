/** news-elements in Node (the package's `node` export): every element, with the server's markup parser. */
import './register.js';

export * from '../index.js';
