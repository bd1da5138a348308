/**
 * Limits on publisher HTML, checked before the HTML parser sees it: the parser itself is what
 * freezes the page (Chromium needs ~20 s for 100k nested tags, about 0.4 s for a million flat ones),
 * and it cannot be interrupted. HTML over a limit is read as plain text instead.
 *
 * The limits, measured in Chromium 156 on this project's machine (`node bench/html-hostile.mjs`):
 * - depth: parsing is quadratic in nesting (512 levels: 3 ms; 5,000: 57 ms; 100k: 20 s), while real
 *   articles nest a few dozen levels (page builders about 40). 512 is also where Chromium and WebKit
 *   stop nesting the DOM on their own.
 * - tags (start and end tags counted alike): parsing and converting cost 1–4 µs per tag (20k
 *   tags: 60–80 ms). Real articles hold a few thousand (the largest item in the real-world corpus
 *   has 2,300 start tags; a 2 MB article with 1,000 paragraphs, 6,000), so 20k keeps them whole.
 *   Past the conversion, the body renderer spends 30–60 µs per block: 20k unclosed `<p>` (a block
 *   per tag) still take 0.6 s to show, which only incremental rendering could bound.
 * With the limits, 100k nested tags take 10–50 ms and a million tags 30–100 ms (plain text);
 * the ranges are runs on a shared 2-core machine.
 */
export const MAX_HTML_DEPTH = 512;
export const MAX_HTML_TAGS = 20_000;

/** Elements that never hold others (void) or that the parser closes by itself, so they never deepen the tree. */
const FLAT = /^(?:area|br|col|embed|hr|img|input|link|meta|source|wbr|p|li|d[dt]|option|t[dhr])$/;

/**
 * Why `html` is too complex to hand to the HTML parser ("with more than 20000 tags"), or `undefined`. A linear scan of its tags
 * that stops at the first limit crossed; a closing tag closes what it matches, as the parser does,
 * so sloppy real-world markup (an unclosed `<span>` in every `<div>`) does not count as deep.
 */
export function overLimit(html: string): string | undefined {
  const tags = /<(\/?)([a-zA-Z][^\s/>]*)/g;
  const open: string[] = [];
  let count = 0;
  for (let tag; (tag = tags.exec(html)); ) {
    if (++count > MAX_HTML_TAGS) return `with more than ${MAX_HTML_TAGS} tags`;
    const name = tag[2].toLowerCase();
    if (FLAT.test(name)) continue;
    if (!tag[1]) {
      if (open.push(name) > MAX_HTML_DEPTH) return `nested more than ${MAX_HTML_DEPTH} elements deep`;
    } else {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
    }
  }
  return undefined;
}

/**
 * How much of the text of HTML over the limits is shown: laying out text costs the browser about
 * 0.25 ms per kilobyte, so the 4 MB of text a million tags can hold would freeze the page for a
 * second; 100,000 characters (a very long article) take about 25 ms.
 */
export const MAX_PLAIN_TEXT = 100_000;
/** And of how much HTML it is taken: removing the tags of 8 MB (a million of them) takes 350 ms, of 1 MB 45 ms. */
const MAX_PLAIN_HTML = 1_000_000;

/**
 * The text of HTML over the limits, ready for the parser to decode its entities and nothing else:
 * scripts, styles and comments go with their content, every tag becomes a space, any `<` left
 * (`a < b`) is escaped, so the parser meets no tag at all; only the first MAX_PLAIN_HTML characters
 * are read, and their text is cut to MAX_PLAIN_TEXT.
 * Linear regular expressions only.
 */
export function markupRemoved(html: string): string {
  return html
    .slice(0, MAX_PLAIN_HTML)
    .replace(/<(script|style)\b[^]*?(<\/\1\s*>|$)|<!--[^]*?(-->|$)|<[/!?]?[a-zA-Z][^>]*>?/gi, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, MAX_PLAIN_TEXT)
    .replace(/</g, '&lt;');
}
