/**
 * What the library needs on a server (Node), set up once: an HTML and XML parser standing in for
 * the browser's `DOMParser`, so that `content_html`, RSS and Atom render there as in a browser.
 * It is jsdom's `DOMParser` (HTML by parse5, XML by saxes, both as the specifications say), loaded
 * the first time markup is read: pages whose data is all JSON text never load it. Its documents,
 * like the browser's, are inert (no scripts, no requests) and are read through the same allowlists.
 */
import { createRequire } from 'node:module';
import { useInertParser } from '../data/html-blocks.js';

interface Jsdom {
  JSDOM: new (html: string) => { window: { DOMParser: new () => DOMParser } };
}

let parser: DOMParser | undefined;

useInertParser((text, type) => {
  if (!parser) {
    const { JSDOM } = createRequire(import.meta.url)('jsdom') as Jsdom;
    parser = new (new JSDOM('').window.DOMParser)();
  }
  return parser.parseFromString(text, type);
});
