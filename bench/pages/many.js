/**
 * Loaded as a classic script before any element, so it hears every `news-load`: records when the
 * last of the page's elements has rendered (milliseconds since navigation start), and the page's
 * long main-thread tasks (over 50 ms) from navigation until then.
 *
 * Long tasks: `longtask` entries (observed buffered, so tasks before this script count too) give
 * each task's duration; `long-animation-frame` entries name the scripts that ran in the long
 * frames, so the longest run of the library's own code (news-elements.min.js) can be told apart
 * from the browser's parsing, style and layout.
 */
(function () {
  const expected = document.currentScript.dataset.expected * 1;
  const loaded = new Set();
  const failed = new Set();
  const longTasks = [];
  const libraryScripts = [];
  const supported = PerformanceObserver.supportedEntryTypes ?? [];
  const observers = [];
  const observe = (type, onEntry) => {
    if (!supported.includes(type)) return;
    const observer = new PerformanceObserver(list => list.getEntries().forEach(onEntry));
    observer.observe({ type, buffered: true });
    observers.push({ observer, onEntry });
  };
  observe('longtask', entry => longTasks.push({ start: entry.startTime, duration: entry.duration }));
  observe('long-animation-frame', entry => {
    for (const script of entry.scripts) {
      if (script.sourceURL.includes('news-elements')) libraryScripts.push({ start: script.startTime, duration: script.duration, invoker: script.invoker });
    }
  });

  window.manyResult = undefined;
  let allLoadedAt;
  const finish = () => {
    if (allLoadedAt !== undefined) return;
    allLoadedAt = performance.now();
    // The task that heard the last news-load is itself still running: its entry is queued when
    // it ends, so collect a moment later and keep what started before the last element rendered.
    setTimeout(() => {
      for (const { observer, onEntry } of observers) {
        observer.takeRecords().forEach(onEntry);
        observer.disconnect();
      }
      const before = list => list.filter(entry => entry.start <= allLoadedAt);
      const longest = list => list.reduce((max, entry) => (entry.duration > (max?.duration ?? -1) ? entry : max), undefined);
      const tasks = before(longTasks);
      window.manyResult = {
        expected,
        loaded: loaded.size,
        failed: failed.size,
        allLoadedAt,
        longTasksObserved: supported.includes('longtask'),
        longestTask: longest(tasks)?.duration ?? 0,
        longTasks: tasks.length,
        blockingTime: tasks.reduce((sum, task) => sum + task.duration - 50, 0),
        longestLibraryScript: longest(before(libraryScripts)) ?? null,
      };
    }, 100);
  };
  const settle = () => {
    if (loaded.size + failed.size === expected) finish();
  };
  document.addEventListener('news-load', event => {
    loaded.add(event.target);
    settle();
  });
  document.addEventListener('news-error', event => {
    failed.add(event.target);
    settle();
  });
  if (expected === 0) addEventListener('load', finish);
})();
