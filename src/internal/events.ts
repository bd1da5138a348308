/** The public events, as small typed classes. All bubble and cross shadow boundaries. */
import type { DataProblem } from '../data/errors.js';
import { defined } from '../data/read.js';
import type { Card, CardList, Source } from '../data/model.js';

export interface NewsLoadDetail<T = unknown> {
  /** The normalized data now rendered. */
  data: T;
  /** The URL it came from, when it came from `src`. */
  src?: string;
  /** What was dropped so that the rest could render (a field or item that could not be used); empty when nothing was. */
  warnings: DataProblem[];
}

/**
 * Why a load failed: `url` (the `src` is not an allowed URL), `network` (no answer, or the body
 * was cut off), `timeout` (no whole answer within `timeout`), `http` (an error status),
 * `too-large` (over the size limit), `data` (the data are not usable).
 */
export type NewsErrorKind = 'url' | 'network' | 'timeout' | 'http' | 'too-large' | 'data';

export interface NewsErrorDetail {
  /** A short message a publisher can act on, also shown in the element. */
  message: string;
  /** Why it failed. */
  kind: NewsErrorKind;
  /** The HTTP status, when the server answered with an error status. */
  status?: number;
  /** Where in the data the problem is (`author[1].name`), for `kind: 'data'`; `''` for the document as a whole. */
  path?: string;
  /** The problem itself, without the path, for `kind: 'data'`. */
  problem?: string;
  /** The URL that failed, when the data came from `src` (without any user name or password). */
  src?: string;
}

/** What every public event shares: it bubbles and crosses shadow boundaries. */
class NewsEvent<D> extends CustomEvent<D> {
  constructor(type: string, detail: D, cancelable?: boolean) {
    super(type, { detail, bubbles: true, composed: true, cancelable });
  }
}

export class NewsLoadEvent<T = unknown> extends NewsEvent<NewsLoadDetail<T>> {
  constructor(detail: NewsLoadDetail<T>) {
    super('news-load', detail);
  }
}

export class NewsErrorEvent extends NewsEvent<NewsErrorDetail> {
  constructor(detail: NewsErrorDetail) {
    super('news-error', detail);
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
export class NewsNavigateEvent extends NewsEvent<NewsNavigateDetail> {
  constructor(detail: NewsNavigateDetail) {
    super('news-navigate', detail, true);
  }
}

/**
 * For a list's one click listener, its `<li>`s in the order of `items`: fires `news-navigate` from
 * `host` when `click` followed the link (of `part`) of an item with a URL, and cancels the click
 * when the host cancels the event. `list` is the card list the items belong to, if any.
 */
export function announceNavigation(host: HTMLElement, click: MouseEvent, part: string, items: Array<Card | Source>, list?: CardList): void {
  const li = (click.composedPath()[0] as Element).closest?.(`a[part~="${part}"]`)?.closest('li');
  const item = li && items[[...li.parentElement!.children].indexOf(li)];
  if (!item?.url) return;
  // The detail names a list only where there is one.
  const navigate = new NewsNavigateEvent(defined({ item, list, url: item.url }));
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
