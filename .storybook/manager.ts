import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';

// The system font stack only: nothing in this Storybook loads fonts from the network.
addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'news-elements',
    fontBase: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    fontCode: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  }),
});
