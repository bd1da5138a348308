/**
 * How a failed fetch is reported: a body cut off mid-way, no answer at all, an HTTP error status,
 * and a `src` holding a user name or password (refused, and never echoed anywhere).
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import type { NewsArticle } from '../../src/index.js';
import { mount, one, text } from '../support/mount.js';
import { absolute, captureWarnings, unique } from './support.js';

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

async function failure(src: string) {
  const { el, outcome, event } = await mount<NewsArticle>(html`<news-article src=${src}></news-article>`);
  expect(outcome).to.equal('news-error');
  await el.updateComplete;
  return { el, detail: event.detail, alert: text(one(el, '[role="alert"]')) };
}

describe('fetch failures', () => {
  it('a body cut off mid-way says so, with how much arrived', async () => {
    const src = `/__test__/stream/${unique()}?size=12k&cut&declare=100k`;
    const { detail, alert } = await failure(src);
    const message = `Could not load the article: the answer from ${absolute(src)} was cut off after 12 KB.`;
    expect(detail).to.deep.equal({ message, kind: 'network', src: absolute(src) });
    expect(alert).to.equal(message);
    expect(warnings.lines).to.deep.equal([`<news-article> ${message}`]);
  });

  it('a short body cut off counts bytes', async () => {
    const { detail } = await failure('/__test__/truncated');
    expect(detail).to.deep.equal({
      message: `Could not load the article: the answer from ${absolute('/__test__/truncated')} was cut off after 51 bytes.`,
      kind: 'network',
      src: absolute('/__test__/truncated'),
    });
  });

  it('no answer at all keeps the network message', async () => {
    const { detail } = await failure('/__test__/reset');
    expect(detail).to.deep.equal({
      message: `Could not load the article: the request for ${absolute('/__test__/reset')} failed (offline, CORS, or the server is down).`,
      kind: 'network',
      src: absolute('/__test__/reset'),
    });
  });

  it('an HTTP error status is kind "http" with the status', async () => {
    const { detail, alert } = await failure('/__test__/status/503');
    const message = `Could not load the article: ${absolute('/__test__/status/503')} answered 503 Service Unavailable.`;
    expect(detail).to.deep.equal({ message, kind: 'http', status: 503, src: absolute('/__test__/status/503') });
    expect(alert).to.equal(message);
  });
});

describe('src with credentials', () => {
  const SECRET = 's3cr3t-pa55';
  const refused = 'Could not load the article: src must not hold a user name or password.';

  const cases: Array<[string, string, string, string]> = [
    ['user and password', `https://reader:${SECRET}@news.example.org/feed.json`, refused, 'https://news.example.org/feed.json'],
    ['a password alone', `https://:${SECRET}@news.example.org/feed.json`, refused, 'https://news.example.org/feed.json'],
    ['a user name alone', `http://${SECRET}@news.example.org/a.json`, refused, 'http://news.example.org/a.json'],
    ['a protocol-relative URL', `//reader:${SECRET}@news.example.org/a.json`, refused, '//news.example.org/a.json'],
    ['a URL that is not http(s)', `ftp://reader:${SECRET}@news.example.org/a.json`, 'Could not load the article: src "ftp://news.example.org/a.json" is not an http(s) URL.', 'ftp://news.example.org/a.json'],
    ['a URL that does not parse', `http://reader:${SECRET}@[news.example.org/`, 'Could not load the article: src "http://[news.example.org/" is not an http(s) URL.', 'http://[news.example.org/'],
  ];
  for (const [what, src, message, shown] of cases) {
    it(`${what}: refused with its own message, the secret nowhere`, async () => {
      const { el, detail, alert } = await failure(src);
      expect(detail).to.deep.equal({ message, kind: 'url', src: shown });
      expect(alert).to.equal(message);
      expect(warnings.lines).to.deep.equal([`<news-article> ${message}`]);
      expect(JSON.stringify(detail)).to.not.contain(SECRET);
      expect(el.shadowRoot!.innerHTML).to.not.contain(SECRET);
      expect(warnings.lines.join('\n')).to.not.contain(SECRET);
    });
  }

  it('nothing is requested for a credentialed src', async () => {
    const requested: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => (requested.push(String(input)), realFetch(input, init));
    try {
      await failure(`${location.origin.replace('//', `//reader:${SECRET}@`)}/test/fixtures/pages/news-article.ld.json`);
    } finally {
      window.fetch = realFetch;
    }
    expect(requested).to.deep.equal([]);
  });
});
