import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { parseCardLists } from '../data/list/index.js';
import type { CardList } from '../data/model.js';
import { clampLimit, selectCards, wholeNumber } from '../internal/cards.js';
import { DataController } from '../internal/data-controller.js';
import { formatDate, formatRelative, prepareFormats } from '../internal/format.js';
import { clampLevel, renderHeading } from '../internal/heading.js';
import { NewsElement, skeletons } from '../internal/news-element.js';
import { cardListStyles, hostStyles } from '../internal/styles.js';
import { RefreshController } from './refresh-controller.js';
import { trendingStyles } from './trending-panel.styles.js';
import { cardClicks, cardLink } from '../related-articles/card-link.js';

/** The words the element shows around the data; set `labels` to translate them. */
export interface TrendingLabels {
  /** The accessible name of the tab list when there is no `heading`: "Trending". */
  tabs: string;
  /** The heading of a single list without a title: "Trending". */
  heading: string;
  /** Announced while loading: "Loading…". */
  loading: string;
}

const DEFAULT_LABELS: TrendingLabels = {
  tabs: 'Trending',
  heading: 'Trending',
  loading: 'Loading…',
};

/**
 * A sidebar of ranked lists — "Recent", "Trending", "Weekly Wrap" — one tab per list, following
 * the WAI-ARIA tabs pattern (arrow keys, Home/End, automatic activation). A single list renders
 * without tabs. Times are relative ("3 hours ago") with the absolute date in `<time datetime>`.
 * With `refresh`, it fetches `src` again at that interval while the page is visible, keeping
 * what it shows when a refresh fails.
 *
 * @tagname trending-panel
 * @summary Ranked lists of articles in tabs, from the feeds a publisher already has.
 *
 * @slot heading - Replaces the default heading with the host's own markup.
 *
 * @fires {NewsLoadEvent} news-load - Lists were rendered; `detail.data` is the array of normalized lists.
 * @fires {NewsErrorEvent} news-error - The data could not be loaded or understood (or a refresh failed); `detail.message` says why.
 * @fires {NewsNavigateEvent} news-navigate - A reader followed an item's link; cancelable; `detail.item` is the item, `detail.list` its list.
 *
 * @csspart heading - The heading (single list, or when `heading` is set).
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab.
 * @csspart panel - Each tab panel.
 * @csspart list - Each ranked list.
 * @csspart item - Each item.
 * @csspart rank - Each item's rank number.
 * @csspart link - Each item's link.
 * @csspart meta - The line with an item's label and time.
 * @csspart label - Each item's section or label.
 * @csspart time - Each item's relative time.
 * @csspart error - The error message.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssproperty --news-font-family - Font. Default: inherited.
 * @cssproperty --news-headline-font-family - Font of the heading and tabs. Default: the element's font.
 * @cssproperty --news-text-color - Text colour. Default: inherited (light), #e8eaed (dark).
 * @cssproperty --news-background - Background. Default: transparent (light), #16181c (dark).
 * @cssproperty --news-muted-color - Times and labels. Default: #585f69 / #aeb4bd.
 * @cssproperty --news-accent-color - Selected tab, rank numbers, focus rings. Default: #0b57d0 / #8ab4f8.
 * @cssproperty --news-link-color - Item titles. Default: the text colour.
 * @cssproperty --news-border-color - Rules. Default: #d3d7dc / #3c4043.
 * @cssproperty --news-skeleton-color - Loading placeholder. Default: #e7e9ec / #2b2f35.
 * @cssproperty --news-error-background - Error background. Default: #fdeceb / #3c1d1b.
 * @cssproperty --news-error-color - Error text. Default: #8c1d18 / #f6c3bf.
 * @cssproperty --news-space - Base spacing unit. Default: 1rem.
 */
export class TrendingPanel extends NewsElement {
  static override styles = [hostStyles, cardListStyles, trendingStyles];

  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    selected: { type: Number },
    refresh: { type: Number },
  };

  /** URL of the data: an array of lists (one tab each), or one list (JSON Feed, RSS, Atom, ItemList, array, news-elements list JSON). */
  override src?: string;

  /** The lists as objects, already parsed; takes precedence over `src`. */
  override data?: unknown;


  /** How many items each list shows at most. */
  limit = 5;

  /** The heading text. Default: a single list's title; none above tabs. */
  heading?: string;

  /** The heading level, 2–6. */
  headingLevel = 2;

  /** The index of the selected tab. */
  selected = 0;

  /** Seconds between re-fetches of `src`; 0 (the default) never refreshes. Paused while the page is hidden. */
  refresh = 0;

  /** Replacement UI words, e.g. `{ tabs: 'Meistgelesen' }`. */
  labels: Partial<TrendingLabels> = {};

  readonly #loader = new DataController<CardList[]>(this, {
    parse: parseCardLists,
    prepare: () => prepareFormats(this.locale(), this.zone),
    noun: 'lists',
  });

  constructor() {
    super();
    new RefreshController(this, {
      inputs: () => ({ src: this.src, seconds: this.refresh }),
      refresh: () => this.#loader.reload(),
    });
  }

  /** The lists currently loaded. */
  get lists(): CardList[] {
    return this.#loader.value ?? [];
  }

  protected override render(): TemplateResult | typeof nothing {
    const { value: lists, error, state } = this.#loader;
    const labels = { ...DEFAULT_LABELS, ...this.labels };
    const limit = clampLimit(this.limit, 5);
    const alert = this.renderAlert(error);
    if (!lists?.length) {
      return !lists && state === 'loading' ? this.renderLoading(labels.loading, skeletons(`tabs-line${',item-line'.repeat(limit)}`)) : alert;
    }
    const level = clampLevel(this.headingLevel);
    if (lists.length === 1) {
      const list = lists[0]!;
      return html`${alert}
        <section aria-labelledby="heading">
          ${renderHeading(level, this.heading ?? list.title ?? labels.heading)} ${this.#renderList(list, limit)}
        </section>`;
    }
    const selected = this.#selectedIndex;
    return html`${alert} ${this.heading ? renderHeading(level, this.heading) : nothing}
      <div role="tablist" part="tabs" class="tabs" aria-label=${this.heading ?? labels.tabs} @keydown=${this.#onTabKeydown}>
        ${lists.map(
          (list, index) =>
            html`<button
              type="button"
              role="tab"
              part="tab"
              id="tab-${index}"
              aria-selected=${index === selected}
              aria-controls="panel-${index}"
              tabindex=${index === selected ? 0 : -1}
              @click=${() => (this.selected = index)}
            >
              ${list.title ?? index + 1}
            </button>`,
        )}
      </div>
      ${lists.map(
        (list, index) =>
          html`<div role="tabpanel" part="panel" id="panel-${index}" aria-labelledby="tab-${index}" tabindex="0" ?hidden=${index !== selected}>
            ${this.#renderList(list, limit)}
          </div>`,
      )}`;
  }

  /** The selected tab's index, within the lists loaded. */
  get #selectedIndex(): number {
    return wholeNumber(this.selected, 0, this.lists.length - 1, 0);
  }

  #renderList(list: CardList, limit: number): TemplateResult {
    const locale = this.locale();
    const now = Date.now();
    const items = selectCards(list.items, { limit });
    return html`<ol part="list" class="ranked" role="list" @click=${cardClicks(this, items, list)}>
      ${items.map(
        (item, index) => html`<li part="item" class="item">
          <span part="rank" class="rank" aria-hidden="true">${index + 1}</span>
          <span class="text"
            >${cardLink(item) ?? html`<span>${item.title}</span>`}${item.label || item.date
              ? html`<span part="meta" class="meta">
                  ${item.label ? html`<span part="label">${item.label}</span>` : nothing}
                  ${item.date
                    ? html`<time part="time" datetime=${item.date} title=${formatDate(item.date, locale, true, this.zone)}
                        >${formatRelative(item.date, locale, now)}</time
                      >`
                    : nothing}
                </span>`
              : nothing}</span
          >
        </li>`,
      )}
    </ol>`;
  }

  /** Arrow keys move between tabs and select as they go (automatic activation), focus following; Home/End jump. */
  async #onTabKeydown(event: KeyboardEvent): Promise<void> {
    const count = this.lists.length;
    const current = this.#selectedIndex;
    const forward = getComputedStyle(this).direction === 'rtl' ? -1 : 1;
    const moves: Record<string, number> = {
      ArrowRight: (current + forward + count) % count,
      ArrowLeft: (current - forward + count) % count,
      Home: 0,
      End: count - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.selected = next;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trending-panel': TrendingPanel;
  }
}
