/**
 * Real encodings through the real loader: the test server answers with exact bytes and headers,
 * the element decodes them (BOM, then Content-Type charset, then XML declaration, then UTF-8).
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import type { NewsArticle, RelatedArticles } from '../../src/index.js';
import { all, mount, one, text } from '../support/mount.js';
import { concat, latin1, store, unique } from './support.js';

const PRIVET_1251 = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2];
const XINWEN_GB2312 = [0xd0, 0xc2, 0xce, 0xc5];

const rss = (declaration: string, title: Uint8Array | number[], description: Uint8Array | number[]) =>
  concat(
    latin1(`${declaration}<rss version="2.0"><channel><title>Feed</title><link>https://news.example.org/</link><item><title>`),
    title,
    latin1('</title><link>https://news.example.org/1</link><description>'),
    description,
    latin1('</description></item></channel></rss>'),
  );

async function renderList(path: string, body: Uint8Array, type: string): Promise<RelatedArticles> {
  const src = await store(`${unique()}/${path}`, body, type);
  const { el, outcome, event } = await mount<RelatedArticles>(html`<related-articles summaries src=${src}></related-articles>`);
  expect(outcome, JSON.stringify(event.detail.message)).to.equal('news-load');
  await el.updateComplete;
  return el;
}

describe('encodings through the loader', () => {
  it('ISO-8859-1 RSS with the charset in the Content-Type', async () => {
    const el = await renderList('latin1.rss', rss('', latin1('Mãe de utente'), latin1('Ação já')), 'application/rss+xml; charset=ISO-8859-1');
    expect(all(el, '[part~="title"]').map(text)).to.deep.equal(['Mãe de utente']);
    expect(text(one(el, '[part~="summary"]'))).to.equal('Ação já');
  });

  it('ISO-8859-1 RSS that declares nothing at all (neither charset nor XML declaration)', async () => {
    const el = await renderList('bare.rss', rss('', latin1('Simula\xe7\xf5es de 2\xba turno'), latin1('Not\xedcias')), 'application/rss+xml');
    expect(all(el, '[part~="title"]').map(text)).to.deep.equal(['Simulações de 2º turno']);
    expect(text(one(el, '[part~="summary"]'))).to.equal('Notícias');
  });

  it('ISO-8859-1 RSS with the encoding only in the XML declaration', async () => {
    const el = await renderList('declared.rss', rss('<?xml version="1.0" encoding="ISO-8859-1"?>\n', latin1('Mãe de utente'), latin1('Notícias')), 'application/rss+xml');
    expect(all(el, '[part~="title"]').map(text)).to.deep.equal(['Mãe de utente']);
    expect(text(one(el, '[part~="summary"]'))).to.equal('Notícias');
  });

  it('windows-1251 RSS (Content-Type) and gb2312 RSS (XML declaration)', async () => {
    const cyrillic = await renderList('1251.rss', rss('<?xml version="1.0"?>', PRIVET_1251, latin1('ok')), 'text/xml; charset=windows-1251');
    expect(all(cyrillic, '[part~="title"]').map(text)).to.deep.equal(['Привет']);
    // A summary that only repeats the title is left out, so the summary says it twice.
    const chinese = await renderList('gb.rss', rss('<?xml version="1.0" encoding="gb2312"?>', XINWEN_GB2312, [...XINWEN_GB2312, ...XINWEN_GB2312]), 'text/xml');
    expect(all(chinese, '[part~="title"]').map(text)).to.deep.equal(['新闻']);
    expect(text(one(chinese, '[part~="summary"]'))).to.equal('新闻新闻');
  });

  it('UTF-16 with a byte order mark, whatever the Content-Type says', async () => {
    const source = '<?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><title>F</title><item><title>Mãe 新闻 Привет</title><link>https://news.example.org/1</link></item></channel></rss>';
    const bytes = [0xff, 0xfe, ...Array.from(source, c => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8]).flat()];
    const el = await renderList('utf16.rss', Uint8Array.from(bytes), 'application/xml; charset=iso-8859-1');
    expect(all(el, '[part~="title"]').map(text)).to.deep.equal(['Mãe 新闻 Привет']);
  });

  it('JSON with a charset in the Content-Type', async () => {
    const src = await store(`${unique()}/article.json`, latin1('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Mãe de utente", "articleBody": "Ação já."}'), 'application/json; charset=iso-8859-1');
    const { el, outcome } = await mount<NewsArticle>(html`<news-article src=${src}></news-article>`);
    expect(outcome).to.equal('news-load');
    await el.updateComplete;
    expect(text(one(el, 'h1'))).to.equal('Mãe de utente');
    expect(all(el, '[part~="body"] p').map(text)).to.deep.equal(['Ação já.']);
  });

  it('an unknown charset label falls to the XML declaration, then to UTF-8', async () => {
    const declared = await renderList('unknown.rss', rss('<?xml version="1.0" encoding="ISO-8859-1"?>', latin1('Mãe'), latin1('x')), 'text/xml; charset=x-no-such-thing');
    expect(all(declared, '[part~="title"]').map(text)).to.deep.equal(['Mãe']);
    const plain = await renderList('utf8.rss', rss('', new TextEncoder().encode('Mãe — 新闻'), latin1('x')), 'text/xml; charset=bogus');
    expect(all(plain, '[part~="title"]').map(text)).to.deep.equal(['Mãe — 新闻']);
  });
});
