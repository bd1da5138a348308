import { html, type TemplateResult } from 'lit';
import type { Card, CardList } from '../data/model.js';
import { announceNavigation } from '../internal/events.js';

/**
 * A card's title as its one link (`part="link"`), announced as a `news-navigate` when followed;
 * `undefined` for a card without a URL. Shared by the card lists (related articles, trending).
 */
export function cardLink(host: HTMLElement, card: Card, list: CardList): TemplateResult | undefined {
  const { url } = card;
  return url ? html`<a part="link" href=${url} @click=${(event: MouseEvent) => announceNavigation(host, event, { item: card, list, url })}>${card.title}</a>` : undefined;
}
