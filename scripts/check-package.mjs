/**
 * npm run check:package: packs the package as npm would publish it, checks that the tarball holds
 * what the npm and drop-in uses need (and nothing else), that custom-elements.json names only
 * shipped files, types every event and defines the four tags, then installs it into a scratch strict
 * TypeScript app and compiles that app against the typed tags, classes, properties and events.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, ensureBuilt, root, run } from './lib.mjs';

ensureBuilt();
const scratch = mkdtempSync(join(tmpdir(), 'news-elements-pack-'));
let failed = false;
const fail = message => {
  console.error(`✗ ${message}`);
  failed = true;
};

try {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' }));
  const files = pack.files.map(f => f.path);
  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'dist/index.js',
    'dist/index.d.ts',
    ...['news-article', 'source-list', 'related-articles', 'trending-panel'].flatMap(tag => [`dist/${tag}/define.js`, `dist/${tag}/define.d.ts`, `dist/${tag}/${tag}.js`]),
    'dist/news-elements.min.js',
    'dist/news-elements.css',
    'dist/custom-elements.json',
    ...['react', 'vue', 'svelte'].flatMap(framework => [`dist/${framework}.d.ts`, `dist/${framework}.js`]),
    'dist/vscode.html-custom-data.json',
    'dist/vscode.css-custom-data.json',
    'dist/web-types.json',
    'schema/article.schema.json',
    'schema/list.schema.json',
  ];
  for (const file of required) if (!files.includes(file)) fail(`the tarball lacks ${file}`);
  const allowed = /^(package\.json|README\.md|LICENSE|dist\/.+\.(js|d\.ts|json|css)|schema\/.+\.json)$/;
  for (const file of files) if (!allowed.test(file)) fail(`the tarball should not hold ${file}`);
  console.log(`✓ ${pack.filename}: ${files.length} files, ${(pack.size / 1024).toFixed(1)} KiB packed`);

  // V8 reads the drop-in's compile hint (see rollup.config.mjs) only as a file's first line.
  for (const file of ['dist/news-elements.min.js', 'dist/news-elements.hydration.min.js']) {
    if (!readFileSync(join(root, file), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n/*! news-elements ')) {
      fail(`${file} does not start with its compile hint and licence banner`);
    }
  }

  // custom-elements.json describes the tarball: every path in it is a shipped file, every event
  // has a type, each tag has a real definition, and the editor data package.json names is there.
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(root, pkg.customElements), 'utf8'));
  const references = manifest.modules.flatMap(module => [
    module.path,
    ...(module.exports ?? []).map(entry => entry.declaration?.module),
    ...(module.declarations ?? []).flatMap(declaration => [
      declaration.superclass?.module,
      ...[...(declaration.members ?? []), ...(declaration.attributes ?? []), ...(declaration.events ?? [])].map(item => item.inheritedFrom?.module),
    ]),
  ]);
  const missing = [...new Set(references.filter(path => path && !files.includes(path)))];
  for (const path of missing) fail(`custom-elements.json names ${path}, which the tarball lacks`);
  const elements = manifest.modules.flatMap(module => (module.declarations ?? []).filter(declaration => declaration.customElement && declaration.tagName));
  for (const element of elements) {
    for (const event of element.events ?? []) if (!event.type?.text) fail(`custom-elements.json: <${element.tagName}> ${event.name} has no type`);
    for (const member of element.members ?? []) if (member.name.startsWith('#') || member.privacy === 'private') fail(`custom-elements.json lists ${element.name}.${member.name}`);
  }
  const definitions = manifest.modules.flatMap(module => (module.exports ?? []).filter(entry => entry.kind === 'custom-element-definition'));
  const tags = ['news-article', 'source-list', 'related-articles', 'trending-panel'];
  if (definitions.map(d => d.name).sort().join() !== [...tags].sort().join()) fail(`custom-elements.json defines [${definitions.map(d => d.name).join(', ')}], not the four tags`);
  for (const file of [pkg.customElements, pkg['web-types']]) if (!files.includes(file)) fail(`package.json names ${file}, which the tarball lacks`);
  if (run(process.execPath, [join(root, 'scripts', 'api-docs.mjs'), '--check'], { allowFailure: true }) !== 0) fail('README.md API tables disagree with custom-elements.json');
  const eventCount = elements.reduce((sum, element) => sum + (element.events ?? []).length, 0);
  if (!failed) console.log(`✓ custom-elements.json: ${manifest.modules.length} modules and ${eventCount} typed events, every path shipped, ${definitions.length} definitions`);

  const app = join(scratch, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--silent', join(scratch, pack.filename)], { cwd: app });
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], skipLibCheck: false, types: [] },
      files: ['app.ts'],
    }),
  );
  writeFileSync(
    join(app, 'app.ts'),
    `import { NewsArticle, RelatedArticles, TrendingPanel, SourceList, type Article, type Card, type NewsLoadEvent } from 'news-elements';
import 'news-elements/news-article';
import 'news-elements/source-list';
import 'news-elements/related-articles';
import 'news-elements/trending-panel';

const created = document.createElement('news-article');
const typed: NewsArticle = created;
typed.src = 'https://example.com/article.json';
typed.data = { headline: 'From data' };
typed.theme = 'dark';
typed.labels = { sources: 'Quellen' };
typed.reload();
const found: NewsArticle | null = document.querySelector('news-article');
found?.addEventListener('news-load', (event: NewsLoadEvent) => {
  const article = event.detail.data as Article;
  const headline: string = article.headline;
  console.log(headline, event.detail.src);
});
document.addEventListener('news-error', event => console.warn(event.detail.message));
// @ts-expect-error src is a string
typed.src = 42;
// @ts-expect-error theme is light or dark
typed.theme = 'blue';
console.log(NewsArticle.version, customElements.get('news-article') === NewsArticle);

const related: RelatedArticles = document.createElement('related-articles');
related.layout = 'compact';
related.limit = 3;
related.data = [{ title: 'A', url: 'https://example.com/a' }];
// @ts-expect-error layout is grid, list or compact
related.layout = 'carousel';
const trending: TrendingPanel = document.createElement('trending-panel');
trending.refresh = 60;
trending.selected = 1;
const sources: SourceList = document.createElement('source-list');
sources.headingLevel = 3;
trending.addEventListener('news-navigate', event => {
  const card = event.detail.item as Card;
  if (card.url?.startsWith('https://example.com/')) event.preventDefault();
  console.log(event.detail.list?.title, sources, related);
});
`,
  );
  const status = run(bin('tsc'), ['-p', join(app, 'tsconfig.json')], { allowFailure: true });
  if (status !== 0) fail('a strict TypeScript app does not compile against the packed types');
  else console.log('✓ a strict TypeScript app compiles against the packed package');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
