import { expect } from '@open-wc/testing';
import { collectWarnings } from '../../src/data/errors.js';
import { parseCardList } from '../../src/data/list/index.js';
import { parseFeedText } from '../../src/data/list/feed.js';
import { dataErrorOf, loadListFixture } from './list-fixtures.js';

const BASE = 'https://orbital-times.example/rss';

describe('RSS 1.0 and 0.90 (RDF)', () => {
  it('reads an RSS 1.0 feed: items beside the channel, dc:date, dc:creator, rdf:about, content images', async () => {
    const list = parseFeedText((await loadListFixture('rdf.xml')) as string, BASE);
    expect(list).to.deep.equal({
      title: 'Orbital Times Notebook',
      url: 'https://orbital-times.example/notebook/',
      items: [
        {
          id: 'https://orbital-times.example/notebook/42',
          title: 'Soyuz MS-28 rolls out',
          url: 'https://orbital-times.example/notebook/42',
          date: '2025-07-29T06:10:00+03:00',
          label: 'Launches',
          summary: 'The rocket reached pad 31 at dawn.',
          author: 'Ivan Petrenko',
        },
        {
          id: 'https://orbital-times.example/notebook/41',
          title: 'Tianwen-2 sends a selfie',
          // A relative link resolves against the URL the feed came from.
          url: 'https://orbital-times.example/notebook/41',
          image: { url: 'https://orbital-times.example/img/tianwen.jpg', width: 640, height: 480 },
          date: '2025-07-28T22:00:00Z',
          summary: 'The probe is 20 million km out.',
        },
      ],
    });
  });

  it('reads an RSS 0.90 feed (the Netscape namespace), and through parseCardList', async () => {
    const text = (await loadListFixture('rss-0.90.xml')) as string;
    const expected = {
      title: 'Mozilla Dot Org',
      url: 'http://www.mozilla.org/',
      items: [
        { title: 'New Status Updates', url: 'http://www.mozilla.org/status/' },
        { title: 'Bugzilla Reorganized', url: 'http://www.mozilla.org/bugs/' },
      ],
    };
    expect(parseFeedText(text)).to.deep.equal(expected);
    expect(parseCardList(text)).to.deep.equal(expected);
  });

  it('drops an unusable item with a warning and keeps the rest', () => {
    const { value, warnings } = collectWarnings(() =>
      parseFeedText(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
        <channel><title>C</title></channel><item><title>A</title></item><item><link>https://example.com/b</link></item><item><title>C</title></item></rdf:RDF>`),
    );
    expect(value).to.deep.equal({ title: 'C', items: [{ title: 'A' }, { title: 'C' }] });
    expect(warnings).to.deep.equal([{ path: 'items[1]', problem: 'has no title and no text to make one from' }]);
  });

  it('rejects an RDF document without a channel', () => {
    expect(dataErrorOf(() => parseFeedText('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><item/></rdf:RDF>')).message).to.equal(
      'the RSS feed has no <channel>',
    );
  });
});
