/**
 * Routes the test pages fetch to exercise real network behaviour (status codes, slow and
 * oversized responses, request counting). Served by the Web Test Runner dev server itself.
 *
 *   /__test__/status/500          → that status with a short HTML body
 *   /__test__/html                → 200 text/html page (HTML where JSON was expected)
 *   /__test__/big                 → 2 MB JSON body
 *   /__test__/deep                → 100 000 nested arrays
 *   /__test__/delay/300/<path>    → <path> from the project root after 300 ms
 *   /__test__/counted/<key>/<path>→ <path>, counting requests under <key>
 *   /__test__/count/<key>         → {"count": n}
 *   POST /__test__/sequence/<key> → stores a JSON array of {status, body} answers; each GET of
 *                                   the same URL then gets the next one (the last one repeats)
 *   POST /__test__/store/<key>    → stores the request body (bytes, kept as sent) and its content-type;
 *                                   GET of the same URL answers with them, the Content-Type exactly as
 *                                   stored (for documents a test builds, e.g. RSS in ISO-8859-1)
 *   GET  /__test__/stream/<key>?size=N → a JSON article `{"headline": "Streamed", "body": "xxx…"}` of
 *                                   N bytes (k/m suffixes), written in 64 KB chunks as the client reads,
 *                                   chunked (no Content-Length) unless `declare=M` declares M bytes;
 *                                   `stall` stops after N bytes and holds the answer open, `cut`
 *                                   destroys the connection after N bytes
 *   GET  /__test__/streams/<key>  → {"written", "closed", "finished"} for that stream: bytes written,
 *                                   whether the client closed it early, whether it was sent whole
 *   GET  /__test__/redirect/<path> → 302 to /<path>
 *   GET  /__test__/lib/fake-timers.js → @sinonjs/fake-timers bundled as an ES module (its default
 *                                   export is the CommonJS module). The package ships CommonJS only,
 *                                   which the dev server cannot serve to a browser as it is.
 *   GET  /__test__/gate/<key>/<path> → holds the request until POST /__test__/gate/<key> opens the
 *                                   gate (then serves <path>, or the status in ?status=N of the POST);
 *                                   a gate never opened hangs until the client aborts
 *   GET  /__test__/gates/<key>    → {"requests", "aborted", "served", "waiting"} for that gate
 *   GET  /__test__/ssr/<entry>     → a page server-rendered by @lit-labs/ssr with the npm build (the
 *                                   elements of test/ssr/render.mjs, its fixtures; the trending panel
 *                                   also has a `src` counted under `ssr-<entry>`, and a
 *                                   `<related-articles id="later">` has only a `src`), recorded by
 *                                   /test/pages/hydration-recorder.js, then hydrated by <entry>:
 *                                   `drop-in` (the drop-in bundle), `npm` (the npm build, Lit's
 *                                   hydrate support first) or `drop-in-alone` (the drop-in served
 *                                   from /__test__/alone/, where its hydration file is missing)
 *   GET  /__test__/preload/<key>   → a page with `<link rel="preload" as="fetch" crossorigin>` for the
 *                                   seed article (counted under <key>) and a `<news-article>` with that `src`
 *   /__test__/reset               → the connection is destroyed without an answer (network error)
 *   /__test__/truncated           → a 200 JSON answer cut off mid-body (connection destroyed)
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve, normalize } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');
const counts = new Map();
const sequences = new Map();
const stored = new Map();
const gates = new Map();
const streams = new Map();
let fakeTimers;
/**
 * Milliseconds between the last byte of a cut answer (`stream` with `cut`, `truncated`) and the
 * cut: late enough for a busy page to have read what was sent, since a stream that errors discards
 * the chunks it holds unread, and the message counts only the bytes that were read.
 */
const CUT_DELAY = 400;

/** @sinonjs/fake-timers as one ES module; the Node built-ins it tries (inside try/catch) stay out. */
function fakeTimersModule() {
  fakeTimers ??= build({
    entryPoints: [createRequire(import.meta.url).resolve('@sinonjs/fake-timers')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    external: ['timers', 'timers/promises', 'perf_hooks', 'util'],
    write: false,
  }).then(result => result.outputFiles[0].text);
  return fakeTimers;
}

/** `12k` → 12288, `16m` → 16 MiB, `812` → 812. */
function bytes(size) {
  const [, n, unit] = /^(\d+)([km]?)$/i.exec(String(size)) ?? [, '0', ''];
  return Number(n) * (unit ? 1024 ** ('km'.indexOf(unit.toLowerCase()) + 1) : 1);
}

/** How often (bytes) a stream pauses 10 ms. */
const MB_PACE = 1024 * 1024;

/** Writes a JSON article of `size` bytes, honouring backpressure, and records how far it got. */
async function stream(ctx, key) {
  const size = bytes(ctx.query.size);
  const state = { written: 0, closed: false, finished: false };
  streams.set(key, state);
  ctx.respond = false;
  const res = ctx.res;
  const headers = { 'content-type': 'application/json', 'cache-control': 'no-store' };
  if (ctx.query.declare) headers['content-length'] = String(bytes(ctx.query.declare));
  res.writeHead(200, headers);
  res.on('close', () => {
    if (!state.finished) state.closed = true;
  });
  const head = '{"headline": "Streamed", "body": "';
  const tail = '"}';
  const stop = ctx.query.stall !== undefined || ctx.query.cut !== undefined;
  const filler = size - head.length - (stop ? 0 : tail.length);
  const write = chunk =>
    new Promise(resolve => {
      if (res.destroyed) return resolve(false);
      state.written += chunk.length;
      if (res.write(chunk)) return resolve(true);
      const drained = () => (res.off('close', closed), resolve(true));
      const closed = () => (res.off('drain', drained), resolve(false));
      res.once('drain', drained).once('close', closed);
    });
  if (!(await write(head))) return;
  for (let left = filler, sent = 0; left > 0; left -= 65536, sent += 65536) {
    if (!(await write('x'.repeat(Math.min(65536, left))))) return;
    // Paced at 100 MB/s, as no real network is faster: over loopback a browser's network process
    // (WebKit's) takes the whole body at once, before the page could cancel, when its main thread is busy.
    if (sent % MB_PACE === 0) await new Promise(resolve => setTimeout(resolve, 10));
  }
  if (ctx.query.cut !== undefined) {
    setTimeout(() => res.destroy(), CUT_DELAY);
    return;
  }
  if (stop) return; // held open until the client gives up
  await write(tail);
  state.finished = true;
  res.end();
}

/** A gate holds requests until it is opened; it remembers how its requests ended. */
function gate(key) {
  let state = gates.get(key);
  if (!state) {
    let open;
    const opened = new Promise(resolve => (open = resolve));
    state = { requests: 0, aborted: 0, served: 0, waiting: 0, status: 200, opened, open };
    gates.set(key, state);
  }
  return state;
}

async function readBody(ctx) {
  let body = '';
  for await (const chunk of ctx.req) body += chunk;
  return body;
}

async function serveFile(ctx, path) {
  const file = normalize(resolve(root, path.replace(/^\/+/, '')));
  if (!file.startsWith(root)) {
    ctx.status = 403;
    return;
  }
  try {
    ctx.body = await readFile(file);
    ctx.type = file.endsWith('.xml') ? 'application/xml' : 'application/json';
    ctx.set('cache-control', 'no-store');
  } catch {
    ctx.status = 404;
    ctx.body = 'not found';
  }
}

/** A page holding only server-rendered elements and the script that hydrates them. */
async function ssrPage(entry, origin) {
  const [{ render }, { collectResultSync }, { html }, fixtures] = await Promise.all([
    import('@lit-labs/ssr'),
    import('@lit-labs/ssr/lib/render-result.js'),
    import('lit'),
    import('../ssr/fixtures.mjs'),
    // The npm build as Node imports it (its `node` export): elements and the server's parser.
    import('../../dist/server/index.js'),
  ]);
  const { articleJsonLd, feed, itemList, rssText } = fixtures;
  const body = collectResultSync(
    render(html`<main>
      <news-article .data=${articleJsonLd}>
        <source-list></source-list>
        <related-articles .data=${feed}></related-articles>
      </news-article>
      <trending-panel src=${`${origin}/__test__/counted/ssr-${entry}/test/fixtures/elements/trending-mixed.json`} .data=${[feed, itemList, rssText]}></trending-panel>
    </main>
    <footer id="footer">Footer</footer>
    <related-articles id="later" src="/test/fixtures/elements/related.feed.json"></related-articles>`),
  );
  const script = { npm: '/test/pages/hydrate-npm.js', 'drop-in': '/dist/news-elements.min.js', 'drop-in-alone': '/__test__/alone/news-elements.min.js' }[entry];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Server-rendered</title>
<script src="/test/pages/hydration-recorder.js"></script></head>
<body>${body}
<script>recordServerRender()</script>
<script type="module" src="${script}"></script></body></html>`;
}

export function testServerMiddleware() {
  return async function testRoutes(ctx, next) {
    const match = /^\/__test__\/([a-z]+)(?:\/(.*))?$/.exec(ctx.path);
    if (!match) return next();
    const [, route, rest = ''] = match;
    ctx.set('cache-control', 'no-store');
    switch (route) {
      case 'status': {
        ctx.status = Number(rest) || 500;
        ctx.type = 'text/html';
        ctx.body = `<!doctype html><title>${ctx.status}</title><h1>Error ${ctx.status}</h1>`;
        return;
      }
      case 'ssr':
        if (!['drop-in', 'npm', 'drop-in-alone'].includes(rest)) return next();
        ctx.type = 'text/html';
        counts.delete(`ssr-${rest}`);
        ctx.body = await ssrPage(rest, ctx.origin);
        return;
      case 'preload': {
        // A page that starts the data request with the HTML, as the README shows, counted under <key>.
        const data = `/__test__/counted/${rest}/demo/data/seed-article.json`;
        ctx.type = 'text/html';
        ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="preload" href="${data}" as="fetch" crossorigin>
<script type="module" src="/dist/news-elements.min.js"></script></head>
<body><news-article src="${data}"></news-article></body></html>`;
        return;
      }
      case 'alone':
        // The drop-in without the hydration file beside it (which answers 404).
        if (rest !== 'news-elements.min.js') return next();
        ctx.type = 'text/javascript';
        ctx.body = await readFile(resolve(root, 'dist/news-elements.min.js'));
        return;
      case 'html':
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><html><head><title>Home</title></head><body><h1>Welcome</h1></body></html>';
        return;
      case 'big': {
        const filler = 'x'.repeat(1000);
        const paragraphs = Array.from({ length: 2100 }, () => filler);
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ headline: 'Huge', body: paragraphs });
        return;
      }
      case 'deep':
        ctx.type = 'application/json';
        ctx.body = '['.repeat(100000) + ']'.repeat(100000);
        return;
      case 'delay': {
        const [, ms, path] = /^(\d+)\/(.*)$/.exec(rest) ?? [];
        await new Promise(r => setTimeout(r, Number(ms)));
        return serveFile(ctx, path ?? '');
      }
      case 'counted': {
        const [, key, path] = /^([^/]+)\/(.*)$/.exec(rest) ?? [];
        counts.set(key, (counts.get(key) ?? 0) + 1);
        await new Promise(r => setTimeout(r, 50));
        return serveFile(ctx, path ?? '');
      }
      case 'sequence': {
        if (ctx.method === 'POST') {
          sequences.set(rest, JSON.parse(await readBody(ctx)));
          ctx.status = 204;
          return;
        }
        const answers = sequences.get(rest) ?? [{ status: 404 }];
        const answer = answers.length > 1 ? answers.shift() : answers[0];
        ctx.status = answer.status;
        ctx.type = 'application/json';
        ctx.body = answer.body === undefined ? '{"error": true}' : JSON.stringify(answer.body);
        return;
      }
      case 'store': {
        if (ctx.method === 'POST') {
          const chunks = [];
          for await (const chunk of ctx.req) chunks.push(chunk);
          stored.set(rest, { type: ctx.get('content-type') || 'application/json', body: Buffer.concat(chunks) });
          ctx.status = 204;
          return;
        }
        const doc = stored.get(rest);
        if (!doc) {
          ctx.status = 404;
          return;
        }
        ctx.body = doc.body;
        // Set after the body, and as a raw header: Koa would otherwise add a charset of its own.
        ctx.set('content-type', doc.type);
        return;
      }
      case 'stream':
        return stream(ctx, rest);
      case 'streams': {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(streams.get(rest) ?? null);
        return;
      }
      case 'lib':
        if (rest !== 'fake-timers.js') return next();
        ctx.type = 'application/javascript';
        ctx.body = await fakeTimersModule();
        return;
      case 'redirect':
        ctx.redirect(`/${rest.replace(/^\/+/, '')}${ctx.querystring ? `?${ctx.querystring}` : ''}`);
        return;
      case 'gate': {
        const [, key, path = ''] = /^([^/]+)(?:\/(.*))?$/.exec(rest) ?? [];
        const state = gate(key);
        if (ctx.method === 'POST') {
          state.status = Number(ctx.query.status) || 200;
          state.open();
          ctx.status = 204;
          return;
        }
        state.requests++;
        state.waiting++;
        let closed;
        const gone = new Promise(resolve => (closed = resolve));
        ctx.res.on('close', () => {
          if (!ctx.res.writableFinished) closed('aborted');
        });
        const how = await Promise.race([state.opened.then(() => 'opened'), gone]);
        state.waiting--;
        if (how === 'aborted') {
          state.aborted++;
          ctx.respond = false;
          return;
        }
        state.served++;
        if (state.status !== 200) {
          ctx.status = state.status;
          ctx.body = 'gate closed';
          return;
        }
        return serveFile(ctx, path);
      }
      case 'gates': {
        const { requests, aborted, served, waiting } = gate(rest);
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ requests, aborted, served, waiting });
        return;
      }
      case 'reset':
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      case 'truncated':
        ctx.respond = false;
        ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000', 'cache-control': 'no-store' });
        // Ended (FIN) once the part is sent, rather than reset: a reset can discard bytes the browser has not read yet.
        ctx.res.write('{"headline": "Cut off", "body": "This answer never ', () => setTimeout(() => ctx.res.socket?.end(), CUT_DELAY));
        return;
      case 'count':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ count: counts.get(rest) ?? 0 });
        return;
      default:
        return next();
    }
  };
}
