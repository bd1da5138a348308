import { expect } from '@open-wc/testing';
import { parseCardList } from '../../src/data/list/index.js';
import type { CardList } from '../../src/data/model.js';

const BASE = 'https://orbital-times.example/feeds/list';

/** URLs that must never reach an href or src, in the spellings attackers use. */
const HOSTILE = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];

/** Every `url` anywhere in the list. */
function urlsIn(list: CardList): string[] {
  return [list.url, ...list.items.flatMap(card => [card.url, card.image?.url])].filter((url): url is string => url !== undefined);
}

function expectOnlySafeUrls(list: CardList, bad: string): void {
  for (const url of urlsIn(list)) expect(url, `${JSON.stringify(bad)} → ${url}`).to.match(/^https?:/);
  // Ids are opaque keys, never put in an href or src; everything else must be clean.
  const shown = JSON.stringify(list, (key, value: unknown) => (key === 'id' ? undefined : value));
  expect(shown, JSON.stringify(bad)).not.to.match(/alert|msgbox|<script/i);
}

/** Text as it would be written in an XML attribute or element. */
function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\t/g, '&#9;');
}

describe('hostile URLs in every URL field of every list format', () => {
  for (const bad of HOSTILE) {
    describe(JSON.stringify(bad), () => {
      const x = xmlEscape(bad);

      it('RSS: dropped, titles kept', () => {
        const list = parseCardList(
          `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Feed</title><link>${x}</link>
            <item><title>One</title><link>${x}</link><media:content url="${x}" medium="image"/><media:thumbnail url="${x}"/><enclosure url="${x}" type="image/png"/>
              <description>&lt;img src="${xmlEscape(x)}"&gt;&lt;a href="${xmlEscape(x)}"&gt;text&lt;/a&gt;</description></item>
            <item><title>Two</title><guid>${x}</guid><media:group><media:content url="${x}" type="image/jpeg"/></media:group></item>
          </channel></rss>`,
          { base: BASE },
        );
        expectOnlySafeUrls(list, bad);
        expect(list).to.deep.equal({ title: 'Feed', items: [{ title: 'One', summary: 'text' }, { id: bad.replace(/\s+/g, ' ').trim(), title: 'Two' }] });
      });

      it('Atom: dropped, titles kept, also through xml:base', () => {
        const list = parseCardList(
          `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><title>Feed</title><link href="${x}"/>
            <entry><title>One</title><link href="${x}"/><link rel="enclosure" type="image/png" href="${x}"/><media:thumbnail url="${x}"/>
              <content type="html">&lt;img src="${xmlEscape(x)}"&gt;</content></entry>
            <entry xml:base="${x}"><title>Two</title><link href="relative"/><media:content url="relative.png" medium="image"/></entry>
          </feed>`,
          { base: BASE },
        );
        expectOnlySafeUrls(list, bad);
        expect(list).to.deep.equal({ title: 'Feed', items: [{ title: 'One' }, { title: 'Two' }] });
      });

      it('JSON Feed: dropped, titles kept', () => {
        const list = parseCardList(
          { version: 'https://jsonfeed.org/version/1.1', title: 'Feed', home_page_url: bad, items: [{ title: 'One', url: bad, external_url: bad, image: bad, banner_image: bad }] },
          { base: BASE },
        );
        expectOnlySafeUrls(list, bad);
        expect(list).to.deep.equal({ title: 'Feed', items: [{ title: 'One' }] });
      });

      it('ItemList: dropped, titles kept', () => {
        const list = parseCardList(
          {
            '@context': 'https://schema.org',
            '@graph': [
              {
                '@type': 'ItemList',
                name: 'List',
                url: bad,
                itemListElement: [
                  { '@type': 'ListItem', position: 1, name: 'One', url: bad },
                  { '@type': 'ListItem', position: 2, name: 'Two', item: bad },
                  { '@type': 'ListItem', position: 3, item: { '@type': 'NewsArticle', headline: 'Three', url: bad, mainEntityOfPage: bad, image: [bad, { '@type': 'ImageObject', url: bad }], thumbnailUrl: bad } },
                  { '@type': 'ListItem', position: 4, item: { '@id': '#four' } },
                  { '@type': 'ListItem', position: 5, name: 'Five', item: { '@id': bad } },
                ],
              },
              { '@type': 'NewsArticle', '@id': '#four', headline: 'Four', url: bad, image: { '@id': '#img' } },
              { '@type': 'ImageObject', '@id': '#img', contentUrl: bad },
            ],
          },
          { base: BASE },
        );
        expectOnlySafeUrls(list, bad);
        expect(list).to.deep.equal({
          title: 'List',
          items: [{ title: 'One' }, { title: 'Two' }, { title: 'Three' }, { id: '#four', title: 'Four' }, { title: 'Five' }],
        });
      });

      it('native list JSON and plain arrays: dropped, titles kept', () => {
        const list = parseCardList({ title: 'List', url: bad, items: [{ title: 'One', url: bad, image: bad }, { title: 'Two', url: bad, image: { url: bad, alt: 'x' } }] });
        expectOnlySafeUrls(list, bad);
        expect(list).to.deep.equal({ title: 'List', items: [{ title: 'One' }, { title: 'Two' }] });
        const plain = parseCardList([{ title: 'One', url: bad }, { title: 'Two', url: bad, image: bad }]);
        expectOnlySafeUrls(plain, bad);
        expect(plain).to.deep.equal({ items: [{ title: 'One' }, { title: 'Two' }] });
      });
    });
  }

  it('entity-encoded schemes in XML: a numeric reference is decoded and dropped, a named HTML one is no scheme', () => {
    const list = parseCardList(
      `<rss version="2.0"><channel><title>T</title>
        <item><title>A</title><link>&#106;avascript:alert(1)</link></item>
        <item><title>B</title><link>javascript&amp;colon;alert(1)</link></item>
        <item><title>C</title><link><![CDATA[javascript:alert(1)]]></link></item>
        <item><title>D</title><link>java&#x09;script:alert(1)</link></item>
      </channel></rss>`,
      { base: BASE },
    );
    expect(list.items[0]).to.deep.equal({ title: 'A' });
    // In XML, `&colon;` is not an entity: the text is a harmless relative path on the feed's site.
    expect(list.items[1].url).to.equal('https://orbital-times.example/feeds/javascript&colon;alert(1)');
    expect(list.items[2]).to.deep.equal({ title: 'C' });
    expect(list.items[3]).to.deep.equal({ title: 'D' });
  });
});

describe('hostile markup in titles and summaries', () => {
  it('RSS: script-bearing CDATA titles and descriptions become plain text', () => {
    const list = parseCardList(`<?xml version="1.0"?><rss version="2.0"><channel><title><![CDATA[Feed <script>alert(1)</script>]]></title>
      <item><title><![CDATA[<img src=x onerror="alert(1)">Safe <b>title</b><script>alert(2)</script>]]></title>
        <description><![CDATA[<p onclick="alert(3)">Summary <style>p{}</style><iframe src="javascript:alert(4)"></iframe>text</p>]]></description>
        <category><![CDATA[<img src=x onerror=alert(5)>Space]]></category></item>
      <item><title>&lt;script&gt;alert(6)&lt;/script&gt;</title><description>Only text</description></item>
    </channel></rss>`);
    expect(list).to.deep.equal({
      title: 'Feed',
      items: [
        { title: 'Safe title', summary: 'Summary text', label: 'Space' },
        // A title that is nothing but a script is no title: the item is titled from its text.
        { title: 'Only text' },
      ],
    });
  });

  it('Atom: html and xhtml titles become plain text; text titles stay literal text', () => {
    const list = parseCardList(`<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">&lt;img src=x onerror=alert(1)&gt;Feed</title>
      <entry><title type="html">&lt;script&gt;alert(2)&lt;/script&gt;&lt;b&gt;Bold&lt;/b&gt; move</title>
        <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><script>alert(3)</script><p onmouseover="alert(4)">Hover</p></div></summary></entry>
      <entry><title>&lt;img src=x onerror=alert(5)&gt;</title></entry>
    </feed>`);
    expect(list.title).to.equal('Feed');
    expect(list.items[0]).to.deep.equal({ title: 'Bold move', summary: 'Hover' });
    // type="text": shown as the characters it is, never parsed, so it cannot run.
    expect(list.items[1]).to.deep.equal({ title: '<img src=x onerror=alert(5)>' });
  });
});
