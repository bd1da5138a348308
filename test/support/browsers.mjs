/**
 * Browser launchers for Web Test Runner, from Debian's packages (never downloaded).
 * NEWS_BROWSERS is a comma list of chromium, firefox, webkit, or "all".
 *
 * Firefox and WebKit need what scripts/browsers.mjs prepares (scripts/test.mjs calls it):
 * FIREFOX_PATH, and for WebKit a running WebKitWebDriver on WEBKIT_WEBDRIVER_PORT with an X
 * display (Xvfb) for MiniBrowser, at WEBKIT_BROWSER_PATH.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS } from '../../scripts/lib.mjs';

// The Firefox and WebKit launchers (CommonJS) are loaded only when asked for: webdriverio is big.
const require = createRequire(import.meta.url);

export function chromiumPath() {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export function firefoxPath() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
  const found = candidates.find(path => existsSync(path));
  if (!found) {
    throw new Error('Firefox ESR not found: install it (apt-get install firefox-esr) or set FIREFOX_PATH.');
  }
  return found;
}

/** Firefox preferences that keep a test profile quiet and off the network. */
const FIREFOX_PREFS = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'extensions.update.enabled': false,
};

/**
 * Each test file in a window of its own, not a tab: with concurrency > 1 every tab but one is a
 * hidden background tab, where requestAnimationFrame stalls (Chromium) or crawls (Firefox, ~1/s),
 * which makes @open-wc's fixture() and axe checks slow or time out. Own windows are all visible.
 */
const inOwnWindow = ({ context }) => context.newPage({ type: 'window' });

function firefoxLauncher() {
  const { puppeteerLauncher } = require('@web/test-runner-puppeteer');
  return puppeteerLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      extraPrefsFirefox: FIREFOX_PREFS,
    },
    createPage: inOwnWindow,
  });
}

function webkitLauncher() {
  const port = Number(process.env.WEBKIT_WEBDRIVER_PORT);
  if (!port) {
    throw new Error(
      'WebKit needs a running WebKitWebDriver and an X display: run the tests with ' +
        '`node scripts/test.mjs --browsers webkit`, which starts both, or set WEBKIT_WEBDRIVER_PORT ' +
        '(and DISPLAY for the driver) yourself.',
    );
  }
  const { webdriverLauncher } = require('@web/test-runner-webdriver');
  const binary = process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks classic WebDriver only; without this webdriverio asks for BiDi.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary, args: ['--automation'] },
    },
  });
  // One test file at a time in WebKit, whatever the global concurrency. With concurrency > 1 the
  // webdriver launcher runs files side by side in iframes of one page, where sendKeys switches
  // into a frame and never back (every later command then fails) and focus jumps between files.
  // With 1 it navigates a single window from file to file (its SessionManager).
  launcher.concurrency = 1;
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = (config, ...rest) => initialize({ ...config, concurrency: 1 }, ...rest);
  // sendKeys({ type }) reaches webdriverio's keys() as one chord (every key down, then every key
  // up), so WebKit types "hello" as "helo". Send the keys one after another, as Puppeteer does.
  // (Web Test Runner supports only `press` and `type` over WebDriver, not `down`/`up`.)
  const sendKeys = launcher.sendKeys.bind(launcher);
  launcher.sendKeys = async (sessionId, keys) => {
    for (const key of keys) await sendKeys(sessionId, [key]);
  };
  return launcher;
}

export function browserLaunchers(list) {
  const names = list === 'all' ? ['chromium', 'firefox', 'webkit'] : list.split(',').map(s => s.trim());
  return names.map(name => {
    switch (name) {
      case 'chromium':
        return chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS }, createPage: inOwnWindow });
      case 'firefox':
        return firefoxLauncher();
      case 'webkit':
        return webkitLauncher();
      default:
        throw new Error(`Unknown browser "${name}" in NEWS_BROWSERS (use chromium, firefox, webkit or all)`);
    }
  });
}
