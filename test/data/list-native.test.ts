import { expect } from '@open-wc/testing';
import { warningsOf } from '../support/warnings.js';
import { parseNativeList } from '../../src/data/list/native.js';
import { dataErrorOf, listFixtureUrl, loadListFixture } from './list-fixtures.js';

const BASE = 'https://orbital-times.example/data/trending.json';

function errorOf(input: unknown): string {
  return dataErrorOf(() => parseNativeList(input, BASE)).message;
}

describe('parseNativeList', () => {
  it('reads the list object', async () => {
    const fixtures = listFixtureUrl('');
    expect(parseNativeList(await loadListFixture('native-list.json'), listFixtureUrl('native-list.json'))).to.deep.equal({
      title: 'Trending',
      url: 'https://orbital-times.example/trending',
      items: [
        {
          id: 'houston',
          title: 'Space Giants Clash in Houston: Secrets Revealed',
          url: 'https://orbital-times.example/2025/07/29/space-giants-clash-in-houston',
          image: { url: `${fixtures}images/houston.svg`, width: 640, height: 360 },
          date: '2025-07-29T14:05:00Z',
          label: 'Space',
          summary: 'The heads of NASA and Roscosmos meet face-to-face for the first time in eight years.',
          author: 'Jane Doe',
        },
        {
          title: 'Crew-11 Is Go for Launch',
          url: new URL('/2025/07/28/crew-11', fixtures).href,
          image: { url: `${fixtures}images/crew-11.svg` },
          date: '2025-07-28',
        },
      ],
    });
  });

  it('reads a plain array of items', async () => {
    expect(parseNativeList(await loadListFixture('plain-array.json'), BASE)).to.deep.equal({
      items: [
        {
          id: '101',
          title: 'Space Giants Clash in Houston',
          url: 'https://orbital-times.example/2025/07/29/space-giants-clash-in-houston',
          image: { url: 'https://orbital-times.example/img/houston.jpg', alt: 'Two agency chiefs shake hands', width: 1600, height: 900 },
          date: '2025-07-29T14:05:00Z',
          label: 'Space',
          summary: 'The first meeting in eight years.',
          author: 'Jane Doe',
        },
        {
          title: 'Crew-11 Is Go for Launch',
          url: 'https://orbital-times.example/2025/07/28/crew-11',
          date: '2025-07-28',
          label: 'Launches',
          author: 'Ivan Petrenko, Jane Doe',
        },
        {
          title: 'Luna-25 Inquiry Names Engine Fault',
          url: 'https://orbital-times.example/2025/07/26/luna-25',
          date: '2025-07-26T17:00:00Z',
          label: 'Moon',
          summary: "The probe's final burn lasted 127 seconds instead of 84.",
        },
      ],
    });
  });

  it('drops unsafe URLs and keeps the card', () => {
    const list = parseNativeList({ url: 'javascript:alert(1)', items: [{ title: 'T', url: 'vbscript:x', image: { url: 'data:image/png,x', alt: 'A' } }] });
    expect(list).to.deep.equal({ items: [{ title: 'T' }] });
  });

  it('rejects what is not a list, and a list none of whose items can be used', () => {
    expect(errorOf('items')).to.equal('expected a list object with "items", or a list of items, got text');
    expect(errorOf({ title: 'T' })).to.equal('items: is missing; expected a list of items');
    expect(errorOf({ items: 'x' })).to.equal('items: expected a list of items, got text');
    expect(errorOf([{ url: '/x' }, 3])).to.equal('[0].title: is missing; expected text');
    expect(parseNativeList({ items: [] })).to.deep.equal({ items: [] });
  });

  it('keeps the usable items and fields, warning with the path of each one it drops', () => {
    const cases: [string, unknown, string][] = [
      ['a title number', { title: 1, items: [{ title: 'A' }] }, 'title: expected text, got a number'],
      ['an item that is a number', { items: [{ title: 'A' }, 3] }, 'items[1]: expected an item object with a "title", got a number'],
      ['an item without a title', [{ title: 'A' }, { url: '/x' }], '[1].title: is missing; expected text'],
      ['a blank title', [{ title: 'A' }, { title: '  ' }], '[1].title: expected text, got empty text'],
      ['a number title', [{ title: 'A' }, { title: 42 }], '[1].title: expected text, got a number'],
      ['a url object', [{ title: 'A', url: {} }], '[0].url: expected a URL, got an object'],
      ['an image number', [{ title: 'A', image: 5 }], '[0].image: expected an image URL or an object with a "url", got a number'],
      ['an image without url', [{ title: 'A', image: { alt: 'x' } }], '[0].image.url: is missing; expected a URL'],
      ['a wide image', [{ title: 'A', image: { url: '/i.png', width: 'wide' } }], '[0].image.width: expected a positive number, got text'],
      ['a date that is no date', [{ title: 'A', date: '29/07/2025' }], '[0].date: expected a date like 2025-07-29 or 2025-07-29T14:00:00Z, got "29/07/2025"'],
      ['a label number', [{ title: 'A', label: ['x', 2] }], '[0].label[1]: expected text, got a number'],
      ['an author number', [{ title: 'A', author: [{ name: 'x' }, 7] }], '[0].author[1]: expected a name or an object with a "name", got a number'],
      ['an id object', [{ title: 'A', id: {} }], '[0].id: expected text, got an object'],
    ];
    for (const [what, input, warning] of cases) {
      expect(warningsOf(() => parseNativeList(input)), what).to.deep.equal([warning]);
      expect(parseNativeList(input).items.map(card => card.title), what).to.deep.equal(['A']);
    }
  });
});

describe('schema/list.schema.json', () => {
  it('describes every property, including every key the parser reads', async () => {
    const schema = await (await fetch(new URL('../../schema/list.schema.json', import.meta.url))).json();
    expect(schema.$id).to.equal('https://unpkg.com/news-elements/schema/list.schema.json');
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const { properties } = node as { properties?: Record<string, { description?: string }> };
      for (const [key, property] of Object.entries(properties ?? {})) if (!property.description) undescribed.push(`${path}.${key}`);
      for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`);
    };
    walk(schema, '');
    expect(undescribed).to.deep.equal([]);
    const itemKeys = Object.keys(schema.$defs.item.properties);
    for (const key of ['id', 'title', 'url', 'image', 'date', 'label', 'summary', 'author']) {
      expect(itemKeys, key).to.include(key);
    }
  });
});
