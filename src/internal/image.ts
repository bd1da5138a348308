import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Picture } from '../data/model.js';

/**
 * An image (`part="image"`) of an article or a card, its size given when known so that the space
 * is reserved before it loads; `lazy` for images below the first screen. Its URL has already
 * passed the allowlist in the parser.
 */
export function renderImage(image: Picture, lazy: boolean): TemplateResult {
  return html`<img
    part="image"
    src=${image.url}
    alt=${image.alt ?? ''}
    width=${ifDefined(image.width)}
    height=${ifDefined(image.height)}
    loading=${lazy ? 'lazy' : 'eager'}
    decoding="async"
  />`;
}
