/**
 * npm run check:frameworks: packs the package as npm would publish it, installs the tarball beside
 * real React 19 (+ @types/react), Vue 3 (+ vue-tsc) and Svelte 5 (+ svelte-check), versions pinned
 * in test/frameworks/package-lock.json, and compiles the apps in test/frameworks/:
 *
 * - each passing file (react/app.tsx, vue/App.vue, svelte/App.svelte, and the README's Frameworks
 *   examples, copied out of README.md) must compile with no error;
 * - each must-fail file must fail exactly where it says: on the lines marked `error` in a .tsx, or
 *   with the number of errors its `expect-errors N` comment names (one per line) in a .vue or
 *   .svelte file. A must-fail file that compiles means the types stopped catching mistakes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ensureBuilt, root, run } from './lib.mjs';

const started = Date.now();
ensureBuilt();
const fixtures = join(root, 'test', 'frameworks');
const scratch = mkdtempSync(join(tmpdir(), 'news-elements-frameworks-'));
let failures = 0;

/** What a run's output says, as `{ file, line, text }` per error. */
function diagnostics(output, framework) {
  const found = [];
  if (framework === 'svelte') {
    // svelte-check --output machine: `1700000000000 ERROR "App.svelte" 6:19 "message"`
    for (const match of output.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ (.*)$/gm)) found.push({ file: basename(match[1]), line: Number(match[2]), text: match[3] });
  } else {
    // tsc and vue-tsc with --pretty false: `react/app.tsx(12,5): error TS2322: message`
    for (const match of output.matchAll(/^(.+?)\((\d+),\d+\): error (.*)$/gm)) found.push({ file: basename(match[1]), line: Number(match[2]), text: match[3] });
  }
  return found;
}

/** The lines a must-fail file expects errors on, or the number of them. */
function expectation(file) {
  const text = readFileSync(file, 'utf8');
  const count = /expect-errors (\d+)/.exec(text);
  if (count) return { count: Number(count[1]) };
  const lines = text.split('\n').flatMap((line, index) => (/(\/\/ error|\{\/\* error \*\/\})\s*$/.test(line) ? [index + 1] : []));
  return { lines };
}

function check(framework, command, args, { pass, mustFail }) {
  const result = spawnSync(command, args, { cwd: join(scratch, framework), encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`;
  const errors = diagnostics(output, framework);
  const problems = [];
  if (errors.length === 0 && result.status !== 0) problems.push(`exited ${result.status} without a diagnostic it could read:\n${output}`);
  for (const file of pass) {
    const own = errors.filter(e => e.file === file);
    if (own.length) problems.push(`${file} should compile, but:\n${own.map(e => `  ${file}:${e.line} ${e.text}`).join('\n')}`);
  }
  for (const file of mustFail) {
    const own = errors.filter(e => e.file === file);
    const lines = [...new Set(own.map(e => e.line))].sort((a, b) => a - b);
    const expected = expectation(join(fixtures, framework, file));
    const ok = expected.lines ? expected.lines.join() === lines.join() : expected.count === lines.length;
    const wanted = expected.lines ? `errors on lines ${expected.lines.join(', ')}` : `${expected.count} errors`;
    if (!ok) problems.push(`${file} should fail with ${wanted}, but got errors on lines [${lines.join(', ')}]:\n${own.map(e => `  ${file}:${e.line} ${e.text}`).join('\n')}`);
    else console.log(`  ${framework}/${file} fails as it should: ${own.map(e => `line ${e.line}: ${e.text.slice(0, 110)}`).join('\n    ')}`);
  }
  const others = errors.filter(e => !pass.includes(e.file) && !mustFail.includes(e.file));
  if (others.length) problems.push(`errors outside the fixtures (the package's own types?):\n${others.map(e => `  ${e.file}:${e.line} ${e.text}`).join('\n')}`);
  if (problems.length) {
    failures++;
    console.error(`✗ ${framework}: ${problems.join('\n')}`);
  } else {
    console.log(`✓ ${framework}: ${pass.join(', ')} compile; ${mustFail.join(', ')} fail where they should`);
  }
}

try {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' }));
  for (const entry of ['package.json', 'package-lock.json', 'react', 'vue', 'svelte']) cpSync(join(fixtures, entry), join(scratch, entry), { recursive: true });
  // The README's own examples must compile too: its Frameworks section's tsx, vue and svelte blocks.
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Frameworks\n'), readme.indexOf('\n## ', readme.indexOf('\n## Frameworks\n') + 1));
  for (const [language, framework, file] of [
    ['tsx', 'react', 'readme.tsx'],
    ['vue', 'vue', 'Readme.vue'],
    ['svelte', 'svelte', 'Readme.svelte'],
  ]) {
    const block = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(section)?.[1];
    if (!block) throw new Error(`README.md's Frameworks section has no \`\`\`${language} example`);
    writeFileSync(join(scratch, framework, file), block);
  }
  const quiet = ['--no-audit', '--no-fund', '--prefer-offline', '--silent'];
  run('npm', ['ci', ...quiet], { cwd: scratch });
  run('npm', ['install', '--no-save', ...quiet, join(scratch, pack.filename)], { cwd: scratch });
  const version = name => JSON.parse(readFileSync(join(scratch, 'node_modules', name, 'package.json'), 'utf8')).version;
  console.log(
    `news-elements ${version('news-elements')} (packed) with react ${version('react')}, @types/react ${version('@types/react')}, ` +
      `vue ${version('vue')}, vue-tsc ${version('vue-tsc')}, svelte ${version('svelte')}, svelte-check ${version('svelte-check')}, typescript ${version('typescript')}`,
  );
  const bin = name => join(scratch, 'node_modules', '.bin', name);

  // One compile per framework, over its passing and must-fail files together.
  writeFileSync(join(scratch, 'react', 'tsconfig.check.json'), JSON.stringify({ extends: './tsconfig.json', files: ['app.tsx', 'readme.tsx', 'wrong-type.tsx', 'misspelt-tag.tsx'] }));
  check('react', bin('tsc'), ['-p', 'tsconfig.check.json', '--pretty', 'false'], { pass: ['app.tsx', 'readme.tsx'], mustFail: ['wrong-type.tsx', 'misspelt-tag.tsx'] });

  writeFileSync(join(scratch, 'vue', 'tsconfig.check.json'), JSON.stringify({ extends: './tsconfig.json', files: ['App.vue', 'Readme.vue', 'WrongType.vue'] }));
  check('vue', bin('vue-tsc'), ['-p', 'tsconfig.check.json', '--pretty', 'false'], { pass: ['App.vue', 'Readme.vue'], mustFail: ['WrongType.vue'] });

  check('svelte', bin('svelte-check'), ['--workspace', '.', '--tsconfig', './tsconfig.json', '--output', 'machine', '--fail-on-warnings'], {
    pass: ['App.svelte', 'Readme.svelte'],
    mustFail: ['WrongType.svelte'],
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`${failures ? '✗' : '✓'} framework types, ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failures ? 1 : 0);
