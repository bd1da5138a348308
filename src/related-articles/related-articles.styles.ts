import { css } from 'lit';

export const relatedStyles = css`
  [part='heading'] {
    font-size: 1.3em;
    margin-block-end: var(--_space);
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill,minmax(min(100%,var(--news-card-min-width,14rem)),1fr));
    gap: calc(var(--_space)*1.5) var(--_space);
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: .5em;
    min-width: 0;
  }
  /* Display and height come from the host styles (img) and the skeleton's (.picture). */
  img,
  .picture {
    width: 100%;
    aspect-ratio: var(--news-image-ratio,16/9);
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_skeleton);
  }
  .label {
    margin: 0;
    color: var(--_accent);
    font-size: .8em;
    font-weight: 700;
    letter-spacing: .05em;
    text-transform: uppercase;
  }
  [part='title'] {
    font-size: 1.05em;
  }
  /* The title is the card's one link; its hit area covers the whole card. */
  [part='link']::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  [part='link']:focus-visible {
    outline: none;
  }
  [part='link']:focus-visible::after {
    outline: 2px solid var(--_accent);
    outline-offset: 4px;
    border-radius: var(--_radius);
  }
  .summary {
    margin: 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .summary,
  time {
    color: var(--_muted);
    font-size: .9em;
  }
  :host([layout='list']) .cards,
  :host([layout='compact']) .cards {
    grid-template-columns: minmax(0,1fr);
  }
  :host([layout='list']) .card {
    flex-direction: row;
    align-items: flex-start;
    gap: var(--_space);
  }
  :host([layout='list']) img,
  :host([layout='list']) .picture {
    flex: none;
    width: min(9rem,35%);
  }
  :host([layout='compact']) .cards {
    gap: 0;
  }
  :host([layout='compact']) .card {
    padding-block: .6em;
    border-block-end: 1px solid var(--_border);
  }
  /* The placeholder lays out like the cards it stands for. */
  .placeholder {
    display: block;
  }
  .placeholder .short {
    width: 40%;
  }
  /* The heading's line box: 1.3em at line-height 1.25. */
  .heading-line {
    height: 1.625em;
    width: 12em;
    margin-block-end: var(--_space);
  }
  /* Card text gets a fixed height (label, a title of up to two lines, date; plus three lines of
     summary with summaries), so the skeleton and the cards are the same size whatever the data:
     1.28em + 2.625em + 1.44em and two gaps of 0.3em; with summaries, + 4.32em and a third gap. */
  :host(:not([layout='compact'])) .text {
    min-block-size: 5.945em;
  }
  :host([summaries]:not([layout='compact'])) .text {
    min-block-size: 10.565em;
  }
`;
