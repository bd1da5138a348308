import { expect } from '@open-wc/testing';
import { collectWarnings } from '../../src/data/errors.js';
import { parseAtom } from '../../src/data/list/atom.js';
import { dataErrorOf, listFixtureUrl, loadListFixture } from './list-fixtures.js';

function atom(entries: string, attributes = ''): string {
  return `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"${attributes}><title>T</title>${entries}</feed>`;
}

describe('parseAtom', () => {
  it('reads an Atom feed: html and xhtml text, xml:base, authors, categories, images', async () => {
    const list = parseAtom((await loadListFixture('atom.xml')) as string, listFixtureUrl('atom.xml'));
    expect(list).to.deep.equal({
      title: 'Orbital Notes',
      url: 'https://blog.orbital.example/',
      items: [
        {
          id: 'tag:blog.orbital.example,2025:houston-talks',
          // type="html": entities decoded twice (once by XML, once by HTML), markup reduced to text.
          title: 'Houston talks: what was agreed & what wasn’t',
          url: 'https://blog.orbital.example/2025/07/houston-talks',
          image: { url: 'https://blog.orbital.example/2025/07/houston-talks.jpg' },
          date: '2025-07-29T20:15:00+02:00',
          label: 'Space diplomacy',
          summary: 'Cross-flights continue into 2026.',
          author: 'Jane Doe, Ivan Petrenko',
        },
        {
          id: 'tag:blog.orbital.example,2025:crew-11-countdown',
          // type="text" (the default): what looks like markup is text.
          title: 'Crew-11 <launch> countdown',
          url: 'https://blog.orbital.example/2025/07/crew-11-countdown',
          image: { url: 'https://blog.orbital.example/img/crew-11-thumb.jpg', width: 320, height: 180 },
          date: '2025-07-28T06:00:00Z',
          label: 'launches',
          summary: 'Liftoff is set for July 31.',
          // The feed's author stands for entries without their own.
          author: 'Orbital Desk',
        },
        {
          id: 'urn:uuid:5c1e3b4a-0000-4000-8000-000000000003',
          title: 'A note without a link',
          author: 'Orbital Desk',
        },
      ],
    });
  });

  it('reads xhtml content as plain text, scripts dropped', () => {
    const list = parseAtom(
      atom(`<entry><title>X</title><content type="xhtml" xml:base="https://cdn.example/2025/"><div xmlns="http://www.w3.org/1999/xhtml">
        <p>Text <script>alert(1)</script>here.</p><img src="a.png" width="640" height="360"/></div></content></entry>`),
    );
    expect(list.items).to.deep.equal([{ title: 'X', summary: 'Text here.' }]);
  });

  it('follows the alternate link (rel="alternate" or none), not self, edit or enclosure links', () => {
    const url = (links: string) => parseAtom(atom(`<entry><title>X</title>${links}</entry>`), 'https://example.com/feed.atom').items[0].url;
    expect(url('<link rel="self" href="/self"/><link rel="edit" href="/edit"/><link href="/page"/>')).to.equal('https://example.com/page');
    expect(url('<link rel="ALTERNATE" href="https://other.example/x"/>')).to.equal('https://other.example/x');
    expect(url('<link rel="enclosure" type="image/png" href="/i.png"/>')).to.equal(undefined);
  });

  it('resolves nested xml:base from feed to entry to link', () => {
    const list = parseAtom(
      atom('<entry xml:base="b/"><title>X</title><link xml:base="c/" href="d"/></entry>', ' xml:base="https://example.com/a/"'),
      'https://ignored.example/',
    );
    expect(list.items[0].url).to.equal('https://example.com/a/b/c/d');
  });

  it('decodes HTML entities in text constructs (publishers escape twice) but keeps their markup as text', () => {
    const list = parseAtom(atom('<entry><title>Tell, Don&amp;rsquo;t Ask &lt;b&gt;</title><summary type="text">AT&amp;T &amp;ldquo;Q&amp;A&amp;rdquo; &lt; 3</summary></entry>'));
    expect(list.items).to.deep.equal([{ title: 'Tell, Don’t Ask <b>', summary: 'AT&T “Q&A” < 3' }]);
  });

  it('takes the first image of the content when there is no media element', () => {
    const list = parseAtom(
      atom(`<entry><title>E</title><summary>S</summary><content type="html">&lt;p&gt;Text &lt;img src="/i/a.jpg" alt="A"&gt;&lt;/p&gt;</content></entry>
        <entry><title>X</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p><img src="b.png" width="300" height="200"/></p></div></content></entry>
        <entry><title>M</title><media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="/m.jpg"/><content type="html">&lt;img src="/i/c.jpg"&gt;</content></entry>`),
      'https://example.com/feed/',
    );
    expect(list.items.map(item => item.image)).to.deep.equal([
      { url: 'https://example.com/i/a.jpg', alt: 'A' },
      { url: 'https://example.com/feed/b.png', width: 300, height: 200 },
      { url: 'https://example.com/m.jpg' },
    ]);
  });

  it('summarizes an entry that only has content', () => {
    const list = parseAtom(atom('<entry><title>E</title><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry>'));
    expect(list.items).to.deep.equal([{ title: 'E', summary: 'Body' }]);
  });

  it('titles an entry without a title from its text, and drops one without either with a warning', () => {
    const { value, warnings } = collectWarnings(() =>
      parseAtom(atom('<entry><summary>Just a note.</summary></entry><entry><title/><id>x</id></entry><entry><content type="image/png" src="/i.png"/></entry>')),
    );
    expect(value.items).to.deep.equal([{ title: 'Just a note.' }]);
    expect(warnings).to.deep.equal([
      { path: 'items[1]', problem: 'has no title and no text to make one from' },
      { path: 'items[2]', problem: 'has no title and no text to make one from' },
    ]);
  });

  it('rejects a document that is not Atom', () => {
    expect(dataErrorOf(() => parseAtom('<rss version="2.0"><channel/></rss>')).message).to.equal(
      'expected an RSS or Atom feed, got an XML document whose root element is <rss>',
    );
    expect(dataErrorOf(() => parseAtom('<feed><entry></feed>')).message).to.match(/^the feed is not well-formed XML/);
  });
});
