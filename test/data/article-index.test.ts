import { expect } from '@open-wc/testing';
import { detectArticleFormat, parseArticle } from '../../src/data/article/index.js';
import { DataError } from '../../src/data/errors.js';
import { runInWorker } from '../support/worker.js';

function errorOf(input: unknown): DataError {
  try {
    parseArticle(input);
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected a DataError');
}

describe('detectArticleFormat', () => {
  const cases: [string, unknown, ReturnType<typeof detectArticleFormat>][] = [
    ['an object with @context', { '@context': 'https://schema.org', headline: 'H' }, 'json-ld'],
    ['an object with @type', { '@type': 'NewsArticle', headline: 'H' }, 'json-ld'],
    ['an object with @graph', { '@graph': [] }, 'json-ld'],
    ['an array with a JSON-LD element', [1, 'x', { '@type': 'Article' }], 'json-ld'],
    ['a JSON Feed', { version: 'https://jsonfeed.org/version/1.1', items: [] }, 'json-feed'],
    ['an item with content_html', { content_html: '<p>' }, 'json-feed'],
    ['an item with content_text', { headline: 'H', content_text: 'x' }, 'json-feed'],
    ['an item with date_published', { date_published: '2025-07-29' }, 'json-feed'],
    ['an item with a title and no headline', { title: 'T' }, 'json-feed'],
    ['native JSON', { headline: 'H', title: 'T' }, 'native'],
    ['an unrelated object', { name: 'x' }, undefined],
    ['an array without JSON-LD', [{ headline: 'H' }], undefined],
    ['text', 'headline', undefined],
    ['null', null, undefined],
  ];
  for (const [what, input, format] of cases) {
    it(`detects ${what}`, () => expect(detectArticleFormat(input)).to.equal(format));
  }
});

describe('parseArticle', () => {
  it('dispatches to each format and resolves against the base', () => {
    const base = 'https://example.com/data/a.json';
    expect(parseArticle({ '@type': 'NewsArticle', headline: 'LD', url: '/ld' }, { base }).url).to.equal('https://example.com/ld');
    expect(parseArticle({ title: 'Feed', url: '/feed-item' }, { base }).url).to.equal('https://example.com/feed-item');
    expect(parseArticle({ headline: 'Native', url: 'native' }, { base }).url).to.equal('https://example.com/data/native');
    expect(parseArticle({ headline: 'No options' }).headline).to.equal('No options');
  });

  it('parses the seed article', async () => {
    const response = await fetch(new URL('../../demo/data/seed-article.json', import.meta.url));
    const article = parseArticle(await response.json());
    expect(article.headline).to.equal('Space Giants Clash in Houston: Secrets Revealed');
    expect(article.standfirst).to.match(/^As the world watches with bated breath/);
    expect(article.lang).to.equal('en');
    expect(article.authors).to.deep.equal([]);
    expect(article.published).to.equal(undefined);
    const headings = article.body.filter(block => block.type === 'heading').map(block => block.content[0]);
    expect(headings).to.deep.equal(['Historic Meeting Amid Tensions', 'ISS: A Beacon of Collaboration', 'Challenges and Opportunities', 'Looking Ahead']);
    expect(article.body.filter(block => block.type === 'paragraph')).to.have.length(8);
    expect(article.sources).to.deep.equal([
      { id: 'pravda', name: 'Pravda' },
      { id: 'kyiv-post', name: 'Kyiv Post' },
      { id: 'nampa-sputnik', name: 'NAMPA/Sputnik' },
      { id: 'rbc-ukraine', name: 'RBC Ukraine' },
    ]);
  });

  it('rejects input that is not an object', () => {
    expect(errorOf(undefined).message).to.equal('expected an article object, got undefined');
    expect(errorOf(42).message).to.equal('expected an article object, got a number');
    expect(errorOf('<html>').message).to.equal('expected JSON but got an HTML page (is the URL right?)');
    expect(errorOf('"text"').message).to.equal('expected an article object, got text');
    expect(errorOf([]).message).to.equal('expected an article object, got an empty list');
    expect(errorOf([{ headline: 'H' }]).message).to.equal('expected an article object, got a list');
  });

  it('rejects an object in no known format', () => {
    const error = errorOf({ name: 'x', body: 'y' });
    expect(error.path).to.equal('');
    expect(error.message).to.equal('not an article: expected schema.org JSON-LD, a JSON Feed item or news-elements article JSON (with a "headline")');
  });

  it('turns exceptions from hostile JS objects into DataErrors', () => {
    const throwing = new Proxy({}, { has: () => { throw new Error('trap'); }, get: () => { throw new Error('trap'); } });
    expect(errorOf(throwing).message).to.equal('could not read the article: trap');
    const getter = { headline: 'H', get body(): unknown { throw new TypeError('getter'); } };
    expect(errorOf(getter).message).to.equal('could not read the article: getter');
  });

  it('handles a huge array quickly and without a stack overflow', () => {
    const huge = new Array(200_000).fill(null);
    expect(errorOf(huge).message).to.equal('expected an article object, got a list');
    const manyNodes = [...new Array(50_000).fill({ '@type': 'WebPage' }), { '@type': 'NewsArticle', headline: 'Last' }];
    expect(parseArticle(manyNodes).headline).to.equal('Last');
  });

  it('throws nothing but DataError for random JSON-shaped input', () => {
    // A small deterministic fuzz over the keys the parsers read, with values of every kind.
    let seed = 20250729;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const keys = [
      '@context', '@type', '@graph', '@id', 'headline', 'name', 'title', 'version', 'items', 'author', 'authors', 'publisher',
      'image', 'url', 'body', 'articleBody', 'content_html', 'content_text', 'keywords', 'tags', 'sources', 'citation',
      'isBasedOn', 'type', 'text', 'content', 'items', 'level', 'href', 'source', 'width', 'height', 'datePublished',
      'published', 'inLanguage', 'lang', 'mainEntityOfPage', 'articleSection', 'id',
    ] as const;
    const scalars = [null, true, 0, -1, 3, 1e400, '', ' ', 'x', 'NewsArticle', 'https://jsonfeed.org/version/1.1', 'javascript:alert(1)', '2025-07-29', '<p>x</p>', 'heading', 'link', 'cite'];
    const value = (depth: number): unknown => {
      const roll = random();
      if (depth > 4 || roll < 0.45) return pick(scalars);
      if (roll < 0.65) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 6) }, () => [pick(keys), value(depth + 1)]));
    };
    for (let i = 0; i < 2000; i++) {
      const input = value(0);
      try {
        parseArticle(input);
      } catch (error) {
        if (!(error instanceof DataError)) throw new Error(`${String(error)} for ${JSON.stringify(input)}`);
      }
    }
  });
});

describe('article modules without a DOM', () => {
  it('import and run in a worker, where there is no document or DOMParser', async () => {
    const origin = location.origin;
    const source = `
      try {
        const { parseArticle } = await import('${origin}/src/data/article/index.ts');
        const { htmlToBlocks } = await import('${origin}/src/data/html-blocks.ts');
        await import('${origin}/src/data/article/json-ld.ts');
        await import('${origin}/src/data/article/json-feed.ts');
        await import('${origin}/src/data/article/native.ts');
        const native = parseArticle({ headline: 'Native', body: 'One.\\n\\nTwo.' });
        const feed = parseArticle({ title: 'Feed', content_html: '<p>Rich</p>', content_text: 'Plain' });
        let htmlError = '';
        try { htmlToBlocks('<p>x</p>'); } catch (error) { htmlError = error.name + ': ' + error.message; }
        postMessage({ hasDocument: typeof document !== 'undefined', hasDomParser: typeof DOMParser !== 'undefined', native, feed, htmlError });
      } catch (error) {
        postMessage({ failed: String(error && error.stack || error) });
      }`;
    const result = await runInWorker(source);
    expect(result.failed).to.equal(undefined);
    expect(result.hasDocument).to.equal(false);
    expect(result.hasDomParser).to.equal(false);
    expect((result.native as { body: unknown[] }).body).to.have.length(2);
    expect((result.feed as { body: unknown[] }).body).to.deep.equal([{ type: 'paragraph', content: ['Plain'] }]);
    expect(result.htmlError).to.match(/^DataError: HTML content needs a browser/);
  });
});
