/**
 * What the other browsers need before Web Test Runner can drive them. Chromium needs nothing.
 *
 *   firefox  Debian's Firefox ESR, driven by Puppeteer over WebDriver BiDi. Its path goes to the
 *            test run as FIREFOX_PATH.
 *   webkit   WebKitGTK's MiniBrowser, driven through WebKitWebDriver. MiniBrowser has no headless
 *            mode, so it gets a private Xvfb display. The driver's port goes to the test run as
 *            WEBKIT_WEBDRIVER_PORT, the display as DISPLAY, MiniBrowser's path as WEBKIT_BROWSER_PATH.
 *
 * As root on Debian, whatever is missing is installed with apt; otherwise the error says what to
 * install. `prepareBrowsers(wanted, env)` mutates `env` (the environment the test run gets) and
 * returns an async `stop()` that ends the processes it started (also done on exit and signals).
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { findOrInstall } from './lib.mjs';

const STARTUP_TIMEOUT_MS = 20_000;

export function findFirefox() {
  return findOrInstall({
    what: 'Firefox ESR',
    envVar: 'FIREFOX_PATH',
    candidates: ['/usr/bin/firefox-esr', 'firefox-esr', '/usr/bin/firefox', 'firefox'],
    aptPackages: ['firefox-esr'],
  });
}

/** WebKitGTK's MiniBrowser lives in a versioned library folder, not on PATH. */
function miniBrowserCandidates() {
  const found = [];
  for (const base of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib', '/usr/libexec', '/usr/lib64']) {
    let entries = [];
    try {
      entries = readdirSync(base);
    } catch {
      continue;
    }
    // Newest API first: webkitgtk-6.0, webkit2gtk-4.1, webkit2gtk-4.0.
    for (const dir of entries.filter(e => /^webkit(2)?gtk-\d/.test(e)).sort().reverse()) {
      const path = join(base, dir, 'MiniBrowser');
      if (existsSync(path)) found.push(path);
    }
  }
  return found;
}

export function findWebKit() {
  const driver = findOrInstall({
    what: 'WebKitWebDriver (WebKitGTK)',
    envVar: 'WEBKIT_WEBDRIVER_PATH',
    candidates: ['/usr/bin/WebKitWebDriver', 'WebKitWebDriver'],
    aptPackages: ['webkit2gtk-driver'],
  });
  // MiniBrowser ships in libwebkit2gtk-4.1-0, which webkit2gtk-driver depends on, so it is
  // listed only after the driver is there.
  const multiarch = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch] ?? 'x86_64-linux-gnu';
  const browser = findOrInstall({
    what: "WebKitGTK's MiniBrowser",
    envVar: 'WEBKIT_BROWSER_PATH',
    candidates: [...miniBrowserCandidates(), `/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`],
    aptPackages: ['libwebkit2gtk-4.1-0'],
  });
  const xvfb = findOrInstall({
    what: 'Xvfb (MiniBrowser has no headless mode)',
    envVar: 'XVFB_PATH',
    candidates: ['/usr/bin/Xvfb', 'Xvfb'],
    aptPackages: ['xvfb'],
  });
  return { driver, browser, xvfb };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port) {
  return new Promise(resolve => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = ok => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.setTimeout(1000, () => done(false));
  });
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
/** A deadline for a race, which does not keep the process alive once the race is won. */
const deadline = ms => new Promise(resolve => setTimeout(resolve, ms).unref());

/**
 * Children write to log files, not pipes: while Web Test Runner runs, the parent script waits in
 * spawnSync and could not drain a pipe, and a full pipe would freeze the driver or MiniBrowser.
 */
function logFile(dir, name) {
  const path = join(dir, `${name}.log`);
  const fd = openSync(path, 'w');
  const tail = () => {
    try {
      return readFileSync(path, 'utf8').slice(-4000).trim();
    } catch {
      return '';
    }
  };
  return { fd, path, tail };
}

/** Resolves when `child` exits, with a description of how. */
function exited(child) {
  return new Promise(resolve => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(`exit ${child.exitCode ?? child.signalCode}`);
    child.once('exit', (code, signal) => resolve(`exit ${code ?? signal}`));
    child.once('error', error => resolve(error.message));
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd), and returns `:N`. */
async function startXvfb(xvfb, logDir, track) {
  const log = logFile(logDir, 'xvfb');
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', log.fd, log.fd, 'pipe'],
    detached: true,
  });
  closeSync(log.fd);
  track(child, 'Xvfb');
  const output = log.tail;
  let displayText = '';
  const display = await Promise.race([
    new Promise(resolve => {
      child.stdio[3].on('data', chunk => {
        displayText += chunk;
        if (displayText.includes('\n')) resolve(`:${displayText.trim()}`);
      });
    }),
    exited(child).then(how => {
      throw new Error(`Xvfb stopped before it was ready (${how}).\n${output()}`);
    }),
    deadline(STARTUP_TIMEOUT_MS).then(() => {
      throw new Error(`Xvfb did not report a display within ${STARTUP_TIMEOUT_MS / 1000} s.\n${output()}`);
    }),
  ]);
  child.stdio[3].destroy();
  return display;
}

/** Starts WebKitWebDriver on a free local port and waits until it accepts connections. */
async function startWebKitDriver(driver, env, logDir, track) {
  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const log = logFile(logDir, `webkitwebdriver-${attempt}`);
    const child = spawn(driver, [`--port=${port}`, '--host=local'], {
      stdio: ['ignore', log.fd, log.fd],
      env,
      detached: true,
    });
    closeSync(log.fd);
    track(child, 'WebKitWebDriver');
    const output = log.tail;
    let stoppedHow;
    exited(child).then(how => (stoppedHow = how));
    const giveUpAt = Date.now() + STARTUP_TIMEOUT_MS;
    while (stoppedHow === undefined && Date.now() < giveUpAt) {
      if (await canConnect(port)) return { port, child };
      await sleep(100);
    }
    lastError = stoppedHow
      ? `WebKitWebDriver on port ${port} stopped before it was ready (${stoppedHow}).\n${output()}`
      : `WebKitWebDriver did not accept connections on port ${port} within ${STARTUP_TIMEOUT_MS / 1000} s.\n${output()}`;
    kill(child);
  }
  throw new Error(lastError);
}

/** Ends a child we started, with the process group it leads (MiniBrowser and its helpers). */
function kill(child, signal = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

export async function prepareBrowsers(wanted, env = process.env) {
  const unknown = wanted.filter(name => !['chromium', 'firefox', 'webkit'].includes(name));
  if (unknown.length > 0) {
    console.error(`Unknown browser(s) ${unknown.join(', ')}: use chromium, firefox, webkit or all.`);
    process.exit(1);
  }

  // Find (or install) everything first, so that nothing is left running if something is missing.
  if (wanted.includes('firefox')) env.FIREFOX_PATH = findFirefox();
  const webkit = wanted.includes('webkit') ? findWebKit() : undefined;
  if (!webkit) return async () => {};

  const children = [];
  // Logs of Xvfb, the driver and MiniBrowser; kept when something fails, removed by stop().
  const logDir = mkdtempSync(join(tmpdir(), 'news-elements-webkit-'));
  const killAll = signal => {
    // The driver (and the MiniBrowsers it started) before the display they draw on.
    for (const { child } of [...children].reverse()) kill(child, signal);
  };
  const onExit = () => killAll('SIGKILL');
  const onSignal = signal => {
    killAll('SIGTERM');
    process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 }[signal] ?? 1));
  };
  process.on('exit', onExit);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onSignal);
  const track = (child, name) => {
    children.push({ child, name });
    child.on('error', () => {});
  };

  const stop = async ({ keepLogs = false } = {}) => {
    process.off('exit', onExit);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.off(signal, onSignal);
    for (const { child } of [...children].reverse()) {
      kill(child, 'SIGTERM');
      const gone = await Promise.race([exited(child).then(() => true), deadline(3000).then(() => false)]);
      if (!gone) kill(child, 'SIGKILL');
    }
    if (!keepLogs) rmSync(logDir, { recursive: true, force: true });
  };

  try {
    const display = await startXvfb(webkit.xvfb, logDir, track);
    env.DISPLAY = display;
    const driverEnv = { ...env, DISPLAY: display };
    // Keep the accessibility bus and dconf from trying to reach a desktop session that is not there.
    driverEnv.NO_AT_BRIDGE = '1';
    driverEnv.GSETTINGS_BACKEND = 'memory';
    const { port } = await startWebKitDriver(webkit.driver, driverEnv, logDir, track);
    env.WEBKIT_WEBDRIVER_PORT = String(port);
    env.WEBKIT_BROWSER_PATH = webkit.browser;
    return () => stop();
  } catch (error) {
    await stop({ keepLogs: true });
    console.error(`\nCould not start WebKit for the tests: ${error.message}\n(logs in ${logDir})`);
    process.exit(1);
  }
}
