import { expect } from '@open-wc/testing';
import { warningsOf } from '../support/warnings.js';
import { parseJsonFeedList } from '../../src/data/list/json-feed.js';
import { dataErrorOf, listFixtureUrl, loadListFixture } from './list-fixtures.js';

const VERSION = 'https://jsonfeed.org/version/1.1';

function errorOf(input: unknown): string {
  return dataErrorOf(() => parseJsonFeedList(input)).message;
}

describe('parseJsonFeedList', () => {
  it('reads a JSON Feed 1.1: images, dates, tags, authors, external URLs; untitled items titled from their text', async () => {
    const list = parseJsonFeedList(await loadListFixture('json-feed.json'), listFixtureUrl('json-feed.json'));
    const fixtures = new URL('../fixtures/lists/', import.meta.url).href;
    expect(list).to.deep.equal({
      title: 'Orbital Times: Recent',
      url: 'https://orbital-times.example/',
      items: [
        {
          id: 'https://orbital-times.example/?p=4211',
          title: 'Space Giants Clash in Houston: Secrets Revealed',
          url: 'https://orbital-times.example/2025/07/29/space-giants-clash-in-houston',
          image: { url: new URL('/uploads/houston.jpg', fixtures).href },
          date: '2025-07-29T14:05:00+00:00',
          label: 'Space',
          summary: 'The heads of NASA and Roscosmos meet face-to-face for the first time in eight years.',
          author: 'Jane Doe, Ivan Petrenko',
        },
        {
          id: '4198',
          title: 'Crew-11 Is Go for Launch',
          url: 'https://www.nasa.gov/crew-11/',
          image: { url: `${fixtures}uploads/crew-11.jpg` },
          date: '2025-07-28',
          summary: 'Cosmonaut Oleg Platonov flies with three NASA astronauts. Launch is set for July 31.',
          author: 'Orbital Desk',
        },
        // An untitled micro-post is titled by the start of its text…
        {
          id: 'micro-1',
          title: 'Just watched the static fire from the causeway: the whole bay shook, car alarms…',
          url: 'https://orbital-times.example/notes/1',
          date: '2025-07-27T06:10:00Z',
          summary:
            'Just watched the static fire from the causeway: the whole bay shook, car alarms went off for a mile, and a heron did not care at all. What a morning for it.',
          author: 'Orbital Desk',
        },
        // …and one with no text at all (only a picture) has nothing to title it: it is left out, with a warning.
      ],
    });
  });

  it('reads JSON Feed 1.0 authors and an empty feed', () => {
    const list = parseJsonFeedList({
      version: 'https://jsonfeed.org/version/1',
      author: { name: 'Feed Author' },
      items: [{ id: '1', title: 'A' }, { id: '2', title: 'B', author: { name: 'Item Author' } }],
    });
    expect(list.items.map(item => item.author)).to.deep.equal(['Feed Author', 'Item Author']);
    expect(parseJsonFeedList({ version: VERSION, items: [] })).to.deep.equal({ items: [] });
  });

  it('keeps a card whose URL is unsafe, unlinked', () => {
    const list = parseJsonFeedList({ version: VERSION, items: [{ title: 'A', url: 'javascript:alert(1)', image: 'data:image/png;base64,AAAA' }] });
    expect(list.items).to.deep.equal([{ title: 'A' }]);
  });

  it('rejects what is not a feed, and a feed none of whose items can be used', () => {
    expect(errorOf([])).to.equal('expected a JSON Feed object, got an empty list');
    expect(errorOf({ version: VERSION })).to.equal('items: is missing; expected a list of feed items');
    expect(errorOf({ version: VERSION, items: {} })).to.equal('items: expected a list of feed items, got an object');
    expect(errorOf({ version: VERSION, items: ['B', {}] })).to.equal('items[0]: expected a feed item object, got text');
  });

  it('keeps the usable items and fields, warning with the path of each one it drops', () => {
    const cases: [string, unknown, string][] = [
      ['an item that is text', { version: VERSION, items: [{ title: 'A' }, 'B'] }, 'items[1]: expected a feed item object, got text'],
      ['an item with nothing to show', { version: VERSION, items: [{ title: 'A' }, { id: '2' }] }, 'items[1]: has no title and no text to make one from'],
      ['a number title', { version: VERSION, items: [{ title: 42, summary: 'A' }] }, 'items[0].title: expected text, got a number'],
      ['a url list', { version: VERSION, items: [{ title: 'A', url: ['x'] }] }, 'items[0].url: expected a URL, got a list'],
      ['a date that is no date', { version: VERSION, items: [{ title: 'A', date_published: 'July 29' }] }, 'items[0].date_published: expected a date like 2025-07-29 or 2025-07-29T14:00:00Z, got "July 29"'],
      ['a tag number', { version: VERSION, items: [{ title: 'A', tags: [3] }] }, 'items[0].tags[0]: expected text, got a number'],
      ['an author number', { version: VERSION, items: [{ title: 'A', authors: [{ name: 'x' }, 5] }] }, 'items[0].authors[1]: expected an author object with a "name", got a number'],
      ['a feed title list', { version: VERSION, title: ['T'], items: [{ title: 'A' }] }, 'title: expected text, got a list'],
    ];
    for (const [what, input, warning] of cases) {
      expect(warningsOf(() => parseJsonFeedList(input)), what).to.deep.equal([warning]);
      expect(parseJsonFeedList(input).items.map(card => card.title), what).to.deep.equal(['A']);
    }
  });

  it('reads what real feeds write: an http version URL, comma tags, entities, untitled posts, images in the content', () => {
    const list = parseJsonFeedList({
      version: 'http://jsonfeed.org/version/1',
      title: 'Scripting &amp; News',
      items: [
        { id: '1', title: 'Don&#8217;t panic', tags: 'Space, ISS', date_published: 'Tue, 29 Jul 2025 14:05:00 +0000' },
        { id: '2', content_html: '<p>A short post with <b>no</b> title.</p><img src="https://example.com/p.jpg" width="600" height="400">' },
        {
          id: '3',
          content_text:
            'A much longer micro-post without a title, which goes on well past the length a card title can show in one or two lines.',
        },
      ],
    });
    expect(list).to.deep.equal({
      title: 'Scripting & News',
      items: [
        { id: '1', title: 'Don’t panic', label: 'Space', date: '2025-07-29T14:05:00.000Z' },
        { id: '2', title: 'A short post with no title.', image: { url: 'https://example.com/p.jpg', width: 600, height: 400 } },
        {
          id: '3',
          title: 'A much longer micro-post without a title, which goes on well past the length a…',
          summary: 'A much longer micro-post without a title, which goes on well past the length a card title can show in one or two lines.',
        },
      ],
    });
  });
});
