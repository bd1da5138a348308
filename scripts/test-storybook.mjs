#!/usr/bin/env node
/**
 * npm run test:storybook — every story as a test in headless Chromium (vitest browser mode, see
 * vitest.config.ts): renders without console errors, passes its play function, zero axe
 * violations. Generates .cache/storybook/custom-elements.json first (the stories' argTypes come from it).
 * Extra arguments go to vitest, e.g. `npm run test:storybook -- stories/trending-panel.stories.ts`.
 * The last line printed is `N passed, N failed, N skipped`; the exit code is non-zero on failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = name => join(root, 'node_modules', '.bin', name);
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };

const chromium = env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}: install Debian's chromium package or set CHROME_PATH.`);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  return result.status ?? 1;
}

if (run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet', '--outdir', '.cache/storybook']) !== 0) {
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}
const status = run(bin('vitest'), [
  'run',
  '--project',
  'storybook',
  '--reporter=default',
  '--reporter=./.storybook/summary-reporter.mjs',
  ...process.argv.slice(2),
]);
process.exit(status);
