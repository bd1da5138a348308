/**
 * Story tests: every story in stories/ runs in headless Chromium (vitest browser mode through
 * playwright-core and the system's /usr/bin/chromium). A story fails when it throws, when its
 * play function fails, when it logs a console error, or when axe finds a violation
 * (`parameters.a11y.test = 'error'` in .storybook/preview.ts).
 *
 * Run with `npm run test:storybook` (which generates custom-elements.json first).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_FLAGS } from './scripts/lib.mjs';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));
const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir })],
        test: {
          name: 'storybook',
          setupFiles: ['./.storybook/vitest.setup.ts'],
          testTimeout: 20_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: chromium,
                args: CHROMIUM_FLAGS,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
