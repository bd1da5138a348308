import { ContextConsumer } from '@lit/context';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Article, Source } from '../data/model.js';
import { parseSourceList } from '../data/sources.js';
import { articleContext } from '../internal/context.js';
import { DataController, type Parser } from '../internal/data-controller.js';
import { MAX_ARTICLE_BYTES } from '../internal/fetch-data.js';
import { remembered } from '../internal/memo.js';
import { announceNavigation } from '../internal/events.js';
import { clampLevel, renderHeading } from '../internal/heading.js';
import { NewsElement, skeletons } from '../internal/news-element.js';
import { Citations, citedSources, followInPageLink, renderSourceItems } from '../internal/sources.js';
import { hostStyles } from '../internal/styles.js';
import { sourceListStyles } from './source-list.styles.js';

/** The words the element shows around the data; set `labels` to translate them. */
export interface SourceListLabels {
  /** The heading, unless the `heading` attribute sets one: "Sources". */
  heading: string;
  /** The accessible name of the link from a source back to its citation: "Back to citation". */
  backToCitation: string;
  /** Announced while loading: "Loading sources…". */
  loading: string;
}

const DEFAULT_LABELS: SourceListLabels = {
  heading: 'Sources',
  backToCitation: 'Back to citation',
  loading: 'Loading sources…',
};

/** The sources to show, and which of them the article's text cites (those are numbered). */
interface SourceListModel {
  sources: Source[];
  cited: Set<string>;
}

/** One model per article, so the loader sees the same input while the article is unchanged. */
const fromArticle = new WeakMap<Article, SourceListModel>();

/** The sources parser, one function for every element, so that the elements a shared request answers share its model (see DataController). */
const readSources: Parser<SourceListModel> = (input, options) => ({ sources: parseSourceList(input, options), cited: new Set() });

/**
 * The sources an article cites, as a list with links where a URL is known and the outlet or
 * publisher beside each. Inside a `<news-article>` with no data of its own it lists that
 * article's sources, numbered when the text cites them inline, each linked to its citation and
 * back; it then takes the place of the article's own sources section (the article's `sources`
 * slot), on the server too.
 *
 * @tagname source-list
 * @summary A list of the sources an article cites.
 *
 * @slot heading - Replaces the default heading with the host's own markup.
 *
 * @fires {NewsLoadEvent} news-load - The sources were rendered; `detail.data` is `{ sources, cited }`.
 * @fires {NewsErrorEvent} news-error - The data could not be loaded or understood; `detail.message` says why.
 * @fires {NewsNavigateEvent} news-navigate - A reader followed a source's link; cancelable; `detail.item` is the source.
 *
 * @csspart heading - The default heading.
 * @csspart source-list - The `<ol>` (when cited inline) or `<ul>`.
 * @csspart source - Each source.
 * @csspart source-link - The link on a source's name.
 * @csspart publisher - The outlet or publisher beside a source.
 * @csspart back-link - The link from a source back to its first citation.
 * @csspart error - The error message.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssproperty --news-font-family - Font. Default: inherited.
 * @cssproperty --news-headline-font-family - Font of the heading. Default: the element's font.
 * @cssproperty --news-text-color - Text colour. Default: inherited (light), #e8eaed (dark).
 * @cssproperty --news-background - Background. Default: transparent (light), #16181c (dark).
 * @cssproperty --news-muted-color - Publisher names. Default: #585f69 / #aeb4bd.
 * @cssproperty --news-accent-color - Focus rings. Default: #0b57d0 / #8ab4f8.
 * @cssproperty --news-link-color - Links. Default: the accent colour.
 * @cssproperty --news-border-color - The rule above the list. Default: #d3d7dc / #3c4043.
 * @cssproperty --news-skeleton-color - Loading placeholder. Default: #e7e9ec / #2b2f35.
 * @cssproperty --news-error-background - Error background. Default: #fdeceb / #3c1d1b.
 * @cssproperty --news-error-color - Error text. Default: #8c1d18 / #f6c3bf.
 * @cssproperty --news-space - Base spacing unit. Default: 1rem.
 */
export class SourceList extends NewsElement {
  static override styles = [hostStyles, sourceListStyles];

  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** URL of the sources: an array of names/objects, or a whole article (its citations). */
  override src?: string;

  /** The sources as an array, or a whole article, already parsed; takes precedence over `src`. */
  override data?: unknown;


  /** The heading text. Default: "Sources" (or `labels.heading`). */
  heading?: string;

  /** The heading level, 2–6, to fit the page's outline. */
  headingLevel = 2;

  /** Replacement UI words, e.g. `{ heading: 'Quellen' }`. */
  labels: Partial<SourceListLabels> = {};

  readonly #article = new ContextConsumer(this, {
    context: articleContext,
    subscribe: true,
    // Inside an article, the list takes the place of the article's own sources section (its "sources" slot).
    callback: () => this.hasAttribute('slot') || this.setAttribute('slot', 'sources'),
  });

  readonly #loader = new DataController<SourceListModel>(this, {
    carried: model => model.sources,
    parse: readSources,
    noun: 'sources',
    maxBytes: MAX_ARTICLE_BYTES,
    inherited: () => {
      const article = this.#article.value;
      return article && remembered(fromArticle, article, () => ({ sources: article.sources, cited: citedSources(article.body) }));
    },
  });

  /** The sources currently shown. */
  get sources(): Source[] {
    return this.#loader.value?.sources ?? [];
  }

  protected override render(): TemplateResult | typeof nothing {
    const { value, error, state } = this.#loader;
    const labels = { ...DEFAULT_LABELS, ...this.labels };
    const alert = this.renderAlert(error);
    if (!value?.sources.length) {
      return !value && state === 'loading' ? this.renderLoading(labels.loading, skeletons('line,line,line,line')) : alert;
    }
    const citations = new Citations(value.sources, value.cited);
    return html`${alert}
      <section aria-labelledby="heading" @click=${(event: MouseEvent) => this.#onClick(event, citations.sources)}>
        ${renderHeading(clampLevel(this.headingLevel), this.heading ?? labels.heading)}
        ${renderSourceItems(citations, labels)}
      </section>`;
  }

  /** The list's one listener: a followed source link is announced; back-links lead to the citation in the surrounding article. */
  #onClick(event: MouseEvent, sources: Source[]): void {
    announceNavigation(this, event, 'source-link', sources);
    followInPageLink(event, this.renderRoot as ShadowRoot, this.closest('news-article'));
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'source-list': SourceList;
  }
}
