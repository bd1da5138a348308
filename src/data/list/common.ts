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
