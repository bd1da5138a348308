/** The data request started with the HTML (`<link rel="preload" as="fetch" crossorigin>`) is the one the element uses. */
import { expect, waitUntil } from '@open-wc/testing';

describe('preloaded data', () => {
  it('renders from the preloaded response, with no second request', async function () {
    // WebKit (WebKitGTK's MiniBrowser here) does not hand a preloaded response to fetch(): it requests again.
    if (/AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent)) this.skip();
    const key = `preload-${Math.random().toString(36).slice(2)}`;
    const frame = document.createElement('iframe');
    frame.src = `/__test__/preload/${key}`;
    document.body.append(frame);
    try {
      await new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
      const article = frame.contentDocument!.querySelector('news-article')!;
      await waitUntil(() => article.shadowRoot?.querySelector('h1'), 'the article did not render', { timeout: 8000 });
      expect(article.shadowRoot!.querySelector('h1')!.textContent).to.equal('Space Giants Clash in Houston: Secrets Revealed');
      const { count } = (await (await fetch(`/__test__/count/${key}`)).json()) as { count: number };
      expect(count).to.equal(1);
    } finally {
      frame.remove();
    }
  });
});
