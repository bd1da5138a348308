import { expect } from '@open-wc/testing';
import { parseArticle } from '../../src/data/article/index.js';
import { parseCardList, parseCardLists } from '../../src/data/list/index.js';
import { MAX_DEPTH } from '../../src/data/read.js';
import { warningsOf } from '../support/warnings.js';
import { dataErrorOf } from './list-fixtures.js';

const TOO_DEEP = `is nested more than ${MAX_DEPTH} levels deep`;

/** `inner` wrapped in `levels` emphasis marks, and the innermost mark's path from the block that holds them. */
function marks(levels: number, inner: unknown): { value: unknown; path: string } {
  let value = inner;
  for (let i = 0; i < levels; i++) value = { type: 'em', content: [value] };
  return { value, path: '.content[0]'.repeat(levels) };
}

/** `inner` inside `levels` arrays. */
function arrays(levels: number, inner: unknown): unknown {
  let value = inner;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

describe('nesting: each reader that descends limits its own depth', () => {
  it('keeps inline marks nested as deep as the limit', () => {
    // The block's content is the first level; each mark's content is one more.
    const { value } = marks(MAX_DEPTH - 1, 'deep');
    const article = parseArticle({ headline: 'H', body: [{ type: 'paragraph', content: [value] }] });
    const text = JSON.stringify(article.body);
    expect(text.match(/"type":"em"/g)).to.have.length(MAX_DEPTH - 1);
    expect(text).to.contain('"content":["deep"]');
  });

  it('leaves out a block whose marks nest deeper, with a warning at the level that is too deep; the rest renders', () => {
    const { value, path } = marks(MAX_DEPTH, 'deep');
    const data = { headline: 'H', body: [{ type: 'paragraph', content: [value] }, 'Kept.'] };
    expect(warningsOf(() => parseArticle(data))).to.deep.equal([`body[0]${path}.content: ${TOO_DEEP}`]);
    expect(parseArticle(data).body).to.deep.equal([{ type: 'paragraph', content: ['Kept.'] }]);
  });

  it('reads `data` whose inline content contains itself as too deep, without recursing for ever', () => {
    const loop: { type: string; content: unknown[] } = { type: 'strong', content: [] };
    loop.content.push('x', loop);
    const data = { headline: 'H', body: [{ type: 'paragraph', content: [loop] }, { type: 'list', items: [[loop], ['Item']] }, 'Kept.'] };
    const warnings = warningsOf(() => parseArticle(data));
    expect(warnings).to.have.length(2);
    // The block's content is the first level, each mark's content inside the loop one more.
    const loopPath = `.content${'[1].content'.repeat(MAX_DEPTH - 1)}`;
    expect(warnings).to.deep.equal([`body[0].content[0]${loopPath}: ${TOO_DEEP}`, `body[1].items[0][0]${loopPath}: ${TOO_DEEP}`]);
    // A block with content it cannot read goes whole, as for any other fault in it.
    expect(parseArticle(data).body).to.deep.equal([{ type: 'paragraph', content: ['Kept.'] }]);
  });

  it('JSON-LD: an author nested in more lists than the limit is left out with a warning; the other authors stay', () => {
    const value = arrays(MAX_DEPTH + 1, { '@type': 'Person', name: 'Deep' });
    const data = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'H', author: [value, { '@type': 'Person', name: 'Kept' }] };
    // `author` is the first list, its entries' lists the second and on: the 65th is left out.
    expect(warningsOf(() => parseArticle(data))).to.deep.equal([`author${'[0]'.repeat(MAX_DEPTH)}: ${TOO_DEEP}`]);
    expect(parseArticle(data).authors).to.deep.equal([{ name: 'Kept' }]);
    // As deep as the limit is read.
    const deepest = arrays(MAX_DEPTH, { '@type': 'Person', name: 'Deepest' });
    expect(parseArticle({ ...data, author: deepest }).authors).to.deep.equal([{ name: 'Deepest' }]);
  });

  it('JSON-LD: text nested in more lists than the limit is left out with a warning; the other texts stay', () => {
    const value = arrays(MAX_DEPTH + 1, 'deep');
    const data = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'H', keywords: ['kept', value, 'also kept'] };
    expect(warningsOf(() => parseArticle(data))).to.deep.equal([`keywords[1]: ${TOO_DEEP}`]);
    expect(parseArticle(data).tags).to.deep.equal(['kept', 'also kept']);
  });

  it('a document nested 100,000 levels deep where nothing reads it is read like any other', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = `{"headline": "H", "extension": ${deep}, "body": "Text."}`;
    expect(parseArticle(text)).to.deep.equal({ headline: 'H', authors: [], body: [{ type: 'paragraph', content: ['Text.'] }], tags: [], sources: [] });
  });

  it('100,000 nested arrays are no article and no list: a clear error, not a frozen page', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(dataErrorOf(() => parseArticle(deep)).message).to.equal('expected an article object, got a list');
    // A plain array of items whose one item is a list.
    expect(dataErrorOf(() => parseCardList(deep)).message).to.equal('[0]: expected an item object with a "title", got a list');
    expect(dataErrorOf(() => parseCardLists(deep)).message).to.equal('[0]: expected an item object with a "title", got a list');
  });
});
