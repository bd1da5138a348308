import { expect } from '@open-wc/testing';
import { collectWarnings } from '../../src/data/errors.js';
import { htmlText, htmlToBlocks } from '../../src/data/html-blocks.js';
import { withoutDomParser } from '../support/without-dom-parser.js';

describe('text as the publisher meant it', () => {
  it('keeps the text of MathML, without its TeX annotation', () => {
    const html = '<p>Einstein: <math><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow><annotation encoding="application/x-tex">E=mc^2</annotation></semantics></math>.</p>';
    expect(htmlToBlocks(html)).to.deep.equal([{ type: 'paragraph', content: ['Einstein: E=mc2.'] }]);
  });

  it('keeps the <title> and <text> of an SVG drawing, and nothing else of it', () => {
    const html = `<p>Chart:<svg viewBox="0 0 10 10"><title>Sales by year</title><desc>A bar chart</desc><style>text{fill:red}</style>
      <g><rect width="5" height="5"/><text x="1" y="9">2019</text><text x="6" y="9">20<tspan>20</tspan></text></g><script>alert(1)</script></svg>done</p>`;
    expect(htmlToBlocks(html)).to.deep.equal([{ type: 'paragraph', content: ['Chart: Sales by year 2019 2020 done'] }]);
  });

  it('keeps SVG text in headings, links and captions', () => {
    const html = `<h2><svg><title>Star</title></svg>Top</h2><p><a href="https://x.example/"><svg><text>icon</text></svg>Link</a></p>
      <figure><img src="https://x.example/a.jpg"><figcaption>Map <svg><text>North</text></svg></figcaption></figure>`;
    expect(htmlToBlocks(html)).to.deep.equal([
      { type: 'heading', level: 2, content: ['Star Top'] },
      { type: 'paragraph', content: [{ type: 'link', href: 'https://x.example/', content: ['icon Link'] }] },
      { type: 'image', image: { url: 'https://x.example/a.jpg', caption: 'Map North' } },
    ]);
  });

  it('drops the raw contents of xmp, noembed and noframes', () => {
    const html = '<p>a<xmp><b>x</b></xmp>b</p><noembed><p>no embed</p></noembed><noframes><p>no frames</p></noframes><p>c</p>';
    // An <xmp> ends the paragraph it is in, as any block does.
    expect(htmlToBlocks(html)).to.deep.equal([
      { type: 'paragraph', content: ['a'] },
      { type: 'paragraph', content: ['b'] },
      { type: 'paragraph', content: ['c'] },
    ]);
  });

  it('drops everything after <plaintext>, which is raw source to its end', () => {
    expect(htmlToBlocks('<p>kept</p><plaintext><b>source</b></p>')).to.deep.equal([{ type: 'paragraph', content: ['kept'] }]);
  });

  it('reads the text inside literal CDATA markers (HTML escaped twice in a feed), not as a comment', () => {
    expect(htmlToBlocks('<![CDATA[<p>Hello <b>world</b></p>]]>')).to.deep.equal([
      { type: 'paragraph', content: ['Hello ', { type: 'strong', content: ['world'] }] },
    ]);
    expect(htmlText('<![CDATA[Breaking: rates &amp; markets]]>')).to.equal('Breaking: rates & markets');
  });

  it('shows a WordPress emoji image as its character, in the text around it', () => {
    const html = '<p>Great <img class="wp-smiley" src="https://s.w.org/images/core/emoji/15.0.3/72x72/1f642.png" alt="🙂" style="height: 1em"> news <b>really <img draggable="false" role="img" class="emoji" alt="🎉" src="https://s.w.org/images/core/emoji/15.0.3/svg/1f389.svg"></b></p>';
    expect(htmlToBlocks(html)).to.deep.equal([{ type: 'paragraph', content: ['Great 🙂 news really 🎉'] }]);
  });
});

describe('htmlText', () => {
  it('decodes named and numeric entities', () => {
    expect(htmlText('Don&#8217;t panic &amp; carry&nbsp;on &rsquo;til &ldquo;dawn&rdquo; &#x2014; &lt;b&gt;')).to.equal('Don’t panic & carry on ’til “dawn” — <b>');
  });

  it('decodes exactly once: an escaped entity stays an entity', () => {
    expect(htmlText('AT&amp;amp;T')).to.equal('AT&amp;T');
    expect(htmlText(htmlText('AT&amp;amp;T'))).to.equal('AT&T');
  });

  it('drops markup and keeps the words of neighbouring blocks apart', () => {
    expect(htmlText('<p>First <em>para</em>.</p><p>Second</p><ul><li>one</li><li>two</li></ul><script>x()</script><img src="https://x.example/a.jpg" alt="pic">'))
      .to.equal('First para. Second one two');
  });

  it('keeps a lone < or & that is text', () => {
    expect(htmlText('1 < 2 & 3 > 2')).to.equal('1 < 2 & 3 > 2');
  });

  it('reads text without < or & without the HTML parser', () => {
    expect(withoutDomParser(() => htmlText('  Plain   headline\n'))).to.equal('Plain headline');
  });
});

describe('htmlToBlocks on JSON text fields', () => {
  it('converts an articleBody that holds paragraphs', () => {
    expect(htmlToBlocks('<p class="FirstParagraph">I don&#039;t use it.</p>\n<p>Neither do they.</p>')).to.deep.equal([
      { type: 'paragraph', content: ['I don\'t use it.'] },
      { type: 'paragraph', content: ['Neither do they.'] },
    ]);
  });

  it('decodes the entities of an articleBody in plain text', () => {
    expect(htmlToBlocks('Brands&rsquo; reliance on video grew 5&nbsp;% &mdash; fast.')).to.deep.equal([
      { type: 'paragraph', content: ['Brands’ reliance on video grew 5\u00a0% — fast.'] },
    ]);
  });

  it('returns plain text without < or & as one paragraph without the HTML parser, and no warning', () => {
    const { value, warnings } = collectWarnings(() => withoutDomParser(() => htmlToBlocks('  A plain\n body.  ')));
    expect(value).to.deep.equal([{ type: 'paragraph', content: ['A plain body.'] }]);
    expect(warnings).to.deep.equal([]);
    expect(withoutDomParser(() => htmlToBlocks(' \n '))).to.deep.equal([]);
  });
});
