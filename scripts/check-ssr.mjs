/**
 * npm run check:ssr: packs the package as npm would publish it, installs the tarball beside
 * @lit-labs/ssr (test/ssr/package-lock.json), runs the README's server-rendering snippet
 * (test/ssr/render.mjs) in plain Node, and checks what a reader with JavaScript off would get from
 * its HTML: each element's declarative shadow root with the whole content.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, root, run } from './lib.mjs';

const started = Date.now();
ensureBuilt();
const scratch = mkdtempSync(join(tmpdir(), 'news-elements-ssr-'));
const problems = [];
const passed = [];

/** One check: `ok` true, or a problem named by `what`. */
function expect(what, ok, detail = '') {
  if (ok) passed.push(what);
  else problems.push(`${what}${detail ? `: ${detail}` : ''}`);
}

try {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' }));
  for (const entry of ['package.json', 'package-lock.json', 'fixtures.mjs', 'render.mjs']) cpSync(join(root, 'test', 'ssr', entry), join(scratch, entry));
  const quiet = ['--no-audit', '--no-fund', '--prefer-offline', '--silent'];
  run('npm', ['ci', ...quiet], { cwd: scratch });
  run('npm', ['install', '--no-save', ...quiet, join(scratch, pack.filename)], { cwd: scratch });

  const began = Date.now();
  const html = execFileSync(process.execPath, ['render.mjs'], { cwd: scratch, encoding: 'utf8' });
  console.log(`rendered ${html.length} characters of HTML in ${Date.now() - began} ms (Node ${process.version}, process start and jsdom's load included)`);
  const fixtures = await import(join(scratch, 'fixtures.mjs'));

  // Read the HTML as a browser without JavaScript would: each element's first <template shadowrootmode>.
  const { JSDOM } = createRequire(join(scratch, 'package.json'))('jsdom');
  const { document } = new JSDOM(html).window;
  const shadow = element => element?.querySelector(':scope > template[shadowrootmode="open"]')?.content;
  const texts = (root, selector) => [...(root?.querySelectorAll(selector) ?? [])].map(el => el.textContent.replace(/\s+/g, ' ').trim());
  const same = (actual, expected) => JSON.stringify(actual) === JSON.stringify(expected);
  const show = value => JSON.stringify(value);

  const article = document.querySelector('news-article');
  const articleRoot = shadow(article);
  const headline = texts(articleRoot, 'h1');
  expect('headline', same(headline, [fixtures.articleJsonLd.headline]), show(headline));
  const authors = texts(articleRoot, '[part="author"]');
  expect('authors', same(authors, ['Ada Quinn', 'Ben Ortiz']), show(authors));
  const paragraphs = texts(articleRoot, '[part="body"] > p');
  expect('body paragraphs', paragraphs.length === 3 && paragraphs[0] === 'The first cars crossed at 5:40 a.m.', show(paragraphs));
  const dates = texts(articleRoot, 'time');
  expect('date, in the server zone named', dates.length === 1 && /December 2, 2026/.test(dates[0]) && article.getAttribute('time-zone'), show(dates));

  const sourceList = article.querySelector(':scope > source-list');
  expect('the nested source list takes the sources slot', sourceList?.getAttribute('slot') === 'sources', sourceList?.outerHTML.slice(0, 80));
  const sources = texts(shadow(sourceList), '[part="source-link"]');
  expect('the nested source list lists the sources', same(sources, ['Bridge inspection report', 'Traffic forecast 2027']), show(sources));
  const fallback = articleRoot?.querySelector('slot[name="sources"]');
  expect("the article's own sources only as that slot's fallback", fallback && !articleRoot.querySelector('[part="sources"]:not(slot[name="sources"] *)'));

  const related = shadow(article.querySelector(':scope > related-articles'));
  const cards = [...(related?.querySelectorAll('[part="card"] a') ?? [])].map(a => a.getAttribute('href'));
  expect('four related cards', cards.length === 4, show(cards));
  expect('the article itself left out of the related cards', !cards.includes(fixtures.ARTICLE_URL), show(cards));

  const trending = shadow(document.querySelector('trending-panel'));
  const tabs = texts(trending, '[role="tab"]');
  expect('three tabs', same(tabs, ['Latest', 'Most read', 'Weekly wrap']), show(tabs));
  const panels = [...(trending?.querySelectorAll('[role="tabpanel"]') ?? [])];
  const firstItems = texts(panels[0], '[part="link"]');
  expect("the first tab's panel shown with the first list's items", !panels[0]?.hidden && panels.slice(1).every(panel => panel.hidden) && firstItems.length === 5 && firstItems[0] === fixtures.articleJsonLd.headline, show(firstItems));
  expect('the RSS text read on the server', same(texts(panels[2], '[part="link"]'), ['Week in review: bridges & buses', 'Letters: the ferry debate']), show(texts(panels[2], '[part="link"]')));

  const feedRoot = shadow(document.querySelector('#feed-article'));
  expect('content_html heading', same(texts(feedRoot, '[part="body"] h2'), ['What changes']), show(texts(feedRoot, '[part="body"] h2')));
  expect('content_html quote', same(texts(feedRoot, 'blockquote'), ['We listened to riders.']), show(texts(feedRoot, 'blockquote')));
  expect('content_html list', same(texts(feedRoot, '[part="list"] li'), ['Earlier first sailing', 'Later last sailing']), show(texts(feedRoot, '[part="list"] li')));
  expect('content_html emphasis kept, script dropped', feedRoot?.querySelector('em')?.textContent === 'ten' && !/alert/.test(feedRoot?.textContent ?? ''));

  const later = document.querySelector('#later');
  expect('an element with only src renders its skeleton', !!shadow(later)?.querySelector('[part="skeleton"]') && later.getAttribute('aria-busy') === 'true');
  expect('elements carry their model for hydration', ['news-article', 'related-articles', 'trending-panel'].every(tag => JSON.parse(document.querySelector(tag).getAttribute('ssr-data') ?? 'null')));
  expect('no error shown', !/role="alert"/.test(html));
  // content_html holds a <script>; the data never becomes markup, in the shadow roots or in ssr-data.
  expect('no <script> from the data anywhere in the HTML', !/<script/i.test(html));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
for (const what of passed) console.log(`  ✓ ${what}`);
for (const problem of problems) console.error(`  ✗ ${problem}`);
console.log(`${problems.length ? '✗' : '✓'} server rendering: ${passed.length} of ${passed.length + problems.length} checks, ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(problems.length ? 1 : 0);
