/** The public events, as small typed classes. All bubble and cross shadow boundaries. */

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

declare global {
  interface GlobalEventHandlersEventMap {
    'news-load': NewsLoadEvent;
    'news-error': NewsErrorEvent;
  }
}
