/**
 * Choosing which cards a list shows: no duplicates, not the article being read, at most `limit`;
 * and reading the whole numbers elements take from attributes (limits, heading levels, the tab).
 */
import type { Card } from '../data/model.js';
import { remembered } from './memo.js';

/** A card's keys: its URL without a fragment or a trailing slash (so `/a/` and `/a#top` are one page), its id. */
function keysOf(card: Pick<Card, 'id' | 'url'>): string[] {
  return [card.url && `url:${card.url.replace(/\/?(#.*)?$/, '')}`, card.id && `id:${card.id}`].filter(Boolean) as string[];
}

/** Each card's keys with its title's, made once per card (models are never changed): a list filters its cards on every render. */
const cardKeys = new WeakMap<Card, string[]>();

export interface CardFilter {
  /** Articles to leave out, by URL or id (the article being read). */
  exclude?: Array<{ id?: string | undefined; url?: string | undefined }>;
  /** How many cards to keep at most. */
  limit: number;
}

/** The cards to show, in order: duplicates (same URL, id or title) and excluded articles removed. */
export function selectCards(cards: Card[], { exclude = [], limit }: CardFilter): Card[] {
  const seen = new Set(exclude.flatMap(keysOf));
  // A card is chosen for the cards before it only, so the first `limit` chosen are those a loop would stop at.
  return cards
    .filter(card => {
      const keys = remembered(cardKeys, card, () => [...keysOf(card), `title:${card.title.toLocaleLowerCase()}`]);
      const fresh = !keys.some(key => seen.has(key));
      if (fresh) keys.forEach(key => seen.add(key));
      return fresh;
    })
    .slice(0, limit);
}

/**
 * A whole number from an attribute (its fraction dropped): at most `max`; below `min`, or not a
 * number, `fallback`.
 */
export function wholeNumber(value: unknown, min: number, max: number, fallback: number): number {
  const n = Math.floor(Number(value));
  return Number.isFinite(n) && n >= min ? Math.min(n, max) : fallback;
}

/** `limit` from an attribute: a whole number of at least 1 (at most 100), else the element's default. */
export const clampLimit = (limit: unknown, fallback: number): number => wholeNumber(limit, 1, 100, fallback);
