/**
 * Text from a data field as the publisher meant it: JSON-LD and JSON Feed text fields often hold
 * entities (`&amp;`, `&#8217;`) and sometimes markup, which are read through the HTML allowlist
 * (entities decoded, tags dropped). A field that is nothing but markup (a lone `<script>`) keeps
 * its text as written instead of vanishing: it is shown as text, never inserted as HTML.
 */
import { htmlText } from './html-blocks.js';
import { cleanText } from './read.js';

export function publisherText(text: string): string {
  return htmlText(text) || cleanText(text);
}

/**
 * A title for an item that has none (micro-posts, valid in RSS and JSON Feed): the start of its
 * text, cut at a word boundary with an ellipsis; `undefined` when there is no text.
 */
export function titleFromText(text: string): string | undefined {
  const clean = cleanText(text);
  if (clean.length <= 80) return clean || undefined;
  const cut = clean.slice(0, 80);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 80).replace(/[\s,;:.–—-]+$/, '')}…`;
}
