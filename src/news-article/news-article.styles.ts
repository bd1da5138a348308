import { css } from 'lit';

export const articleStyles = css`
  /* A block formatting context: the headline's top margin stays inside the element instead of
     collapsing through it (at the top of a page, the whole body would move down when the article
     replaced its skeleton, which has no margin). */
  :host {
    display: flow-root;
  }
  header {
    margin-block-end: calc(var(--_space)*1.5);
  }
  h1,
  h2,
  h3 {
    line-height: 1.2;
  }
  h1 {
    font-size: var(--news-headline-size,clamp(1.75rem,4vw,2.5rem));
    margin-block: .25em .4em;
    letter-spacing: -0.01em;
  }
  h2 {
    font-size: 1.4em;
    margin-block: 1.6em .5em;
  }
  h3 {
    font-size: 1.15em;
    margin-block: 1.4em .4em;
  }
  p,
  ul,
  ol {
    margin: 0 0 var(--_space);
  }
  .section {
    margin: 0;
    color: var(--_accent);
    font-size: .85em;
    font-weight: 700;
    letter-spacing: .06em;
    text-transform: uppercase;
  }
  .standfirst {
    font-size: 1.2em;
    line-height: 1.45;
  }
  .byline,
  .dates,
  figcaption,
  .tags {
    color: var(--_muted);
    font-size: .9em;
  }
  .byline,
  .dates {
    margin-block-end: .25em;
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1em;
  }
  figure {
    margin: 0 0 calc(var(--_space)*1.5);
  }
  img {
    background: var(--_skeleton);
    width: 100%;
  }
  figcaption {
    margin-block-start: .5em;
    line-height: 1.4;
  }
  .credit {
    display: inline-block;
    font-size: .9em;
  }
  .quote blockquote {
    margin: 0;
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    font-size: 1.15em;
    font-style: italic;
  }
  .quote figcaption::before {
    content: '— ';
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  .citation {
    line-height: 0;
    font-size: .75em;
  }
  .citation a {
    text-decoration: none;
    padding-inline: .1em;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: .5em;
    list-style: none;
    padding: 0;
    margin-block: calc(var(--_space)*1.5);
  }
  .tags li {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: .1em .75em;
  }
  .sources {
    border-block-start: 1px solid var(--_border);
    margin-block-start: calc(var(--_space)*2);
  }
  .sources h2 {
    font-size: 1.1em;
    margin-block: var(--_space) .5em;
  }
  .sources li {
    margin-block-end: .25em;
  }
  .back {
    margin-inline-start: .35em;
  }
  /* An article is taller than the screen: a skeleton that fills it means nothing below moves when the text arrives. */
  .placeholder {
    min-block-size: 100vh;
  }
  .placeholder .kicker {
    width: 6em;
    height: .9em;
  }
  .placeholder .title {
    height: 2.2em;
  }
  .placeholder .title + .title {
    width: 70%;
  }
  .placeholder .line:nth-of-type(4n) {
    width: 85%;
  }
  .placeholder .picture {
    aspect-ratio: 16/9;
    margin-block: .8em;
  }
`;
