import { expect } from '@open-wc/testing';
import { warningsOf } from '../support/warnings.js';
import { parseSourceList } from '../../src/data/sources.js';
import { loadFixture } from './load-fixture.js';
import { dataErrorOf } from './list-fixtures.js';

const BASE = 'https://orbital-times.example/data/sources.json';

function errorOf(input: unknown): string {
  return dataErrorOf(() => parseSourceList(input, { base: BASE })).message;
}

describe('parseSourceList', () => {
  it('reads names, URLs and CreativeWork-like objects, numbering them', () => {
    expect(
      parseSourceList(
        [
          'Pravda',
          'https://www.kyivpost.com/post/12345',
          { '@type': 'CreativeWork', name: 'NAMPA/Sputnik wire report', publisher: 'NAMPA' },
          { '@type': 'NewsArticle', headline: 'Roscosmos head to visit NASA', url: '/rbc/roscosmos-nasa', publisher: { '@type': 'Organization', name: 'RBC Ukraine' } },
          { url: 'https://tass.example/space/1', publisher: { name: 'TASS' } },
          '  ',
        ],
        { base: BASE },
      ),
    ).to.deep.equal([
      { id: 'source-1', name: 'Pravda' },
      { id: 'source-2', name: 'kyivpost.com', url: 'https://www.kyivpost.com/post/12345' },
      { id: 'source-3', name: 'NAMPA/Sputnik wire report', publisher: 'NAMPA' },
      { id: 'source-4', name: 'Roscosmos head to visit NASA', url: 'https://orbital-times.example/rbc/roscosmos-nasa', publisher: 'RBC Ukraine' },
      { id: 'source-5', name: 'tass.example', url: 'https://tass.example/space/1', publisher: 'TASS' },
    ]);
  });

  it('leaves out repeats and sources whose only URL is unsafe', () => {
    expect(
      parseSourceList(['Pravda', 'pravda', 'javascript:alert(1)', { url: 'data:text/html,x' }, { name: 'Named', url: 'JaVaScRiPt:alert(1)' }, 'java\tscript:alert(1)']),
    ).to.deep.equal([
      { id: 'source-1', name: 'Pravda' },
      { id: 'source-2', name: 'Named' },
    ]);
    expect(parseSourceList([])).to.deep.equal([]);
  });

  it('reads the sources of a whole article in any format', async () => {
    expect(parseSourceList(await loadFixture('native-full.json')).map(source => source.name)).to.include('Pravda');
    const jsonLd = parseSourceList(await loadFixture('news-article-single.json'), { base: 'https://www.example.org/data/article.json' });
    expect(jsonLd.map(source => source.name)).to.deep.equal(['kyivpost.com', 'Pravda', 'Roscosmos head to visit NASA', 'NAMPA/Sputnik wire report']);
    const seed = await (await fetch(new URL('../../demo/data/seed-article.json', import.meta.url))).json();
    expect(parseSourceList(seed).map(source => source.name)).to.deep.equal(['Pravda', 'Kyiv Post', 'NAMPA/Sputnik', 'RBC Ukraine']);
  });

  it('reads a JSON-LD article document written as an array, not as a list of sources', () => {
    const sources = parseSourceList([
      { '@type': 'WebPage', '@id': 'https://example.com/a/', name: 'Page' },
      { '@type': 'NewsArticle', headline: 'H', citation: ['Pravda', { '@type': 'CreativeWork', name: 'Report', url: 'https://example.com/r' }] },
    ]);
    expect(sources).to.deep.equal([
      { id: 'source-1', name: 'Pravda' },
      { id: 'source-2', name: 'Report', url: 'https://example.com/r' },
    ]);
    expect(parseSourceList({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'H' }] })).to.deep.equal([]);
  });

  it('keeps the usable sources, warning with the path of each one it drops', () => {
    const cases: [unknown[], string][] = [
      [['Pravda', 'Kyiv Post', 42], '[2]: expected a source name or object, got a number'],
      [['Pravda', null], '[1]: expected a source name or object, got null'],
      [['Pravda', ['x']], '[1]: expected a source name or object, got a list'],
      [['Pravda', { name: 7 }], '[1].name: expected text, got a number'],
      [['Pravda', { name: 'N', url: {} }], '[1].url: expected a URL, got an object'],
      [['Pravda', { name: 'N', publisher: 3 }], '[1].publisher: expected text or an object with a "name", got a number'],
      [['Pravda', { publisher: 'P' }], '[1]: a source needs a "name" or a "url"'],
    ];
    for (const [input, warning] of cases) {
      expect(warningsOf(() => parseSourceList(input))).to.deep.equal([warning]);
      expect(parseSourceList(input)[0]).to.deep.equal({ id: 'source-1', name: 'Pravda' });
    }
  });

  it('is an error when none of the sources can be used; an empty or blank list is no sources', () => {
    expect(errorOf([42, { publisher: 'P' }])).to.equal('[0]: expected a source name or object, got a number');
    expect(errorOf([['x']])).to.equal('[0]: expected a source name or object, got a list');
    expect(warningsOf(() => parseSourceList([' ', 42]))).to.deep.equal(['[1]: expected a source name or object, got a number']);
    expect(parseSourceList([' ', 42])).to.deep.equal([]);
    expect(parseSourceList([])).to.deep.equal([]);
  });

  it('rejects what is not a list of sources', () => {
    expect(errorOf('Pravda')).to.match(/^the document is not valid JSON \(/);
    expect(errorOf('"Pravda"')).to.equal('expected a list of sources or an article, got text');
    expect(errorOf(5)).to.equal('expected a list of sources or an article, got a number');
    expect(errorOf({ name: 'x' })).to.equal('expected a list of sources (names, URLs or objects with a "name" and "url") or an article with sources');
    expect(errorOf({ headline: 3 })).to.equal('headline: expected text, got a number');
  });

  it('turns exceptions from hostile JS objects into DataErrors', () => {
    const getter = [{ get name(): unknown { throw new TypeError('getter'); } }];
    expect(errorOf(getter)).to.equal('could not read the sources: getter');
  });
});
