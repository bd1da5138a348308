import { css } from 'lit';

export const trendingStyles = css`
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--news-headline-font-family, inherit);
    font-size: 1.2em;
    line-height: 1.25;
    margin: 0 0 0.5em;
    color: inherit;
  }
  .tabs {
    display: flex;
    gap: 0.25em;
    border-block-end: 1px solid var(--_border);
    margin-block-end: 0.5em;
    overflow-x: auto;
  }
  [role='tab'] {
    font: inherit;
    font-family: var(--news-headline-font-family, inherit);
    font-weight: 700;
    color: var(--_muted);
    background: none;
    border: 0;
    border-block-end: 3px solid transparent;
    padding: 0.5em 0.6em;
    cursor: pointer;
    white-space: nowrap;
  }
  [role='tab'][aria-selected='true'] {
    color: inherit;
    border-block-end-color: var(--_accent);
  }
  [role='tab']:focus-visible,
  [role='tabpanel']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .ranked {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    display: flex;
    gap: 0.75em;
    align-items: baseline;
    padding-block: 0.6em;
    border-block-end: 1px solid var(--_border);
  }
  .item:last-child {
    border-block-end: 0;
  }
  .rank {
    flex: none;
    min-width: 1.5ch;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  .text {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    min-width: 0;
  }
  [part='link'] {
    color: var(--news-link-color, inherit);
    text-decoration: none;
    font-weight: 600;
    line-height: 1.35;
  }
  [part='link']:hover {
    text-decoration: underline;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .placeholder {
    display: flex;
    flex-direction: column;
    gap: 1.1em;
  }
  .tabs-line {
    height: 2.2em;
  }
  .item-line {
    height: 2.4em;
  }
`;
