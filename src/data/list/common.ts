/**
 * Pieces every list parser needs in the same form, so the six formats agree on what a card's
 * title, date, author line and picture are.
 */
import { DataError, at, joinPath, lenient } from '../errors.js';
import type { Card, Picture } from '../model.js';
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
 * The same error, its path moved under `prefix` — for a part parsed on its own (one article of an
 * ItemList) whose errors must still say where they are in the whole.
 * `from` is the path the part had where it was parsed, if not the root.
 */
export function moveError(error: DataError, prefix: string, from = ''): DataError {
  const inner = error.path.startsWith(from) ? error.path.slice(from.length).replace(/^\./, '') : error.path;
  return new DataError(joinPath(prefix, inner), error.problem);
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

/**
 * Reads a list's items one by one: an item whose reading throws a DataError is dropped and
 * reported as a warning (paths `items[3]…`), so one bad item never blanks the list. A list with
 * no items is an empty list; one whose items all fail is an error.
 */
export function readItems<T>(items: readonly T[], read: (item: T, path: string) => Card): Card[] {
  const cards = items.flatMap((item, i) => lenient(() => [read(item, at('items', i))], []));
  if (items.length && !cards.length) throw new DataError('items', `none of the ${items.length} items can be shown`);
  return cards;
}
