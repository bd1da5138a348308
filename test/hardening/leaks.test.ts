/**
 * Leak test: 10,000 connect/disconnect cycles per element, each exercising a different path —
 * `<news-article src>` (loader, fetch started and aborted every cycle), `<trending-panel src refresh>`
 * (refresh timer and visibilitychange listener), a `<source-list>` taking its article through
 * `@lit/context` (subscribe/unsubscribe), and `<related-articles .data>`.
 *
 * Listeners and timers are counted by wrapping EventTarget.prototype.add/removeEventListener and
 * set/clearTimeout/Interval while the cycles run (restored after); the number still registered or
 * pending must not grow beyond noise. Heap: `performance.memory` where it exists and is precise
 * (Chromium with precise memory info); elsewhere that part is skipped, with the reason logged.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { html, render } from 'lit';
import '../../src/index.js';
import type { NewsArticle } from '../../src/index.js';
import { mount, settle, sleep } from '../support/mount.js';
import { gateState, gateUrl, unique } from '../loader/support.js';

const CYCLES = 10_000;
/** Registered listeners or pending timers allowed to differ after the cycles (a test harness tick, say). */
const NOISE = 3;
/** Heap growth allowed over all cycles: a leak of even one small element per cycle is several times this. */
const HEAP_NOISE = 16 * 1024 * 1024;

interface Counters {
  /** Listeners registered (not `once`) on targets that are still part of the page or of `el`: window, document, connected nodes, `el` and its shadow tree, and non-node targets (signals). */
  listeners(el: Element): number;
  timers: number;
  restore(): void;
}

/** Whether a node is in the document, or is `el` or inside its (composed) tree. */
function liveFor(node: Node, el: Element): boolean {
  for (let n: Node = node; ; ) {
    if (n === el) return true;
    const root = n.getRootNode();
    if (root instanceof ShadowRoot) n = root.host;
    else return root === document;
  }
}

/** Counts listeners currently registered (not `once`) and timers pending, from now on. */
function instrument(): Counters {
  const proto = EventTarget.prototype;
  const { addEventListener, removeEventListener } = proto;
  const { setTimeout: setT, clearTimeout: clearT, setInterval: setI, clearInterval: clearI } = window;
  const registered = new WeakMap<EventTarget, Set<unknown>>();
  const targets: Array<WeakRef<EventTarget>> = [];
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const keyOf = (type: string, listener: unknown, options: unknown) => {
    const capture = typeof options === 'boolean' ? options : !!(options as AddEventListenerOptions | undefined)?.capture;
    let id = ids.get(listener as object);
    if (id === undefined) ids.set(listener as object, (id = nextId++));
    return `${type}|${capture}|${id}`;
  };
  const timers = new Set<number>();
  const counters: Counters = {
    listeners(el: Element) {
      let count = 0;
      for (const ref of targets) {
        const target = ref.deref();
        if (target && (!(target instanceof Node) || liveFor(target, el))) count += registered.get(target)?.size ?? 0;
      }
      return count;
    },
    get timers() {
      return timers.size;
    },
    restore() {
      Object.assign(proto, { addEventListener, removeEventListener });
      Object.assign(window, { setTimeout: setT, clearTimeout: clearT, setInterval: setI, clearInterval: clearI });
    },
  };
  proto.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (listener && !(typeof options === 'object' && (options.once || options.signal))) {
      const key = keyOf(type, listener, options);
      let set = registered.get(this);
      if (!set) {
        registered.set(this, (set = new Set()));
        targets.push(new WeakRef(this));
      }
      set.add(key);
    }
    return addEventListener.call(this, type, listener, options);
  };
  proto.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    const set = registered.get(this);
    if (listener && set) {
      const key = keyOf(type, listener, options);
      set.delete(key);
    }
    return removeEventListener.call(this, type, listener, options);
  };
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = setT(
      (...a: unknown[]) => {
        timers.delete(id);
        if (typeof handler === 'function') handler(...a);
      },
      ms,
      ...args,
    );
    timers.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    clearT(id);
  }) as typeof clearTimeout;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = setI(handler, ms, ...args);
    timers.add(id);
    return id;
  }) as typeof setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    clearI(id);
  }) as typeof clearInterval;
  return counters;
}

type MemoryInfo = { usedJSHeapSize: number };
const memory = () => (performance as Performance & { memory?: MemoryInfo }).memory;

/**
 * The used JS heap after giving the collector chances (garbage, idle time): the lowest of several
 * samples, since a page cannot force a collection and the heap between collections is mostly garbage.
 */
async function settledHeap(): Promise<number> {
  let lowest = Infinity;
  for (let i = 0; i < 8; i++) {
    // Short-lived garbage prompts collections; the pauses give idle-time GC a turn.
    let junk: unknown[] | undefined = Array.from({ length: 2e5 }, (_, n) => ({ n }));
    junk = undefined;
    void junk;
    await sleep(50);
    lowest = Math.min(lowest, memory()!.usedJSHeapSize);
  }
  return lowest;
}

/** Whether performance.memory reports real, current numbers (Chromium buckets and caches them unless precise). */
async function heapIsMeasurable(): Promise<string | undefined> {
  if (!memory()) return 'performance.memory is not available in this browser';
  const before = memory()!.usedJSHeapSize;
  const kept = Array.from({ length: 1e6 }, (_, n) => ({ n }));
  await sleep(60);
  const after = memory()!.usedJSHeapSize;
  const grew = after - before > 8 * 1024 * 1024 && kept.length > 0;
  return grew ? undefined : 'performance.memory is bucketed/cached here (no --enable-precise-memory-info), so heap growth cannot be measured';
}

/**
 * WebKit keeps working through cancelled loads in its network process long after the page aborted
 * them (measured: fetch answered again ~58 s after 10,000 aborted fetches), so there the
 * fetch-abort cycle runs 1,000 times; every other cycle runs 10,000 times in every browser.
 */
const isWebKit = !/Chrome|Firefox/.test(navigator.userAgent);

interface Cycle {
  name: string;
  /** Cycles to run, when not CYCLES. */
  count?: number;
  /** Sets up; returns the element to connect and disconnect, and where to put it back. */
  setup(): Promise<{ el: HTMLElement; parent: HTMLElement; cleanup?: () => Promise<unknown> }>;
}

const cycles: Cycle[] = [
  {
    name: '<trending-panel src refresh> (refresh timer, visibilitychange listener)',
    async setup() {
      const parent = document.createElement('div');
      document.body.append(parent);
      const el = document.createElement('trending-panel');
      el.setAttribute('refresh', '60');
      el.setAttribute('src', '/test/fixtures/elements/trending-mixed.json');
      const loaded = settle(parent);
      parent.append(el);
      await loaded;
      return { el, parent };
    },
  },
  {
    name: '<source-list> inside <news-article> (context subscribe/unsubscribe)',
    async setup() {
      const { el: article } = await mount<NewsArticle>(html`<news-article src="/test/fixtures/pages/news-article.ld.json"><source-list></source-list></news-article>`);
      const el = article.querySelector('source-list')!;
      return { el, parent: article };
    },
  },
  {
    name: '<related-articles .data>',
    async setup() {
      const parent = document.createElement('div');
      document.body.append(parent);
      const feed = await (await fetch('/test/fixtures/elements/related.feed.json')).json();
      render(html`<related-articles .data=${feed}></related-articles>`, parent);
      const el = parent.firstElementChild as HTMLElement;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      return { el, parent };
    },
  },
  {
    name: '<news-article src> (loader: a fetch started and aborted every cycle)',
    count: isWebKit ? 1_000 : CYCLES,
    async setup() {
      const parent = document.createElement('div');
      document.body.append(parent);
      const el = document.createElement('news-article');
      // The server holds every request at a gate that never opens, so each cycle's request is still
      // in flight when the element leaves, even when an update waits for a task of its own (the
      // loader yields to the page between long runs of updates): each cycle starts a fetch and aborts it.
      const gate = unique();
      el.setAttribute('src', gateUrl(gate, 'test/fixtures/pages/news-article.ld.json'));
      const events: Event[] = [];
      el.addEventListener('news-load', event => events.push(event));
      el.addEventListener('news-error', event => events.push(event));
      return {
        el,
        parent,
        cleanup: async () => {
          expect(events.map(e => e.type), 'no load finished while connected: every cycle aborted its fetch').to.deep.equal([]);
          // Every request that reached the server was aborted by the page: none is left waiting.
          await waitUntil(async () => (await gateState(gate)).waiting === 0, 'requests still held at the gate', { timeout: 60_000, interval: 100 });
          // WebKit works through 10,000 cancelled loads in its network process for a while after;
          // the page must get its network back (a fetch answers) before the next test.
          const t0 = performance.now();
          await waitUntil(
            () =>
              Promise.race([fetch('/test/fixtures/invalid.json', { cache: 'no-store' }).then(r => r.ok), sleep(1000).then(() => false)]),
            'fetch did not recover after the cycles',
            { timeout: 60_000, interval: 100 },
          );
          console.log(`leak test: fetch answers again ${Math.round(performance.now() - t0)} ms after the cycles`);
        },
      };
    },
  },
];

async function run(el: HTMLElement, parent: HTMLElement, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    parent.append(el);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    el.remove();
    // Let abort handlers and rejected fetches settle now and then, as a page's event loop would.
    if (i % 500 === 499) await sleep(0);
  }
}

describe(`leaks: ${CYCLES.toLocaleString('en')} connect/disconnect cycles`, () => {
  let heapSkip: string | undefined;
  before(async () => {
    heapSkip = await heapIsMeasurable();
    if (heapSkip) console.log(`leak test: heap part skipped — ${heapSkip}`);
  });

  for (const cycle of cycles) {
    it(cycle.name, async function () {
      this.timeout(120_000);
      const warn = console.warn;
      console.warn = () => {};
      const { el, parent, cleanup } = await cycle.setup();
      const counters = instrument();
      try {
        await run(el, parent, 200); // warm-up: caches, lazily created objects
        await sleep(50);
        const start = { listeners: counters.listeners(el), timers: counters.timers };
        const heapStart = heapSkip ? 0 : await settledHeap();
        const t0 = performance.now();
        const count = cycle.count ?? CYCLES;
        await run(el, parent, count);
        const ms = performance.now() - t0;
        await sleep(50);
        const end = { listeners: counters.listeners(el), timers: counters.timers };
        const heapEnd = heapSkip ? 0 : await settledHeap();
        console.log(
          `leak test ${cycle.name}: ${count} cycles in ${Math.round(ms)} ms; listeners ${start.listeners}→${end.listeners}, timers ${start.timers}→${end.timers}` +
            (heapSkip ? '' : `, heap ${(heapStart / 1048576).toFixed(1)}→${(heapEnd / 1048576).toFixed(1)} MB`),
        );
        expect(end.listeners - start.listeners, 'listeners still registered').to.be.at.most(NOISE);
        expect(end.timers - start.timers, 'timers still pending').to.be.at.most(NOISE);
        if (!heapSkip) expect(heapEnd - heapStart, 'heap growth (bytes)').to.be.below(HEAP_NOISE);
      } finally {
        counters.restore();
        console.warn = warn;
        parent.remove();
        el.remove();
        await cleanup?.();
      }
    });
  }

  it('the instrumentation itself sees a leaked listener and timer (else the tests above prove nothing)', () => {
    const counters = instrument();
    try {
      const target = new EventTarget();
      const el = document.createElement('div');
      const start = { listeners: counters.listeners(el), timers: counters.timers };
      for (let i = 0; i < 10; i++) target.addEventListener('x', () => {});
      for (let i = 0; i < 5; i++) document.addEventListener('x', () => {});
      for (let i = 0; i < 3; i++) el.addEventListener('x', () => {});
      const timer = setTimeout(() => {}, 60_000);
      expect(counters.listeners(el) - start.listeners).to.equal(18);
      expect(counters.timers - start.timers).to.equal(1);
      clearTimeout(timer);
      expect(counters.timers - start.timers).to.equal(0);
    } finally {
      counters.restore();
    }
  });
});
