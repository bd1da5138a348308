/**
 * npm test: installs what is missing, builds when stale, finds (or, as root on Debian, installs)
 * the browsers, and runs the whole suite with Web Test Runner. The last line printed is
 * `N passed, N failed, N skipped`.
 *
 *   npm test                         Chromium
 *   npm test -- --browsers all       Chromium, Firefox ESR and WebKit
 *   npm test -- --browsers firefox   any comma list of chromium, firefox, webkit
 *   npm test -- --files 'test/data/**'   a subset of the test files
 */
import { parseArgs } from 'node:util';
import { bin, ensureBuilt, ensureDependencies, findChromium, run } from './lib.mjs';

const { values } = parseArgs({
  options: { browsers: { type: 'string' }, files: { type: 'string' } },
  allowPositionals: true,
});
const browsers = values.browsers ?? process.env.NEWS_BROWSERS ?? 'chromium';
const wanted = browsers === 'all' ? ['chromium', 'firefox', 'webkit'] : browsers.split(',');

ensureDependencies();
ensureBuilt();

const env = { ...process.env, NEWS_BROWSERS: wanted.join(',') };
if (wanted.includes('chromium')) env.CHROME_PATH = findChromium();
const { prepareBrowsers } = await import('./browsers.mjs');
const stop = await prepareBrowsers(wanted, env);

const args = ['--config', 'web-test-runner.config.mjs'];
if (values.files) args.push('--files', values.files);
const status = run(bin('web-test-runner'), args, { env, allowFailure: true });
await stop();
process.exit(status);
