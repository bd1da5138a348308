import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { mergeConfig } from 'vite';

/**
 * Storybook for news-elements. The elements come from `src/` (compiled by Vite with the repo's
 * tsconfig: `useDefineForClassFields: false` keeps Lit's reactive accessors working), their docs
 * from custom-elements.json (`npm run storybook` generates it into .cache/storybook first).
 */
const config: StorybookConfig = {
  stories: ['../stories/docs/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown (tables) in the MDX docs pages.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Real files fetched by `src` in the stories (and served to the story tests the same way).
  // demo/data/related.json points at ../images/*.svg, which resolves to /images/*.svg here.
  staticDirs: [
    { from: '../demo/data', to: '/data' },
    { from: '../demo/images', to: '/images' },
    { from: '../stories/data', to: '/formats' },
  ],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  docs: { defaultName: 'Docs' },
  features: { sidebarOnboardingChecklist: false },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // One copy of Lit on the page (see TOOLCHAIN.md, gotcha 11).
      optimizeDeps: {
        include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', 'lit/directives/if-defined.js', '@lit/context'],
      },
    });
  },
};

export default config;
