import { expect } from '@open-wc/testing';
import { parseJsonFeedList } from '../../src/data/list/json-feed.js';
import { dataErrorOf, listFixtureUrl, loadListFixture } from './list-fixtures.js';

const VERSION = 'https://jsonfeed.org/version/1.1';

function errorOf(input: unknown): string {
  return dataErrorOf(() => parseJsonFeedList(input)).message;
}

describe('parseJsonFeedList', () => {
  it('reads a JSON Feed 1.1: images, dates, tags, authors, external URLs; untitled items left out', async () => {
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
        // The untitled micro-posts have no link text to show: they are left out.
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

  it('rejects wrong types with the path', () => {
    expect(errorOf([])).to.equal('expected a JSON Feed object, got an empty list');
    expect(errorOf({ version: VERSION })).to.equal('items: is missing; expected a list of feed items');
    expect(errorOf({ version: VERSION, items: {} })).to.equal('items: expected a list of feed items, got an object');
    expect(errorOf({ version: VERSION, items: [{ title: 'A' }, 'B'] })).to.equal('items[1]: expected a feed item object, got text');
    expect(errorOf({ version: VERSION, items: [{ title: 42 }] })).to.equal('items[0].title: expected text, got a number');
    expect(errorOf({ version: VERSION, items: [{ title: 'A', url: ['x'] }] })).to.equal('items[0].url: expected a URL, got a list');
    expect(errorOf({ version: VERSION, items: [{ title: 'A', date_published: 'July 29' }] })).to.match(/^items\[0\]\.date_published: expected a date like/);
    expect(errorOf({ version: VERSION, items: [{ title: 'A', tags: 'Space' }] })).to.equal('items[0].tags: expected a list of text, got text');
    expect(errorOf({ version: VERSION, items: [{ title: 'A', authors: [{ name: 'x' }, 'Jane'] }] })).to.equal(
      'items[0].authors[1]: expected an author object with a "name", got text',
    );
    expect(errorOf({ version: VERSION, title: ['T'], items: [] })).to.equal('title: expected text, got a list');
  });
});
