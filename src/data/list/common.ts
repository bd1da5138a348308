/**
 * Pieces every list parser needs in the same form, so the six formats agree on what a card's
 * title, date, author line and picture are.
 */
import { DataError } from '../errors.js';
import type { Card } from '../model.js';
import { cleanText, defined } from '../read.js';
import { titleFromText } from '../text.js';

/** Author names as one byline, blanks and repeats left out: "Jane Doe, Ivan Petrenko". */
export function joinNames(names: Array<string | undefined>): string | undefined {
  return [...new Set(names.map(name => cleanText(name ?? '')).filter(Boolean))].join(', ') || undefined;
}

/**
 * An RSS item or Atom entry as a card, `rest` read only once it has a title: its own, else one
 * made from its text (with neither, a DataError). A summary the title already says is left out.
 */
export function feedCard(path: string, title: string, summary: string, rest: () => Omit<Card, 'title'>): Card {
  const shown = title || titleFromText(summary);
  if (!shown) throw new DataError(path, 'has no title and no text to make one from');
  // A title made from the text says it all when the text is short.
  return defined({ ...rest(), title: shown, summary: summary !== shown ? summary || undefined : undefined });
}
