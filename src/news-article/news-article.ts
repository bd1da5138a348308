import { ContextProvider } from '@lit/context';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { parseArticle } from '../data/article/index.js';
import type { Article } from '../data/model.js';
import { articleContext } from '../internal/context.js';
import { DataController } from '../internal/data-controller.js';
import { MAX_ARTICLE_BYTES } from '../internal/fetch-data.js';
import { directionOf, formatDate, listParts, prepareFormats } from '../internal/format.js';
import { NewsElement, paragraph, skeletons } from '../internal/news-element.js';
import { headingTag } from '../internal/heading.js';
import { hostStyles } from '../internal/styles.js';
import { articleStyles } from './news-article.styles.js';
import { Citations, citedSources, followInPageLink, renderSourceItems } from '../internal/sources.js';
import { renderBlocks, renderFigure } from './render-body.js';

/** The words the element shows around the data; set `labels` to translate them. */
export interface ArticleLabels {
  /** Before the author names: "By". */
  by: string;
  /** Before the publication date: "Published". */
  published: string;
  /** Before the modification date: "Updated". */
  updated: string;
  /** The sources section heading: "Sources". */
  sources: string;
  /** The accessible name of the tag list: "Tags". */
  tags: string;
  /** Announced while loading: "Loading article…". */
  loading: string;
  /** The link from a source back to where the text cites it: "Back to citation". */
  backToCitation: string;
}

const DEFAULT_LABELS: ArticleLabels = {
  by: 'By',
  published: 'Published',
  updated: 'Updated',
  sources: 'Sources',
  tags: 'Tags',
  loading: 'Loading article…',
  backToCitation: 'Back to citation',
};

/**
 * One whole news article: section, headline, standfirst, byline, dates, lead image, body, tags
 * and sources, from schema.org JSON-LD, a JSON Feed item or news-elements article JSON.
 *
 * @tagname news-article
 * @summary Renders a news article from the JSON a publisher already has.
 *
 * @slot - Elements shown after the article, such as `<related-articles>`; they receive the article through context.
 * @slot sources - Where the article's own sources section is, replaced by a nested `<source-list>` (which puts itself here).
 *
 * @fires {NewsLoadEvent} news-load - The article was rendered; `detail.data` is the normalized article, `detail.src` its URL.
 * @fires {NewsErrorEvent} news-error - The data could not be loaded or understood; `detail.message` says why (also shown in the element).
 *
 * @csspart article - The `<article>` wrapper.
 * @csspart header - The header holding section, headline, standfirst, byline and dates.
 * @csspart section - The kicker / section name above the headline.
 * @csspart headline - The headline, the article's only `h1`.
 * @csspart standfirst - The standfirst (summary) under the headline.
 * @csspart byline - The byline paragraph.
 * @csspart author - Each author (a link when the author has a URL).
 * @csspart dates - The paragraph with the published and updated dates.
 * @csspart figure - The lead image and each body image figure.
 * @csspart image - Each image.
 * @csspart caption - Each image caption.
 * @csspart credit - Each image credit.
 * @csspart body - The body container.
 * @csspart heading - Each heading in the body.
 * @csspart paragraph - Each paragraph in the body.
 * @csspart quote - Each quotation figure.
 * @csspart attribution - The attribution of a quotation.
 * @csspart list - Each list in the body.
 * @csspart link - Each link in the body.
 * @csspart citation - Each inline citation link.
 * @csspart tags - The tag list.
 * @csspart tag - Each tag.
 * @csspart sources - The sources section.
 * @csspart sources-heading - The sources heading.
 * @csspart source-list - The list of sources (`<ol>` when the text cites them, else `<ul>`).
 * @csspart source - Each source.
 * @csspart source-link - The link on a source's name.
 * @csspart publisher - The outlet or publisher beside a source.
 * @csspart back-link - The link from a source back to its first citation.
 * @csspart error - The error message.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssproperty --news-font-family - Font of the whole element. Default: inherited from the page.
 * @cssproperty --news-headline-font-family - Font of the headline and headings. Default: the element's font.
 * @cssproperty --news-text-color - Text colour. Default: inherited (light), #e8eaed (dark).
 * @cssproperty --news-background - Background. Default: transparent (light), #16181c (dark).
 * @cssproperty --news-muted-color - Secondary text (dates, captions, byline). Default: #585f69 / #aeb4bd.
 * @cssproperty --news-accent-color - Accent for the section, focus rings and quote rules. Default: #0b57d0 / #8ab4f8.
 * @cssproperty --news-link-color - Links. Default: the accent colour.
 * @cssproperty --news-border-color - Rules and borders. Default: #d3d7dc / #3c4043.
 * @cssproperty --news-skeleton-color - Loading placeholder blocks. Default: #e7e9ec / #2b2f35.
 * @cssproperty --news-error-background - Error message background. Default: #fdeceb / #3c1d1b.
 * @cssproperty --news-error-color - Error message text. Default: #8c1d18 / #f6c3bf.
 * @cssproperty --news-headline-size - Headline font size. Default: clamp(1.75rem, 4vw, 2.5rem).
 * @cssproperty --news-line-height - Body line height. Default: 1.6.
 * @cssproperty --news-radius - Corner radius. Default: 4px.
 * @cssproperty --news-space - Base spacing unit. Default: 1rem.
 */
export class NewsArticle extends NewsElement {
  static override styles = [hostStyles, articleStyles];

  /** URL of the article data (JSON-LD, JSON Feed or news-elements JSON). Relative URLs resolve against the page. */
  override src?: string;

  /** The article data as an object, already parsed; takes precedence over `src` and inline data. */
  override data?: unknown;


  /** Replacement UI words, e.g. `{ sources: 'Quellen', by: 'Von' }`. */
  labels: Partial<ArticleLabels> = {};

  readonly #provider = new ContextProvider(this, { context: articleContext });
  readonly #loader = new DataController<Article>(this, {
    parse: parseArticle,
    prepare: () => prepareFormats(this.locale(), this.zone),
    noun: 'article',
    maxBytes: MAX_ARTICLE_BYTES,
    changed: article => this.#provider.setValue(article),
  });

  /** The article currently shown (normalized), or undefined before the first successful load. */
  get article(): Article | undefined {
    return this.#loader.value;
  }

  /** Loads the current `src` (or other input) again, e.g. to retry after an error. */
  reload(): void {
    this.#loader.reload();
  }

  protected override render(): TemplateResult {
    const { value: article, error, state } = this.#loader;
    const labels = { ...DEFAULT_LABELS, ...this.labels };
    const alert = this.renderAlert(error);
    if (!article) {
      return state === 'loading'
        ? this.renderLoading(
            labels.loading,
            skeletons('kicker,title,title,line,line,picture,line,line,line,line,line,line'),
          )
        : html`${alert}<slot name="sources"></slot><slot></slot>`;
    }
    const locale = this.locale(article.lang);
    // Content in another language than the page gets its own lang (and direction, unless the host sets one).
    const lang = !this.hasAttribute('lang') && article.lang ? article.lang : undefined;
    const dir = lang && !this.hasAttribute('dir') ? directionOf(lang) : undefined;
    const citations = new Citations(article.sources, citedSources(article.body));
    const { authors, published, modified } = article;
    // Made only for an article with authors: the list formatter is the costliest part of a first render.
    const byline = () => {
      const byName = new Map(authors.map(author => [author.name, author]));
      return listParts(
        authors.map(author => author.name),
        locale,
      ).map(part => {
        const author = part.type === 'element' ? byName.get(part.value) : undefined;
        if (!author) return part.value;
        return author.url
          ? html`<a part="author" href=${author.url} rel="author">${author.name}</a>`
          : html`<span part="author">${author.name}</span>`;
      });
    };
    const date = (label: string, value?: string) =>
      value ? html`<span>${label} <time datetime=${value}>${formatDate(value, locale, true, this.zone)}</time></span>` : nothing;
    // Citation links lead to the sources section, or to a nested `<source-list>`.
    return html`${alert}<article part="article" lang=${ifDefined(lang)} dir=${ifDefined(dir)} @click=${(event: MouseEvent) =>
        followInPageLink(event, this.renderRoot as ShadowRoot, this.querySelector('source-list'))}>
      <header part="header">
        ${paragraph('section', article.section)}
        <h1 part="headline">${article.headline}</h1>
        ${paragraph('standfirst', article.standfirst)}
        ${authors.length ? paragraph('byline', html`${labels.by} ${byline()}`) : nothing}
        ${published || modified
          ? paragraph('dates', html`${date(labels.published, published)} ${date(labels.updated, modified !== published ? modified : undefined)}`)
          : nothing}
      </header>
      ${article.image ? renderFigure(article.image, false) : nothing}
      <div part="body">${renderBlocks(article.body, citations)}</div>
      ${article.tags.length
        ? html`<ul part="tags" class="tags" aria-label=${labels.tags}>
            ${article.tags.map(tag => html`<li part="tag">${tag}</li>`)}
          </ul>`
        : nothing}
      <slot name="sources"
        >${citations.sources.length
          ? html`<section part="sources" class="sources" aria-labelledby="sources-heading">
              ${headingTag(2, labels.sources, 'sources-heading', 'sources-heading')} ${renderSourceItems(citations, labels)}
            </section>`
          : nothing}</slot
      >
      <slot></slot>
    </article>`;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}
