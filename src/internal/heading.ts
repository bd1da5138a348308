import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { wholeNumber } from './cards.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** A heading level from an attribute, kept within 2–6 (an article's headline is the only h1). */
export function clampLevel(level: unknown): HeadingLevel {
  // Rounded to the nearest level (`Math.round` is the floor of the number plus a half); below 2, 2.
  return wholeNumber(Number(level) + 0.5, 2, 6, 2) as HeadingLevel;
}

/**
 * A widget's heading: a real `<hN id="heading">` at the host's chosen level (so it fits the page's
 * outline), as the fallback of a `heading` slot where a host can put its own markup instead.
 */
export function renderHeading(level: HeadingLevel, text: string): TemplateResult {
  return html`<slot name="heading">${headingTag(level, text, 'heading', 'heading')}</slot>`;
}

/** An `<hN>` element with the given content, part and id; Lit needs a literal tag per level. */
export function headingTag(level: HeadingLevel, content: unknown, part: string, id?: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part=${part} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${ifDefined(id)}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} id=${ifDefined(id)}>${content}</h6>`;
  }
}
