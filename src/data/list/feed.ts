/**
 * XML feed text → CardList: the text is cleaned and parsed once, and its root element says which
 * feed it is (`<rss>` and `<rdf:RDF>` for RSS, `<feed>` for Atom), so nothing downstream sniffs again.
 */
import type { CardList } from '../model.js';
import { parseXml } from '../xml.js';
import { readAtom } from './atom.js';
import { readRss } from './rss.js';

export function parseFeedText(text: string, base?: string): CardList {
  const root = parseXml(text).documentElement;
  // Anything but a <feed> is RSS or no feed, which readRss names.
  return root.localName === 'feed' ? readAtom(root, base) : readRss(root, base);
}
