import { expect } from '@open-wc/testing';
import { titleFromText } from '../../src/data/text.js';
import { parseRss } from '../../src/data/list/rss.js';
import { collectWarnings } from '../../src/data/errors.js';
import { dataErrorOf, loadListFixture } from './list-fixtures.js';

const BASE = 'https://orbital-times.example/feed/';

function rss(items: string, namespaces = ''): string {
  return `<?xml version="1.0"?><rss version="2.0"${namespaces}><channel><title>T</title>${items}</channel></rss>`;
}

describe('parseRss', () => {
  it('reads a WordPress feed: dc:creator, categories, media:content, enclosures, content:encoded', async () => {
    const list = parseRss((await loadListFixture('wordpress.xml')) as string, BASE);
    expect(list).to.deep.equal({
      title: 'Orbital Times – Space',
      url: 'https://orbital-times.example/category/space/',
      items: [
        {
          id: 'https://orbital-times.example/?p=4211',
          title: 'Space Giants Clash in Houston: Secrets Revealed',
          url: 'https://orbital-times.example/2025/07/29/space-giants-clash-in-houston/',
          image: { url: 'https://orbital-times.example/wp-content/uploads/2025/07/houston.jpg', width: 1600, height: 900 },
          date: '2025-07-29T14:05:00.000Z',
          label: 'Space',
          summary:
            'The heads of NASA and Roscosmos meet face-to-face for the first time in eight years. […] The post Space Giants Clash in Houston: Secrets Revealed appeared first on Orbital Times.',
          author: 'Jane Doe',
        },
        {
          id: 'https://orbital-times.example/?p=4198',
          title: 'Crew-11 Is Go for Launch & Docking',
          url: 'https://orbital-times.example/2025/07/28/crew-11-go-for-launch/',
          // The audio enclosure of the first item is no picture; this one is an image.
          image: { url: 'https://orbital-times.example/wp-content/uploads/2025/07/crew-11.jpg' },
          date: '2025-07-28T09:30:12.000Z',
          label: 'Launches',
          summary: 'Cosmonaut Oleg Platonov flies with three NASA astronauts on Thursday.',
          author: 'Ivan Petrenko, Jane Doe',
        },
        {
          id: 'https://orbital-times.example/?p=4170',
          title: 'Luna-25 Inquiry Names Engine Fault',
          url: 'https://orbital-times.example/2025/07/26/luna-25-inquiry/',
          // No media or image enclosure: the first image of the content, its relative URL resolved.
          image: { url: 'https://orbital-times.example/wp-content/uploads/2025/07/luna-25.png', alt: 'Luna-25 on the pad', width: 800, height: 450 },
          date: '2025-07-26T17:00:00.000Z',
          label: 'Moon',
          summary: 'The probe’s final burn lasted 127 seconds instead of 84.',
          author: 'Orbital Desk',
        },
      ],
    });
  });

  it('reads a BBC-style feed: CDATA, media:thumbnail, guid permalinks, media:group', async () => {
    const list = parseRss((await loadListFixture('bbc.xml')) as string, 'https://feeds.bbci.co.uk/news/science_and_environment/rss.xml');
    expect(list.title).to.equal('BBC News - Science & Environment');
    expect(list.url).to.equal('https://www.bbc.co.uk/news/science_and_environment');
    expect(list.items).to.deep.equal([
      {
        id: 'https://www.bbc.co.uk/news/articles/c0rbit11o#0',
        title: 'Russian space chief in first US visit for eight years',
        url: 'https://www.bbc.co.uk/news/articles/c0rbit11o?at_medium=RSS&at_campaign=rss',
        image: { url: 'https://ichef.bbci.co.uk/ace/standard/240/cpsprodpb/1a2b/live/houston.jpg.webp', width: 240, height: 135 },
        date: '2025-07-29T18:41:03.000Z',
        summary: "Dmitry Bakanov meets Nasa's acting head in Houston as the agencies plan the ISS's final years.",
      },
      {
        // No <link>: the permalink guid is the URL.
        id: 'https://www.bbc.co.uk/news/articles/c9crew11o',
        title: 'Crew-11: What happens on the way to the space station?',
        url: 'https://www.bbc.co.uk/news/articles/c9crew11o',
        image: { url: 'https://ichef.bbci.co.uk/ace/standard/240/cpsprodpb/3c4d/live/crew.jpg.webp', width: 240, height: 135 },
        date: '2025-07-28T05:02:44.000Z',
        summary: 'A 29-hour journey, four crew and one Russian cosmonaut.',
      },
      {
        id: 'https://www.bbc.co.uk/news/videos/c5splash0o#1',
        title: 'Watch: Dragon capsule splashes down off California',
        url: 'https://www.bbc.co.uk/news/videos/c5splash0o',
        // The video is no picture; its thumbnail is. "BST" is a zone JavaScript cannot read: no date.
        image: { url: 'https://ichef.bbci.co.uk/ace/standard/976/splash.jpg', width: 976, height: 549 },
        summary: 'The capsule returned four astronauts after five months on the ISS.',
      },
    ]);
  });

  it('matches namespaces by URI, whatever the prefix', () => {
    const list = parseRss(
      rss(
        `<item><title>A</title><mrss:content url="https://cdn.example/a.jpg" medium="image"/><creator:creator>Ann</creator:creator></item>
         <item><title>B</title><m:thumbnail url="https://cdn.example/b.png"/></item>`,
        ' xmlns:mrss="http://search.yahoo.com/mrss/" xmlns:creator="http://purl.org/dc/elements/1.1/" xmlns:m="http://search.yahoo.com/mrss/"',
      ),
    );
    expect(list.items).to.deep.equal([
      { title: 'A', image: { url: 'https://cdn.example/a.jpg' }, author: 'Ann' },
      { title: 'B', image: { url: 'https://cdn.example/b.png' } },
    ]);
  });

  it('does not take an atom:link or a channel <image> for the channel link and title', () => {
    const list = parseRss(`<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
      <atom:link href="https://example.com/feed" rel="self"/><image><title>Logo</title><link>https://example.com/logo</link></image>
      <title>Real</title><link>https://example.com/</link></channel></rss>`);
    expect(list).to.deep.equal({ title: 'Real', url: 'https://example.com/', items: [] });
  });

  it('picks an image from media:content only when it is one', () => {
    const ns = ' xmlns:media="http://search.yahoo.com/mrss/"';
    const image = (media: string) => parseRss(rss(`<item><title>T</title>${media}</item>`, ns)).items[0].image;
    expect(image('<media:content url="https://c.example/v.mp4" medium="video"/>')).to.equal(undefined);
    expect(image('<media:content url="https://c.example/x" type="image/jpeg" width="auto"/>')).to.deep.equal({ url: 'https://c.example/x' });
    // Neither medium nor type (the Guardian's): a picture, unless the URL names a sound or a video file.
    expect(image('<media:content url="https://c.example/clip"/>')).to.deep.equal({ url: 'https://c.example/clip' });
    expect(image('<media:content url="https://c.example/clip.MP3?x=1"/>')).to.equal(undefined);
    expect(image('<media:content url="https://c.example/clip.webm"/>')).to.equal(undefined);
    expect(image('<media:group><media:content url="https://c.example/g.webp" medium="image" width="1200" height="675"/></media:group>')).to.deep.equal({
      url: 'https://c.example/g.webp',
      width: 1200,
      height: 675,
    });
    expect(image('<enclosure url="https://c.example/a.mp3" type="audio/mpeg"/><enclosure url="https://c.example/e.png" type="image/png"/>')).to.deep.equal({
      url: 'https://c.example/e.png',
    });
  });

  it('reads dates in RFC 822 and drops those it cannot read', () => {
    const date = (text: string) => parseRss(rss(`<item><title>T</title><pubDate>${text}</pubDate></item>`)).items[0].date;
    expect(date('Tue, 29 Jul 2025 14:05:00 +0000')).to.equal('2025-07-29T14:05:00.000Z');
    expect(date('29 Jul 2025 10:05:00 EDT')).to.equal('2025-07-29T14:05:00.000Z');
    expect(date('Tuesday, 29 July 2025 14:05 GMT')).to.equal('2025-07-29T14:05:00.000Z');
    expect(date('2025-07-29T14:05:00Z')).to.equal('2025-07-29T14:05:00Z');
    expect(date('Episode 12')).to.equal(undefined);
    expect(date('yesterday')).to.equal(undefined);
    expect(date('Tue, 32 Jul 2025 14:05:00 +0000')).to.equal(undefined);
    expect(date('')).to.equal(undefined);
  });

  it('uses the guid as the URL only when it is a permalink written as a URL', () => {
    const url = (guid: string) => parseRss(rss(`<item><title>T</title>${guid}</item>`), BASE).items[0].url;
    expect(url('<guid>https://example.com/a</guid>')).to.equal('https://example.com/a');
    expect(url('<guid isPermaLink="false">https://example.com/a</guid>')).to.equal(undefined);
    expect(url('<guid>4211@orbital-times</guid>')).to.equal(undefined);
    expect(url('<guid>tag:example.com,2025:1</guid>')).to.equal(undefined);
  });

  it('titles an item without a title from its text, and drops one without either with a warning', () => {
    const { value, warnings } = collectWarnings(() =>
      parseRss(rss('<item><description>Short &lt;b&gt;note&lt;/b&gt;.</description></item><item><link>https://example.com/x</link></item>')),
    );
    expect(value.items).to.deep.equal([{ title: 'Short note.' }]);
    expect(warnings).to.deep.equal([{ path: 'items[1]', problem: 'has no title and no text to make one from' }]);
  });

  it('rejects a document that is not RSS', () => {
    expect(dataErrorOf(() => parseRss('<feed xmlns="http://www.w3.org/2005/Atom"/>')).message).to.equal(
      'expected an RSS or Atom feed, got an XML document whose root element is <feed>',
    );
    expect(dataErrorOf(() => parseRss('<rss version="2.0"><item/></rss>')).message).to.equal('the RSS feed has no <channel>');
    expect(dataErrorOf(() => parseRss('<rss><channel><title>T</title></channel>')).message).to.match(/^the feed is not well-formed XML \(.+\)$/);
  });

  it('reads RSS in the UserLand namespace, with an RSS 2.0 author', async () => {
    const list = parseRss((await loadListFixture('userland.xml')) as string);
    expect(list).to.deep.equal({
      title: 'Orenburg News',
      url: 'https://orenburg-news.example/',
      items: [
        {
          title: 'River ice breaks early',
          url: 'https://orenburg-news.example/news/2014/01/23/ice',
          image: { url: 'https://orenburg-news.example/img/ice.jpg' },
          date: '2014-01-23T03:33:08.000Z',
          label: 'City',
          summary: 'The Ural broke its ice two weeks early.',
          author: 'City Desk',
        },
      ],
    });
  });

  it('reads the Guardian’s media:content without medium or type as the picture', async () => {
    const list = parseRss((await loadListFixture('guardian.xml')) as string);
    expect(list.items).to.deep.equal([
      {
        id: 'https://www.theguardian.example/science/2025/jul/29/moon-drift',
        title: 'Why the Moon is drifting away',
        url: 'https://www.theguardian.example/science/2025/jul/29/moon-drift',
        image: { url: 'https://i.guim.example/img/media/moon/master/140.jpg?width=140&quality=85&auto=format&fit=max&s=1a2b', width: 140 },
        date: '2025-07-29T06:00:11.000Z',
        label: 'The Moon',
        summary: 'Every year the Moon moves 3.8cm further from Earth.',
        author: 'Ian Sample',
      },
    ]);
  });

  it('reads a podcast: the item’s itunes:image is its picture, the audio enclosure is not', async () => {
    const list = parseRss((await loadListFixture('podcast.xml')) as string);
    expect(list.items).to.deep.equal([
      {
        id: 'orbit-hour-12',
        title: 'Episode 12: Docking',
        image: { url: 'https://orbit-hour.example/ep12.png' },
        date: '2025-07-28T11:00:00.000Z',
        summary: 'How two spacecraft meet at 28,000 km/h.',
      },
      // No picture of its own (the channel's cover is the show's, not the episode's).
      { id: 'orbit-hour-11', title: 'Episode 11: Launch windows', date: '2025-07-21T11:00:00.000Z', summary: 'Why a launch cannot wait.' },
    ]);
  });

  it('takes pictures in order: media, image enclosure, itunes:image, then the content’s first image', () => {
    const ns = ' xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:content="http://purl.org/rss/1.0/modules/content/"';
    const image = (parts: string) => parseRss(rss(`<item><title>T</title>${parts}</item>`, ns), BASE).items[0].image;
    const media = '<media:thumbnail url="https://c.example/m.jpg"/>';
    const enclosure = '<enclosure url="https://c.example/e.jpg" type="image/jpeg"/>';
    const itunes = '<itunes:image href="https://c.example/i.jpg"/>';
    const content = '<content:encoded>&lt;p&gt;Hi &lt;img src="/c.jpg"&gt;&lt;/p&gt;</content:encoded><description>&lt;img src="/d.jpg"&gt;</description>';
    expect(image(content + itunes + enclosure + media)).to.deep.equal({ url: 'https://c.example/m.jpg' });
    expect(image(content + itunes + enclosure)).to.deep.equal({ url: 'https://c.example/e.jpg' });
    expect(image(content + itunes)).to.deep.equal({ url: 'https://c.example/i.jpg' });
    expect(image(content)).to.deep.equal({ url: 'https://orbital-times.example/c.jpg' });
    expect(image('<description>&lt;img src="/d.jpg"&gt;</description>')).to.deep.equal({ url: 'https://orbital-times.example/d.jpg' });
    expect(image('<description>&lt;img src="javascript:alert(1)"&gt;</description>')).to.equal(undefined);
  });

  it('titles a microblog post from its text, cut at a word boundary', () => {
    const post = 'Spent the morning watching the Soyuz rollout on the live stream; the crane arm swung into place just as the sun came up over the steppe.';
    const list = parseRss(rss(`<item><description>${post}</description><link>https://example.com/p/1</link></item>`));
    expect(list.items).to.deep.equal([
      { title: 'Spent the morning watching the Soyuz rollout on the live stream; the crane arm…', url: 'https://example.com/p/1', summary: post },
    ]);
  });

  it('drops a broken item with a warning, keeps the others, and fails only when no item is usable', () => {
    const { value, warnings } = collectWarnings(() =>
      parseRss(rss('<item><title>One</title></item><item><guid>x</guid><enclosure url="https://c.example/a.mp3" type="audio/mpeg"/></item><item><title>Three</title></item>')),
    );
    expect(value.items).to.deep.equal([{ title: 'One' }, { title: 'Three' }]);
    expect(warnings).to.deep.equal([{ path: 'items[1]', problem: 'has no title and no text to make one from' }]);
    const error = dataErrorOf(() => parseRss(rss('<item><guid>x</guid></item><item/>')));
    expect([error.path, error.problem]).to.deep.equal(['items[0]', 'has no title and no text to make one from']);
    // A feed without items is an empty list.
    expect(parseRss(rss(''))).to.deep.equal({ title: 'T', items: [] });
  });
});

describe('titleFromText', () => {
  it('keeps short text whole and cuts long text at a word boundary with an ellipsis', () => {
    expect(titleFromText('  A short\n note. ')).to.equal('A short note.');
    expect(titleFromText('')).to.equal(undefined);
    expect(titleFromText('one two three four', 12)).to.equal('one two…');
    expect(titleFromText('one two, three', 9)).to.equal('one two…');
    // A word that ends right at the limit is whole.
    expect(titleFromText('one two three', 7)).to.equal('one two…');
    // One word longer than the limit is cut inside it.
    expect(titleFromText('Supercalifragilistic', 10)).to.equal('Supercalif…');
    // Never half a surrogate pair.
    expect(titleFromText('abcdefghi🚀x', 10)).to.equal('abcdefghi…');
  });
});
