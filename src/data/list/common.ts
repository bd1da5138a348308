/**
 * Pieces every list parser needs in the same form, so the six formats agree on what a card's
 * title, date, author line and picture are.
 */
import type { Picture } from '../model.js';
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
