/**
 * Layout stability of a page whose elements' data arrive late: sums the layout-shift entries
 * without recent input (the CLS total) from navigation until every element has rendered and
 * settled, and records the first element's height while loading (the skeleton) and after.
 * Browsers without `layout-shift` entries (Firefox, WebKit) report `cls: null`; every browser also
 * reports the score of cls-sampler.js, which watches the host page's blocks frame by frame.
 */
const SETTLE_MS = 1000;
const subjects = [...document.querySelectorAll('news-article, source-list, related-articles, trending-panel')];
const host = subjects[0];
const shifts = [];
const native = typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes ?? []).includes('layout-shift');
let cls = 0;

const describe = node =>
  !node ? '(gone)' : node.nodeType === Node.TEXT_NODE ? '#text' : `${node.localName}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : ''}`;

if (native) new PerformanceObserver(list => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    cls += entry.value;
    shifts.push({
      time: Math.round(entry.startTime),
      value: entry.value,
      sources: entry.sources.map(source => ({
        node: describe(source.node),
        before: [Math.round(source.previousRect.y), Math.round(source.previousRect.height)],
        after: [Math.round(source.currentRect.y), Math.round(source.currentRect.height)],
      })),
    });
  }
}).observe({ type: 'layout-shift', buffered: true });

// When the skeleton appeared (aria-busy set) and when the data replaced it (aria-busy removed).
let busyAt;
let dataAt;
new MutationObserver(() => {
  if (host.getAttribute('aria-busy') === 'true') busyAt ??= performance.now();
  else if (busyAt !== undefined) dataAt ??= performance.now();
}).observe(host, { attributes: true, attributeFilter: ['aria-busy'] });
if (host.getAttribute('aria-busy') === 'true') busyAt = performance.now();

let skeletonHeight = 0;
let polling = true;
(function poll() {
  if (host.getAttribute('aria-busy') === 'true') skeletonHeight = host.getBoundingClientRect().height;
  if (polling) requestAnimationFrame(poll);
})();

// Every element rendered (its own news-load, not one bubbling from a nested element), or an error.
const outcome = await new Promise(resolve => {
  const waiting = new Set(subjects);
  for (const element of subjects) {
    element.addEventListener('news-load', event => {
      if (event.target !== element) return;
      waiting.delete(element);
      if (waiting.size === 0) resolve('load');
    });
    element.addEventListener('news-error', event => resolve(`error: ${event.detail.message}`), { once: true });
  }
  setTimeout(() => resolve(`timeout (${[...waiting].map(e => e.localName).join(', ')} not loaded)`), 10_000);
});
const loadedAt = performance.now();
await new Promise(resolve => setTimeout(resolve, SETTLE_MS));
polling = false;

// Shifts before the data arrived come from the element appearing (undefined, then its skeleton);
// shifts after, from the skeleton being replaced by the content.
const dataPhase = shift => dataAt !== undefined && shift.time >= dataAt;
const sampledTotal = window.sampledShifts?.stop();
const sampled = window.sampledShifts?.shifts ?? [];
window.clsResult = {
  outcome,
  cls: native ? cls : null,
  sampled: sampledTotal ?? null,
  sampledBeforeData: sampled.filter(s => !dataPhase(s)).reduce((sum, s) => sum + s.value, 0),
  sampledAtData: sampled.filter(dataPhase).reduce((sum, s) => sum + s.value, 0),
  sampledShifts: sampled,
  viewport: [innerWidth, innerHeight],
  clsBeforeData: shifts.filter(s => !dataPhase(s)).reduce((sum, s) => sum + s.value, 0),
  clsAtData: shifts.filter(dataPhase).reduce((sum, s) => sum + s.value, 0),
  busyAt,
  dataAt,
  shifts,
  skeletonHeight,
  finalHeight: host.getBoundingClientRect().height,
  loadedAt,
};
