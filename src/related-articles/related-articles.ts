import { ContextConsumer } from '@lit/context';
import { html, isServer, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { parseCardList } from '../data/list/index.js';
import type { CardList } from '../data/model.js';
import { safeUrl } from '../data/urls.js';
import { clampLimit, selectCards } from '../internal/cards.js';
import { articleContext } from '../internal/context.js';
import { DataController } from '../internal/data-controller.js';
import { formatDate, prepareFormats } from '../internal/format.js';
import { clampLevel, headingTag, renderHeading } from '../internal/heading.js';
import { renderImage } from '../internal/image.js';
import { NewsElement, paragraph, skeletons } from '../internal/news-element.js';
import { cardListStyles, hostStyles } from '../internal/styles.js';
import { relatedStyles } from './related-articles.styles.js';
import { cardClicks, cardLink } from './card-link.js';

/** The words the element shows around the data; set `labels` to translate them. */
export interface RelatedLabels {
  /** The heading, unless the `heading` attribute sets one: "Related articles". */
  heading: string;
  /** Announced while loading: "Loading related articles…". */
  loading: string;
}

const DEFAULT_LABELS: RelatedLabels = {
  heading: 'Related articles',
  loading: 'Loading related articles…',
};

export type RelatedLayout = 'grid' | 'list' | 'compact';

/**
 * A "You may also like" block of article cards: the title as the one link, an image with its
 * aspect ratio reserved, the date, the section, and optionally a summary. It never shows the
 * article being read (the surrounding `<news-article>`, or `exclude`) and never shows a card twice.
 *
 * @tagname related-articles
 * @summary Cards linking to related articles, from a feed or list the publisher already has.
 *
 * @slot heading - Replaces the default heading with the host's own markup.
 *
 * @fires {NewsLoadEvent} news-load - The cards were rendered; `detail.data` is the normalized list.
 * @fires {NewsErrorEvent} news-error - The data could not be loaded or understood; `detail.message` says why.
 * @fires {NewsNavigateEvent} news-navigate - A reader followed a card's link; cancelable (call `preventDefault()` to route in an SPA); `detail.item` is the card, `detail.list` the list.
 *
 * @csspart heading - The default heading.
 * @csspart list - The list of cards.
 * @csspart card - Each card.
 * @csspart image - Each card's image.
 * @csspart label - Each card's section or label.
 * @csspart title - Each card's title heading.
 * @csspart link - Each card's link (the title).
 * @csspart summary - Each card's summary.
 * @csspart date - Each card's date.
 * @csspart error - The error message.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssproperty --news-font-family - Font. Default: inherited.
 * @cssproperty --news-headline-font-family - Font of the heading and card titles. Default: the element's font.
 * @cssproperty --news-text-color - Text colour. Default: inherited (light), #e8eaed (dark).
 * @cssproperty --news-background - Background. Default: transparent (light), #16181c (dark).
 * @cssproperty --news-muted-color - Dates and summaries. Default: #585f69 / #aeb4bd.
 * @cssproperty --news-accent-color - Labels and focus rings. Default: #0b57d0 / #8ab4f8.
 * @cssproperty --news-link-color - Card titles. Default: the text colour.
 * @cssproperty --news-border-color - Rules between cards. Default: #d3d7dc / #3c4043.
 * @cssproperty --news-skeleton-color - Loading placeholder and image background. Default: #e7e9ec / #2b2f35.
 * @cssproperty --news-card-min-width - Narrowest card in the grid layout. Default: 14rem.
 * @cssproperty --news-image-ratio - Aspect ratio of card images. Default: 16 / 9.
 * @cssproperty --news-radius - Corner radius. Default: 4px.
 * @cssproperty --news-space - Base spacing unit. Default: 1rem.
 */
export class RelatedArticles extends NewsElement {
  static override styles = [hostStyles, cardListStyles, relatedStyles];

  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    layout: { reflect: true },
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    summaries: { type: Boolean, reflect: true },
    exclude: {},
  };

  /** URL of the list: JSON Feed, RSS 2.0, Atom 1.0, schema.org ItemList, a plain array, or news-elements list JSON. */
  override src?: string;

  /** The list as an object or array, already parsed; takes precedence over `src`. */
  override data?: unknown;


  /** How many cards to show at most. */
  limit = 4;

  /** `grid` (cards with images), `list` (image beside text) or `compact` (titles and dates only). */
  layout: RelatedLayout = 'grid';

  /** The heading text. Default: "Related articles" (or `labels.heading`). */
  heading?: string;

  /** The heading level, 2–6; card titles are one level below. */
  headingLevel = 2;

  /** Show each card's summary (not in the compact layout). */
  summaries = false;

  /** The URL or id of an article to leave out, besides the surrounding `<news-article>`'s. */
  exclude?: string;

  /** Replacement UI words, e.g. `{ heading: 'Lesen Sie auch' }`. */
  labels: Partial<RelatedLabels> = {};

  /** The article being read, when the element sits inside a `<news-article>`. */
  readonly #article = new ContextConsumer(this, { context: articleContext, subscribe: true });

  readonly #loader = new DataController<CardList>(this, {
    parse: parseCardList,
    prepare: () => prepareFormats(this.locale(), this.zone),
    noun: 'related articles',
  });

  /** The list currently loaded (before filtering). */
  get list(): CardList | undefined {
    return this.#loader.value;
  }

  protected override render(): TemplateResult | typeof nothing {
    const { value: list, error, state } = this.#loader;
    const labels = { ...DEFAULT_LABELS, ...this.labels };
    const limit = clampLimit(this.limit, 4);
    const level = clampLevel(this.headingLevel);
    const compact = this.layout === 'compact';
    const alert = this.renderAlert(error);
    if (!list) {
      if (state !== 'loading') return alert;
      const card = html`<div class="card">
        ${compact ? nothing : skeletons('picture')}
        <div class="text">${skeletons('line,line short')}</div>
      </div>`;
      return this.renderLoading(labels.loading, html`${skeletons('heading-line')}<div class="cards">${Array.from({ length: limit }, () => card)}</div>`);
    }
    const current = this.#article.value;
    // (A relative `exclude` needs the page's URL, which a server does not know.)
    const exclude = [current ?? {}, { url: safeUrl(this.exclude, isServer ? undefined : document.baseURI), id: this.exclude }];
    const cards = selectCards(list.items, { exclude, limit });
    if (!cards.length) return alert;
    const locale = this.locale();
    const titleLevel = clampLevel(level + 1);
    return html`${alert}
      <section aria-labelledby="heading">
        ${renderHeading(level, this.heading ?? labels.heading)}
        <ul part="list" class="cards" role="list" @click=${cardClicks(this, cards, list)}>
          ${cards.map(
            card => html`<li part="card" class="card">
              ${card.image && !compact ? renderImage(card.image, true) : nothing}
              <div class="text">
                ${paragraph('label', !compact && card.label)} ${headingTag(titleLevel, cardLink(card) ?? card.title, 'title')}
                ${paragraph('summary', this.summaries && !compact && card.summary)}
                ${card.date ? html`<time part="date" datetime=${card.date}>${formatDate(card.date, locale, false, this.zone)}</time>` : nothing}
              </div>
            </li>`,
          )}
        </ul>
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'related-articles': RelatedArticles;
  }
}
