import { css } from 'lit';

export const trendingStyles = css`
  [part='heading'] {
    font-size: 1.2em;
    margin-block-end: .5em;
  }
  .tabs {
    display: flex;
    gap: .25em;
    border-block-end: 1px solid var(--_border);
    margin-block-end: .5em;
    overflow-x: auto;
  }
  [role='tab'] {
    font: inherit;
    font-family: var(--news-headline-font-family,inherit);
    font-weight: 700;
    color: var(--_muted);
    background: none;
    border: 0;
    border-block-end: 3px solid transparent;
    padding: .5em .6em;
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
    gap: .75em;
    align-items: baseline;
    padding-block: .6em;
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
    gap: .2em;
  }
  [part='link'] {
    font-weight: 600;
    line-height: 1.35;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: .6em;
    color: var(--_muted);
    font-size: .85em;
  }
  /* The skeleton's boxes match the tab row and the items' line boxes (two-line titles when narrow). */
  .placeholder {
    gap: 0;
    container-type: inline-size;
  }
  .tabs-line {
    height: calc((1 + var(--news-line-height,1.6))*1em + 4px);
    margin-block-end: .5em;
  }
  /* An item's height (4.36em + 1px, 5.71em + 1px when narrow), half the space around its text above and below. */
  .item-line {
    height: calc(4.36em + 1px);
    padding-block: calc(.98em + .5px);
    background-clip: content-box;
  }
  @container (max-width: 32em) {
    .item-line {
      height: calc(5.71em + 1px);
      padding-block: calc(1.655em + .5px);
    }
  }
`;
