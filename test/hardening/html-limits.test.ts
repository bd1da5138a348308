/**
 * Hostile HTML: nesting and tag counts that would keep the HTML parser busy for seconds are read
 * as plain text, decided before the parser sees them. The longest main-thread task for these
 * cases is measured by `node bench/html-hostile.mjs` (numbers, not assertions).
 */
import { expect } from '@open-wc/testing';
import { collectWarnings } from '../../src/data/errors.js';
import { firstImage, htmlText, htmlToBlocks } from '../../src/data/html-blocks.js';
import { MAX_HTML_DEPTH, MAX_HTML_TAGS, MAX_PLAIN_TEXT, overLimit } from '../../src/data/html-limits.js';

const TOO_DEEP = `HTML nested more than ${MAX_HTML_DEPTH} elements deep is shown as plain text`;
const TOO_MANY = `HTML with more than ${MAX_HTML_TAGS} tags is shown as plain text`;

describe('hostile HTML limits', () => {
  it('reads 100k nested tags as plain text with a warning, entities decoded', () => {
    const html = `<p>Start &amp; ${'<div><b>'.repeat(50_000)}deep &#8217;text&#8217;${'</b></div>'.repeat(50_000)}</p>`;
    const { value, warnings } = collectWarnings(() => htmlToBlocks(html));
    expect(value).to.deep.equal([{ type: 'paragraph', content: ['Start & deep ’text’'] }]);
    expect(warnings).to.deep.equal([{ path: '', problem: TOO_DEEP }]);
  });

  it('reads 100k unclosed nested tags as plain text', () => {
    const { value, warnings } = collectWarnings(() => htmlToBlocks(`${'<span>'.repeat(100_000)}the end`));
    expect(value).to.deep.equal([{ type: 'paragraph', content: ['the end'] }]);
    expect(warnings).to.deep.equal([{ path: '', problem: TOO_DEEP }]);
  });

  it('reads a body with a million tags as plain text, cut to its first characters', () => {
    const html = '<p>Lorem <b>ipsum</b></p>'.repeat(250_000);
    const { value, warnings } = collectWarnings(() => htmlToBlocks(html));
    const text = ' Lorem ipsum'.repeat(MAX_PLAIN_TEXT / 12 + 1).slice(0, MAX_PLAIN_TEXT).trim();
    expect(value).to.deep.equal([{ type: 'paragraph', content: [text] }]);
    expect(warnings).to.deep.equal([{ path: '', problem: TOO_MANY }]);
  });

  it('removes scripts, styles and comments from the plain text, and keeps a lone <', () => {
    const html = `<style>p { color: red }</style><!-- a <b> comment --><script>if (a < b) alert(1)</script>1 < 2 &lt;b&gt; ${'<i>'.repeat(MAX_HTML_DEPTH + 1)}`;
    const { value } = collectWarnings(() => htmlToBlocks(html));
    expect(value).to.deep.equal([{ type: 'paragraph', content: ['1 < 2 <b>'] }]);
  });

  it('gives htmlText the plain text too', () => {
    expect(collectWarnings(() => htmlText(`Title &amp; more${'<em>'.repeat(1000)}`)).value).to.equal('Title & more');
  });

  it('finds no image after HTML over the limits, without parsing it', () => {
    expect(firstImage(`${'<div>'.repeat(MAX_HTML_DEPTH + 1)}<img src="https://x.example/a.jpg">`)).to.equal(undefined);
  });

  it('finds an image before HTML over the limits, parsing only what comes before it', () => {
    const html = `<p><img src="https://x.example/a.jpg" alt="a > b"></p>${'<div>'.repeat(100_000)}`;
    expect(firstImage(html)).to.deep.equal({ url: 'https://x.example/a.jpg', alt: 'a > b' });
  });

  it('keeps the structure of HTML at the depth limit', () => {
    const html = `${'<div>'.repeat(MAX_HTML_DEPTH - 1)}<h2>Deep</h2>${'</div>'.repeat(MAX_HTML_DEPTH - 1)}<p>after</p>`;
    const { value, warnings } = collectWarnings(() => htmlToBlocks(html));
    expect(value).to.deep.equal([
      { type: 'heading', level: 2, content: ['Deep'] },
      { type: 'paragraph', content: ['after'] },
    ]);
    expect(warnings).to.deep.equal([]);
  });

  it('does not count elements the parser closes itself, void elements or sloppy unclosed inlines as depth', () => {
    const paragraphs = Array.from({ length: 2000 }, (_, i) => `<p>Para ${i}<br><img src="https://x.example/${i}.jpg"><li>item`).join('');
    const sloppy = '<div><span><font>text</div>'.repeat(2000);
    expect(overLimit(paragraphs)).to.equal(undefined);
    expect(overLimit(sloppy)).to.equal(undefined);
    expect(overLimit('<table>' + '<tr><td>cell'.repeat(5000) + '</table>')).to.equal(undefined);
  });

  it('converts a long real-world-shaped article (2 MB, thousands of tags) with its structure', () => {
    const section = (i: number) =>
      `<h2>Part ${i}</h2><p>${'Words of a long article. '.repeat(80)}<a href="https://x.example/${i}">link</a></p><figure><img src="https://x.example/${i}.jpg" width="800" height="600"><figcaption>Caption ${i}</figcaption></figure>`;
    const html = Array.from({ length: 1000 }, (_, i) => section(i)).join('\n');
    expect(html.length).to.be.greaterThan(2_000_000);
    const { value, warnings } = collectWarnings(() => htmlToBlocks(html));
    expect(warnings).to.deep.equal([]);
    expect(value.length).to.equal(3000);
    expect(value.slice(0, 3)).to.deep.equal([
      { type: 'heading', level: 2, content: ['Part 0'] },
      { type: 'paragraph', content: [`${'Words of a long article. '.repeat(80)}`, { type: 'link', href: 'https://x.example/0', content: ['link'] }] },
      { type: 'image', image: { url: 'https://x.example/0.jpg', caption: 'Caption 0', width: 800, height: 600 } },
    ]);
  });

  it('counts tags up to the limit exactly', () => {
    expect(overLimit('<br>'.repeat(MAX_HTML_TAGS))).to.equal(undefined);
    expect(overLimit('<br>'.repeat(MAX_HTML_TAGS + 1))).to.equal(`with more than ${MAX_HTML_TAGS} tags`);
    expect(overLimit('<i>'.repeat(MAX_HTML_DEPTH))).to.equal(undefined);
    expect(overLimit('<i>'.repeat(MAX_HTML_DEPTH + 1))).to.equal(`nested more than ${MAX_HTML_DEPTH} elements deep`);
  });
});
