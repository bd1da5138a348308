/**
 * XML feed text → CardList: the text is cleaned and parsed once, and its root element says which
 * feed it is (`<rss>` and `<rdf:RDF>` for RSS, `<feed>` for Atom), so nothing downstream sniffs again.
 */
import type { CardList } from '../model.js';
import { parseXml } from '../xml.js';
import { parseAtom } from './atom.js';
import { parseRss } from './rss.js';

export function parseFeedText(text: string, base?: string): CardList {
  const doc = parseXml(text);
  return doc.documentElement.localName === 'feed' ? parseAtom(doc, base) : parseRss(doc, base);
}
