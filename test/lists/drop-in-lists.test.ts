import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach(frame => frame.remove()));

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map(n => (n.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('drop-in bundle: the list elements in a plain HTML page', () => {
  it('renders related articles, three trending sources and a source list', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/pages/drop-in-lists.html';
    frames.push(frame);
    document.body.append(frame);
    await new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    const root = (selector: string) => doc.querySelector(selector)!.shadowRoot!;
    await waitUntil(
      () => ['related-articles', '#mixed', '#rss', '#atom', 'source-list'].every(s => root(s)?.querySelector('li')),
      'not every element rendered',
      { timeout: 8000 },
    );
    expect(texts(root('related-articles'), '[part~="title"]')).to.have.length(4);
    expect(texts(root('#mixed'), '[role="tab"]')).to.deep.equal(['Recent', 'Weekly Wrap', 'Trending']);
    expect(texts(root('#rss'), '[part~="item"] .text > :first-child')).to.deep.equal(['Crew-11 docks with the station', 'Soyuz MS-27 returns']);
    expect(texts(root('#atom'), '[part~="link"]')).to.deep.equal(['Station reboost complete', 'Spacewalk planned']);
    expect(texts(root('source-list'), '[part~="source"]')).to.deep.equal(['Pravda', 'Kyiv Post', 'NAMPA/Sputnik', 'RBC Ukraine, RBC']);

    // The tabs work from the keyboard.
    const tab = root('#mixed').querySelector<HTMLElement>('[role="tab"]')!;
    frame.focus();
    tab.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => root('#mixed').querySelector('[aria-selected="true"]')?.textContent?.includes('Weekly Wrap'), 'ArrowRight did not select the next tab');
  });
});
