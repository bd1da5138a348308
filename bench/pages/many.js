/**
 * Loaded as a classic script before any element, so it hears every `news-load`: records when the
 * last of the page's elements has rendered (milliseconds since navigation start).
 */
(function () {
  const expected = document.currentScript.dataset.expected * 1;
  const loaded = new Set();
  const failed = new Set();
  window.manyResult = undefined;
  const finish = () => {
    window.manyResult = { expected, loaded: loaded.size, failed: failed.size, allLoadedAt: performance.now() };
  };
  document.addEventListener('news-load', event => {
    loaded.add(event.target);
    if (loaded.size + failed.size === expected && !window.manyResult) finish();
  });
  document.addEventListener('news-error', event => {
    failed.add(event.target);
    if (loaded.size + failed.size === expected && !window.manyResult) finish();
  });
  if (expected === 0) addEventListener('load', finish);
})();
