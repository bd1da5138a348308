import { css } from 'lit';

/**
 * The private palette every element reads. Public `--news-*` properties map onto private
 * `--_*` ones with hard fallbacks, so the elements look right on a page with no theme CSS.
 */
const darkPalette = css`
  --_muted: var(--news-muted-color, #aeb4bd);
  --_accent: var(--news-accent-color, #8ab4f8);
  --_border: var(--news-border-color, #3c4043);
  --_skeleton: var(--news-skeleton-color, #2b2f35);
  --_error-bg: var(--news-error-background, #3c1d1b);
  --_error-text: var(--news-error-color, #f6c3bf);
  color: var(--news-text-color, #e8eaed);
  background: var(--news-background, #16181c);
`;

export const hostStyles = css`
  :host {
    --_muted: var(--news-muted-color, #585f69);
    --_accent: var(--news-accent-color, #0b57d0);
    --_link: var(--news-link-color, var(--_accent));
    --_border: var(--news-border-color, #d3d7dc);
    --_skeleton: var(--news-skeleton-color, #e7e9ec);
    --_error-bg: var(--news-error-background, #fdeceb);
    --_error-text: var(--news-error-color, #8c1d18);
    --_radius: var(--news-radius, 4px);
    --_space: var(--news-space, 1rem);
    display: block;
    box-sizing: border-box;
    color: var(--news-text-color, inherit);
    background: var(--news-background, transparent);
    font-family: var(--news-font-family, inherit);
    line-height: var(--news-line-height, 1.6);
    text-align: start;
    overflow-wrap: break-word;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkPalette}
    }
  }
  :host([theme='dark']) {
    ${darkPalette}
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
    text-decoration: underline;
    text-underline-offset: 0.15em;
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
  img {
    display: block;
    max-width: 100%;
    height: auto;
    border: 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .error {
    margin: 0 0 var(--_space);
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_error-bg);
    color: var(--_error-text);
    border-inline-start: 4px solid currentColor;
  }
  .skeleton {
    display: block;
    background: var(--_skeleton);
    border-radius: var(--_radius);
    animation: news-pulse 1.4s ease-in-out infinite;
  }
  @keyframes news-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
