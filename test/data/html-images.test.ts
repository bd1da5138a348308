import { expect } from '@open-wc/testing';
import { firstImage, htmlToBlocks } from '../../src/data/html-blocks.js';
import { withoutDomParser } from '../support/without-dom-parser.js';

const BASE = 'https://example.org/news/item';
const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

describe('images in HTML', () => {
  it('reads lazy images from data-src, data-lazy-src and data-original over a placeholder src, keeping width and height', () => {
    const html = `<img src="${GIF}" data-src="/a.jpg" width="800" height="600" alt="A">
      <img src="/wp-content/plugins/lazy-load/images/1x1.trans.gif" data-lazy-src="/b.jpg" width="640" height="480">
      <img class="lazy" data-original="https://cdn.example/c.jpg" src="/img/lazy.gif">`;
    expect(htmlToBlocks(html, BASE)).to.deep.equal([
      { type: 'image', image: { url: 'https://example.org/a.jpg', alt: 'A', width: 800, height: 600 } },
      { type: 'image', image: { url: 'https://example.org/b.jpg', width: 640, height: 480 } },
      { type: 'image', image: { url: 'https://cdn.example/c.jpg' } },
    ]);
  });

  it('takes the largest srcset or data-srcset candidate when src is missing or a placeholder', () => {
    const html = `<img srcset="/s.jpg 300w, /m.jpg 768w,/x.jpg 1024w, /l.jpg 900w">
      <img src="${GIF}" data-srcset="https://res.cdn.example/c_fill,w_300/p.jpg 1x, https://res.cdn.example/c_fill,w_600/p.jpg 2x" width="300">
      <img src="/blank.gif" srcset="/one.jpg">`;
    expect(htmlToBlocks(html, BASE)).to.deep.equal([
      { type: 'image', image: { url: 'https://example.org/x.jpg' } },
      { type: 'image', image: { url: 'https://res.cdn.example/c_fill,w_600/p.jpg', width: 300 } },
      { type: 'image', image: { url: 'https://example.org/one.jpg' } },
    ]);
  });

  it('keeps a real src over its srcset', () => {
    expect(htmlToBlocks('<img src="/a-300.jpg" srcset="/a-300.jpg 300w, /a-1024.jpg 1024w" width="300" height="200">', BASE)).to.deep.equal([
      { type: 'image', image: { url: 'https://example.org/a-300.jpg', width: 300, height: 200 } },
    ]);
  });

  it('reads <picture><source srcset> when the <img> has no usable src', () => {
    const html = '<picture><source type="image/webp" srcset="/p.webp 1x, /p@2x.webp 2x"><img alt="P"></picture>';
    expect(htmlToBlocks(html, BASE)).to.deep.equal([{ type: 'image', image: { url: 'https://example.org/p@2x.webp', alt: 'P' } }]);
  });

  it('drops tracking pixels and feed statistics images from bodies', () => {
    const html = `<p>Text</p><img src="https://example.org/t.gif" width="1" height="1"><img src="https://example.org/t2.gif" width="2">
      <img src="http://feeds.feedburner.com/~r/Example/~4/abc123" height="1" width="1" alt=""><img src="http://feeds.feedburner.com/~ff/Example?d=yIl2AUoC8zA">
      <img src="https://pixel.wp.com/b.gif?host=x"><img src="https://stats.wordpress.com/b.gif?v=1"><p>More</p>`;
    expect(htmlToBlocks(html)).to.deep.equal([
      { type: 'paragraph', content: ['Text'] },
      { type: 'paragraph', content: ['More'] },
    ]);
  });

  it('keeps pictures whose names only look like smilies or spacers', () => {
    const html = '<img src="https://x.example/photos/smiling-child.jpg" class="emoji-story"><img src="https://x.example/pixel-art.png" width="640">';
    expect(htmlToBlocks(html)).to.deep.equal([
      { type: 'image', image: { url: 'https://x.example/photos/smiling-child.jpg' } },
      { type: 'image', image: { url: 'https://x.example/pixel-art.png', width: 640 } },
    ]);
  });

  it('shows old WordPress smilies and Twemoji as their text', () => {
    const html = '<p>Hi <img src="https://x.example/wp-includes/images/smilies/icon_smile.gif" alt=":)"> and <img class="emoji" src="https://twemoji.maxcdn.com/v/latest/72x72/1f600.png" alt="😀"></p>';
    expect(htmlToBlocks(html)).to.deep.equal([{ type: 'paragraph', content: ['Hi :) and 😀'] }]);
  });

  it('does not take the allowlist around: lazy attributes with javascript: or data: URLs are dropped', () => {
    expect(htmlToBlocks(`<img data-src="javascript:alert(1)" srcset="data:image/png;base64,AAAA 1x"><p>after</p>`)).to.deep.equal([
      { type: 'paragraph', content: ['after'] },
    ]);
  });
});

describe('firstImage', () => {
  it('returns the first real picture, skipping pixels, feed statistics images and emoji', () => {
    const html = `<p>Hi <img class="wp-smiley" src="https://s.w.org/images/core/emoji/15.0.3/72x72/1f642.png" alt="🙂"></p>
      <img src="https://example.org/pixel.gif" width="1" height="1"><img src="http://feeds.feedburner.com/~r/Example/~4/abc">
      <img src="https://pixel.wp.com/g.gif?blog=1"><img src="https://stats.wordpress.com/b.gif">
      <img src="${GIF}" data-lazy-src="/uploads/photo.jpg" width="1024" height="683" alt="Photo"><img src="/second.jpg">`;
    expect(firstImage(html, BASE)).to.deep.equal({ url: 'https://example.org/uploads/photo.jpg', alt: 'Photo', width: 1024, height: 683 });
  });

  it('reads <picture><source srcset>', () => {
    expect(firstImage('<picture><source srcset="https://x.example/a.avif"><img src="data:,"></picture>')).to.deep.equal({ url: 'https://x.example/a.avif' });
  });

  it('skips images inside noscript and script, and returns undefined without a real one', () => {
    expect(firstImage('<noscript><img src="https://x.example/a.jpg"></noscript><script>"<img src=https://x.example/b.jpg>"</script>')).to.equal(undefined);
    expect(firstImage('<img src="https://x.example/1x1.gif" width="1" height="1"><img src="javascript:alert(1)">')).to.equal(undefined);
  });

  it('reads an image wrapped in literal CDATA markers', () => {
    expect(firstImage('<![CDATA[<p><img src="https://x.example/a.jpg"></p>]]>')).to.deep.equal({ url: 'https://x.example/a.jpg' });
  });

  it('does not parse HTML that has no <img', () => {
    expect(withoutDomParser(() => firstImage('<p>No picture &amp; no parse</p><picture></picture>'))).to.equal(undefined);
  });
});
