import { expect } from '@open-wc/testing';
import { warningsOf } from '../support/warnings.js';
import { DataError } from '../../src/data/errors.js';
import { detectListFormat, parseCardList, parseCardLists } from '../../src/data/list/index.js';
import { dataErrorOf, listFixtureUrl, loadListFixture } from './list-fixtures.js';
import { runInWorker } from '../support/worker.js';

const FEED = 'https://jsonfeed.org/version/1.1';

describe('detectListFormat', () => {
  const cases: [string, unknown, ReturnType<typeof detectListFormat>][] = [
    ['RSS text', '<?xml version="1.0"?>\n<!-- hi --><rss version="2.0"><channel/></rss>', 'xml'],
    ['RSS text without a declaration', '<rss version="2.0"><channel/></rss>', 'xml'],
    ['Atom text', '\uFEFF<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>', 'xml'],
    ['HTML', '<!doctype html><html></html>', undefined],
    ['a JSON Feed', { version: FEED, items: [] }, 'json-feed'],
    ['an ItemList', { '@context': 'https://schema.org', '@type': 'ItemList' }, 'item-list'],
    ['an @graph', { '@graph': [] }, 'item-list'],
    ['an array with JSON-LD', [{ '@type': 'WebPage' }, { '@type': 'ItemList' }], 'item-list'],
    ['native list JSON', { title: 'T', items: [] }, 'native'],
    ['a plain array of items', [{ title: 'T' }], 'items'],
    ['an empty array', [], 'items'],
    ['an article', { headline: 'H' }, undefined],
    ['a number', 42, undefined],
    ['null', null, undefined],
  ];
  for (const [what, input, format] of cases) {
    it(`detects ${what}`, () => expect(detectListFormat(input)).to.equal(format));
  }
});

describe('parseCardList', () => {
  it('dispatches every format, resolving against the base', async () => {
    const base = 'https://orbital-times.example/data/list.json';
    const titles = (input: unknown) => parseCardList(input, { base }).items.map(card => card.title);
    expect(titles(await loadListFixture('wordpress.xml'))).to.have.length(3);
    expect(titles(await loadListFixture('atom.xml'))).to.have.length(3);
    expect(titles(await loadListFixture('json-feed.json'))).to.have.length(3);
    expect(titles(await loadListFixture('itemlist-graph.json'))).to.have.length(3);
    expect(titles(await loadListFixture('native-list.json'))).to.have.length(2);
    expect(titles(await loadListFixture('plain-array.json'))).to.have.length(3);
    expect(parseCardList([{ title: 'T', url: 'x' }], { base }).items[0].url).to.equal('https://orbital-times.example/data/x');
    expect(parseCardList([])).to.deep.equal({ items: [] });
  });

  it('reads the demo feeds', async () => {
    const base = new URL('../../demo/data/related.json', import.meta.url).href;
    const related = parseCardList(await (await fetch(base)).json(), { base });
    expect(related.title).to.equal('You may also like...');
    expect(related.items).to.have.length(6);
    for (const card of related.items) {
      expect(card.url).to.match(/^https:\/\/orbital-times\.example\//);
      expect(card.image?.url).to.match(/\/demo\/images\/[\w-]+\.svg$/);
      expect(card.date).to.match(/^2025-07-/);
      expect(card.label).to.be.a('string');
      expect(card.summary).to.be.a('string');
    }
    expect(new Set(related.items.map(card => card.title)).size).to.equal(6);
    const seed = await (await fetch(new URL('../../demo/data/seed-article.json', import.meta.url))).json();
    expect(related.items.map(card => card.url)).to.include(seed.url);
  });

  it('rejects what is not a list, naming what it got', () => {
    const message = (input: unknown) => dataErrorOf(() => parseCardList(input)).message;
    expect(message(42)).to.equal('expected a list, got a number');
    expect(message(null)).to.equal('expected a list, got null');
    expect(message({ headline: 'H' })).to.equal(
      'not a list: expected a JSON Feed, a schema.org ItemList, an RSS or Atom feed, news-elements list JSON (with "items") or an array of items',
    );
    expect(message('<!DOCTYPE html><html><body>Home</body></html>')).to.equal('expected JSON but got an HTML page (is the URL right?)');
    expect(message('just words')).to.match(/^the document is not valid JSON \(/);
    expect(message('"just words"')).to.match(/^the document is not valid JSON \(/);
    expect(message('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>')).to.equal(
      'expected an RSS or Atom feed, got an XML document whose root element is <html>',
    );
    expect(message('<?xml version="1.0"?><opml version="2.0"><body/></opml>')).to.equal(
      'expected an RSS or Atom feed, got an XML document whose root element is <opml>',
    );
    expect(message([{ version: FEED, items: [] }])).to.equal('[0]: expected an item, got a whole list (an array of lists is for <trending-panel>)');
  });

  it('names the first error of XML that is not well-formed', () => {
    const error = dataErrorOf(() => parseCardList('<?xml version="1.0"?><rss version="2.0"><channel><title>A & B</title></channel></rss>'));
    expect(error.path).to.equal('');
    // Each browser words it its own way, with where it is.
    expect(error.message).to.match(/^the feed is not well-formed XML \(.+\)$/);
    expect(dataErrorOf(() => parseCardList('<rss><channel></rss>')).message).to.match(/^the feed is not well-formed XML/);
    expect(dataErrorOf(() => parseCardList('<feed xmlns="http://www.w3.org/2005/Atom"><entry>')).message).to.match(/^the feed is not well-formed XML/);
  });

  it('turns exceptions from hostile JS objects into DataErrors', () => {
    const getter = { version: FEED, get items(): unknown { throw new TypeError('getter'); } };
    expect(dataErrorOf(() => parseCardList(getter)).message).to.equal('could not read the list: getter');
    const proxy = new Proxy([], { get: () => { throw new Error('trap'); } });
    expect(dataErrorOf(() => parseCardList(proxy)).message).to.equal('could not read the list: trap');
    expect(dataErrorOf(() => parseCardLists(proxy)).message).to.equal('could not read the list: trap');
  });

  it('throws nothing but DataError for random JSON-shaped input', () => {
    let seed = 20250730;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const keys = [
      '@context', '@type', '@graph', '@id', 'itemListElement', 'item', 'position', 'name', 'headline', 'title', 'version', 'items',
      'url', 'link', 'href', 'image', 'author', 'authors', 'tags', 'date', 'datePublished', 'date_published', 'summary', 'description',
      'content_text', 'label', 'category', 'mainEntity', 'width', 'height', 'id',
    ] as const;
    const scalars = [null, true, 0, -1, 3, '', ' ', 'x', 'ItemList', 'ListItem', 'NewsArticle', FEED, 'javascript:alert(1)', '2025-07-29', '<rss/>', '<feed>'];
    const value = (depth: number): unknown => {
      const roll = random();
      if (depth > 4 || roll < 0.45) return pick(scalars);
      if (roll < 0.65) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 6) }, () => [pick(keys), value(depth + 1)]));
    };
    for (let i = 0; i < 2000; i++) {
      const input = value(0);
      for (const parse of [parseCardList, parseCardLists]) {
        try {
          parse(input);
        } catch (error) {
          if (!(error instanceof DataError)) throw new Error(`${String(error)} for ${JSON.stringify(input)}`);
        }
      }
    }
  });
});

describe('parseCardLists', () => {
  it('reads an array of lists in mixed formats as one list each, with their titles', async () => {
    const lists = parseCardLists([
      { version: FEED, title: 'Recent', items: [{ id: '1', title: 'A' }] },
      { '@context': 'https://schema.org', '@type': 'ItemList', name: 'Weekly Wrap', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'B', url: 'https://example.com/b' }] },
      { version: FEED, title: 'Trending', items: [{ id: '2', title: 'C' }, { id: '3', title: 'D' }] },
    ]);
    expect(lists.map(list => list.title)).to.deep.equal(['Recent', 'Weekly Wrap', 'Trending']);
    expect(lists.map(list => list.items.length)).to.deep.equal([1, 1, 2]);

    const more = parseCardLists([await loadListFixture('bbc.xml'), await loadListFixture('native-list.json'), await loadListFixture('itemlist-graph.json')], {
      base: listFixtureUrl('lists.json'),
    });
    expect(more.map(list => list.title)).to.deep.equal(['BBC News - Science & Environment', 'Trending', 'Trending']);
  });

  it('reads the demo trending lists', async () => {
    const base = new URL('../../demo/data/trending.json', import.meta.url).href;
    const lists = parseCardLists(await (await fetch(base)).json(), { base });
    expect(lists.map(list => list.title)).to.deep.equal(['Recent', 'Weekly Wrap', 'Trending']);
    expect(lists.map(list => list.items.length)).to.deep.equal([6, 5, 8]);
    for (const card of lists.flatMap(list => list.items)) {
      expect(card.url).to.match(/^https:\/\/orbital-times\.example\//);
      if (card.date) expect(card.date).to.match(/^2025-07-(2\d|3[01])/);
    }
  });

  it('reads anything parseCardList reads as one list, and an empty array as none', async () => {
    expect(parseCardLists([])).to.deep.equal([]);
    expect(parseCardLists({ version: FEED, title: 'Only', items: [] })).to.deep.equal([{ title: 'Only', items: [] }]);
    expect(parseCardLists([{ title: 'An item' }, { title: 'Another' }])).to.deep.equal([{ items: [{ title: 'An item' }, { title: 'Another' }] }]);
    // One JSON-LD document written as an array is one list.
    expect(parseCardLists([{ '@type': 'WebPage', name: 'Page' }, { '@type': 'ItemList', name: 'L', itemListElement: [] }])).to.deep.equal([{ title: 'L', items: [] }]);
    expect(parseCardLists(await loadListFixture('atom.xml'))).to.have.length(1);
  });

  it('keeps the lists it can read, warning with the path of the one it cannot', () => {
    const input = [{ version: FEED, title: 'A', items: [] }, { items: [{}] }, { title: 'C', items: [{ title: 'c1' }, { title: 'c2', date: 'soon' }] }];
    expect(warningsOf(() => parseCardLists(input))).to.deep.equal([
      '[1].items[0].title: is missing; expected text',
      '[2].items[1].date: expected a date like 2025-07-29 or 2025-07-29T14:00:00Z, got "soon"',
    ]);
    expect(parseCardLists(input)).to.deep.equal([
      { title: 'A', items: [] },
      { title: 'C', items: [{ title: 'c1' }, { title: 'c2' }] },
    ]);
  });

  it('names the list an error is in when no list can be read', () => {
    const message = (input: unknown) => dataErrorOf(() => parseCardLists(input)).message;
    expect(message([{ version: FEED, items: [{ id: '1' }] }, '<rss><channel>'])).to.equal('[0].items[0]: has no title and no text to make one from');
    expect(message([{ items: [{}] }, { items: [{}] }])).to.equal('[0].items[0].title: is missing; expected text');
    expect(message(7)).to.equal('expected a list, got a number');
  });

  it('reads an item among lists as a tab that cannot be read', () => {
    const input = [{ version: FEED, title: 'A', items: [] }, { title: 'An item' }];
    expect(warningsOf(() => parseCardLists(input))).to.deep.equal([
      '[1]: not a list: expected a JSON Feed, a schema.org ItemList, an RSS or Atom feed, news-elements list JSON (with "items") or an array of items',
    ]);
    expect(parseCardLists(input)).to.deep.equal([{ title: 'A', items: [] }]);
  });
});

describe('list modules without a DOM', () => {
  it('read JSON lists in a worker, and say that XML feeds need a browser', async () => {
    const origin = location.origin;
    const source = `
      try {
        const { parseCardList, parseCardLists } = await import('${origin}/src/data/list/index.ts');
        const { parseSourceList } = await import('${origin}/src/data/sources.ts');
        const feed = parseCardList({ version: '${FEED}', title: 'Feed', items: [{ title: 'A', content_html: '<p>x</p>' }] });
        const lists = parseCardLists([{ items: [{ title: 'B' }] }, { '@type': 'ItemList', itemListElement: [{ item: { '@type': 'NewsArticle', headline: 'C' } }] }]);
        const sources = parseSourceList(['Pravda', 'https://www.kyivpost.com/post/1']);
        let xmlError = '';
        try { parseCardList('<rss version="2.0"><channel/></rss>'); } catch (error) { xmlError = error.name + ': ' + error.message; }
        postMessage({ hasDomParser: typeof DOMParser !== 'undefined', feed, lists, sources, xmlError });
      } catch (error) {
        postMessage({ failed: String(error && error.stack || error) });
      }`;
    const result = await runInWorker(source);
    expect(result.failed).to.equal(undefined);
    expect(result.hasDomParser).to.equal(false);
    expect(result.feed).to.deep.equal({ title: 'Feed', items: [{ title: 'A' }] });
    expect(result.lists).to.deep.equal([{ items: [{ title: 'B' }] }, { items: [{ title: 'C' }] }]);
    expect(result.sources).to.deep.equal([
      { id: 'source-1', name: 'Pravda' },
      { id: 'source-2', name: 'kyivpost.com', url: 'https://www.kyivpost.com/post/1' },
    ]);
    expect(result.xmlError).to.equal('DataError: an RSS or Atom feed needs a browser to be read (DOMParser is not available here)');
  });
});
