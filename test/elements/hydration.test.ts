/**
 * Server rendering and hydration, in each browser: a page holding only the HTML that
 * @lit-labs/ssr made in Node (test/ssr/render.mjs's elements) and one script, the drop-in or the
 * npm build. The browser must keep the server's nodes, show the same text, shift nothing, log no
 * error, and then work: tabs, keyboard, news-navigate.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { NewsElement, NewsNavigateEvent, TrendingPanel } from '../../src/index.js';

type Recorded = { errors: string[]; shifts: number[]; nodes: Node[]; texts: string[]; boxes: string[] };
type PageWindow = Window & { recorded: Recorded; shadowNodes(): Node[]; shadowTexts(): string[]; boxes(): string[] };

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach(frame => frame.remove()));

/** Opens the server-rendered page hydrated by `entry`, once every element has hydrated and rendered again. */
async function openPage(entry: 'drop-in' | 'npm' | 'drop-in-alone'): Promise<{ win: PageWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 2400px; border: 0';
  frame.src = `/__test__/ssr/${entry}`;
  frames.push(frame);
  document.body.append(frame);
  await new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  await waitUntil(() => win.customElements.get('trending-panel'), 'the elements were not defined', { timeout: 8000 });
  const elements = [...doc.querySelectorAll<NewsElement>(':is(news-article, source-list, related-articles, trending-panel):not(#later)')];
  await Promise.all(elements.map(el => el.updateComplete));
  // Rendering again commits whatever the first client render disagreed on: text that differed would show now.
  elements.forEach(el => el.requestUpdate());
  await Promise.all(elements.map(el => el.updateComplete));
  await new Promise(resolve => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  return { win, doc };
}

describe('server-rendered page with JavaScript off', () => {
  it('shows the whole content, the sources once, four related cards and the first tab', async () => {
    // A sandboxed frame without allow-scripts runs no script at all: what a reader without JavaScript gets.
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.cssText = 'width: 1024px; height: 2400px; border: 0';
    frame.src = '/__test__/ssr/drop-in';
    frames.push(frame);
    document.body.append(frame);
    await new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    expect(frame.contentWindow!.customElements.get('news-article')).to.equal(undefined);
    const shown = (root: ParentNode | null | undefined, selector: string) =>
      [...(root?.querySelectorAll<HTMLElement>(selector) ?? [])].filter(el => el.getClientRects().length > 0).map(el => el.textContent!.replace(/\s+/g, ' ').trim());
    const article = doc.querySelector('news-article')!.shadowRoot;
    expect(shown(article, 'h1')).to.deep.equal(['Harbour Bridge Reopens After Two Years of Repairs']);
    expect(shown(article, '[part="author"]')).to.deep.equal(['Ada Quinn', 'Ben Ortiz']);
    expect(shown(article, '[part="body"] > p')).to.have.length(3);
    const sources = [...doc.querySelectorAll('news-article, source-list')].flatMap(el => shown(el.shadowRoot, '[part="source-link"]'));
    expect(sources).to.deep.equal(['Bridge inspection report', 'Traffic forecast 2027']);
    expect(shown(doc.querySelector('related-articles')!.shadowRoot, '[part="card"] [part="link"]')).to.have.length(4);
    const trending = doc.querySelector('trending-panel')!.shadowRoot;
    expect(shown(trending, '[role="tab"]')).to.deep.equal(['Latest', 'Most read', 'Weekly wrap']);
    expect(shown(trending, '[part="link"]')).to.have.length(5);
    expect(shown(doc.querySelector('#later')!.shadowRoot, '[part="skeleton"]')).to.have.length(1);
  });
});

describe('server-rendered page whose drop-in cannot load its hydration file', () => {
  it('renders every element afresh, once, and working', async () => {
    const { doc } = await openPage('drop-in-alone');
    const article = doc.querySelector('news-article')!.shadowRoot!;
    expect([...article.querySelectorAll('h1')].map(h => h.textContent)).to.deep.equal(['Harbour Bridge Reopens After Two Years of Repairs']);
    const panel = doc.querySelector<TrendingPanel>('trending-panel')!;
    const tabs = [...panel.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs).to.have.length(3);
    tabs[2]!.click();
    await panel.updateComplete;
    expect(tabs[2]!.getAttribute('aria-selected')).to.equal('true');
  });
});

for (const entry of ['drop-in', 'npm'] as const) {
  describe(`server-rendered page hydrated by the ${entry === 'npm' ? 'npm build' : 'drop-in'}`, () => {
    it('keeps every node the server rendered, with the same text, and logs no error', async () => {
      const { win } = await openPage(entry);
      const { recorded } = win;
      expect(recorded.errors).to.deep.equal([]);
      expect(recorded.nodes.length).to.be.greaterThan(200);
      const now = win.shadowNodes();
      expect(now.length).to.equal(recorded.nodes.length);
      expect(now.filter((node, index) => node !== recorded.nodes[index])).to.deep.equal([]);
      expect(win.shadowTexts()).to.deep.equal(recorded.texts);
      expect(recorded.texts[0]).to.contain('Harbour Bridge Reopens After Two Years of Repairs');
    });

    it('shifts no layout while hydrating (CLS 0 where the browser measures it)', async () => {
      const { win } = await openPage(entry);
      expect(win.boxes()).to.deep.equal(win.recorded.boxes);
      expect(win.recorded.shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
    });

    it('does not fetch the src of data the server rendered, and loads an element the server left loading', async () => {
      const { doc } = await openPage(entry);
      const later = doc.querySelector<NewsElement>('#later')!;
      await waitUntil(() => later.shadowRoot!.querySelectorAll('[part="card"]').length === 4, 'the src-only element did not load in the browser', { timeout: 8000 });
      expect(later.hasAttribute('aria-busy')).to.equal(false);
      const { count } = (await (await fetch(`/__test__/count/ssr-${entry}`)).json()) as { count: number };
      expect(count).to.equal(0);
    });

    it('switches tabs by click and by keyboard', async () => {
      const { doc } = await openPage(entry);
      const panel = doc.querySelector<TrendingPanel>('trending-panel')!;
      const root = panel.shadowRoot!;
      const tabs = [...root.querySelectorAll<HTMLElement>('[role="tab"]')];
      expect(tabs.map(tab => tab.textContent!.trim())).to.deep.equal(['Latest', 'Most read', 'Weekly wrap']);
      tabs[1]!.click();
      await panel.updateComplete;
      expect(tabs.map(tab => tab.getAttribute('aria-selected'))).to.deep.equal(['false', 'true', 'false']);
      expect([...root.querySelectorAll<HTMLElement>('[role="tabpanel"]')].map(p => p.hidden)).to.deep.equal([true, false, true]);
      tabs[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await panel.updateComplete;
      await waitUntil(() => root.activeElement === tabs[2], 'focus did not move to the third tab');
      expect(tabs[2]!.getAttribute('aria-selected')).to.equal('true');
    });

    it('announces news-navigate when a reader follows a related card', async () => {
      const { doc } = await openPage(entry);
      const related = doc.querySelector('related-articles')!;
      const events: NewsNavigateEvent[] = [];
      related.addEventListener('news-navigate', event => {
        event.preventDefault();
        events.push(event as NewsNavigateEvent);
      });
      const link = related.shadowRoot!.querySelector<HTMLAnchorElement>('[part="card"] a')!;
      link.click();
      expect(events.map(event => event.detail.url)).to.deep.equal(['https://news.example/2026/12/01/ferry-timetable']);
      expect(doc.defaultView!.location.pathname).to.equal('/__test__/ssr/' + entry);
    });
  });
}
