import { expect } from '@open-wc/testing';
import { parseNativeArticle } from '../../src/data/article/native.js';
import { DataError } from '../../src/data/errors.js';
import { loadFixture } from './load-fixture.js';
import { warningsOf } from '../support/warnings.js';

const BASE = 'https://news.example.com/data/article.json';

/** The DataError message `parse` throws, so tests read as "this input says this". */
function errorOf(input: unknown): string {
  try {
    parseNativeArticle(input, BASE);
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    return (error as DataError).message;
  }
  throw new Error('expected a DataError');
}

describe('parseNativeArticle', () => {
  it('reads a full article with every block type and inline citations', async () => {
    const article = parseNativeArticle(await loadFixture('native-full.json'), BASE);
    expect(article).to.deep.equal({
      id: 'space-giants-houston',
      url: 'https://news.example.com/space-giants-houston',
      headline: 'Space Giants Clash in Houston: Secrets Revealed',
      section: 'Space',
      standfirst: 'The heads of NASA and Roscosmos meet face-to-face for the first time in eight years.',
      authors: [{ name: 'Newsroom' }, { name: 'Jane Doe', url: 'https://news.example.com/authors/jane' }],
      publisher: { name: 'Example News', url: 'https://news.example.com/' },
      published: '2025-07-29T14:00:00Z',
      modified: '2025-07-30',
      image: {
        url: 'https://news.example.com/img/houston.jpg',
        alt: 'Two men shake hands in front of a mission patch wall',
        caption: 'Bakanov and Duffy in Houston.',
        credit: 'NASA/Bill Ingalls',
        width: 1600,
        height: 900,
      },
      body: [
        { type: 'paragraph', content: ['On July 29, 2025, Dmitry Bakanov arrived in Houston.'] },
        { type: 'heading', level: 2, content: ['Historic Meeting Amid Tensions'] },
        {
          type: 'paragraph',
          content: [
            'The meeting was reported by ',
            { type: 'link', href: 'https://www.kyivpost.com/', content: ['Kyiv Post'] },
            ' and others',
            { type: 'cite', source: 'pravda' },
            { type: 'cite', source: 'source-3' },
            '. It was ',
            { type: 'em', content: ['historic'] },
            ', ',
            { type: 'strong', content: ['very ', { type: 'em', content: ['much'] }, ' so'] },
            ', and ',
            { type: 'code', content: ['ISS'] },
            ' was on the agenda.',
          ],
        },
        { type: 'heading', level: 3, content: [{ type: 'em', content: ['Sub-heading'] }] },
        { type: 'quote', content: ['Space should unite us.'], attribution: 'Sean Duffy' },
        { type: 'quote', content: ['No attribution here.'] },
        { type: 'list', ordered: false, items: [['ISS lifespan'], ['Cross-flights ', { type: 'cite', source: 'source-2' }]] },
        { type: 'list', ordered: true, items: [['First'], ['Second']] },
        {
          type: 'image',
          image: { url: 'https://cdn.example.com/crew-11.jpg', alt: 'Crew-11', caption: 'Crew-11 crew.', credit: 'SpaceX', width: 800, height: 600 },
        },
        { type: 'paragraph', content: ['Last paragraph.'] },
      ],
      tags: ['NASA', 'Roscosmos', 'ISS'],
      sources: [
        { id: 'pravda', name: 'Pravda' },
        // Its position would make it source-2, which the RBC entry claims explicitly.
        { id: 'source-3', name: 'Kyiv Post', url: 'https://www.kyivpost.com/', publisher: 'Kyiv Post' },
        { id: 'source-4', name: 'NAMPA/Sputnik' },
        { id: 'source-2', name: 'RBC Ukraine' },
      ],
      lang: 'en-US',
    });
  });

  it('needs only a headline, and gives empty lists for the rest', () => {
    expect(parseNativeArticle({ headline: '  Just a   headline ' })).to.deep.equal({
      headline: 'Just a headline',
      authors: [],
      body: [],
      tags: [],
      sources: [],
    });
  });

  it('splits a text body into paragraphs on blank lines', () => {
    const article = parseNativeArticle({ headline: 'H', body: 'One\nline wrapped.\n\nTwo.\n  \n\nThree.' });
    expect(article.body).to.deep.equal([
      { type: 'paragraph', content: ['One line wrapped.'] },
      { type: 'paragraph', content: ['Two.'] },
      { type: 'paragraph', content: ['Three.'] },
    ]);
  });

  it('accepts an image as URL text and a single author or publisher as text', () => {
    const article = parseNativeArticle({ headline: 'H', image: 'pic.jpg', authors: 'Solo', publisher: 'Pub' }, BASE);
    expect(article.image).to.deep.equal({ url: 'https://news.example.com/data/pic.jpg' });
    expect(article.authors).to.deep.equal([{ name: 'Solo' }]);
    expect(article.publisher).to.deep.equal({ name: 'Pub' });
  });

  it('gives sources without ids source-1, source-2… by position', () => {
    const { sources } = parseNativeArticle({ headline: 'H', sources: ['Pravda', { name: 'Kyiv Post' }, { id: 'rbc', name: 'RBC Ukraine' }] });
    expect(sources.map(source => source.id)).to.deep.equal(['source-1', 'source-2', 'rbc']);
  });

  it('drops images with unsafe URLs and keeps the text of unsafe links', () => {
    const article = parseNativeArticle({
      headline: 'H',
      image: { url: 'javascript:alert(1)', alt: 'x' },
      body: [
        { type: 'image', url: 'data:image/png;base64,AAAA' },
        { type: 'paragraph', content: [{ type: 'link', href: 'javascript:alert(1)', content: ['click ', { type: 'em', text: 'me' }] }] },
      ],
    });
    expect(article.image).to.equal(undefined);
    expect(article.body).to.deep.equal([{ type: 'paragraph', content: ['click ', { type: 'em', content: ['me'] }] }]);
  });

  it('ignores unknown properties', () => {
    expect(parseNativeArticle({ headline: 'H', extra: [1, 2, 3], $schema: 'x' }).headline).to.equal('H');
  });

  describe('rejects an article without a headline, with the path', () => {
    const cases: [string, unknown, string][] = [
      ['a missing headline', {}, 'headline: is missing; expected text'],
      ['a number headline', { headline: 42 }, 'headline: expected text, got a number'],
      ['an empty headline', { headline: '  ' }, 'headline: expected text, got empty text'],
    ];
    for (const [what, input, message] of cases) {
      it(what, () => expect(errorOf(input)).to.equal(message));
    }
  });

  describe('renders the rest when a field, block or source is wrong, and warns with the path', () => {
    const cases: [string, { headline: string; [key: string]: unknown }, string][] = [
      ['a list as section', { headline: 'H', section: ['a'] }, 'section: expected text, got a list'],
      ['an author without a name', { headline: 'H', authors: ['A', { url: 'https://x.example/' }] }, 'authors[1].name: is missing; expected text'],
      ['an author that is a number', { headline: 'H', authors: ['A', 'B', 3] }, 'authors[2]: expected text or an object with a "name", got a number'],
      ['a bad date', { headline: 'H', published: 'yesterday' }, 'published: expected a date like 2025-07-29 or 2025-07-29T14:00:00Z, got "yesterday"'],
      ['an image without url', { headline: 'H', image: { alt: 'x' } }, 'image.url: is missing; expected a URL'],
      ['a negative image width', { headline: 'H', image: { url: 'https://x.example/a.jpg', width: -5 } }, 'image.width: expected a positive number, got a number'],
      ['a body that is a number', { headline: 'H', body: 5 }, 'body: expected text or a list of blocks, got a number'],
      ['a heading of level 1', { headline: 'H', body: ['a', 'b', { type: 'heading', level: 1, text: 'x' }] }, 'body[2].level: expected 2 or 3 (the headline is the only level 1), got a number'],
      ['an unknown block type', { headline: 'H', body: [{ type: 'video', url: 'x' }] }, 'body[0].type: expected one of paragraph, heading, quote, list, image; got "video"'],
      ['a block without type', { headline: 'H', body: [{ text: 'x' }] }, 'body[0].type: expected one of paragraph, heading, quote, list, image; it is missing'],
      ['a block without text or content', { headline: 'H', body: [{ type: 'paragraph' }] }, 'body[0]: needs "text" or "content"'],
      ['a block that is null', { headline: 'H', body: [null] }, 'body[0]: expected text or a block object, got null'],
      ['content that is text', { headline: 'H', body: [{ type: 'quote', content: 'x' }] }, 'body[0].content: expected a list of inline content, got text'],
      ['an inline number', { headline: 'H', body: [{ type: 'paragraph', content: ['a', 7] }] }, 'body[0].content[1]: expected text or an inline object, got a number'],
      ['an unknown inline type', { headline: 'H', body: [{ type: 'paragraph', content: [{ type: 'u', text: 'x' }] }] }, 'body[0].content[0].type: expected one of link, em, strong, code, cite; got "u"'],
      ['a link without href', { headline: 'H', body: [{ type: 'paragraph', content: [{ type: 'link', text: 'x' }] }] }, 'body[0].content[0].href: is missing; expected a URL'],
      ['a list without items', { headline: 'H', body: [{ type: 'list' }] }, 'body[0].items: is missing; expected a list of items'],
      ['a list item number', { headline: 'H', body: [{ type: 'list', items: ['a', 2] }] }, 'body[0].items[1]: expected text or an inline object, got a number'],
      ['ordered as text', { headline: 'H', body: [{ type: 'list', ordered: 'yes', items: ['a'] }] }, 'body[0].ordered: expected true or false, got text'],
      ['a tag number', { headline: 'H', tags: ['a', 1] }, 'tags[1]: expected text, got a number'],
      ['sources as an object', { headline: 'H', sources: { name: 'x' } }, 'sources: expected a list of sources, got an object'],
      ['a source without name', { headline: 'H', sources: [{ url: 'https://x.example/' }] }, 'sources[0].name: is missing; expected text'],
      ['duplicate source ids', { headline: 'H', sources: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] }, 'sources[1].id: "a" is used by an earlier source; source ids must be unique'],
    ];
    for (const [what, input, warning] of cases) {
      it(what, () => {
        expect(warningsOf(() => parseNativeArticle(input, BASE))).to.deep.equal([warning]);
        expect(parseNativeArticle(input, BASE).headline).to.equal('H');
      });
    }
  });

  it('keeps the good blocks, authors, tags and sources around a bad one', () => {
    const article = parseNativeArticle({
      headline: 'H',
      authors: ['A', 3, { name: 'B' }],
      tags: ['a', 1, 'b'],
      sources: [{ name: 'S' }, { url: 'https://x.example/' }],
      body: ['First.', { type: 'video' }, { type: 'paragraph', content: ['Third ', { type: 'cite', source: 'nope' }, '.'] }],
    }, BASE);
    expect(article).to.deep.equal({
      headline: 'H',
      authors: [{ name: 'A' }, { name: 'B' }],
      body: [
        { type: 'paragraph', content: ['First.'] },
        { type: 'paragraph', content: ['Third .'] },
      ],
      tags: ['a', 'b'],
      sources: [{ id: 'source-1', name: 'S' }],
    });
  });

  it('reads tags given as comma text', () => {
    expect(parseNativeArticle({ headline: 'H', tags: 'Space, ISS,, space' }).tags).to.deep.equal(['Space', 'ISS']);
  });

  it('drops an inline citation of an unknown source, warning with the path and the known ids', () => {
    const input = {
      headline: 'H',
      sources: [{ id: 'pravda', name: 'Pravda' }],
      body: ['x', { type: 'list', items: [['a', { type: 'cite', source: 'tass' }]] }],
    };
    expect(warningsOf(() => parseNativeArticle(input))).to.deep.equal(['body[1].items[0][1].source: no source with id "tass"; known ids: pravda']);
    expect(parseNativeArticle(input).body[1]).to.deep.equal({ type: 'list', ordered: false, items: [['a']] });
    expect(warningsOf(() => parseNativeArticle({ headline: 'H', body: [{ type: 'heading', content: [{ type: 'cite', source: 'x' }] }] }))).to.deep.equal([
      'body[0].content[0].source: no source with id "x"; the article has no sources',
    ]);
  });

  it('rejects input that is not an object', () => {
    expect(errorOf('headline')).to.equal('expected an article object, got text');
    expect(errorOf([{ headline: 'H' }])).to.equal('expected an article object, got a list');
  });
});
