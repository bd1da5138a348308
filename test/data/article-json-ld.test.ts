import { expect } from '@open-wc/testing';
import { parseJsonLdArticle } from '../../src/data/article/json-ld.js';
import { DataError } from '../../src/data/errors.js';
import { loadFixture } from './load-fixture.js';
import { warningsOf } from '../support/warnings.js';

function errorOf(input: unknown): string {
  try {
    parseJsonLdArticle(input);
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    return (error as DataError).message;
  }
  throw new Error('expected a DataError');
}

describe('parseJsonLdArticle', () => {
  it('reads a WordPress/Yoast @graph, resolving author, publisher and image by @id', async () => {
    const article = parseJsonLdArticle(await loadFixture('yoast-graph.json'), 'https://news.example.com/2025/07/29/space-giants-houston/');
    expect(article).to.deep.equal({
      id: 'https://news.example.com/2025/07/29/space-giants-houston/#article',
      url: 'https://news.example.com/2025/07/29/space-giants-houston/',
      headline: 'Space Giants Clash in Houston: Secrets Revealed',
      section: 'Space',
      authors: [{ name: 'Jane Doe', url: 'https://news.example.com/author/jane-doe/' }],
      publisher: { name: 'Example News', url: 'https://news.example.com/' },
      published: '2025-07-29T14:05:00+00:00',
      modified: '2025-07-30T08:12:44+00:00',
      image: {
        url: 'https://news.example.com/wp-content/uploads/2025/07/houston.jpg',
        caption: 'Dmitry Bakanov arrives at the Johnson Space Center.',
        credit: 'NASA/Bill Ingalls',
        width: 1600,
        height: 1067,
      },
      body: [],
      tags: ['NASA', 'Roscosmos', 'ISS'],
      sources: [],
      lang: 'en-US',
    });
  });

  it('reads a single NewsArticle with articleBody, mixed author/image lists, keywords text and sources', async () => {
    const article = parseJsonLdArticle(await loadFixture('news-article-single.json'), 'https://www.example.org/data/article.json');
    expect(article).to.deep.equal({
      id: 'https://www.example.org/world/iss-talks#article',
      url: 'https://www.example.org/world/iss-talks',
      headline: 'NASA and Roscosmos chiefs meet in Houston',
      section: 'Science',
      standfirst: 'The agencies discussed the future of the International Space Station.',
      authors: [
        { name: 'Newsroom Staff' },
        { name: 'Ivan Petrenko', url: 'https://www.example.org/staff/ivan-petrenko' },
        { name: 'Wire Services' },
      ],
      publisher: { name: 'Example Org Daily', url: 'https://www.example.org/' },
      published: '2025-07-29T16:30:00Z',
      modified: '2025-07-29T18:02:00Z',
      image: {
        url: 'https://www.example.org/media/iss-1200.jpg',
        alt: 'The ISS against the black of space with Earth below',
        caption: 'The International Space Station, seen from a departing Crew Dragon.',
        width: 1200,
        height: 675,
      },
      body: [
        { type: 'paragraph', content: ['On July 29, 2025, Dmitry Bakanov arrived in Houston. It was the first such visit since 2017.'] },
        { type: 'paragraph', content: ['The agenda included the lifespan of the ISS and plans for its de-orbiting.'] },
        { type: 'paragraph', content: ['Both agencies stressed continuity.'] },
      ],
      tags: ['ISS', 'NASA', 'Roscosmos', 'space diplomacy'],
      sources: [
        { id: 'source-1', name: 'kyivpost.com', url: 'https://www.kyivpost.com/post/12345' },
        { id: 'source-2', name: 'Pravda' },
        { id: 'source-3', name: 'Roscosmos head to visit NASA', url: 'https://www.rbc.ua/rus/news/roscosmos-nasa', publisher: 'RBC Ukraine' },
        { id: 'source-4', name: 'NAMPA/Sputnik wire report', publisher: 'NAMPA' },
      ],
    });
  });

  it('finds the Article in a top-level array and falls back to name and mainEntityOfPage', async () => {
    expect(parseJsonLdArticle(await loadFixture('jsonld-array.json'))).to.deep.equal({
      url: 'https://example.net/world/crew-11',
      headline: 'Crew-11 to launch with a Russian cosmonaut aboard',
      authors: [{ name: 'A. Writer' }],
      published: '2025-07-30',
      image: { url: 'https://example.net/img/crew-11.jpg' },
      body: [],
      tags: ['Crew-11', 'SpaceX'],
      sources: [],
      lang: 'en-GB',
    });
  });

  it('accepts @type as a list (ReportageNewsArticle) and image sizes as text', async () => {
    const article = parseJsonLdArticle(await loadFixture('reportage-typed-array.json'));
    expect(article.headline).to.equal('Inside the Houston talks');
    expect(article.authors).to.deep.equal([{ name: 'Maria Kowalska' }]);
    // "1200px" is a size; "auto" is not, and is skipped rather than failing the article.
    expect(article.image).to.deep.equal({ url: 'https://example.com/houston.jpg', width: 1200 });
  });

  it('reads a BlogPosting with a full-URL @type inside an array of graphs, skipping unknown references', async () => {
    expect(parseJsonLdArticle(await loadFixture('blog-posting.json'))).to.deep.equal({
      id: 'https://blog.example.com/posts/iss-future',
      headline: 'What comes after the ISS?',
      authors: [{ name: 'Sam Orbit', url: 'https://blog.example.com/about' }],
      publisher: { name: 'Sam Orbit', url: 'https://blog.example.com/about' },
      image: { url: 'https://blog.example.com/hero.webp' },
      body: [
        { type: 'paragraph', content: ['Commercial stations are coming.'] },
        { type: 'paragraph', content: ['Nobody knows exactly when.'] },
      ],
      tags: [],
      sources: [],
    });
  });

  it('accepts every Article-family type, with schema: and URL prefixes', () => {
    const types = [
      'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'ReviewNewsArticle',
      'BackgroundNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle', 'BlogPosting', 'LiveBlogPosting',
      'SocialMediaPosting', 'DiscussionForumPosting', 'Report', 'ScholarlyArticle', 'TechArticle', 'AdvertiserContentArticle',
      'schema:NewsArticle', 'http://schema.org/NewsArticle', 'https://schema.org/BlogPosting',
    ];
    for (const type of types) expect(parseJsonLdArticle({ '@type': type, headline: type }).headline, type).to.equal(type);
  });

  it('finds an article nested in a WebPage mainEntity', () => {
    const input = { '@context': 'https://schema.org', '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', headline: 'Nested' } };
    expect(parseJsonLdArticle(input).headline).to.equal('Nested');
  });

  it('reads author, image and keywords in each of their shapes', () => {
    const base = { '@type': 'NewsArticle', headline: 'H' };
    expect(parseJsonLdArticle({ ...base, author: 'Jane' }).authors).to.deep.equal([{ name: 'Jane' }]);
    expect(parseJsonLdArticle({ ...base, author: { '@type': 'Person', name: 'Jane', url: 'https://x.example/j' } }).authors).to.deep.equal([
      { name: 'Jane', url: 'https://x.example/j' },
    ]);
    expect(parseJsonLdArticle({ ...base, author: ['A', { name: 'B' }] }).authors).to.deep.equal([{ name: 'A' }, { name: 'B' }]);
    expect(parseJsonLdArticle({ ...base, image: 'https://x.example/a.jpg' }).image).to.deep.equal({ url: 'https://x.example/a.jpg' });
    expect(parseJsonLdArticle({ ...base, image: { url: 'https://x.example/a.jpg' } }).image).to.deep.equal({ url: 'https://x.example/a.jpg' });
    expect(parseJsonLdArticle({ ...base, image: ['https://x.example/a.jpg', 'https://x.example/b.jpg'] }).image).to.deep.equal({ url: 'https://x.example/a.jpg' });
    expect(parseJsonLdArticle({ ...base, keywords: 'a, b,a' }).tags).to.deep.equal(['a', 'b']);
    expect(parseJsonLdArticle({ ...base, keywords: ['a', { '@type': 'DefinedTerm', name: 'b' }, 3] }).tags).to.deep.equal(['a', 'b']);
    expect(parseJsonLdArticle({ ...base, articleSection: ['World', 'Europe'] }).section).to.equal('World');
  });

  it('reads citation and isBasedOn as single values too', () => {
    const article = parseJsonLdArticle({
      '@type': 'NewsArticle',
      headline: 'H',
      citation: { '@type': 'CreativeWork', url: 'https://www.pravda.com.ua/news/1' },
      isBasedOn: 'Kyiv Post',
    });
    expect(article.sources).to.deep.equal([
      { id: 'source-1', name: 'pravda.com.ua', url: 'https://www.pravda.com.ua/news/1' },
      { id: 'source-2', name: 'Kyiv Post' },
    ]);
  });

  it('survives reference cycles in data handed over as objects', () => {
    const person: Record<string, unknown> = { '@type': 'Person', '@id': '#p', name: 'Cy' };
    const article: Record<string, unknown> = { '@type': 'NewsArticle', '@id': '#a', headline: 'H', author: { '@id': '#p' } };
    person.wrote = article;
    article.self = article;
    expect(parseJsonLdArticle({ '@graph': [article, person] }).authors).to.deep.equal([{ name: 'Cy' }]);
  });

  it('lists the types it found when there is no article', () => {
    expect(errorOf({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'Person' }, { '@type': 'WebPage' }] })).to.equal(
      'no schema.org Article found; found WebPage, Person',
    );
    expect(errorOf({ '@context': 'https://schema.org' })).to.equal('no schema.org Article found; found no "@type"');
  });

  describe('rejects an article without a usable headline, with the path', () => {
    const cases: [string, unknown, string][] = [
      ['a number headline', { '@type': 'NewsArticle', headline: 42 }, 'headline: expected text, got a number'],
      ['no headline or name', { '@type': 'NewsArticle' }, 'headline: is missing; expected text (or a "name")'],
      ['a headline in a graph', { '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', headline: [1] }] }, '@graph[1].headline: expected text, got a list'],
      ['a headline in an array', [{ '@type': 'WebSite' }, { '@type': 'Article', headline: {} }], '[1].headline: expected text, got an object'],
      ['a non-object', 'NewsArticle', 'expected a JSON-LD object or list, got text'],
    ];
    for (const [what, input, message] of cases) {
      it(what, () => expect(errorOf(input)).to.equal(message));
    }
  });

  describe('renders the rest when an optional field is wrong, and warns with the path', () => {
    const cases: [string, object, string, object][] = [
      ['an author name number', { author: ['A', { name: 5 }] }, 'author[1].name: expected text, got a number', { authors: [{ name: 'A' }] }],
      ['a date that is no date', { datePublished: 'July 29' }, 'datePublished: expected a date like 2025-07-29 or 2025-07-29T14:00:00Z, got "July 29"', {}],
      ['an articleBody object', { articleBody: { text: 'x' } }, 'articleBody: expected text, got an object', {}],
      ['a description number', { description: 1 }, 'description: expected text, got a number', {}],
      ['a single author object', { author: { name: 1 } }, 'author.name: expected text, got a number', {}],
      ['a keyword number', { keywords: ['ISS', 7] }, 'keywords[1]: expected text, got a number', { tags: ['ISS'] }],
    ];
    for (const [what, fields, warning, expected] of cases) {
      it(what, () => {
        const input = { '@type': 'NewsArticle', headline: 'H', ...fields };
        expect(warningsOf(() => parseJsonLdArticle(input))).to.deep.equal([warning]);
        expect(parseJsonLdArticle(input)).to.deep.equal({ headline: 'H', authors: [], body: [], tags: [], sources: [], ...expected });
      });
    }
  });
});

describe('parseJsonLdArticle on what real pages print', () => {
  const read = (fields: object) => parseJsonLdArticle({ '@type': 'NewsArticle', headline: 'H', ...fields });

  it('reads dates in RFC 822 and other written forms, as ISO 8601', () => {
    expect(read({ datePublished: 'Mon, Jan 7 2019 15:37:00 EST', dateModified: 'Tue, 08 Jan 2019 09:00:00 +0100' })).to.include({
      published: '2019-01-07T20:37:00.000Z',
      modified: '2019-01-08T08:00:00.000Z',
    });
  });

  it('reads ISO 8601 as publishers loosen it as strict ISO 8601, alike in every browser', () => {
    const published = (datePublished: string) => read({ datePublished }).published;
    // Strict ISO 8601 is kept as written.
    expect(published('2025-07-29T14:05:00Z')).to.equal('2025-07-29T14:05:00Z');
    expect(published('2025-07-29T14:05:00.123+02:00')).to.equal('2025-07-29T14:05:00.123+02:00');
    expect(published('2025-07-29')).to.equal('2025-07-29');
    // Loose forms: WebKit's Date reads none of the first four, Firefox's not the fifth.
    expect(published('2025-07-29 14:05:00 +0200')).to.equal('2025-07-29T14:05:00+02:00');
    expect(published('2025-07-29 14:05:00 UTC')).to.equal('2025-07-29T14:05:00Z');
    expect(published('2025-07-29T14:05:00+02')).to.equal('2025-07-29T14:05:00+02:00');
    expect(published('2025-07-29T14:05:00 GMT')).to.equal('2025-07-29T14:05:00Z');
    expect(published('2025-07-29t14:05:00z')).to.equal('2025-07-29T14:05:00Z');
    expect(published('2025-07-29 14:05:00')).to.equal('2025-07-29T14:05:00');
    expect(published('2025-07-29T14:05:00+0000')).to.equal('2025-07-29T14:05:00+00:00');
    expect(published('2025-07-29 14:05:00.25-0330')).to.equal('2025-07-29T14:05:00.25-03:30');
  });

  it('drops a loose ISO 8601 date that is no date, with a warning', () => {
    const input = { '@type': 'NewsArticle', headline: 'H', datePublished: '2025-13-45 14:05:00' };
    expect(parseJsonLdArticle(input)).to.not.have.property('published');
    expect(warningsOf(() => parseJsonLdArticle(input))).to.deep.equal([
      'datePublished: expected a date like 2025-07-29 or 2025-07-29T14:00:00Z, got "2025-13-45 14:05:00"',
    ]);
  });

  it('reads author names given as a list, givenName/familyName, nested lists and @value text', () => {
    expect(read({ author: { '@type': 'Person', name: ['Darian Woods', 'Sarah Gonzalez'] } }).authors).to.deep.equal([
      { name: 'Darian Woods' },
      { name: 'Sarah Gonzalez' },
    ]);
    expect(read({ author: [[{ '@type': 'Person', givenName: 'Mike', familyName: 'Isaac', url: 'https://example.com/mike' }], [{ name: { '@value': 'Ana Lima' } }]] }).authors).to.deep.equal([
      { name: 'Mike Isaac', url: 'https://example.com/mike' },
      { name: 'Ana Lima' },
    ]);
  });

  it('decodes entities in text fields and drops markup from them', () => {
    const article = read({
      headline: 'HackerRank &amp; Cybermedia Partner',
      description: 'VC: Time to &#8216;come out&#8217; <b>now</b>',
      articleSection: ['Food &amp; Drink'],
      author: { name: 'Bront&euml; Smith' },
    });
    expect(article).to.include({ headline: 'HackerRank & Cybermedia Partner', standfirst: 'VC: Time to ‘come out’ now', section: 'Food & Drink' });
    expect(article.authors).to.deep.equal([{ name: 'Brontë Smith' }]);
  });

  it('reads an articleBody holding HTML through the allowlist', () => {
    expect(read({ articleBody: '<p class="First">I don&#39;t use it.</p><p>Second <a href="https://example.com/x">link</a>.</p><script>alert(1)</script>' }).body).to.deep.equal([
      { type: 'paragraph', content: ["I don't use it."] },
      { type: 'paragraph', content: ['Second ', { type: 'link', href: 'https://example.com/x', content: ['link'] }, '.'] },
    ]);
  });

  it('splits a body without blank lines at its line breaks, and decodes its entities', () => {
    expect(read({ articleBody: 'First &amp; one.\nSecond one.\n\r\nThird.' }).body.length).to.equal(2);
    expect(read({ articleBody: 'First &amp; one.\nSecond one.\nThird.' }).body).to.deep.equal([
      { type: 'paragraph', content: ['First & one.'] },
      { type: 'paragraph', content: ['Second one.'] },
      { type: 'paragraph', content: ['Third.'] },
    ]);
  });

  it('takes a node of an unknown or misspelt type that has a headline and a body', () => {
    expect(parseJsonLdArticle({ '@type': 'newsarticle', headline: 'Lower case' }).headline).to.equal('Lower case');
    expect(parseJsonLdArticle([{ '@type': 'WebPage' }, { '@type': 'NewsArtcle', headline: 'Misspelt', articleBody: 'Body.' }]).body).to.deep.equal([
      { type: 'paragraph', content: ['Body.'] },
    ]);
    expect(errorOf({ '@type': 'NewsArtcle', headline: 'No body' })).to.equal('no schema.org Article found; found NewsArtcle');
  });

  it('reads property names a template capitalized', () => {
    const article = parseJsonLdArticle({ '@type': 'NewsArticle', Headline: 'Segment Launches Sources', DatePublished: '2016-04-06', Description: 'Press release.' });
    expect(article).to.include({ headline: 'Segment Launches Sources', published: '2016-04-06', standfirst: 'Press release.' });
  });

  it('titles a posting without a headline by the start of its text', () => {
    const article = parseJsonLdArticle({
      '@type': 'DiscussionForumPosting',
      author: { '@type': 'Person', name: 'Glen' },
      text: 'Owliver decided to fly to another branch and check things out. He can look in my window from this spot!',
    });
    expect(article.headline).to.equal('Owliver decided to fly to another branch and check things out. He can look in my…');
    expect(article.body).to.deep.equal([
      { type: 'paragraph', content: ['Owliver decided to fly to another branch and check things out. He can look in my window from this spot!'] },
    ]);
  });

  it('falls back to thumbnailUrl and dateCreated', () => {
    expect(read({ thumbnailUrl: 'https://example.com/t.jpg', dateCreated: '2024-02-09' })).to.include({ published: '2024-02-09' });
    expect(read({ thumbnailUrl: 'https://example.com/t.jpg' }).image).to.deep.equal({ url: 'https://example.com/t.jpg' });
  });
});

describe('parseJsonLdArticle paths and bylines', () => {
  it('does not show a URL given as an author as a byline', () => {
    const article = parseJsonLdArticle({ '@type': 'NewsArticle', headline: 'H', author: ['https://www.facebook.com/someone', 'javascript:alert(1)', 'Jane'] });
    expect(article.authors).to.deep.equal([{ name: 'Jane' }]);
  });
});
