/**
 * When a reader sees the demo's content. bench/run.mjs injects this before any of the page's own
 * scripts (puppeteer's evaluateOnNewDocument), so it sees every frame from the first one.
 *
 * On each animation frame it looks for each piece of content in its element's shadow root — the
 * article's headline and body paragraphs, the source list's sources, the related cards, the
 * trending items — present, not in the loading state, and laid out (a box). Content found in an
 * animation-frame callback is painted in that very frame: the browser's style, layout and paint
 * run right after the frame's callbacks, in the same task. So the probe posts a message from that
 * callback, and the message (a task of its own, so it runs only once the frame's paint is done)
 * records `performance.now()`: milliseconds from navigation start to the frame that painted it.
 *
 * The result is `window.demoPaint`, a promise that resolves when everything has been painted (or
 * after 60 s, with what was seen): per piece `{ frame, painted }` (frame 0 = the page's first
 * frame), plus the browser's first-contentful-paint and largest-contentful-paint times and the
 * time of the last `news-load`, and the bytes transferred by then (read after the load event).
 */
(() => {
  const shadowOf = selector => document.querySelector(selector)?.shadowRoot;
  const ready = selector => document.querySelector(selector)?.getAttribute('aria-busy') !== 'true';
  const shown = node => Boolean(node && node.textContent.trim() && node.getClientRects().length);
  /** Each piece of content, and how to tell it is there. */
  const CONTENT = {
    headline: () => ready('news-article') && shown(shadowOf('news-article')?.querySelector('[part~="headline"]')),
    body: () => ready('news-article') && shown(shadowOf('news-article')?.querySelector('[part~="body"] [part~="paragraph"]')),
    sources: () => ready('source-list') && shown(shadowOf('source-list')?.querySelector('[part~="source"]')),
    related: () => ready('related-articles') && shown(shadowOf('related-articles')?.querySelector('[part~="card"]')),
    trending: () => ready('trending-panel') && shown(shadowOf('trending-panel')?.querySelector('[part~="item"]')),
  };
  const seen = {};
  let lastNewsLoad;
  let largestPaint;
  let frame = 0;
  let finish;
  const done = new Promise(resolve => (finish = resolve));
  const afterPaint = callback => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  };
  addEventListener('news-load', () => (lastNewsLoad = performance.now()), true);
  new PerformanceObserver(list => (largestPaint = list.getEntries().at(-1).startTime)).observe({ type: 'largest-contentful-paint', buffered: true });

  const result = () => ({
    seen,
    complete: Object.keys(CONTENT).every(key => seen[key]?.painted !== undefined),
  });

  function onFrame() {
    const found = Object.keys(CONTENT).filter(key => !seen[key] && CONTENT[key]());
    if (found.length) {
      for (const key of found) seen[key] = { frame };
      afterPaint(time => {
        for (const key of found) seen[key].painted = time;
        if (Object.keys(CONTENT).every(key => seen[key]?.painted !== undefined)) finish(result());
      });
    }
    frame++;
    if (Object.keys(seen).length < Object.keys(CONTENT).length) requestAnimationFrame(onFrame);
  }
  requestAnimationFrame(onFrame);
  setTimeout(() => finish(result()), 60_000);
  // Paint-timing and largest-contentful-paint entries arrive after their frame is presented, and
  // hydration may still fire news-load: read them a moment later.
  const late = () => ({
    firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    largestContentfulPaint: largestPaint,
    lastNewsLoad,
    bytes: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].reduce((sum, e) => sum + e.transferSize, 0),
  });
  const loaded = new Promise(resolve => addEventListener('load', resolve));
  window.demoPaint = Promise.all([done, loaded]).then(([r]) => new Promise(resolve => setTimeout(() => resolve({ ...r, ...late() }), 1000)));
})();
