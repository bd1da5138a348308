/**
 * npm run bench: prints the drop-in's size, render timings against a vanilla-DOM baseline (warm,
 * and on a fresh page), layout shift per element with late data, the cost of 200 elements on one
 * page (with its longest task), and when the demo's content is painted under Fast 3G + 4x CPU,
 * rendered in the browser and on the server. Numbers only; no test asserts them (the build's size
 * budget is what fails CI). See BENCHMARKS.md.
 *
 *   npm run bench                 all six measurements
 *   npm run bench -- --quick      fewer iterations (a smoke run)
 *   npm run bench -- --verbose    also every layout shift: when, which host nodes, from/to where
 *   npm run bench -- --only=cls   one measurement alone: size, render, cls, many, fresh or demo
 *                                 (several: --only=fresh,demo)
 *   npm run bench -- --browsers=chromium   layout stability in Chromium only (default: chromium,firefox,webkit)
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, ensureBuilt, ensureDependencies, findChromium, root } from '../scripts/lib.mjs';
import { serverRenderedDemo, SERVER_PAGE } from '../scripts/demo-server-page.mjs';
import { compressResponses, encodingsSent } from '../scripts/compress.mjs';

ensureDependencies();
ensureBuilt();

const { measureSize, kib } = await import('../scripts/size.mjs');
const { startDevServer } = await import('@web/dev-server');
const { default: puppeteer, PredefinedNetworkConditions } = await import('puppeteer-core');

const QUICK = process.argv.includes('--quick');
const VERBOSE = process.argv.includes('--verbose');
const RENDER = { warmup: QUICK ? 2 : 5, samples: QUICK ? 6 : 30 };
const CLS_RUNS = QUICK ? 1 : 3;
/**
 * The host pages measured per element: the drop-in as a plain module script, and the head the
 * README's first snippet gives (its stylesheet and its script tag, as written there).
 */
const CLS_HOSTS = ['plain', 'readme'];
/** `--browsers chromium,firefox,webkit` (default: all three) for the layout-stability pages. */
const BROWSERS = (process.argv.find(a => a.startsWith('--browsers='))?.split('=')[1] ?? 'chromium,firefox,webkit').split(',');
/** The measurements `--only=` can pick, by the names it takes. */
const PARTS = ['size', 'render', 'cls', 'many', 'fresh', 'demo'];
/** `--only=cls` (or `--only=fresh,demo`) runs those measurements alone. */
const ONLY = process.argv.find(a => a.startsWith('--only='))?.split('=')[1].split(',');
const unknownParts = ONLY?.filter(part => !PARTS.includes(part)) ?? [];
if (unknownParts.length) {
  console.error(`--only: unknown ${unknownParts.join(', ')}; one or more of ${PARTS.join(', ')}`);
  process.exit(2);
}
const runs = part => !ONLY || ONLY.includes(part);
const MANY_RUNS = QUICK ? 1 : 7;
/** Brand-new pages per subject for the fresh-page first render. */
const FRESH_LOADS = QUICK ? 5 : 15;
/** Loads of each demo page under throttling. */
const DEMO_RUNS = QUICK ? 2 : 7;
/** The demo under the network and CPU of a mid-range phone, as DevTools and Lighthouse emulate it. */
const DEMO_NETWORK = { name: 'Fast 3G', ...PredefinedNetworkConditions['Fast 3G'] };
const DEMO_CPU_SLOWDOWN = 4;

const DATA_DELAY_MS = 800;
const VIEWPORTS = [
  { name: 'desktop 1280x900', width: 1280, height: 900 },
  { name: 'narrow 390x844', width: 390, height: 844 },
];
/** The demo is loaded at a phone's width, as the throttling is a phone's. */
const DEMO_VIEWPORT = VIEWPORTS[1];
const AIM = {
  brotli: 24 * 1024,
  firstRatio: 1.5,
  freshFirstRatio: 2.0,
  updateRatio: 0.5,
  articleCls: 0.05,
  listCls: 0,
  demoAllPaintedMs: 1800,
  libraryTaskMs: 200,
};

// ---------------------------------------------------------------------------------------------
// Pages the server generates: the layout-stability host page (one element) and the 200-element page.

const CLS_ELEMENTS = {
  'news-article': `<news-article src="/demo/data/seed-article.json?delay=${DATA_DELAY_MS}"></news-article>`,
  'source-list': `<source-list src="/demo/data/seed-article.json?delay=${DATA_DELAY_MS}"></source-list>`,
  'related-articles': `<related-articles src="/demo/data/related.json?delay=${DATA_DELAY_MS}" heading="You may also like..." summaries></related-articles>`,
  'trending-panel': `<trending-panel src="/demo/data/trending.json?delay=${DATA_DELAY_MS}" limit="5"></trending-panel>`,
};

/**
 * The README's first snippet, as a host page gets it: the first ```html block of README.md, with
 * the CDN address pointing at this build and each `src` at a local copy of the seed data, held
 * back like the rest. Placed two ways: whole into <head> ("snippet in head": the parser moves the
 * elements to the top of <body>), and split, its <link>/<script> lines in <head> and its elements
 * between host paragraphs ("snippet in page").
 */
const SNIPPET_DATA = {
  '/articles/houston.json': '/demo/data/seed-article.json',
  '/feeds/related.json': '/demo/data/related.json',
  '/feeds/trending.json': '/demo/data/trending.json',
};
function readmeSnippet() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /```html\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no ```html block');
  const local = block
    .replace(/https:\/\/unpkg\.com\/news-elements@[^/"]+\/dist\//g, '/dist/')
    // The element's src and the preload of it alike.
    .replace(/(src|href)="([^"]+\.json)"/g, (_m, attribute, src) => {
      if (!SNIPPET_DATA[src]) throw new Error(`README snippet: no local data for ${src}; add it to SNIPPET_DATA in bench/run.mjs`);
      return `${attribute}="${SNIPPET_DATA[src]}?delay=${DATA_DELAY_MS}"`;
    });
  if (/https?:/.test(local)) throw new Error(`README snippet: an address the bench cannot serve locally:\n${local}`);
  const lines = local.split('\n');
  const head = lines.filter(line => /^\s*<(link|script)\b/.test(line)).join('\n');
  const body = lines.filter(line => !/^\s*<(link|script)\b/.test(line)).join('\n').trim();
  return { whole: local, head, body };
}

const MANY_KINDS = [
  { tag: 'news-article', file: '/demo/data/seed-article.json' },
  { tag: 'source-list', file: '/demo/data/seed-article.json' },
  { tag: 'related-articles', file: '/demo/data/related.json', attributes: 'layout="compact" limit="3"' },
  { tag: 'trending-panel', file: '/demo/data/trending.json', attributes: 'limit="3"' },
];
const MANY_PER_KIND = 50;

/** 50 of each element; in each kind, half share one URL (one request, deduplicated) and half have their own. */
function manyPage(count) {
  const elements = [];
  for (let i = 0; i < count / MANY_KINDS.length; i++) {
    for (const { tag, file, attributes = '' } of MANY_KINDS) {
      const src = i % 2 === 0 ? `${file}?shared=${tag}` : `${file}?copy=${tag}-${i}`;
      elements.push(`<div class="cell"><${tag} src="${src}" ${attributes}></${tag}></div>`);
    }
  }
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>news-elements bench: ${count} elements</title>
    <link rel="stylesheet" href="./bench.css" />
    <script src="./many.js" data-expected="${count}"></script>
    <script type="module" src="../../dist/news-elements.min.js"></script>
  </head>
  <body>
    <main class="grid">
      ${elements.join('\n      ')}
    </main>
  </body>
</html>`;
}

// ---------------------------------------------------------------------------------------------
// The server: the project root, plus a middleware that counts requests, delays data on request,
// isolates the render page (finer timers) and serves the generated pages.

const requests = { total: 0, data: 0, byKind: {} };
function resetRequests() {
  requests.total = 0;
  requests.data = 0;
  requests.byKind = {};
}

/**
 * The drop-in as it was when the bench started: served from memory, so a rebuild during the run
 * (dist/ is deleted first) cannot break it, and the size printed is of the very file measured.
 */
let dropIn;

async function benchMiddleware(ctx, next) {
  requests.total++;
  const kind = ctx.path.startsWith('/demo/data/') || ctx.path.startsWith('/bench/data/') ? 'data' : ctx.path.split('.').pop();
  requests.byKind[kind] = (requests.byKind[kind] ?? 0) + 1;
  if (kind === 'data') requests.data++;

  const delay = Number(ctx.query.delay);
  if (delay > 0) await new Promise(resolve => setTimeout(resolve, Math.min(delay, 10_000)));

  if (ctx.path === '/dist/news-elements.min.js') {
    ctx.type = 'js';
    ctx.body = dropIn;
    return;
  }
  // Every response uncached, so each load fetches the drop-in (and data) as a first visit does.
  ctx.set('Cache-Control', 'no-store');
  if (ctx.path === '/bench/pages/cls.html') {
    const template = readFileSync(join(root, 'bench/pages/cls.html'), 'utf8');
    const dropInTag = /<!--drop-in-->[\s\S]*?<!--\/drop-in-->/;
    const snippet = readmeSnippet();
    let page;
    if (ctx.query.el === 'snippet-in-head') page = template.replace(dropInTag, snippet.whole).replace('<!--element-->', '');
    else if (ctx.query.el === 'snippet-in-page') page = template.replace(dropInTag, snippet.head).replace('<!--element-->', snippet.body);
    else {
      const element = CLS_ELEMENTS[ctx.query.el];
      if (!element) ctx.throw(404, 'unknown element');
      page = template.replace('<!--element-->', element);
      // The head the README's first snippet gives, in place of the plain module script.
      if (ctx.query.host === 'readme') page = page.replace(dropInTag, snippet.head);
    }
    ctx.type = 'html';
    ctx.body = page;
    return;
  }
  if (ctx.path === '/bench/pages/fresh.html') {
    // The render page with fresh.js (one timed first render) in place of render.js.
    ctx.type = 'html';
    ctx.body = readFileSync(join(root, 'bench/pages/render.html'), 'utf8')
      .replace('./render.js', './fresh.js')
      .replace('bench: render<', 'bench: first render on a fresh page<');
    ctx.set('Cross-Origin-Opener-Policy', 'same-origin');
    ctx.set('Cross-Origin-Embedder-Policy', 'require-corp');
    return;
  }
  if (ctx.path === '/bench/pages/many.html') {
    ctx.type = 'html';
    ctx.body = manyPage(Number(ctx.query.count ?? MANY_PER_KIND * MANY_KINDS.length));
    return;
  }
  await next();
  if (ctx.path === '/bench/pages/render.html') {
    // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
    ctx.set('Cross-Origin-Opener-Policy', 'same-origin');
    ctx.set('Cross-Origin-Embedder-Policy', 'require-corp');
  }
}

// ---------------------------------------------------------------------------------------------
// Statistics and printing.

const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
};
const ms = n => `${n.toFixed(2)} ms`;
const ratio = n => `${n.toFixed(2)}x`;
const mib = n => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const check = ok => (ok ? 'yes' : 'NO');

/** A plain-text table: the first column (or, with `left`, every column) left-aligned, numbers right-aligned. */
function table(headers, rows, { left = false } = {}) {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map(row => String(row[i]).length)));
  const pad = (cell, i) => (i === 0 || left ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]));
  const line = cells => cells.map(pad).join('  ').trimEnd();
  console.log(`  ${line(headers)}`);
  console.log(`  ${widths.map(w => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(`  ${line(row)}`);
}

function section(title) {
  console.log(`\n${title}\n${'='.repeat(title.length)}`);
}

const loadAverage = () => loadavg().map(n => n.toFixed(2)).join(' / ');

function cpuModel() {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find(l => l.startsWith('model name'));
    if (line) return line.split(':')[1].trim();
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return cpus()[0]?.model ?? 'unknown';
}

// ---------------------------------------------------------------------------------------------
// The measurements.

/** Keeps the drop-in as it is now, for the server to answer with (see `dropIn`). */
function snapshotDropIn() {
  dropIn = readFileSync(join(root, 'dist/news-elements.min.js'));
}

function reportSize() {
  section('1. Drop-in size (dist/news-elements.min.js, Lit inlined, all four elements)');
  const { raw, gzip, brotli } = measureSize(dropIn);
  const hydration = measureSize(readFileSync(join(root, 'dist/news-elements.hydration.min.js')));
  table(
    ['file', 'minified', 'gzip -9', 'brotli -q 11', `aim (brotli <= ${kib(AIM.brotli)})`],
    [
      ['news-elements.min.js', kib(raw), kib(gzip), kib(brotli), brotli <= AIM.brotli ? 'met' : `not met (+${kib(brotli - AIM.brotli)})`],
      ['news-elements.hydration.min.js', kib(hydration.raw), kib(hydration.gzip), kib(hydration.brotli), 'server-rendered pages only'],
    ],
  );
  console.log('  Same measurement as the build\'s size budget (scripts/size.mjs); the budget in rollup.config.mjs is what fails CI.');
  return { raw, gzip, brotli };
}

async function newPage(browser, viewport) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setCacheEnabled(false);
  await page.setViewport({ width: viewport.width, height: viewport.height });
  return { context, page };
}

async function measureRender(browser, origin) {
  section(`2. Render time in Chromium, warm: Lit elements vs hand-written vanilla DOM (median of ${RENDER.samples}, ${RENDER.warmup} warm-up discarded)`);
  const { context, page } = await newPage(browser, VIEWPORTS[0]);
  try {
    await page.goto(`${origin}/bench/pages/render.html`);
    await page.waitForFunction('window.renderBenchReady === true', { timeout: 30_000 });
    const isolated = await page.evaluate('crossOriginIsolated');

    const markup = {};
    for (const kind of ['article', 'trending']) markup[kind] = await page.evaluate(k => window.renderBench.compare(k), kind);

    const names = ['article:lit', 'article:vanilla', 'trending:lit', 'trending:vanilla'];
    const samples = Object.fromEntries(names.map(name => [name, { first: [], update: [] }]));
    for (let i = 0; i < RENDER.warmup + RENDER.samples; i++) {
      for (const kind of ['article', 'trending']) {
        // Alternate which side goes first, so neither always runs on a warmer (or colder) heap.
        const order = i % 2 ? [`${kind}:lit`, `${kind}:vanilla`] : [`${kind}:vanilla`, `${kind}:lit`];
        for (const name of order) {
          const { first, update } = await page.evaluate(n => window.renderBench.sample(n), name);
          if (i >= RENDER.warmup) {
            samples[name].first.push(first);
            samples[name].update.push(update);
          }
        }
      }
    }

    const rows = [];
    const result = { isolated, markup, cases: {} };
    for (const [kind, label] of [
      ['article', 'seed article'],
      ['trending', 'trending panel, 50 items'],
    ]) {
      const lit = samples[`${kind}:lit`];
      const vanilla = samples[`${kind}:vanilla`];
      const m = {
        litFirst: median(lit.first),
        vanillaFirst: median(vanilla.first),
        litUpdate: median(lit.update),
        vanillaRebuild: median(vanilla.update),
        litFirstP90: quantile(lit.first, 0.9),
        vanillaFirstP90: quantile(vanilla.first, 0.9),
      };
      m.firstRatio = m.litFirst / m.vanillaFirst;
      m.updateRatio = m.litUpdate / m.vanillaRebuild;
      result.cases[kind] = m;
      rows.push([
        label,
        ms(m.litFirst),
        ms(m.vanillaFirst),
        ratio(m.firstRatio),
        check(m.firstRatio <= AIM.firstRatio),
        ms(m.litUpdate),
        ms(m.vanillaRebuild),
        ratio(m.updateRatio),
        check(m.updateRatio <= AIM.updateRatio),
      ]);
    }
    table(
      ['case', 'Lit first', 'vanilla first', 'ratio', `<=${AIM.firstRatio}x`, 'Lit update', 'vanilla rebuild', 'ratio', `<=${AIM.updateRatio}x`],
      rows,
    );
    for (const [kind, label] of [
      ['article', 'seed article'],
      ['trending', 'trending panel'],
    ]) {
      const { first, update, chars, elements } = markup[kind];
      const note = r => (r.match ? 'match' : `DIFFER at char ${r.at}\n      lit:     ${r.lit}\n      vanilla: ${r.vanilla}`);
      console.log(`  same markup, ${label} (${elements} elements, ${chars} chars): first render ${note(first)}; after update ${note(update)}`);
    }
    console.log(
      `  Timed: create + set data + await updateComplete + forced layout (offsetHeight); data pre-parsed (no network).` +
        ` Timer resolution: ${isolated ? '5 µs (cross-origin isolated)' : '100 µs'}.\n` +
        '  Warm: one page, every subject rendered many times; no forced garbage collection (a cold, fresh page is section 5).',
    );
    return result;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Layout stability in three browsers. Each driver loads a URL at a viewport in a fresh page and
// returns the page's window.clsResult.

async function chromiumDriver(browser) {
  return {
    name: 'Chromium',
    version: await browser.version(),
    async load(url, viewport) {
      const { context, page } = await newPage(browser, viewport);
      try {
        await page.goto(url);
        await page.waitForFunction('window.clsResult', { timeout: 20_000, polling: 100 });
        return await page.evaluate('window.clsResult');
      } finally {
        await context.close();
      }
    },
    async close() {},
  };
}

/** Firefox ESR over WebDriver BiDi, as the test runner drives it. */
async function firefoxDriver() {
  const { findFirefox } = await import('../scripts/browsers.mjs');
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false, 'network.captive-portal-service.enabled': false },
  });
  return {
    name: 'Firefox',
    version: await firefox.version(),
    async load(url, viewport) {
      const context = await firefox.createBrowserContext();
      try {
        const page = await context.newPage();
        await page.setViewport({ width: viewport.width, height: viewport.height });
        await page.goto(url);
        await page.waitForFunction('window.clsResult', { timeout: 20_000, polling: 100 });
        return await page.evaluate('window.clsResult');
      } finally {
        await context.close();
      }
    },
    close: () => firefox.close(),
  };
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb, as the test runner drives it. */
async function webkitDriver() {
  const { prepareBrowsers } = await import('../scripts/browsers.mjs');
  const { remote } = await import('webdriverio');
  const env = { ...process.env };
  const stop = await prepareBrowsers(['webkit'], env);
  let session;
  const open = async () => {
    session = await remote({
      hostname: '127.0.0.1',
      port: Number(env.WEBKIT_WEBDRIVER_PORT),
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: env.WEBKIT_BROWSER_PATH, args: ['--automation'] },
      },
    });
  };
  await open();
  const version = await session.execute(() => navigator.userAgent.match(/AppleWebKit\/[\d.]+/)?.[0] ?? navigator.userAgent);
  return {
    name: 'WebKit',
    version: `MiniBrowser (WebKitGTK), ${version}`,
    async load(url, viewport) {
      // The window's outer size, corrected once so the page's viewport is the one asked for.
      await session.setWindowSize(viewport.width, viewport.height);
      await session.url('about:blank');
      const [innerW, innerH] = await session.execute(() => [innerWidth, innerHeight]);
      if (innerW !== viewport.width || innerH !== viewport.height) {
        await session.setWindowSize(viewport.width * 2 - innerW, viewport.height * 2 - innerH);
      }
      await session.url(url);
      await session.waitUntil(() => session.execute(() => Boolean(window.clsResult)), { timeout: 20_000, interval: 100 });
      return session.execute(() => window.clsResult);
    },
    async close() {
      await session?.deleteSession().catch(() => {});
      await stop();
    },
  };
}

const CLS_PAGES_ALL = [
  { key: 'snippet-in-head', label: 'README snippet, whole in <head>', query: 'el=snippet-in-head', aim: 0 },
  { key: 'snippet-in-page', label: 'README snippet, elements in the page', query: 'el=snippet-in-page', aim: 0 },
  ...Object.keys(CLS_ELEMENTS).flatMap(tag =>
    CLS_HOSTS.map(host => ({ key: `${tag} ${host}`, label: `${tag}, ${host === 'readme' ? "README's head" : 'plain module'}`, query: `el=${tag}&host=${host}`, aim: tag === 'news-article' ? AIM.articleCls : AIM.listCls, host })),
  ),
];

/** `--pages=snippet` keeps the pages whose key contains "snippet" (for a quicker look at a few). */
const PAGES_FILTER = process.argv.find(a => a.startsWith('--pages='))?.split('=')[1];
const CLS_PAGES = PAGES_FILTER ? CLS_PAGES_ALL.filter(p => p.key.includes(PAGES_FILTER)) : CLS_PAGES_ALL;

async function measureCls(drivers, origin) {
  section(`3. Layout stability: CLS with data ${DATA_DELAY_MS} ms late (worst of ${CLS_RUNS} loads per cell)`);
  const result = {};
  for (const driver of drivers) {
    console.log(`\n  ${driver.name}: ${driver.version}`);
    result[driver.name] = {};
    const rows = [];
    // The plain module rows show what blocking="render" and the stylesheet are there to prevent,
    // and that the sampled score sees shifts where the browser reports none.
    for (const page of CLS_PAGES) {
      for (const viewport of VIEWPORTS) {
        const runs = [];
        for (let run = 0; run < CLS_RUNS; run++) runs.push(await driver.load(`${origin}/bench/pages/cls.html?${page.query}`, viewport));
        // The score that counts: Chromium's own entries where it has them, else the sampled one.
        const score = r => r.cls ?? r.sampled;
        const worst = runs.reduce((a, b) => (score(b) > score(a) ? b : a));
        result[driver.name][`${page.key} ${viewport.name}`] = { ...worst, runs: runs.map(score), sampledRuns: runs.map(r => r.sampled) };
        const loaded = worst.outcome === 'load';
        rows.push([
          page.label,
          `${viewport.name}${worst.viewport && worst.viewport.join('x') !== `${viewport.width}x${viewport.height}` ? ` (got ${worst.viewport.join('x')})` : ''}`,
          loaded ? (worst.cls === null ? '—' : worst.cls.toFixed(4)) : worst.outcome,
          Math.max(...runs.map(r => r.sampled)).toFixed(4),
          check(score(worst) <= page.aim + 1e-9),
          (worst.cls === null ? worst.sampledBeforeData : worst.clsBeforeData).toFixed(4),
          (worst.cls === null ? worst.sampledAtData : worst.clsAtData).toFixed(4),
          `${Math.round(worst.skeletonHeight)} -> ${Math.round(worst.finalHeight)} px`,
        ]);
      }
    }
    table(['page', 'viewport', 'CLS', 'sampled', 'aim', 'before data', 'at data', 'first element: skeleton -> final'], rows);
  }
  console.log(
    `  Aim: 0 for the README snippet and the list elements, <= ${AIM.articleCls} for <news-article> alone. One page load per run, cache off.\n` +
      '  "CLS": the browser\'s own layout-shift entries (Chromium only; "—" where the browser has none).\n' +
      '  "sampled": bench/pages/cls-sampler.js, the same score computed from the host page\'s blocks frame by frame (every browser).\n' +
      '  "before data": the elements appearing (before the drop-in runs, an element is undefined; then its skeleton). "at data": the skeleton replaced by the content.\n' +
      '  "README\'s head": the <link> and <script> of the README\'s first snippet; "plain module": <script type="module"> alone.',
  );
  if (VERBOSE) for (const [browserName, byPage] of Object.entries(result)) {
    for (const [key, r] of Object.entries(byPage)) {
      for (const shift of r.shifts) {
        const sources = shift.sources.map(s => `${s.node} y ${s.before[0]}->${s.after[0]} h ${s.before[1]}->${s.after[1]}`).join('; ');
        console.log(`  shift ${browserName} ${key}: ${shift.value.toFixed(4)} at ${shift.time} ms: ${sources}`);
      }
      for (const shift of r.sampledShifts) console.log(`  sampled ${browserName} ${key}: ${shift.value.toFixed(4)} at ${shift.time} ms`);
    }
  }
  return result;
}

async function measureMany(browser, origin) {
  const count = MANY_PER_KIND * MANY_KINDS.length;
  section(`4. ${count} elements on one page (${MANY_PER_KIND} of each; in each kind half share one src) — median of ${MANY_RUNS} loads`);
  const loadPage = async n => {
    const { context, page } = await newPage(browser, VIEWPORTS[0]);
    try {
      const client = await page.createCDPSession();
      await client.send('Performance.enable');
      resetRequests();
      await page.goto(`${origin}/bench/pages/many.html?count=${n}`);
      await page.waitForFunction('window.manyResult', { timeout: 60_000, polling: 50 });
      const outcome = await page.evaluate('window.manyResult');
      await client.send('HeapProfiler.collectGarbage');
      const metrics = Object.fromEntries((await client.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
      return { ...outcome, heap: metrics.JSHeapUsedSize, nodes: metrics.Nodes, requests: { ...requests, byKind: { ...requests.byKind } } };
    } finally {
      await context.close();
    }
  };

  const empty = await loadPage(0);
  const runs = [];
  for (let i = 0; i < MANY_RUNS; i++) runs.push(await loadPage(count));
  const time = median(runs.map(r => r.allLoadedAt));
  const heap = median(runs.map(r => r.heap));
  const last = runs[runs.length - 1];
  const longestTask = median(runs.map(r => r.longestTask));
  const libraryScripts = runs.map(r => r.longestLibraryScript?.duration ?? 0);
  const spread = values => `${ms(Math.min(...values))} – ${ms(Math.max(...values))}`;
  const expectedData = MANY_KINDS.length * (1 + MANY_PER_KIND / 2);
  table(
    ['figure', 'value'],
    [
      ['elements rendered (news-load) / failed', `${last.loaded} / ${last.failed}`],
      ['time to all loaded (from navigation start)', ms(time)],
      [
        'longest main-thread task, navigation to all loaded',
        last.longTasksObserved
          ? `${ms(longestTask)} (${spread(runs.map(r => r.longestTask))}); aim: no task over ${AIM.libraryTaskMs} ms: ${check(longestTask <= AIM.libraryTaskMs)}`
          : 'no longtask entries in this browser',
      ],
      ['long tasks (over 50 ms) / total blocking time', `${median(runs.map(r => r.longTasks))} / ${ms(median(runs.map(r => r.blockingTime)))}`],
      [
        'longest run of the library\'s own script',
        `${ms(median(libraryScripts))} (${spread(libraryScripts)}; long-animation-frame script entries from news-elements.min.js)`,
      ],
      ['JS heap used after GC', `${mib(heap)} (page without elements: ${mib(empty.heap)}; ${((heap - empty.heap) / count / 1024).toFixed(1)} KiB per element)`],
      ['DOM nodes (document + shadow roots)', String(Math.round(median(runs.map(r => r.nodes))))],
      ['requests, total', String(last.requests.total)],
      ['requests for data', `${last.requests.data} (${count} elements, ${MANY_KINDS.length * (MANY_PER_KIND / 2)} distinct URLs + ${MANY_KINDS.length} shared: ${expectedData} if identical requests are made once)`],
      ['requests by type', Object.entries(last.requests.byKind).map(([k, v]) => `${k} ${v}`).join(', ')],
    ],
    { left: true },
  );
  console.log('  Longest task: PerformanceObserver longtask entries (buffered), tasks that started before the last news-load; median of the loads (min – max).');
  return { time, heap, emptyHeap: empty.heap, nodes: last.nodes, requests: last.requests, loaded: last.loaded, failed: last.failed, runs: runs.map(r => r.allLoadedAt), longestTask };
}

/**
 * First render on a fresh page: each sample is a brand-new browser context (its own renderer,
 * nothing compiled, no warm-up, no forced GC) loading bench/pages/fresh.html for one subject,
 * which times that one first render. Lit and vanilla loads alternate, so both see the same machine.
 */
async function measureFresh(browser, origin) {
  section(`5. First render on a fresh page, Lit vs vanilla (median of ${FRESH_LOADS} fresh pages each; no warm-up, no forced GC)`);
  const names = ['article:lit', 'article:vanilla', 'trending:lit', 'trending:vanilla'];
  const samples = Object.fromEntries(names.map(name => [name, []]));
  let isolated;
  const loadOnce = async name => {
    const { context, page } = await newPage(browser, VIEWPORTS[0]);
    try {
      await page.goto(`${origin}/bench/pages/fresh.html?subject=${name}`);
      await page.waitForFunction('window.freshResult', { timeout: 30_000, polling: 50 });
      const result = await page.evaluate('window.freshResult');
      isolated = result.isolated;
      return result.first;
    } finally {
      await context.close();
    }
  };
  for (let i = 0; i < FRESH_LOADS; i++) {
    for (const kind of ['article', 'trending']) {
      const order = i % 2 ? [`${kind}:lit`, `${kind}:vanilla`] : [`${kind}:vanilla`, `${kind}:lit`];
      for (const name of order) samples[name].push(await loadOnce(name));
    }
  }
  const rows = [];
  const result = {};
  for (const [kind, label] of [
    ['article', 'seed article'],
    ['trending', 'trending panel, 50 items'],
  ]) {
    const lit = samples[`${kind}:lit`];
    const vanilla = samples[`${kind}:vanilla`];
    const m = { lit: median(lit), vanilla: median(vanilla), litP90: quantile(lit, 0.9), vanillaP90: quantile(vanilla, 0.9) };
    m.ratio = m.lit / m.vanilla;
    result[kind] = m;
    rows.push([label, ms(m.lit), ms(m.litP90), ms(m.vanilla), ms(m.vanillaP90), ratio(m.ratio), check(m.ratio <= AIM.freshFirstRatio)]);
  }
  table(['case', 'Lit first', 'Lit p90', 'vanilla first', 'vanilla p90', 'ratio', `<=${AIM.freshFirstRatio}x`], rows);
  console.log(
    '  Timed, once per page: create + set data + await updateComplete + forced layout (offsetHeight), after the data are fetched and parsed.\n' +
      `  Each sample a new browser context; Lit and vanilla alternate. Timer resolution: ${isolated ? '5 µs (cross-origin isolated)' : '100 µs'}.`,
  );
  return result;
}

/**
 * The demo as a reader on a phone gets it: /demo/ (rendered in the browser) and the server-rendered
 * /demo/server.html, each loaded DEMO_RUNS times in a fresh context with the cache off, under
 * DevTools' Fast 3G (puppeteer's PredefinedNetworkConditions, applied over CDP) and a 4x CPU
 * slowdown (CDP Emulation.setCPUThrottlingRate), over HTTPS and HTTP/2 with brotli, as a CDN serves them.
 * bench/pages/paint-probe.js, injected before the page's scripts, records when each piece of
 * content is painted.
 */
async function measureDemo(browser, origin) {
  const network = `${DEMO_NETWORK.name}: ${Math.round((DEMO_NETWORK.download * 8) / 1000)} kbit/s down, ${Math.round((DEMO_NETWORK.upload * 8) / 1000)} kbit/s up, ${DEMO_NETWORK.latency} ms latency`;
  section(`6. The demo under ${DEMO_NETWORK.name} + ${DEMO_CPU_SLOWDOWN}x CPU slowdown, ${DEMO_VIEWPORT.name} (median of ${DEMO_RUNS} loads, min – max)`);
  const probe = readFileSync(join(root, 'bench/pages/paint-probe.js'), 'utf8');
  const loadOnce = async path => {
    const { context, page } = await newPage(browser, DEMO_VIEWPORT);
    try {
      await page.emulateNetworkConditions(DEMO_NETWORK);
      await page.emulateCPUThrottling(DEMO_CPU_SLOWDOWN);
      await page.evaluateOnNewDocument(probe);
      await page.goto(`${origin}${path}`, { waitUntil: 'domcontentloaded', timeout: 90_000 });
      return await page.evaluate('window.demoPaint');
    } finally {
      await context.close();
    }
  };
  const pages = [
    { path: '/demo/', label: 'client-rendered /demo/' },
    { path: SERVER_PAGE, label: `server-rendered ${SERVER_PAGE}` },
  ];
  for (const key of Object.keys(encodingsSent)) delete encodingsSent[key];
  const loads = Object.fromEntries(pages.map(p => [p.path, []]));
  for (let i = 0; i < DEMO_RUNS; i++) for (const { path } of pages) loads[path].push(await loadOnce(path));

  const figure = values => {
    const known = values.filter(v => v !== undefined);
    if (!known.length) return '—';
    return `${Math.round(median(known))} ms (${Math.round(Math.min(...known))} – ${Math.round(Math.max(...known))})`;
  };
  const allPainted = r => (r.complete ? Math.max(...Object.values(r.seen).map(s => s.painted)) : undefined);
  const result = {};
  const rows = [];
  for (const { path, label } of pages) {
    const runs = loads[path];
    const incomplete = runs.filter(r => !r.complete).length;
    const headlineFirstFrame = runs.filter(r => r.seen.headline?.frame === 0).length;
    const m = {
      fcp: median(runs.map(r => r.firstContentfulPaint)),
      headline: median(runs.map(r => r.seen.headline?.painted ?? Infinity)),
      all: median(runs.map(r => allPainted(r) ?? Infinity)),
      lcp: median(runs.map(r => r.largestContentfulPaint ?? Infinity)),
      kib: median(runs.map(r => r.bytes)) / 1024,
      headlineFirstFrame,
      incomplete,
    };
    result[path] = m;
    const aim =
      path === SERVER_PAGE
        ? `headline in the first frame: ${headlineFirstFrame}/${runs.length} ${check(headlineFirstFrame === runs.length)}`
        : `all painted <= ${AIM.demoAllPaintedMs} ms: ${check(m.all <= AIM.demoAllPaintedMs)}`;
    rows.push([
      label,
      figure(runs.map(r => r.firstContentfulPaint)),
      figure(runs.map(r => r.seen.headline?.painted)),
      figure(runs.map(allPainted)) + (incomplete ? ` (${incomplete} incomplete)` : ''),
      figure(runs.map(r => r.largestContentfulPaint)),
      figure(runs.map(r => r.lastNewsLoad)),
      `${m.kib.toFixed(1)} KiB`,
      aim,
    ]);
    for (const key of ['body', 'sources', 'related', 'trending']) m[key] = median(runs.map(r => r.seen[key]?.painted ?? Infinity));
  }
  table(['page', 'first contentful paint', 'headline painted', 'all content painted', 'LCP', 'last news-load', 'transferred', 'aim'], rows);
  for (const { path, label } of pages) {
    const m = result[path];
    console.log(`  ${label}, each piece painted (median): ${['headline', 'body', 'sources', 'related', 'trending'].map(k => `${k} ${Math.round(m[k])} ms`).join(', ')}`);
  }
  console.log(
    `  Network: ${network}, cache off; responses compressed by Accept-Encoding (sent: ${Object.entries(encodingsSent).map(([k, v]) => `${k} ${v}`).join(', ')}).\n` +
      '  Times in ms from navigation start. "painted": the end of the first frame whose paint contained that content (bench/pages/paint-probe.js);\n' +
      '  "all content": headline, body, sources, related cards and trending items, each in its shadow root, laid out and not loading.\n' +
      '  "first contentful paint" and "LCP": the browser\'s paint-timing and largest-contentful-paint entries. "last news-load": the last element\'s event.\n' +
      '  Served over HTTPS and HTTP/2 (the dev server\'s self-signed certificate), as a CDN serves them: Chrome offers brotli only over HTTPS.',
  );
  return result;
}

// ---------------------------------------------------------------------------------------------

/**
 * The bench's server: the snapshot of the drop-in, the bench pages, the server-rendered demo as
 * npm start serves it, compressed (compression first, so it sees every other middleware's answer).
 * `http2`: over HTTPS with the dev server's self-signed certificate, where Chrome asks for brotli.
 */
function startBenchServer(http2) {
  return startDevServer({
    config: { rootDir: root, port: 0, hostname: '127.0.0.1', http2, nodeResolve: false, middleware: [compressResponses, benchMiddleware, serverRenderedDemo(root)] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
}

const started = Date.now();
let server;
/** The demo's server: HTTPS and HTTP/2, where Chrome asks for brotli, as from a CDN. */
let secureServer;
let browser;
const cleanUp = async () => {
  await browser?.close().catch(() => {});
  await server?.stop().catch(() => {});
  await secureServer?.stop().catch(() => {});
};
process.once('SIGINT', () => cleanUp().then(() => process.exit(130)));
process.once('SIGTERM', () => cleanUp().then(() => process.exit(143)));

try {
  snapshotDropIn();

  server = await startBenchServer(false);
  const origin = `http://127.0.0.1:${server.server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    // No --expose-gc: nothing forces a collection; a real page never does.
    args: CHROMIUM_FLAGS,
    // The demo's HTTPS server has a self-signed certificate.
    acceptInsecureCerts: true,
  });

  const machine = {
    cpu: cpuModel(),
    cores: cpus().length,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    chromium: await browser.version(),
    node: process.version,
  };
  section('Machine');
  console.log(`  ${machine.cpu}, ${machine.cores} cores, ${machine.memory} RAM; ${machine.chromium} (headless); Node ${machine.node}`);
  // Other work on the machine skews render times more than anything in the code: say how busy it was.
  console.log(`  load average at start: ${loadAverage()} (1 / 5 / 15 min) on ${machine.cores} cores`);

  if (runs('size')) reportSize();
  if (runs('render')) await measureRender(browser, origin);
  if (runs('cls')) {
    const drivers = [];
    try {
      if (BROWSERS.includes('chromium')) drivers.push(await chromiumDriver(browser));
      if (BROWSERS.includes('firefox')) drivers.push(await firefoxDriver());
      if (BROWSERS.includes('webkit')) drivers.push(await webkitDriver());
      await measureCls(drivers, origin);
    } finally {
      for (const driver of drivers) await driver.close().catch(() => {});
    }
  }
  if (runs('many')) await measureMany(browser, origin);
  if (runs('fresh')) await measureFresh(browser, origin);
  if (runs('demo')) {
    secureServer = await startBenchServer(true);
    await measureDemo(browser, `https://127.0.0.1:${secureServer.server.address().port}`);
  }
  console.log(`\n  load average at end: ${loadAverage()} (1 / 5 / 15 min) on ${machine.cores} cores`);
  console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(0)} s. Medians; these machines are noisy — compare ratios, not absolute times.`);
} catch (error) {
  console.error('\nbench failed:', error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
