/**
 * node bench/html-hostile.mjs: the longest main-thread task while hostile and large HTML is read,
 * in headless Chromium, measured with a PerformanceObserver for 'longtask' (tasks over 50 ms).
 * Each case renders a JSON Feed item whose `content_html` is the HTML in `<news-article>` from the
 * built drop-in; the time of `htmlToBlocks` alone is printed beside it, and the cost of `firstImage`
 * per feed item. These
 * numbers chose the limits in src/data/html-limits.ts. Numbers only; no test asserts them.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { CHROMIUM_FLAGS, ensureBuilt, ensureDependencies, findChromium, root } from '../scripts/lib.mjs';

ensureDependencies();
ensureBuilt();
const { default: puppeteer } = await import('puppeteer-core');
const { build } = await import('esbuild');

// The conversion functions from source, as one module (the built npm modules leave out what no element uses yet).
const { outputFiles } = await build({ entryPoints: [join(root, 'src/data/html-blocks.ts')], bundle: true, format: 'esm', minify: true, write: false });
const conversionModule = outputFiles[0].text;

/** The HTML of each case, built in the page (some are tens of megabytes). */
const CASES = {
  '100k nested <div>': `'<div>'.repeat(100_000) + 'deep text'`,
  '100k nested <b>': `'<b>'.repeat(100_000) + 'deep text'`,
  'a million tags (250k paragraphs, 8 MB)': `'<p>Lorem <b>ipsum</b> dolor</p>'.repeat(250_000)`,
  'a million void tags (<br>, 4 MB)': `'<br>'.repeat(1_000_000)`,
  'just under the limits: 512 nested <div>': `'<div>'.repeat(512) + 'deep text'`,
  'just under the limits: 19,996 tags': `'<p>Lorem <b>ipsum</b> dolor</p>'.repeat(4_999)`,
  'just under the limits: 19,999 unclosed <p> (a block per tag)': `'<p>x'.repeat(19_999)`,
  'a 2 MB article with 6,000 tags': `Array.from({ length: 1000 }, (_, i) => '<p>' + 'Words of a long article, paragraph ' + i + ', ' + 'more words '.repeat(180) + '<a href="/x">link</a> <em>emphasis</em></p>').join('')`,
  'a long WordPress post (10k tags)': `Array.from({ length: 1250 }, (_, i) => '<h2>Part ' + i + '</h2><p>Text <strong>bold</strong> <a href="/a">a</a></p><figure><img src="/i.jpg" width="800" height="600"><figcaption>Cap</figcaption></figure>').join('')`,
};

const types = { '.js': 'text/javascript', '.html': 'text/html' };
const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  if (path === '/html-blocks.js') {
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(conversionModule);
    return;
  }
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
let firstImageTime;
try {
  for (const [name, expression] of Object.entries(CASES)) {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.addScriptTag({ url: '/dist/news-elements.min.js', type: 'module' });
    await page.waitForFunction(() => customElements.get('news-article'));
    const result = await page.evaluate(
      async (expression) => {
        const html = (0, eval)(expression);
        const { htmlToBlocks } = await import('/html-blocks.js');
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
  // firstImage runs once per feed item: 100 WordPress-like items of about 20 KB each.
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  firstImageTime = await page.evaluate(async () => {
    const { firstImage, htmlToBlocks } = await import('/html-blocks.js');
    const item = (i) => `<p><img class="wp-smiley" src="https://s.w.org/images/core/emoji/15/72x72/1f642.png" alt="🙂"></p>` +
      `<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-lazy-src="/uploads/${i}.jpg" width="1024" height="683"></figure>` +
      `<p>${'Text of the post with <a href="/x">links</a> and <em>emphasis</em>. '.repeat(250)}</p>` +
      `<img src="http://feeds.feedburner.com/~r/Example/~4/${i}" height="1" width="1">`;
    const items = Array.from({ length: 100 }, (_, i) => item(i));
    const time = (read) => { const started = performance.now(); for (const html of items) read(html); return performance.now() - started; };
    time(firstImage);
    return { firstImage: time(html => firstImage(html, 'https://example.org/')), blocks: time(html => htmlToBlocks(html, 'https://example.org/').find(block => block.type === 'image')), size: items[0].length };
  });
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
console.log(`\nfirstImage on 100 feed items of ${(firstImageTime.size / 1000).toFixed(0)} KB: ${ms(firstImageTime.firstImage)} (converting them to blocks instead: ${ms(firstImageTime.blocks)})`);
