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
 * A card title made from an item's text, for items without one (valid in RSS and JSON Feed:
 * microblog posts): the text whole when it is short, else cut at the last word boundary before
 * `max` characters (inside a word longer than that), with an ellipsis. `undefined` with no text.
 */
export function titleFromText(text: string, max = 80): string | undefined {
  const clean = cleanText(text);
  // One character more shows whether the last word is whole; a half word goes, then trailing
  // punctuation and half a surrogate pair.
  return clean.length > max ? `${clean.slice(0, max + 1).replace(/(\S)\s+\S*$/, '$1').slice(0, max).replace(/[\s.,;:!?…–—\-\ud800-\udbff]+$/, '')}…` : clean || undefined;
}
