/**
 * Rendering of the article body model with Lit bindings only: every string is bound as text and
 * every URL has already passed the allowlist in the parser.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Block, Inline, Picture, Source } from '../data/model.js';

/** Numbers the sources the body cites, in the order the sources are listed. */
export class Citations {
  private readonly numbers = new Map<string, number>();
  private readonly counts = new Map<string, number>();

  constructor(readonly sources: Source[], cited: Set<string>) {
    sources.forEach((source, index) => {
      if (cited.has(source.id)) this.numbers.set(source.id, index + 1);
    });
  }

  /** True when the body cites at least one source: the source list is then numbered. */
  get numbered(): boolean {
    return this.numbers.size > 0;
  }

  numberOf(id: string): number | undefined {
    return this.numbers.get(id);
  }

  /** A fresh element id for the next citation of `id` (the first one is the back-link target). */
  nextAnchor(id: string): string {
    const count = (this.counts.get(id) ?? 0) + 1;
    this.counts.set(id, count);
    return citationAnchor(id, this.sources, count);
  }
}

export function sourceAnchor(id: string, sources: Source[]): string {
  return `source-${sources.findIndex(s => s.id === id) + 1}`;
}

export function citationAnchor(id: string, sources: Source[], occurrence = 1): string {
  return `cite-${sources.findIndex(s => s.id === id) + 1}-${occurrence}`;
}

/** The ids of all sources cited anywhere in the body. */
export function citedSources(blocks: Block[]): Set<string> {
  const cited = new Set<string>();
  const visit = (inlines: Inline[]): void => {
    for (const node of inlines) {
      if (typeof node === 'string') continue;
      if (node.type === 'cite') cited.add(node.source);
      else visit(node.content);
    }
  };
  for (const block of blocks) {
    if (block.type === 'list') block.items.forEach(visit);
    else if (block.type !== 'image') visit(block.content);
  }
  return cited;
}

export function renderInlines(nodes: Inline[], citations: Citations): Array<TemplateResult | string | typeof nothing> {
  return nodes.map(node => renderInline(node, citations));
}

function renderInline(node: Inline, citations: Citations): TemplateResult | string | typeof nothing {
  if (typeof node === 'string') return node;
  switch (node.type) {
    case 'link':
      return html`<a part="link" href=${node.href}>${renderInlines(node.content, citations)}</a>`;
    case 'em':
      return html`<em>${renderInlines(node.content, citations)}</em>`;
    case 'strong':
      return html`<strong>${renderInlines(node.content, citations)}</strong>`;
    case 'code':
      return html`<code>${renderInlines(node.content, citations)}</code>`;
    case 'cite': {
      const number = citations.numberOf(node.source);
      if (number === undefined) return nothing;
      const source = citations.sources[number - 1]!;
      return html`<sup class="citation"
        ><a
          part="citation"
          id=${citations.nextAnchor(node.source)}
          href="#${sourceAnchor(node.source, citations.sources)}"
          aria-label="${number}: ${source.name}"
          >[${number}]</a
        ></sup
      >`;
    }
  }
}

export function renderFigure(image: Picture, lazy: boolean): TemplateResult {
  return html`<figure part="figure">
    <img
      part="image"
      src=${image.url}
      alt=${image.alt ?? ''}
      width=${ifDefined(image.width)}
      height=${ifDefined(image.height)}
      loading=${lazy ? 'lazy' : 'eager'}
      decoding="async"
    />
    ${image.caption || image.credit
      ? html`<figcaption part="caption">
          ${image.caption ?? nothing}
          ${image.credit ? html`<span part="credit" class="credit">${image.credit}</span>` : nothing}
        </figcaption>`
      : nothing}
  </figure>`;
}

export function renderBlocks(blocks: Block[], citations: Citations): TemplateResult[] {
  return blocks.map(block => {
    switch (block.type) {
      case 'heading':
        return block.level === 2
          ? html`<h2 part="heading">${renderInlines(block.content, citations)}</h2>`
          : html`<h3 part="heading">${renderInlines(block.content, citations)}</h3>`;
      case 'paragraph':
        return html`<p part="paragraph">${renderInlines(block.content, citations)}</p>`;
      case 'quote':
        return html`<figure part="quote" class="quote">
          <blockquote>${renderInlines(block.content, citations)}</blockquote>
          ${block.attribution ? html`<figcaption part="attribution">${block.attribution}</figcaption>` : nothing}
        </figure>`;
      case 'list': {
        const items = block.items.map(item => html`<li>${renderInlines(item, citations)}</li>`);
        return block.ordered ? html`<ol part="list">${items}</ol>` : html`<ul part="list">${items}</ul>`;
      }
      case 'image':
        return renderFigure(block.image, true);
    }
  });
}
