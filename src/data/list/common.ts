/**
 * Pieces every list parser needs in the same form, so the six formats agree on what a card's
 * title, date, author line and picture are.
 */
import { DataError, joinPath } from '../errors.js';
import { htmlToBlocks } from '../html-blocks.js';
import type { Block, Inline, Picture } from '../model.js';
import { cleanText } from '../read.js';

/** Author names as one byline, blanks and repeats left out: "Jane Doe, Ivan Petrenko". */
export function joinNames(names: Iterable<string | undefined>): string | undefined {
  const unique = new Set<string>();
  for (const name of names) {
    const clean = cleanText(name ?? '');
    if (clean) unique.add(clean);
  }
  return unique.size ? [...unique].join(', ') : undefined;
}

/** An RFC 822 date as RSS writes it: "Tue, 29 Jul 2025 14:05:00 +0000" (day name and time optional). */
const RFC_822 = /^(?:[a-z]+,?\s*)?\d{1,2}\s+[a-z]{3,}\.?\s+\d{2,4}(?:\s+\d{1,2}:\d{2}|\s*$)/i;
const ISO_8601 = /^\d{4}-\d{2}-\d{2}/;

/**
 * A feed's date (ISO 8601 as Atom writes it, or RFC 822 as RSS does) as an ISO 8601 string.
 * Feeds are machine-written and often sloppy, so a date that cannot be read is left out rather
 * than rejecting the feed. The shape is checked first because `Date.parse` alone accepts almost
 * anything ("Episode 12" is a date to it).
 */
export function feedDate(text: string | undefined): string | undefined {
  const value = cleanText(text ?? '');
  if (ISO_8601.test(value)) return Number.isNaN(Date.parse(value)) ? undefined : value;
  if (!RFC_822.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** What a card keeps of a picture: captions and credits belong to an article page, not a card. */
export function cardPicture(picture: Picture | undefined): Picture | undefined {
  if (!picture) return undefined;
  const { url, alt, width, height } = picture;
  const card: Picture = { url };
  if (alt) card.alt = alt;
  if (width) card.width = width;
  if (height) card.height = height;
  return card;
}

/**
 * Publisher HTML (an RSS title or description, an Atom `type="html"` text) as one line of plain
 * text, read through the same allowlist as article bodies, so scripts, styles and embeds are
 * dropped with their text. Text without `<` or `&` cannot hold markup, so it skips the HTML parser.
 */
export function htmlText(html: string): string {
  return cleanText(/[<&]/.test(html) ? htmlToBlocks(html).map(blockText).join(' ') : html);
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'list':
      return block.items.map(inlineText).join(' ');
    case 'image':
      return '';
    default:
      return inlineText(block.content);
  }
}

function inlineText(inlines: Inline[]): string {
  return inlines.map(inline => (typeof inline === 'string' ? inline : inline.type === 'cite' ? '' : inlineText(inline.content))).join('');
}

/**
 * The same error, its path moved under `prefix` — for a part parsed on its own (one article of an
 * ItemList) whose errors must still say where they are in the whole.
 * `from` is the path the part had where it was parsed, if not the root.
 */
export function moveError(error: DataError, prefix: string, from = ''): DataError {
  const inner = error.path.startsWith(from) ? error.path.slice(from.length).replace(/^\./, '') : error.path;
  return new DataError(joinPath(prefix, inner), error.problem);
}
