/**
 * Records, before the elements' script runs, what a server-rendered page holds: every node of each
 * element's declarative shadow root, its text and the boxes on screen; and from then on every error,
 * console error and layout shift. The hydration test compares the page after hydration with it.
 */
window.recorded = { errors: [], shifts: [], nodes: [], texts: [], boxes: [] };

addEventListener('error', event => recorded.errors.push(String(event.message)));
addEventListener('unhandledrejection', event => recorded.errors.push(String(event.reason)));
const consoleError = console.error;
console.error = (...args) => {
  recorded.errors.push(args.map(String).join(' '));
  consoleError.apply(console, args);
};
if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
  new PerformanceObserver(list => recorded.shifts.push(...list.getEntries().map(entry => entry.value))).observe({ type: 'layout-shift', buffered: true });
}

/** The server-rendered elements (#later has only a `src`: the server rendered its skeleton). */
const TAGS = ':is(news-article, source-list, related-articles, trending-panel):not(#later)';

/** Every node of every element's shadow root, in document order. */
window.shadowNodes = () =>
  [...document.querySelectorAll(TAGS)].flatMap(el => {
    const nodes = [];
    const walker = document.createTreeWalker(el.shadowRoot);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeType !== Node.COMMENT_NODE) nodes.push(node);
    return nodes;
  });
window.shadowTexts = () => [...document.querySelectorAll(TAGS)].map(el => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim());
/** Where each element, each shadow child and the footer are on screen. */
window.boxes = () =>
  [...document.querySelectorAll(TAGS), ...[...document.querySelectorAll(TAGS)].flatMap(el => [...el.shadowRoot.children]), document.getElementById('footer')].map(el => {
    const { x, y, width, height } = el.getBoundingClientRect();
    return [x, y, width, height].map(Math.round).join(',');
  });

window.recordServerRender = () => {
  recorded.nodes = shadowNodes();
  recorded.texts = shadowTexts();
  recorded.boxes = boxes();
};
