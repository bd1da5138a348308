import { css } from 'lit';

/**
 * The private palette every element reads. Public `--news-*` properties map onto private
 * `--_*` ones with hard fallbacks, so the elements look right on a page with no theme CSS.
 * `light-dark()` picks the value for the host's color scheme: the reader's preference by
 * default, or the one the `theme` attribute forces.
 */
export const hostStyles = css`
  :host {
    color-scheme: light dark;
    --_muted: var(--news-muted-color,light-dark(#585f69,#aeb4bd));
    --_accent: var(--news-accent-color,light-dark(#0b57d0,#8ab4f8));
    --_link: var(--news-link-color,var(--_accent));
    --_border: var(--news-border-color,light-dark(#d3d7dc,#3c4043));
    --_skeleton: var(--news-skeleton-color,light-dark(#e7e9ec,#2b2f35));
    --_error-bg: var(--news-error-background,light-dark(#fdeceb,#3c1d1b));
    --_error-text: var(--news-error-color,light-dark(#8c1d18,#f6c3bf));
    --_radius: var(--news-radius,4px);
    --_space: var(--news-space,1rem);
    display: block;
    box-sizing: border-box;
    /* In the light scheme the page's own text colour shows through (currentColor is the inherited colour). */
    color: var(--news-text-color,light-dark(currentColor,#e8eaed));
    background: var(--news-background,light-dark(transparent,#16181c));
    font-family: var(--news-font-family,inherit);
    line-height: var(--news-line-height,1.6);
    text-align: start;
    text-indent: 0;
    word-spacing: normal;
    letter-spacing: normal;
    overflow-wrap: break-word;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_link);
    text-underline-offset: .15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  a:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--news-headline-font-family,inherit);
    line-height: 1.25;
    margin: 0;
  }
  img {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .error {
    margin: 0 0 var(--_space);
    padding: .75em 1em;
    border-radius: var(--_radius);
    background: var(--_error-bg);
    color: var(--_error-text);
    border-inline-start: 4px solid currentColor;
  }
  .placeholder {
    display: flex;
    flex-direction: column;
    gap: .6em;
  }
  .line {
    height: 1em;
  }
  .skeleton {
    display: block;
    background: var(--_skeleton);
    border-radius: var(--_radius);
    animation: news-pulse 1.4s ease-in-out infinite;
  }
  @keyframes news-pulse {
    50% {
      opacity: .55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;

/** What the two card lists (related articles, trending) share: titles that link quietly, a text column. */
export const cardListStyles = css`
  [part='link'] {
    color: var(--news-link-color,inherit);
    text-decoration: none;
  }
  [part='link']:hover {
    text-decoration: underline;
  }
  .text {
    display: flex;
    flex-direction: column;
    gap: .3em;
    min-width: 0;
  }
`;
