import { expect, waitUntil } from '@open-wc/testing';

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach(frame => frame.remove()));

/** Opens a plain HTML page that holds only the drop-in script and an element, and waits for it to render. */
async function openPage(path: string): Promise<{ doc: Document; root: ShadowRoot }> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frames.push(frame);
  document.body.append(frame);
  await new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const el = doc.querySelector('news-article')!;
  await waitUntil(() => el.shadowRoot?.querySelector('h1, [role="alert"]'), 'the article did not render', { timeout: 8000 });
  return { doc, root: el.shadowRoot! };
}

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map(n => (n.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('drop-in bundle in a plain HTML page', () => {
  it('renders a Yoast-style @graph with the author resolved through @id', async () => {
    const { root } = await openPage('/test/pages/drop-in-yoast.html');
    expect(texts(root, 'h1')).to.deep.equal(['NASA and Roscosmos chiefs meet in Houston']);
    expect(texts(root, '[part~="author"]')).to.deep.equal(['Maria Kovalenko']);
    expect(root.querySelector('[part~="author"]')!.getAttribute('href')).to.equal('https://news.example.org/author/mkovalenko/');
  });

  it('renders a single-object NewsArticle with paragraphs, image, authors, dates and citations', async () => {
    const { root } = await openPage('/test/pages/drop-in-news-article.html');
    expect(texts(root, 'h1')).to.deep.equal(['Crew-11 to launch with a Russian cosmonaut aboard']);
    expect(texts(root, '[part~="body"] p')).to.have.length(3);
    expect(root.querySelector('img[part~="image"]')!.getAttribute('src')).to.equal('https://wire.example.com/img/crew-dragon.jpg');
    expect(texts(root, '[part~="author"]')).to.deep.equal(['Ana Souza', 'Lee Min-jun']);
    expect(root.querySelectorAll('time')).to.have.length(2);
    expect(texts(root, '[part~="source"]')).to.deep.equal(['Crew-11 mission overview, Agency Newsroom', 'Kyiv Post']);
  });
});
