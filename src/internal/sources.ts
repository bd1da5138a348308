/**
 * Sources and the inline citations that point at them, shared by `<news-article>` (its own
 * sources section) and `<source-list>`, so both number and link them the same way: source N is
 * `#source-N`, its first citation in the text is `#cite-N-1`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { blockRuns, flatInlines } from '../data/html-blocks.js';
import type { Block, Source } from '../data/model.js';

/** The ids of all sources cited anywhere in the body. */
export function citedSources(blocks: Block[]): Set<string> {
  return new Set(blockRuns(blocks).flatMap(flatInlines).flatMap(inline => (typeof inline === 'string' ? [] : inline.source)));
}

/** Numbers the cited sources by their place in the list, and hands out citation anchors. */
export class Citations {
  /** The number of each cited source, by id: its place in the list. None cited: the list is not numbered. */
  readonly numbers = new Map<string, number>();
  readonly #counts = new Map<string, number>();

  constructor(
    readonly sources: Source[],
    cited: Set<string>,
  ) {
    sources.forEach((source, index) => {
      if (cited.has(source.id)) this.numbers.set(source.id, index + 1);
    });
  }

  /** The element id for the next citation of source `id` in the text. */
  nextAnchor(id: string): string {
    const count = (this.#counts.get(id) ?? 0) + 1;
    this.#counts.set(id, count);
    return `cite-${this.numbers.get(id)}-${count}`;
  }
}

export interface SourceLabels {
  /** The accessible name of the link from a source back to its first citation. */
  backToCitation: string;
}

/**
 * The list of sources: numbered with back-links when cited in the text, a plain list otherwise.
 * Source N is the Nth `<li>` (`id="source-N"`); its links have no listeners of their own.
 */
export function renderSourceItems(citations: Citations, labels: SourceLabels): TemplateResult {
  const items = citations.sources.map((source, index) => {
    const number = citations.numbers.get(source.id);
    const name = source.url ? html`<a part="source-link" href=${source.url}>${source.name}</a>` : source.name;
    const publisher =
      source.publisher && source.publisher !== source.name
        ? html`, <span part="publisher" class="publisher">${source.publisher}</span>`
        : nothing;
    const back =
      number === undefined
        ? nothing
        : html` <a part="back-link" class="back" href="#cite-${number}-1" aria-label=${labels.backToCitation}>↩</a>`;
    return html`<li part="source" id="source-${index + 1}" tabindex="-1">${name}${publisher}${back}</li>`;
  });
  return citations.numbers.size
    ? html`<ol part="source-list">${items}</ol>`
    : html`<ul part="source-list">${items}</ul>`;
}

/**
 * In-page links (citation ↔ source) point into shadow roots, where the browser's own fragment
 * navigation cannot reach. Moves focus to the target instead, leaving the page URL alone; when
 * the target is not in `root`, looks in the shadow root of `elsewhere` (the article or the nested
 * source list), if there is one.
 */
export function followInPageLink(event: MouseEvent, root: ShadowRoot, elsewhere: Element | null | undefined): void {
  const link = (event.composedPath()[0] as Element | undefined)?.closest?.('a');
  const hash = link?.getAttribute('href');
  if (!hash?.startsWith('#')) return;
  if ([root, elsewhere?.shadowRoot].some(within => revealAnchor(within, hash.slice(1)))) event.preventDefault();
}

/** Focuses and scrolls to the element with `id` inside `root`; false when there is none shown (or no `root`). */
function revealAnchor(root: ShadowRoot | null | undefined, id: string): boolean {
  const target = root?.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
  // The article's own sources are not shown (no box) while a nested `<source-list>` replaces them.
  // Both kinds of target are focusable: a source's item has tabindex="-1", a citation is a link.
  if (!target?.getClientRects().length) return false;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}
