import { expect } from '@open-wc/testing';
import { warningsOf } from '../support/warnings.js';
import { parseJsonFeedItem } from '../../src/data/article/json-feed.js';
import { DataError } from '../../src/data/errors.js';
import { withoutDomParser } from '../support/without-dom-parser.js';
import { loadFixture } from './load-fixture.js';

function errorOf(input: unknown): string {
  try {
    parseJsonFeedItem(input);
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    return (error as DataError).message;
  }
  throw new Error('expected a DataError');
}

describe('parseJsonFeedItem', () => {
  it('reads an item with hostile content_html through the allowlist', async () => {
    const article = parseJsonFeedItem(await loadFixture('json-feed-item-html.json'), 'https://example.org/feed.json');
    expect(article).to.deep.equal({
      id: 'https://example.org/2025/07/29/houston',
      url: 'https://example.org/2025/07/29/houston',
      headline: 'Space Giants Clash in Houston',
      standfirst: 'NASA and Roscosmos heads meet for the first time in eight years.',
      authors: [{ name: 'Jane Doe', url: 'https://example.org/jane' }],
      published: '2025-07-29T14:00:00-05:00',
      modified: '2025-07-29T15:30:00-05:00',
      image: { url: 'https://example.org/images/houston.jpg' },
      body: [
        { type: 'heading', level: 2, content: ['A heading in the content'] },
        {
          type: 'paragraph',
          content: [
            'On ',
            { type: 'strong', content: ['July 29'] },
            ', Dmitry Bakanov ',
            { type: 'em', content: ['arrived'] },
            ' in ',
            { type: 'link', href: 'https://en.wikipedia.org/wiki/Houston', content: ['Houston'] },
            '.',
          ],
        },
        // <img src=x onerror=…>: the handler is gone; "x" is a harmless relative URL.
        { type: 'image', image: { url: 'https://example.org/2025/07/29/x' } },
        {
          type: 'paragraph',
          content: ['A bad link and a ', { type: 'link', href: 'https://example.org/relative/page', content: ['relative one'] }, '.'],
        },
        { type: 'heading', level: 3, content: ['Agenda'] },
        { type: 'list', ordered: false, items: [['ISS lifespan'], ['Cross-flights'], ['Soyuz seats'], ['Crew Dragon seats'], ['svg text De-orbiting']] },
        { type: 'quote', content: ['Space should unite us.'], attribution: 'Sean Duffy' },
        {
          type: 'image',
          image: {
            url: 'https://example.org/images/bakanov.jpg',
            alt: 'Dmitry Bakanov at the Johnson Space Center',
            caption: 'Bakanov in Houston. Photo: NASA',
            width: 1200,
            height: 800,
          },
        },
        { type: 'paragraph', content: ['Loose text in a div after a break'] },
        {
          type: 'paragraph',
          content: [{ type: 'code', content: ['code()'] }, ' and ', { type: 'strong', content: ['bold'] }, ' and ', { type: 'em', content: ['italic'] }],
        },
      ],
      tags: ['space', 'ISS'],
      sources: [],
      lang: 'en-US',
    });
    const text = JSON.stringify(article);
    for (const dropped of ['alert', 'iframe', 'frame text', 'form text', 'Send', 'onclick', 'data:', 'javascript:']) {
      expect(text, dropped).not.to.include(dropped);
    }
  });

  it('reads a content_text item: numeric id, banner image', async () => {
    expect(parseJsonFeedItem(await loadFixture('json-feed-item-text.json'))).to.deep.equal({
      id: '42',
      url: 'https://micro.example/posts/42',
      headline: 'ISS talks resume',
      authors: [],
      published: '2025-07-29T12:00:00Z',
      image: { url: 'https://micro.example/banner.png' },
      body: [
        { type: 'paragraph', content: ['The heads of NASA and Roscosmos met in Houston.'] },
        { type: 'paragraph', content: ['It was the first such meeting since 2017. More talks are planned.'] },
      ],
      tags: [],
      sources: [],
    });
  });

  it('reads the first item of a whole JSON Feed 1.1, inheriting authors and language', async () => {
    expect(parseJsonFeedItem(await loadFixture('json-feed-whole.json'))).to.deep.equal({
      id: 'https://orbital.example/p/1',
      url: 'https://orbital.example/p/1',
      headline: 'Crew-11 launches on July 31',
      authors: [{ name: 'Orbital Desk', url: 'https://orbital.example/desk' }],
      published: '2025-07-28T09:00:00+01:00',
      body: [
        {
          type: 'paragraph',
          content: ['Cosmonaut Oleg Platonov flies on ', { type: 'link', href: 'https://orbital.example/crew-11', content: ['Crew-11'] }, '.'],
        },
      ],
      tags: [],
      sources: [],
      lang: 'en-GB',
    });
  });

  it("reads a JSON Feed 1.0 with the feed's single author", async () => {
    const article = parseJsonFeedItem(await loadFixture('json-feed-1.0.json'));
    expect(article.authors).to.deep.equal([{ name: 'Old Timer', url: 'https://legacy.example/about' }]);
    expect(article.body).to.deep.equal([{ type: 'paragraph', content: ['The last in-person meeting was in 2017.'] }]);
  });

  it("prefers the item's own authors and language over the feed's", () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      language: 'en',
      authors: [{ name: 'Feed' }],
      items: [{ id: '1', title: 'T', content_text: 'x', authors: [{ name: 'Item' }, { url: 'https://x.example/no-name' }], language: 'uk' }],
    };
    const article = parseJsonFeedItem(feed);
    expect(article.authors).to.deep.equal([{ name: 'Item' }]);
    expect(article.lang).to.equal('uk');
  });

  it('falls back to content_text where there is no DOMParser', async () => {
    const item = await loadFixture('json-feed-item-html.json');
    const article = withoutDomParser(() => parseJsonFeedItem(item));
    expect(article.body).to.deep.equal([{ type: 'paragraph', content: ['On July 29, Dmitry Bakanov arrived in Houston.'] }]);
  });

  it('falls back to content_text when the HTML holds nothing usable', () => {
    const article = parseJsonFeedItem({ id: '1', title: 'T', content_html: '<iframe src="https://video.example/1"></iframe>', content_text: 'Watch the video.' });
    expect(article.body).to.deep.equal([{ type: 'paragraph', content: ['Watch the video.'] }]);
  });

  it('renders the headline of HTML-only content without a DOMParser, warning on content_html', () => {
    const item = { id: '1', title: 'T', content_html: '<p>x</p>' };
    expect(withoutDomParser(() => warningsOf(() => parseJsonFeedItem(item)))).to.deep.equal([
      'content_html: HTML content needs a browser to be read (DOMParser is not available here)',
    ]);
    expect(withoutDomParser(() => parseJsonFeedItem(item))).to.deep.equal({ id: '1', headline: 'T', authors: [], body: [], tags: [], sources: [] });
  });

  describe('rejects an item without a title, with the path', () => {
    const feed = (items: unknown) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'F', items });
    const cases: [string, unknown, string][] = [
      ['a missing title', { id: '1', content_text: 'x' }, 'title: is missing; expected text'],
      ['a number title', { title: 1 }, 'title: expected text, got a number'],
      ['a title in a feed', feed([{ id: '1', title: false }]), 'items[0].title: expected text, got false'],
      ['a feed without items', { version: 'https://jsonfeed.org/version/1.1', title: 'F' }, 'items: is missing; expected a list of feed items'],
      ['a feed with no items', feed([]), 'items: the feed has no items'],
      ['a feed whose item is text', feed(['x']), 'items[0]: expected a feed item object, got text'],
      ['a non-object', 5, 'expected a JSON Feed item object, got a number'],
    ];
    for (const [what, input, message] of cases) {
      it(what, () => expect(errorOf(input)).to.equal(message));
    }
  });

  describe('renders the rest when an optional field is wrong, and warns with the path', () => {
    const cases: [string, object, string, object][] = [
      ['an author name number', { authors: [{ name: 'A' }, { name: 2 }] }, 'authors[1].name: expected text, got a number', { authors: [{ name: 'A' }] }],
      ['an author that is a number', { authors: [3, 'B'] }, 'authors[0]: expected an author object with a "name", got a number', { authors: [{ name: 'B' }] }],
      ['content_html as a list', { content_html: ['<p>'] }, 'content_html: expected text, got a list', {}],
      ['a date that is no date', { date_published: '29/07/2025' }, 'date_published: expected a date like 2025-07-29 or 2025-07-29T14:00:00Z, got "29/07/2025"', {}],
      ['a summary object', { summary: {} }, 'summary: expected text, got an object', {}],
      ['an image number', { image: 5 }, 'image: expected a URL, got a number', {}],
    ];
    for (const [what, fields, warning, expected] of cases) {
      it(what, () => {
        const input = { title: 'T', ...fields };
        expect(warningsOf(() => parseJsonFeedItem(input))).to.deep.equal([warning]);
        expect(parseJsonFeedItem(input)).to.deep.equal({ headline: 'T', authors: [], body: [], tags: [], sources: [], ...expected });
      });
    }
  });

  it('reads what real feeds write: http version URLs, comma tags, plain author names, entities, an RFC 822 date', () => {
    const article = parseJsonFeedItem({
      version: 'http://jsonfeed.org/version/1',
      author: 'Feed Author',
      items: [{ title: 'Episode 16: Don&#8217;t panic', tags: 'space, ISS', date_published: 'Tue, 29 Jul 2025 14:05:00 +0000', content_text: 'One.\nTwo &amp; three.' }],
    });
    expect(article).to.deep.equal({
      headline: 'Episode 16: Don’t panic',
      authors: [{ name: 'Feed Author' }],
      published: '2025-07-29T14:05:00.000Z',
      body: [
        { type: 'paragraph', content: ['One.'] },
        { type: 'paragraph', content: ['Two & three.'] },
      ],
      tags: ['space', 'ISS'],
      sources: [],
    });
  });
});
