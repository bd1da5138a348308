import { css } from 'lit';

export const sourceListStyles = css`
  section {
    border-block-start: 1px solid var(--_border);
  }
  [part='heading'] {
    font-size: 1.1em;
    line-height: 1.3;
    margin-block: var(--_space) .5em;
  }
  ol,
  ul {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  li {
    margin-block-end: .25em;
  }
  .publisher {
    color: var(--_muted);
  }
  /* The skeleton has the rule, heading and line boxes of four sources, so the list does not shift when it arrives. */
  .placeholder {
    gap: .25em;
    padding-block: calc(var(--_space) + 1.1em*1.3 + .55em) 0;
    border-block-start: 1px solid var(--_border);
  }
  .line {
    width: 40%;
    height: calc(var(--news-line-height,1.6)*1em);
    padding-block: calc((var(--news-line-height,1.6) - 1)*.5em);
    background-clip: content-box;
  }
`;
