import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import '../../src/news-article/define.js';
import { NewsArticle } from '../../src/news-article/news-article.js';
import { articleContext } from '../../src/internal/context.js';
import { VERSION } from '../../src/internal/version.js';
import type { Article } from '../../src/data/model.js';
import { mount } from '../support/mount.js';

class ArticleProbe extends LitElement {
  readonly consumer = new ContextConsumer(this, { context: articleContext, subscribe: true });
}
customElements.define('article-probe', ArticleProbe);

describe('defining and composing', () => {
  it('keeps VERSION equal to package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
    expect(NewsArticle.version).to.equal(pkg.version);
  });

  it('ignores a second definition of the tag with one warning', () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      class SecondCopy extends NewsArticle {}
      expect(() => SecondCopy.define('news-article')).not.to.throw();
      class ThirdCopy extends NewsArticle {}
      ThirdCopy.define('news-article');
      expect(customElements.get('news-article')).to.equal(NewsArticle);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0])).to.contain('<news-article> is already defined');
    } finally {
      console.warn = warn;
    }
  });

  it('provides its article to nested elements through context', async () => {
    const { el } = await mount<NewsArticle>(html`<news-article .data=${{ headline: 'Shared' }}><article-probe></article-probe></news-article>`);
    const probe = el.querySelector('article-probe') as ArticleProbe;
    await el.updateComplete;
    expect((probe.consumer.value as Article | undefined)?.headline).to.equal('Shared');
  });
});
