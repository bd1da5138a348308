/** After a redirect, relative URLs in the data resolve against where the data finally came from. */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import type { NewsArticle, RelatedArticles } from '../../src/index.js';
import { all, mount, one } from '../support/mount.js';
import { store, unique } from './support.js';

describe('redirects', () => {
  it('a JSON Feed behind a redirect: item links and images resolve against the final URL', async () => {
    const key = unique();
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Moved feed',
      items: [
        { id: '1', url: 'stories/one.html', title: 'One', image: '../img/one.jpg' },
        { id: '2', url: '/elsewhere/two.html', title: 'Two' },
      ],
    };
    await store(`${key}/feeds/list.json`, JSON.stringify(feed), 'application/feed+json');
    const { el, outcome } = await mount<RelatedArticles>(html`<related-articles src="/__test__/redirect/__test__/store/${key}/feeds/list.json"></related-articles>`);
    expect(outcome).to.equal('news-load');
    await el.updateComplete;
    expect(all(el, '[part~="link"]').map(a => a.getAttribute('href'))).to.deep.equal([
      `${location.origin}/__test__/store/${key}/feeds/stories/one.html`,
      `${location.origin}/elsewhere/two.html`,
    ]);
    expect(one(el, '[part~="image"]')!.getAttribute('src')).to.equal(`${location.origin}/__test__/store/${key}/img/one.jpg`);
  });

  it('an RSS feed behind a redirect: relative item links resolve against the final URL', async () => {
    const key = unique();
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>Moved</title><item><title>One</title><link>one.html</link></item></channel></rss>';
    await store(`${key}/rss/feed.xml`, rss, 'application/rss+xml');
    const { el, outcome } = await mount<RelatedArticles>(html`<related-articles src="/__test__/redirect/__test__/store/${key}/rss/feed.xml"></related-articles>`);
    expect(outcome).to.equal('news-load');
    await el.updateComplete;
    expect(all(el, '[part~="link"]').map(a => a.getAttribute('href'))).to.deep.equal([`${location.origin}/__test__/store/${key}/rss/one.html`]);
  });

  it('an article behind a redirect: author link and lead image resolve against the final URL', async () => {
    const key = unique();
    const article = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Moved', image: 'img/lead.jpg', author: { '@type': 'Person', name: 'Ana', url: '../people/ana' }, articleBody: 'Text.' };
    await store(`${key}/a/article.json`, JSON.stringify(article), 'application/ld+json');
    const { el, outcome } = await mount<NewsArticle>(html`<news-article src="/__test__/redirect/__test__/store/${key}/a/article.json"></news-article>`);
    expect(outcome).to.equal('news-load');
    await el.updateComplete;
    expect(one(el, '[part~="image"]')!.getAttribute('src')).to.equal(`${location.origin}/__test__/store/${key}/a/img/lead.jpg`);
    expect(one(el, '[part~="author"]')!.getAttribute('href')).to.equal(`${location.origin}/__test__/store/${key}/people/ana`);
  });
});
