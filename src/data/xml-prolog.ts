/**
 * Feed text made fit for the XML parser before it sees it.
 *
 * Real feeds arrive with a BOM, blank lines or server junk before `<?xml`, a second or misspelt
 * declaration (`<?phpxml …?>`), or HTML entities (`&nbsp;`, from the Netscape RSS 0.91 DTD that no
 * browser loads): feed readers read them all, and the XML parser rejects each one outright. And a
 * feed may declare its own entities, which the parser would expand without limit (a 60 KB feed
 * becomes 50 MB of text and freezes the page). So everything before the root element goes (a
 * parsed string needs no encoding declaration, and a DTD is never fetched), with a warning when it
 * declared entities; and every entity reference XML does not predefine is decoded here, by the
 * inert HTML parser, or kept as literal text.
 */
import { warn } from './errors.js';
import { inertDocument } from './html-blocks.js';

/** The text from the root element on, with named entities XML does not know replaced. */
export function cleanFeedText(text: string): string {
  const [prolog] = PROLOG.exec(text)!;
  if (/<!ENTITY/i.test(prolog)) warn('', 'the feed declares entities (<!ENTITY>); they were not expanded');
  return decodeEntities(text.slice(prolog.length));
}

/**
 * Whether text is XML rather than JSON: after any BOM and whitespace it starts with markup that is
 * not an HTML page (which the JSON reader names as such). Prolog junk, a DOCTYPE or a comment may
 * come first; the root element then says which feed it is.
 */
export function startsLikeXml(text: string): boolean {
  return /^\s*<(?!(?:!doctype\s+html|html|head|body)\b)/i.test(text.slice(0, 200));
}

/**
 * What comes before the root element: whitespace, a BOM, stray text, processing instructions, a
 * DOCTYPE, comments (read whole: they may quote markup). The root is the first `<` and a name
 * outside a comment; whatever a DOCTYPE holds, the parser is handed none. Each part is read to its
 * end, or unclosed to the end of the text, so the match never backtracks.
 */
const PROLOG = /^(?:<!--[^]*?(?:-->|$)|<(?![A-Za-z_:\u00c0-\uffff])|[^<]+)*/;

/**
 * A CDATA section or a comment (read whole, also unclosed: their text is not markup), or a named
 * entity reference, but none to the entities every XML parser knows (`amp`, `lt`, `gt`, `quot`,
 * `apos`): all others would be an error without a DTD.
 */
const REFERENCES = /<!\[CDATA\[[^]*?(?:\]\]>|$)|<!--[^]*?(?:-->|$)|&(?!(?:amp|lt|gt|quot|apos);)([A-Za-z][\w.-]*);/g;

/**
 * Replaces named entity references XML does not predefine with their characters as HTML reads
 * them, as numeric references, so they mean the same in text and in attributes. All the distinct
 * names are decoded in one pass of the inert HTML parser, each in an attribute, where HTML keeps
 * unknown names (and `&notit;`, which text would read as `¬it;`) as written: those become
 * literal text, so an unknown entity costs its own characters, not the feed.
 */
function decodeEntities(text: string): string {
  const names = new Set<string>();
  for (const [, name] of text.matchAll(REFERENCES)) if (name) names.add(name);
  if (!names.size) return text;
  const list = [...names];
  const probes = inertDocument(list.map(name => `<br title="&${name};">`).join(''), 'text/html', 'an RSS or Atom feed').body.children;
  const decoded = new Map(
    list.map((name, i) => {
      const value = probes[i]?.getAttribute('title') ?? '';
      return [name, value === `&${name};` ? `&amp;${name};` : [...value].map(c => `&#${c.codePointAt(0)};`).join('')];
    }),
  );
  return text.replace(REFERENCES, (match, name?: string) => (name && decoded.get(name)) || match);
}
