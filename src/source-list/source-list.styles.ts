import { css } from 'lit';

export const sourceListStyles = css`
  section {
    border-block-start: 1px solid var(--_border);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1.1em;
    line-height: 1.3;
    margin-block: var(--_space) 0.5em;
    color: inherit;
  }
  ol,
  ul {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  li {
    margin-block-end: 0.25em;
  }
  .publisher {
    color: var(--_muted);
  }
  .back {
    text-decoration: none;
  }
  .placeholder {
    display: flex;
    flex-direction: column;
    gap: 0.6em;
    padding-block: var(--_space);
  }
  .line {
    height: 1em;
    width: 40%;
  }
`;
