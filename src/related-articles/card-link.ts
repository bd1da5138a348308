import { html, type TemplateResult } from 'lit';
import type { Card, CardList } from '../data/model.js';
import { announceNavigation } from '../internal/events.js';

/**
 * A card's title as its one link (`part="link"`); `undefined` for a card without a URL. Shared by
 * the card lists (related articles, trending). The list, not each link, listens: see cardClicks.
 */
export function cardLink(card: Card): TemplateResult | undefined {
  return card.url ? html`<a part="link" href=${card.url}>${card.title}</a>` : undefined;
}

/**
 * The one click listener of a list of cards, its `<li>`s in the order of `cards`: a followed card
 * link is announced as a `news-navigate` (whose `preventDefault()` keeps the browser from following it).
 */
export function cardClicks(host: HTMLElement, cards: Card[], list: CardList): (event: MouseEvent) => void {
  return event => announceNavigation(host, event, 'link', cards, list);
}
