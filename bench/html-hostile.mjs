/**
 * node bench/html-hostile.mjs: the longest main-thread task while hostile and large HTML is read,
 * in headless Chromium, measured with a PerformanceObserver for 'longtask' (tasks over 50 ms).
 * Each case renders a JSON Feed item whose `content_html` is the HTML in `<news-article>` from the
 * built drop-in; the time of `htmlToBlocks` alone (the built module) is printed beside it. These
 * numbers chose the limits in src/data/html-limits.ts. Numbers only; no test asserts them.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { CHROMIUM_FLAGS, ensureBuilt, ensureDependencies, findChromium, root } from '../scripts/lib.mjs';

ensureDependencies();
ensureBuilt();
const { default: puppeteer } = await import('puppeteer-core');

/** The HTML of each case, built in the page (some are tens of megabytes). */
const CASES = {
  '100k nested <div>': `'<div>'.repeat(100_000) + 'deep text'`,
  '100k nested <b>': `'<b>'.repeat(100_000) + 'deep text'`,
  'a million tags (250k paragraphs, 8 MB)': `'<p>Lorem <b>ipsum</b> dolor</p>'.repeat(250_000)`,
  'a million void tags (<br>, 4 MB)': `'<br>'.repeat(1_000_000)`,
  'just under the limits: 512 nested <div>': `'<div>'.repeat(512) + 'deep text'`,
  'just under the limits: 49,996 tags': `'<p>Lorem <b>ipsum</b> dolor</p>'.repeat(12_499)`,
  'a 2 MB article with 6,000 tags': `Array.from({ length: 1000 }, (_, i) => '<p>' + 'Words of a long article, paragraph ' + i + ', ' + 'more words '.repeat(180) + '<a href="/x">link</a> <em>emphasis</em></p>').join('')`,
  'a long WordPress post (10k tags)': `Array.from({ length: 1250 }, (_, i) => '<h2>Part ' + i + '</h2><p>Text <strong>bold</strong> <a href="/a">a</a></p><figure><img src="/i.jpg" width="800" height="600"><figcaption>Cap</figcaption></figure>').join('')`,
};

const types = { '.js': 'text/javascript', '.html': 'text/html' };
const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  if (path === '/') {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><body></body>');
    return;
  }
  try {
    const body = await readFile(join(root, path));
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
const rows = [];
try {
  for (const [name, expression] of Object.entries(CASES)) {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.addScriptTag({ url: '/dist/news-elements.min.js', type: 'module' });
    await page.waitForFunction(() => customElements.get('news-article'));
    const result = await page.evaluate(
      async (expression) => {
        const html = (0, eval)(expression);
        const { htmlToBlocks } = await import('/dist/data/html-blocks.js');
        const tasks = [];
        const observer = new PerformanceObserver(list => tasks.push(...list.getEntries().map(entry => entry.duration)));
        observer.observe({ type: 'longtask' });
        const idle = () => new Promise(resolve => setTimeout(resolve, 100));
        await idle();
        const started = performance.now();
        const blocks = htmlToBlocks(html, 'https://example.org/');
        const convert = performance.now() - started;
        await idle();
        const element = document.createElement('news-article');
        const loaded = new Promise(resolve => element.addEventListener('news-load', resolve, { once: true }));
        const renderStarted = performance.now();
        element.data = { id: 'x', title: 'Hostile', content_html: html };
        document.body.append(element);
        await loaded;
        await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const rendered = performance.now() - renderStarted;
        await idle();
        observer.disconnect();
        return { length: html.length, blocks: blocks.length, convert, rendered, longest: Math.max(0, ...tasks), tasks: tasks.length };
      },
      expression,
    );
    rows.push({ name, ...result });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const ms = value => `${Math.round(value)} ms`;
console.log('| case | HTML | blocks | htmlToBlocks | <news-article> to painted | longest task |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) {
  const longest = row.tasks ? ms(row.longest) : 'none over 50 ms';
  console.log(`| ${row.name} | ${(row.length / 1e6).toFixed(2)} MB | ${row.blocks} | ${ms(row.convert)} | ${ms(row.rendered)} | ${longest} |`);
}
