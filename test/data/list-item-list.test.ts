import { expect } from '@open-wc/testing';
import { warningsOf } from '../support/warnings.js';
import { parseItemList } from '../../src/data/list/item-list.js';
import { dataErrorOf, loadListFixture } from './list-fixtures.js';

const BASE = 'https://orbital-times.example/lists/weekly.json';

function errorOf(input: unknown): string {
  return dataErrorOf(() => parseItemList(input, BASE)).message;
}

describe('parseItemList', () => {
  it('reads ListItems with url and name (Google carousel markup), in position order', async () => {
    expect(parseItemList(await loadListFixture('itemlist-carousel.json'), BASE)).to.deep.equal({
      title: 'Weekly Wrap',
      url: 'https://orbital-times.example/weekly-wrap/2025-30',
      items: [
        { title: 'Space Giants Clash in Houston', url: 'https://orbital-times.example/2025/07/29/space-giants-clash-in-houston' },
        { title: 'Crew-11 is go for launch', url: 'https://orbital-times.example/2025/07/28/crew-11-go-for-launch' },
        { title: 'Luna-25 inquiry names engine fault', url: 'https://orbital-times.example/2025/07/26/luna-25-inquiry' },
      ],
    });
  });

  it('reads ListItems whose item is an article, in an array beside a WebPage', async () => {
    expect(parseItemList(await loadListFixture('itemlist-articles.json'), 'https://news.example.org/space/')).to.deep.equal({
      title: 'Most read in Space',
      items: [
        {
          id: 'https://news.example.org/space/houston#article',
          title: 'NASA and Roscosmos chiefs meet in Houston',
          url: 'https://news.example.org/space/houston',
          image: { url: 'https://news.example.org/img/houston-16x9.jpg', width: 1600, height: 900 },
          date: '2025-07-29T16:30:00Z',
          label: 'Space',
          summary: 'The agencies discussed the future of the International Space Station.',
          author: 'Ivan Petrenko, Wire Services',
        },
        {
          // The ListItem's name stands in for the article's missing headline.
          title: 'Crew-11: the cosmonaut on board',
          url: 'https://news.example.org/space/crew-11',
          image: { url: 'https://news.example.org/img/crew-11.jpg' },
          date: '2025-07-28',
        },
        // `item` as URL text is the article's address: the card links to it.
        { title: 'Luna-25: what went wrong', url: 'https://news.example.org/space/luna-25' },
        // The fourth ListItem has a URL but no name anywhere: nothing to show as its title.
      ],
    });
  });

  it('follows @id references into an @graph, and finds the list as a CollectionPage mainEntity', async () => {
    expect(parseItemList(await loadListFixture('itemlist-graph.json'))).to.deep.equal({
      title: 'Trending',
      items: [
        {
          id: 'https://orbital-times.example/2025/07/29/space-giants-clash-in-houston/#article',
          title: 'Space Giants Clash in Houston: Secrets Revealed',
          // From mainEntityOfPage, not the node id.
          url: 'https://orbital-times.example/2025/07/29/space-giants-clash-in-houston/',
          image: { url: 'https://orbital-times.example/wp-content/uploads/2025/07/houston.jpg', width: 1600, height: 900 },
          date: '2025-07-29T14:05:00+00:00',
          label: 'Space',
          author: 'Jane Doe',
        },
        {
          id: 'https://orbital-times.example/2025/07/30/iss-deorbit-vehicle/#article',
          title: 'The ISS Deorbit Vehicle Passes Its Final Review',
          url: 'https://orbital-times.example/2025/07/30/iss-deorbit-vehicle/',
          date: '2025-07-30T09:00:00+00:00',
          summary: "SpaceX's tug is cleared for its 2030 mission.",
          author: 'Jane Doe, Ivan Petrenko',
        },
        {
          // A reference the graph does not define, with a name: its @id is the link.
          id: 'https://orbital-times.example/2025/07/25/starship-static-fire/',
          title: 'Starship static fire',
          url: 'https://orbital-times.example/2025/07/25/starship-static-fire/',
        },
      ],
    });
  });

  it('accepts @type as a list or with a schema.org prefix, and itemListElement as one object', () => {
    const list = parseItemList({
      '@type': ['schema:ItemList'],
      itemListElement: { '@type': 'ListItem', name: 'Only', url: '/only' },
    }, BASE);
    expect(list).to.deep.equal({ items: [{ title: 'Only', url: 'https://orbital-times.example/only' }] });
  });

  it('reads articles given directly as itemListElement', () => {
    const article = { '@type': 'NewsArticle', headline: 'H', url: '/h', articleSection: 'Space' };
    expect(parseItemList({ '@type': 'ItemList', itemListElement: [article] }, BASE).items).to.deep.equal([
      { title: 'H', url: 'https://orbital-times.example/h', label: 'Space' },
    ]);
  });

  it('keeps unnumbered entries after numbered ones, in document order', () => {
    const entry = (name: string, position?: unknown) => ({ '@type': 'ListItem', name, position });
    const list = parseItemList({ '@type': 'ItemList', itemListElement: [entry('c'), entry('b', 2), entry('d'), entry('a', 1)] });
    expect(list.items.map(card => card.title)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('rejects a document without an ItemList', () => {
    expect(errorOf({ '@type': 'NewsArticle', headline: 'H' })).to.equal('no schema.org ItemList found; found NewsArticle');
    expect(errorOf({ '@context': 'https://schema.org' })).to.equal('no schema.org ItemList found; found no "@type"');
    expect(errorOf('ItemList')).to.equal('expected a JSON-LD object or list, got text');
  });

  it('keeps the usable entries and fields, warning with the path of each one it drops', () => {
    const input = {
      '@graph': [
        {
          '@type': 'ItemList',
          name: 5,
          itemListElement: [
            { '@type': 'ListItem', name: ['Listed name'], url: 'https://example.com/a' },
            { '@type': 'ListItem', item: { '@type': 'NewsArticle', headline: 7 } },
            { '@type': 'ListItem', item: { headline: 'H', datePublished: 'soon', '@id': 'https://example.com/h' } },
            'text',
          ],
        },
      ],
    };
    expect(warningsOf(() => parseItemList(input))).to.deep.equal([
      '@graph[0].name: expected text, got a number',
      '@graph[0].itemListElement[1].item.headline: expected text, got a number',
      '@graph[0].itemListElement[1]: has no name or headline to show',
      '@graph[0].itemListElement[2].item.datePublished: expected a date like 2025-07-29 or 2025-07-29T14:00:00Z, got "soon"',
      '@graph[0].itemListElement[3]: expected a ListItem or an article, got text',
    ]);
    expect(parseItemList(input)).to.deep.equal({
      items: [
        { title: 'Listed name', url: 'https://example.com/a' },
        { id: 'https://example.com/h', title: 'H', url: 'https://example.com/h' },
      ],
    });
  });

  it('links an entry by url, item.url or item.@id', () => {
    const list = parseItemList({
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', name: 'A', item: { '@id': 'https://example.com/a' } },
        { '@type': 'ListItem', item: { '@type': 'NewsArticle', headline: 'B', url: 'https://example.com/b', '@id': 'https://example.com/b#article' } },
        { '@type': 'ListItem', name: 'C', url: 'https://example.com/c', item: { '@id': '#c' } },
      ],
    });
    expect(list.items.map(card => card.url)).to.deep.equal(['https://example.com/a', 'https://example.com/b', 'https://example.com/c']);
  });
});
