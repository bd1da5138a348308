/**
 * news-elements.css, in a page of its own where the elements are not defined yet (a frame: its
 * registry is empty, as a host page's is before the drop-in runs): each undefined element takes
 * its skeleton's place, and nothing inside it moves it.
 */
import { expect } from '@open-wc/testing';

/** A 390×844 frame with the stylesheet and `body`; resolves once its stylesheet has loaded. */
async function page(body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.width = '390';
  frame.height = '844';
  const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><link rel="stylesheet" href="/src/news-elements.css"><style>body{margin:0}header{height:50px}</style><body>${body}`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('news-elements.css', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach(frame => frame.remove()));

  it('an undefined <news-article> fills the viewport, and a child\'s top margin stays inside it', async () => {
    const doc = await page('<style>source-list{margin-block-start:32px}</style><header></header><news-article><source-list></source-list></news-article>');
    const article = doc.querySelector('news-article')!;
    expect(doc.defaultView!.customElements.get('news-article')).to.equal(undefined);
    const box = article.getBoundingClientRect();
    // Right below the 50 px header: the source list's margin neither collapses through nor moves it.
    expect(box.top).to.equal(50);
    expect(Math.round(box.height)).to.be.at.least(844);
    expect(doc.querySelector('source-list')!.getBoundingClientRect().top).to.equal(82);
  });

  it('gives an undefined <trending-panel> its five-item skeleton\'s height, and what follows starts below it', async () => {
    const doc = await page('<header></header><trending-panel></trending-panel><p>after</p>');
    const panel = doc.querySelector('trending-panel')!.getBoundingClientRect();
    expect(panel.top).to.equal(50);
    // 390 px is under 32em: items take two lines each.
    expect(panel.height).to.be.within(500, 540);
    expect(doc.querySelector('p')!.getBoundingClientRect().top).to.be.at.least(panel.bottom);
  });
});
