/**
 * Rendering of the article body model with Lit bindings only: every string is bound as text and
 * every URL has already passed the allowlist in the parser.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Block, Inline, Picture } from '../data/model.js';
import { headingTag } from '../internal/heading.js';
import { renderImage } from '../internal/image.js';
import type { Citations } from '../internal/sources.js';

export function renderFigure(image: Picture, lazy: boolean): TemplateResult {
  return html`<figure part="figure">
    ${renderImage(image, lazy)} ${image.caption || image.credit
      ? html`<figcaption part="caption">
          ${image.caption}
          ${image.credit ? html`<span part="credit" class="credit">${image.credit}</span>` : nothing}
        </figcaption>`
      : nothing}
  </figure>`;
}

export function renderBlocks(blocks: Block[], citations: Citations): TemplateResult[] {
  // Content that is one run of text (most paragraphs) is bound as that text: one part, not a list of one.
  const inlines = (nodes: Inline[]): string | Array<TemplateResult | string | typeof nothing> =>
    nodes.length === 1 && typeof nodes[0] === 'string' ? nodes[0] : nodes.map(inline);
  const inline = (node: Inline): TemplateResult | string | typeof nothing => {
    if (typeof node === 'string') return node;
    switch (node.type) {
      case 'link':
        return html`<a part="link" href=${node.href}>${inlines(node.content)}</a>`;
      case 'em':
        return html`<em>${inlines(node.content)}</em>`;
      case 'strong':
        return html`<strong>${inlines(node.content)}</strong>`;
      case 'code':
        return html`<code>${inlines(node.content)}</code>`;
      case 'cite': {
        const number = citations.numbers.get(node.source);
        if (number === undefined) return nothing;
        return html`<sup class="citation"
          ><a
            part="citation"
            id=${citations.nextAnchor(node.source)}
            href="#source-${number}"
            aria-label="${number}: ${citations.sources[number - 1]!.name}"
            >[${number}]</a
          ></sup
        >`;
      }
    }
  };
  return blocks.map(block => {
    switch (block.type) {
      case 'heading':
        return headingTag(block.level, inlines(block.content), 'heading');
      case 'paragraph':
        return html`<p part="paragraph">${inlines(block.content)}</p>`;
      case 'quote':
        return html`<figure part="quote" class="quote">
          <blockquote>${inlines(block.content)}</blockquote>
          ${block.attribution ? html`<figcaption part="attribution">${block.attribution}</figcaption>` : nothing}
        </figure>`;
      case 'list': {
        const items = block.items.map(item => html`<li>${inlines(item)}</li>`);
        return block.ordered ? html`<ol part="list">${items}</ol>` : html`<ul part="list">${items}</ul>`;
      }
      case 'image':
        return renderFigure(block.image, true);
    }
  });
}
