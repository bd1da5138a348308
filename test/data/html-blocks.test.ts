import { expect } from '@open-wc/testing';
import { DataError } from '../../src/data/errors.js';
import { htmlToBlocks } from '../../src/data/html-blocks.js';
import type { Block } from '../../src/data/model.js';

const BASE = 'https://example.org/news/item';

/** Every string anywhere in the blocks, to check that dropped content left no trace. */
function allText(blocks: Block[]): string {
  return JSON.stringify(blocks);
}

describe('htmlToBlocks', () => {
  it('reads elements named like Object members (constructor, toString) as unknown elements: their text only', () => {
    const blocks = htmlToBlocks('<p>a <constructor>b</constructor> <tostring>c</tostring> <hasownproperty>d</hasownproperty></p>', BASE);
    expect(blocks).to.deep.equal([{ type: 'paragraph', content: ['a b c d'] }]);
  });

  it('converts paragraphs with links and emphasis into inlines', () => {
    const blocks = htmlToBlocks('<p>On <strong>July 29</strong>, <em>Bakanov</em> <i>arrived</i> in <a href="/houston">Houston</a>.</p>', BASE);
    expect(blocks).to.deep.equal([
      {
        type: 'paragraph',
        content: [
          'On ',
          { type: 'strong', content: ['July 29'] },
          ', ',
          { type: 'em', content: ['Bakanov'] },
          ' ',
          { type: 'em', content: ['arrived'] },
          ' in ',
          { type: 'link', href: 'https://example.org/houston', content: ['Houston'] },
          '.',
        ],
      },
    ]);
  });

  it('maps h1/h2 to level 2 and h3–h6 to level 3, dropping empty headings', () => {
    const blocks = htmlToBlocks('<h1>One</h1><h2>Two</h2><h3>Three</h3><h6>Six</h6><h2> </h2>');
    expect(blocks).to.deep.equal([
      { type: 'heading', level: 2, content: ['One'] },
      { type: 'heading', level: 2, content: ['Two'] },
      { type: 'heading', level: 3, content: ['Three'] },
      { type: 'heading', level: 3, content: ['Six'] },
    ]);
  });

  it('collapses whitespace across inline boundaries and drops empty paragraphs', () => {
    const blocks = htmlToBlocks('<p>\n  Hello   <b> big </b>\n world  </p><p> \n </p><p><em> </em></p>');
    expect(blocks).to.deep.equal([{ type: 'paragraph', content: ['Hello ', { type: 'strong', content: ['big '] }, 'world'] }]);
  });

  it('keeps no-break spaces, which the author meant', () => {
    expect(htmlToBlocks('<p>10&nbsp;km</p>')).to.deep.equal([{ type: 'paragraph', content: ['10\u00a0km'] }]);
  });

  it('turns <br> into a space and <code> into a code mark', () => {
    expect(htmlToBlocks('<p>a<br>b <code>x()</code></p>')).to.deep.equal([
      { type: 'paragraph', content: ['a b ', { type: 'code', content: ['x()'] }] },
    ]);
  });

  it('wraps loose text and inline content at block level into paragraphs', () => {
    const blocks = htmlToBlocks('Loose <em>text</em><h2>Head</h2>more text<div>in a div</div><span>in a span</span>');
    expect(blocks).to.deep.equal([
      { type: 'paragraph', content: ['Loose ', { type: 'em', content: ['text'] }] },
      { type: 'heading', level: 2, content: ['Head'] },
      { type: 'paragraph', content: ['more text'] },
      { type: 'paragraph', content: ['in a div'] },
      { type: 'paragraph', content: ['in a span'] },
    ]);
  });

  it('descends into section, article, main, header, footer and unknown elements', () => {
    const blocks = htmlToBlocks('<main><article><header><h2>T</h2></header><section><p>P</p></section><x-widget><p>X</p></x-widget><footer>F</footer></article></main>');
    expect(blocks).to.deep.equal([
      { type: 'heading', level: 2, content: ['T'] },
      { type: 'paragraph', content: ['P'] },
      { type: 'paragraph', content: ['X'] },
      { type: 'paragraph', content: ['F'] },
    ]);
  });

  it('drops script, style, iframe, forms and media with their text (svg and math keep only theirs)', () => {
    const html = `<p>kept</p><script>alert("script")</script><style>p{color:red}</style><template><p>template</p></template>
      <noscript>noscript</noscript><iframe src="https://evil.example">iframe</iframe><object>object</object><embed src="x">
      <svg><script>svgscript</script><style>svgstyle</style></svg><math><annotation>math</annotation></math>
      <form>form<input value="input"><button>button</button><select><option>option</option></select><textarea>textarea</textarea></form>
      <canvas>canvas</canvas><video>video</video><audio>audio</audio><p>also <button>inline button</button>kept</p>`;
    const blocks = htmlToBlocks(html);
    expect(blocks).to.deep.equal([
      { type: 'paragraph', content: ['kept'] },
      { type: 'paragraph', content: ['also kept'] },
    ]);
  });

  it('ignores head content (title, meta, link) of a whole document', () => {
    const blocks = htmlToBlocks('<!doctype html><html><head><title>Title</title><meta name="x" content="y"><link rel="stylesheet" href="x.css"></head><body><p>Body</p></body></html>');
    expect(blocks).to.deep.equal([{ type: 'paragraph', content: ['Body'] }]);
  });

  it('never carries attributes: event handlers and styles vanish', () => {
    const blocks = htmlToBlocks('<p onclick="alert(1)" style="color:red" class="x">Hi <a href="https://ok.example/" onmouseover="alert(2)" target="_blank">there</a></p><img src="https://ok.example/a.png" onerror="alert(3)">');
    expect(blocks).to.deep.equal([
      { type: 'paragraph', content: ['Hi ', { type: 'link', href: 'https://ok.example/', content: ['there'] }] },
      { type: 'image', image: { url: 'https://ok.example/a.png' } },
    ]);
    expect(allText(blocks)).not.to.include('alert');
  });

  it('keeps the text of links whose href fails the allowlist', () => {
    const hrefs = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd'];
    for (const href of hrefs) {
      const a = document.createElement('a');
      a.setAttribute('href', href);
      a.textContent = 'text';
      const blocks = htmlToBlocks(`<p>${a.outerHTML}</p>`);
      expect(blocks, href).to.deep.equal([{ type: 'paragraph', content: ['text'] }]);
    }
  });

  it('allows mailto: and tel: links, and anchors without href become text', () => {
    expect(htmlToBlocks('<p><a href="mailto:desk@example.org">Mail</a> <a href="tel:+15551234">Call</a> <a name="x">anchor</a></p>')).to.deep.equal([
      {
        type: 'paragraph',
        content: [
          { type: 'link', href: 'mailto:desk@example.org', content: ['Mail'] },
          ' ',
          { type: 'link', href: 'tel:+15551234', content: ['Call'] },
          ' anchor',
        ],
      },
    ]);
  });

  it('converts lists, flattening nested lists after their parent item', () => {
    const blocks = htmlToBlocks('<ul><li>One</li><li>Two <em>b</em><ol><li>Two.a</li><li>Two.b</li></ol></li><li> </li><li>Three</li></ul><ol><li>First</li></ol><ul></ul>');
    expect(blocks).to.deep.equal([
      {
        type: 'list',
        ordered: false,
        items: [['One'], ['Two ', { type: 'em', content: ['b'] }], ['Two.a'], ['Two.b'], ['Three']],
      },
      { type: 'list', ordered: true, items: [['First']] },
    ]);
  });

  it('leaves out nested lists inside dropped content of an item, and reads items in any wrapper', () => {
    const blocks = htmlToBlocks('<ul><li>One<noscript><ul><li>hidden</li></ul></noscript></li><li>Two<div><ol><li>Two.a</li></ol></div></li></ul>');
    expect(blocks).to.deep.equal([{ type: 'list', ordered: false, items: [['One'], ['Two'], ['Two.a']] }]);
  });

  it('reads blockquote attribution from a <cite>, stripping the dash', () => {
    expect(htmlToBlocks('<blockquote><p>Space should unite us.</p><p>Always.</p><cite>— Sean Duffy</cite></blockquote>')).to.deep.equal([
      { type: 'quote', content: ['Space should unite us. Always.'], attribution: 'Sean Duffy' },
    ]);
  });

  it('prefers a <footer> attribution, which may hold a <cite>', () => {
    expect(htmlToBlocks('<blockquote><p>Quote</p><footer>Jane Doe, <cite>NASA</cite></footer></blockquote>')).to.deep.equal([
      { type: 'quote', content: ['Quote'], attribution: 'Jane Doe, NASA' },
    ]);
  });

  it('gives a blockquote without cite or footer no attribution', () => {
    expect(htmlToBlocks('<blockquote>Just words <a href="https://x.example/">linked</a></blockquote>')).to.deep.equal([
      { type: 'quote', content: ['Just words ', { type: 'link', href: 'https://x.example/', content: ['linked'] }] },
    ]);
  });

  it('converts a figure with img and figcaption', () => {
    const blocks = htmlToBlocks('<figure><img src="/a.jpg" alt=" A  picture " width="1200" height="800"><figcaption>Bakanov in Houston. <span class="wp-credit">Photo: NASA</span></figcaption></figure>', BASE);
    expect(blocks).to.deep.equal([
      {
        type: 'image',
        image: { url: 'https://example.org/a.jpg', alt: 'A picture', caption: 'Bakanov in Houston. Photo: NASA', width: 1200, height: 800 },
      },
    ]);
  });

  it('drops a figure whose image fails the allowlist, caption included', () => {
    expect(htmlToBlocks('<figure><img src="javascript:alert(1)"><figcaption>Nothing to describe</figcaption></figure><p>after</p>')).to.deep.equal([
      { type: 'paragraph', content: ['after'] },
    ]);
  });

  it('walks figures without images (pull quotes, tables) and galleries of figures', () => {
    const blocks = htmlToBlocks(`<figure class="wp-block-pullquote"><blockquote><p>Pull</p><cite>Someone</cite></blockquote></figure>
      <figure class="wp-block-gallery"><figure><img src="https://x.example/1.jpg"></figure><figure><img src="https://x.example/2.jpg"><figcaption>Two</figcaption></figure></figure>`);
    expect(blocks).to.deep.equal([
      { type: 'quote', content: ['Pull'], attribution: 'Someone' },
      { type: 'image', image: { url: 'https://x.example/1.jpg' } },
      { type: 'image', image: { url: 'https://x.example/2.jpg', caption: 'Two' } },
    ]);
  });

  it('hoists images out of paragraphs and links, splitting the paragraph', () => {
    const blocks = htmlToBlocks('<p>Before <a href="https://x.example/big.jpg"><img src="https://x.example/small.jpg" alt="Small"></a> after</p>');
    expect(blocks).to.deep.equal([
      { type: 'paragraph', content: ['Before'] },
      { type: 'image', image: { url: 'https://x.example/small.jpg', alt: 'Small' } },
      { type: 'paragraph', content: ['after'] },
    ]);
  });

  it('drops data: and javascript: images and ignores sizes that are not pixels', () => {
    const blocks = htmlToBlocks('<img src="data:image/png;base64,AAAA" alt="pixel"><img src="javascript:alert(1)"><img src="/real.jpg" width="auto" height="50%">', BASE);
    expect(blocks).to.deep.equal([{ type: 'image', image: { url: 'https://example.org/real.jpg' } }]);
  });

  it('ignores images inside noscript (they would load only without scripts)', () => {
    expect(htmlToBlocks('<figure><noscript><img src="https://x.example/a.jpg"></noscript><figcaption>Cap</figcaption></figure>')).to.deep.equal([
      { type: 'paragraph', content: ['Cap'] },
    ]);
  });

  it('returns no blocks for empty or markup-only input', () => {
    expect(htmlToBlocks('')).to.deep.equal([]);
    expect(htmlToBlocks('<script>x</script><p> </p>')).to.deep.equal([]);
  });

  it('never returns markup: tags in text stay text', () => {
    expect(htmlToBlocks('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).to.deep.equal([
      { type: 'paragraph', content: ['<script>alert(1)</script>'] },
    ]);
  });

  it('does not run scripts or load images while parsing', async () => {
    const marker = `__htmlBlocksRan${Math.random().toString(36).slice(2)}`;
    htmlToBlocks(`<script>window.${marker}=1</script><img src="x" onerror="window.${marker}=2"><svg onload="window.${marker}=3"></svg>`);
    await new Promise(resolve => setTimeout(resolve, 50));
    expect((window as unknown as Record<string, unknown>)[marker]).to.equal(undefined);
  });

  it('throws a DataError where DOMParser does not exist', () => {
    const saved = globalThis.DOMParser;
    (globalThis as { DOMParser?: unknown }).DOMParser = undefined;
    try {
      expect(() => htmlToBlocks('<p>x</p>')).to.throw(DataError, /HTML content needs a browser/);
    } finally {
      globalThis.DOMParser = saved;
    }
  });
});
