/** The public events, as small typed classes. All bubble and cross shadow boundaries. */
import type { Card, CardList, Source } from '../data/model.js';

export interface NewsLoadDetail<T = unknown> {
  /** The normalized data now rendered. */
  data: T;
  /** The URL it came from, when it came from `src`. */
  src?: string;
}

export interface NewsErrorDetail {
  /** A short message a publisher can act on, also shown in the element. */
  message: string;
  /** The URL that failed, when the data came from `src`. */
  src?: string;
}

export class NewsLoadEvent<T = unknown> extends CustomEvent<NewsLoadDetail<T>> {
  constructor(detail: NewsLoadDetail<T>) {
    super('news-load', { detail, bubbles: true, composed: true });
  }
}

export class NewsErrorEvent extends CustomEvent<NewsErrorDetail> {
  constructor(detail: NewsErrorDetail) {
    super('news-error', { detail, bubbles: true, composed: true });
  }
}

export interface NewsNavigateDetail {
  /** The item whose link the reader followed: a card, or a source in `<source-list>`. */
  item: Card | Source;
  /** The list the card belongs to, in `<related-articles>` and `<trending-panel>`. */
  list?: CardList;
  /** The absolute URL of the link. */
  url: string;
}

/**
 * A reader followed a link (click, Enter, middle-click). Cancel it with `preventDefault()` to
 * route in a single-page app instead of letting the browser navigate.
 */
export class NewsNavigateEvent extends CustomEvent<NewsNavigateDetail> {
  constructor(detail: NewsNavigateDetail) {
    super('news-navigate', { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** Fires `news-navigate` from `host` for a click on a link, cancelling the click when the host cancels the event. */
export function announceNavigation(host: HTMLElement, click: MouseEvent, detail: NewsNavigateDetail): void {
  const navigate = new NewsNavigateEvent(detail);
  host.dispatchEvent(navigate);
  if (navigate.defaultPrevented) click.preventDefault();
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-load': NewsLoadEvent;
    'news-error': NewsErrorEvent;
    'news-navigate': NewsNavigateEvent;
  }
}
