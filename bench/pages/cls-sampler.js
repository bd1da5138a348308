/**
 * A layout-shift score any browser can give. Firefox and WebKit have no `layout-shift`
 * performance entries, so this classic script (first in <head>, before anything else runs) reads
 * the host page's own blocks on every animation frame — each frame the browser renders — and
 * scores each frame where one of them moved as the Layout Instability spec does:
 *
 *   impact fraction  = area of the union of the moved blocks' old and new boxes (clipped to the
 *                      viewport) ÷ viewport area
 *   distance fraction = the largest move ÷ the viewport's larger side
 *   frame score      = impact × distance; the page's score is the sum over the load.
 *
 * It watches the host page's text blocks (h1, h2, p, footer outside the elements), the nodes a
 * reader sees jump; moves under 1 px are ignored. In Chromium it runs beside the native entries, so
 * the two can be compared.
 */
(() => {
  const tracked = new Map();
  const shifts = [];
  let running = true;

  const visible = (rect, vw, vh) => {
    const left = Math.max(0, rect.left);
    const top = Math.max(0, rect.top);
    const right = Math.min(vw, rect.right);
    const bottom = Math.min(vh, rect.bottom);
    return right > left && bottom > top ? { left, top, right, bottom } : undefined;
  };

  /** Area of a union of rectangles, by coordinate compression (a handful of rectangles per frame). */
  const unionArea = rects => {
    const xs = [...new Set(rects.flatMap(r => [r.left, r.right]))].sort((a, b) => a - b);
    let area = 0;
    for (let i = 0; i < xs.length - 1; i++) {
      const [x0, x1] = [xs[i], xs[i + 1]];
      const spans = rects.filter(r => r.left <= x0 && r.right >= x1).map(r => [r.top, r.bottom]).sort((a, b) => a[0] - b[0]);
      let covered = 0;
      let end = -Infinity;
      for (const [top, bottom] of spans) {
        if (top > end) {
          covered += bottom - top;
          end = bottom;
        } else if (bottom > end) {
          covered += bottom - end;
          end = bottom;
        }
      }
      area += covered * (x1 - x0);
    }
    return area;
  };

  const isHostBlock = node => !node.closest('news-article, source-list, related-articles, trending-panel');

  function sample(time) {
    if (!running) return;
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const moved = [];
    let distance = 0;
    for (const node of document.querySelectorAll('h1, h2, p, footer')) {
      if (!isHostBlock(node)) continue;
      const rect = node.getBoundingClientRect();
      const before = tracked.get(node);
      tracked.set(node, rect);
      if (!before) continue;
      const dx = rect.left - before.left;
      const dy = rect.top - before.top;
      if (Math.abs(dx) < 1 && Math.abs(dy) < 1) continue;
      const was = visible(before, vw, vh);
      const is = visible(rect, vw, vh);
      // A node that moves entirely outside the viewport, before and after, shifts nothing a reader sees.
      if (!was && !is) continue;
      if (was) moved.push(was);
      if (is) moved.push(is);
      distance = Math.max(distance, Math.abs(dx), Math.abs(dy));
    }
    if (moved.length) {
      const value = (unionArea(moved) / (vw * vh)) * (distance / Math.max(vw, vh));
      shifts.push({ time: Math.round(time), value });
    }
    requestAnimationFrame(sample);
  }
  requestAnimationFrame(sample);

  window.sampledShifts = {
    shifts,
    stop() {
      running = false;
      return shifts.reduce((sum, shift) => sum + shift.value, 0);
    },
  };
})();
