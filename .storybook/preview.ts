import type { Preview } from '@storybook/web-components';
import { setCustomElementsManifest } from '@storybook/web-components';
import { customElements, extractArgTypes } from './custom-elements';
// The elements, straight from the TypeScript sources.
import { NewsArticle, RelatedArticles, SourceList, TrendingPanel } from '../src/index.ts';

// Defined here explicitly: package.json "sideEffects" names only the dist/ modules, so the
// production build (storybook-static) would tree-shake a bare `import '../src/index.ts'` and
// leave every element undefined. `define` is the library's own guarded one (a no-op when the
// same class already holds the tag).
NewsArticle.define('news-article');
SourceList.define('source-list');
RelatedArticles.define('related-articles');
TrendingPanel.define('trending-panel');

setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: {
      expanded: true,
      sort: 'requiredFirst',
    },
    a11y: {
      // Violations fail the story tests (npm run test:storybook), not just show in the panel.
      test: 'error',
    },
    docs: {
      // The attributes/properties/events/slots/parts/custom-properties table, from the manifest.
      extractArgTypes,
      toc: true,
      source: { excludeDecorators: true },
    },
    options: {
      storySort: {
        order: ['Docs', ['Getting started', 'Data formats', 'Theming', 'Events', 'Frameworks', 'Server rendering'], 'Elements', 'Composition'],
      },
    },
  },
};

export default preview;
