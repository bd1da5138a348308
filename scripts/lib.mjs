/** Helpers shared by the project's scripts: install what is missing, build when stale, find browsers. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');

/** Runs a command in the project root, inheriting output; exits the script when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    if (options.allowFailure) return result.status ?? 1;
    console.error(`\n${command} ${args.join(' ')} failed (${result.error ? result.error.message : `exit ${result.status ?? result.signal}`}).`);
    process.exit(result.status || 1);
  }
  return 0;
}

export function bin(name) {
  return join(root, 'node_modules', '.bin', name);
}

/** `npm ci` when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund'], { env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds when dist/ is missing or older than any source file. */
export function ensureBuilt() {
  const output = join(root, 'dist', 'custom-elements.json');
  const inputs = Math.max(newestMtime(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs);
  if (existsSync(output) && statSync(output).mtimeMs >= inputs) return;
  run(process.execPath, [join(root, 'scripts', 'build.mjs')]);
}

export function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function which(name) {
  const result = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * Finds a program from a list of candidates; as root on Debian, installs `aptPackage` when none
 * is there; otherwise explains what to install and exits.
 */
export function findOrInstall({ what, envVar, candidates, aptPackages }) {
  const fromEnv = envVar && process.env[envVar];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = () => candidates.map(c => (c.startsWith('/') ? (existsSync(c) ? c : undefined) : which(c))).find(Boolean);
  let path = found();
  if (path) return path;
  if (isRoot() && which('apt-get')) {
    console.log(`${what} not found: installing Debian's ${aptPackages.join(' ')}…`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...aptPackages], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    path = found();
    if (path) return path;
  }
  console.error(
    `\n${what} is needed and was not found.\n` +
      `Install it (Debian/Ubuntu: sudo apt-get install ${aptPackages.join(' ')})` +
      (envVar ? `, or set ${envVar} to its executable.` : '.'),
  );
  process.exit(1);
}

/** How every headless Chromium here is started (as root it needs --no-sandbox; the network is closed). */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export function findChromium() {
  return findOrInstall({
    what: 'Chromium',
    envVar: 'CHROME_PATH',
    candidates: ['/usr/bin/chromium', 'chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'],
    aptPackages: ['chromium'],
  });
}
