/**
 * Framework types and editor data, generated from dist/custom-elements.json by the
 * custom-elements-manifest integrations (run by `npm run build` after `cem analyze`):
 *
 * - dist/react.d.ts  `news-elements/react`: React 19 JSX.IntrinsicElements (@wc-toolkit/jsx-types)
 * - dist/vue.d.ts    `news-elements/vue`: Vue GlobalComponents (custom-element-vuejs-integration)
 * - dist/svelte.d.ts `news-elements/svelte`: svelte/elements (custom-element-svelte-integration)
 * - dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json (custom-element-vs-code-integration)
 * - dist/web-types.json (custom-element-jet-brains-integration)
 *
 * The generated declarations import the element classes and event classes from the package's
 * own declarations (`./index.js`), so a property or event detail typed in `src/` is typed the same
 * way in every framework, with no copy to keep in step.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { root } from './lib.mjs';

const dist = join(root, 'dist');
const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
const quiet = { hideLogs: true };

/**
 * What a template can set: the manifest without read-only getters (`article`, `list`, …) and
 * static members (`define`, `version`). The JSX generator leaves those out by itself; the Vue and
 * Svelte ones would offer them as props.
 */
const settable = structuredClone(manifest);
for (const module of settable.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.members) declaration.members = declaration.members.filter(member => !member.readonly && !member.static);
  }
}

/** The event classes named by `@fires {Type}`, which the generated files must import. */
const eventTypes = [
  ...new Set(manifest.modules.flatMap(m => (m.declarations ?? []).flatMap(d => (d.events ?? []).map(e => e.type?.text).filter(Boolean)))),
];
if (eventTypes.length === 0) throw new Error('generate-types: no typed events in custom-elements.json (use `@fires {NewsLoadEvent} news-load`)');

/**
 * Each generator writes one file; `edit` then adjusts what it cannot be told to emit. Every
 * replacement must match, so a generator update that changes its output fails the build here
 * rather than shipping types that silently degrade.
 */
function edit(file, replacements) {
  const path = join(dist, file);
  let text = readFileSync(path, 'utf8');
  for (const [pattern, replacement] of replacements) {
    const next = text.replace(pattern, replacement);
    if (next === text) throw new Error(`generate-types: ${file}: ${pattern} matched nothing; has the generator's output changed?`);
    text = next;
  }
  writeFileSync(path, text);
}

/** The names a module of the manifest exports, those of its `export *` modules included. */
const exportedNames = path =>
  (manifest.modules.find(m => m.path === path)?.exports ?? []).flatMap(e => (e.name === '*' ? exportedNames(e.declaration.module) : [e.name]));

/** What the package's main entry exports, the only names the generated files may import. */
const indexExports = new Set(exportedNames('dist/index.js'));

/**
 * The generators' `import type { … } from "./index.js"`, with each name once, the event classes
 * added, and internal declarations (which the JSX generator imports whether used or not) left out.
 */
const importFromIndex = /import type \{([^}]*)\} from "\.\/index\.js";/;
function importOnce(_match, names) {
  const all = new Set([...names.split(',').map(name => name.trim()).filter(Boolean), ...eventTypes].filter(name => indexExports.has(name)));
  return `import type { ${[...all].join(', ')} } from "./index.js";`;
}

// React 19: `onnews-load` and friends typed with the library's event classes.
generateJsxTypes(manifest, {
  ...quiet,
  outdir: dist,
  fileName: 'react.d.ts',
  globalTypePath: './index.js',
  stronglyTypedEvents: true,
});

generateVuejsTypes(settable, {
  ...quiet,
  outdir: dist,
  fileName: 'vue.d.ts',
  globalTypePath: './index.js',
});

generateSvelteTypes(settable, {
  ...quiet,
  outdir: dist,
  fileName: 'svelte.d.ts',
  globalTypePath: './index.js',
});

generateVsCodeCustomElementData(manifest, {
  ...quiet,
  outdir: dist,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
});

generateJetBrainsWebTypes(manifest, {
  ...quiet,
  outdir: dist,
  webTypesFileName: 'web-types.json',
  // package.json names web-types.json by hand; the generator must not rewrite it.
  packageJson: false,
});

// React: the event classes imported; only React's JSX namespaces augmented (the generator also
// augments preact, qwik, stencil, hono, solid-js and react-native, which a React app may not have
// installed, and the global JSX namespace, which would leak these types into other frameworks).
edit('react.d.ts', [
  [importFromIndex, importOnce],
  [/\ndeclare module "(preact|@builder\.io\/qwik|@stencil\/core|hono\/jsx|react-native|solid-js)" \{[\s\S]*?\n\}\n/g, '\n'],
  [/\ndeclare global \{[\s\S]*?\n\}\n?$/, '\n'],
]);

// Vue: the event object is the library's event class itself (the generator wraps it in
// CustomEvent<…>, which would make `detail` the event). vue-tsc camelizes what a template writes
// (`:heading-level` → `headingLevel`, `@news-load` → `onNewsLoad`) before it looks a prop up, so
// the keys are camelCase. `GlobalComponents` only, no global JSX.
const camel = text => text.replace(/-([a-z])/g, (_m, letter) => letter.toUpperCase());
edit('vue.d.ts', [
  [importFromIndex, importOnce],
  [/CustomEvent<(News\w+Event)>/g, '$1'],
  [/"on([a-z][a-z-]*)"\?:/g, (_m, event) => `${camel(`on-${event}`)}?:`],
  [/"([a-z]+(?:-[a-z]+)+)"\?:/g, (_m, attribute) => `${camel(attribute)}?:`],
  [/\ndeclare global \{[\s\S]*?\n\}\n?$/, '\n'],
]);

// Svelte 5: the generator writes Svelte 4 types (`on:news-load`, `bind:data`, the `svelteHTML`
// namespace, JSX-flavoured base props). Svelte 5 sets a custom element's properties from plain
// attributes, listens with `onnews-load`, and types elements through `svelte/elements`.
edit('svelte.d.ts', [
  [importFromIndex, (match, names) => `import type { HTMLAttributes } from "svelte/elements";\n${importOnce(match, names)}`],
  [/CustomEvent<(News\w+Event)>/g, '$1'],
  [/"on:([a-z-]+)"/g, '"on$1"'],
  [/"bind:([A-Za-z]+)"/g, '$1'],
  [/\ntype BaseProps = \{[\s\S]*?\n\};\n/, '\n'],
  [/\ntype BaseEvents = \{\};\n/, '\n'],
  [/Partial<(\w+)Props & BaseProps & BaseEvents>/g, (_m, name) => `Partial<${name}Props> & HTMLAttributes<${name}>`],
  [/\ndeclare namespace svelteHTML \{[\s\S]*?\n\}\n?$/, '\ndeclare module "svelte/elements" {\n  interface SvelteHTMLElements extends CustomElements {}\n}\n'],
]);

// Each subpath also resolves at run time, to an empty module, so `import 'news-elements/react'`
// works in a bundler as well as `import type {} from 'news-elements/react'`.
for (const framework of ['react', 'vue', 'svelte']) {
  const file = join(dist, `${framework}.d.ts`);
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n`);
  writeFileSync(join(dist, `${framework}.js`), `// Types only: see ${framework}.d.ts.\nexport {};\n`);
}
