import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { kib, measureSize } from './scripts/size.mjs';

const tsconfig = 'tsconfig.json';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * The drop-in's budget: its entry file, with Lit inlined, brotli as CDNs serve it. CI fails when a
 * build goes over. The aim is 24 KiB; the file is 24.7 KiB (Lit and @lit/context alone are
 * 5.7 KiB; the real-world formats, encodings, limits and leniency are most of the rest), so the
 * budget holds it at 25 KiB. Lit's hydration support is a file of its own, which the entry loads
 * only on server-rendered pages.
 */
const BUDGET = 25 * 1024;

/** Every module that defines elements, published as a subpath. */
const entries = {
  index: 'src/index.ts',
  // What index.ts re-exports (kept a module of its own, as custom-elements.json names it).
  exports: 'src/exports.ts',
  'news-article/define': 'src/news-article/define.ts',
  'source-list/define': 'src/source-list/define.ts',
  'related-articles/define': 'src/related-articles/define.ts',
  'trending-panel/define': 'src/trending-panel/define.ts',
  // The same in Node (the `node` export condition), with the server's markup parser.
  'server/index': 'src/server/index.ts',
  'server/news-article': 'src/server/news-article.ts',
  'server/source-list': 'src/server/source-list.ts',
  'server/related-articles': 'src/server/related-articles.ts',
  'server/trending-panel': 'src/server/trending-panel.ts',
};

/**
 * Lit's html`` and css`` templates, whitespace collapsed and CSS minified, in both builds alike:
 * hydration matches a server-rendered element to its template by the template's exact strings, so
 * the drop-in hydrates what the npm build rendered on a server. Attribute values that need no
 * quotes lose them (`part=item`), which Lit parses as it parses quoted ones.
 */
const templates = () => minifyTemplateLiterals({ options: { minifyOptions: { removeAttributeQuotes: true } } });

function sizeBudget() {
  return {
    name: 'size-budget',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const { raw, gzip, brotli } = measureSize(file.code);
        if (!file.isEntry) {
          console.log(`drop-in ${file.fileName} (server-rendered pages only): ${kib(raw)} minified, ${kib(gzip)} gzip, ${kib(brotli)} brotli`);
          continue;
        }
        console.log(`drop-in ${file.fileName}: ${kib(raw)} minified, ${kib(gzip)} gzip, ${kib(brotli)} brotli (budget ${kib(BUDGET)} brotli)`);
        if (brotli > BUDGET) this.error(`${file.fileName} is over its size budget`);
      }
    },
  };
}

export default [
  // npm build: one ES module per source module, Lit left to the app's bundler.
  {
    input: entries,
    external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^node:/],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    plugins: [esbuild({ tsconfig, target: 'es2022' }), templates()],
  },
  // Drop-in: one minified file with Lit inlined, for a <script type="module"> tag.
  {
    input: 'src/drop-in.ts',
    // Lit stays in the entry: the hydration file imports it from there rather than from a third file.
    preserveEntrySignatures: 'allow-extension',
    // The entry, and the hydration support it loads from beside it on server-rendered pages only.
    output: {
      dir: 'dist',
      entryFileNames: 'news-elements.min.js',
      chunkFileNames: 'news-elements.hydration.min.js',
      format: 'es',
      // `//# allFunctionsCalledOnLoad` (first, as V8 wants it): Chromium compiles every function of
      // the file on a background thread while it downloads, instead of each on the main thread at its
      // first call; nearly all of them run as the elements define and render. Other engines ignore it.
      banner: `//# allFunctionsCalledOnLoad\n/*! news-elements ${pkg.version} | MIT */`,
    },
    plugins: [
      resolve(),
      esbuild({ tsconfig, target: 'es2022' }),
      templates(),
      terser({ module: true, ecma: 2022, compress: { passes: 3 }, format: { comments: /^!|^# allFunctionsCalledOnLoad$/ } }),
      sizeBudget(),
    ],
  },
];
