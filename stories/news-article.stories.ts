import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, waitFor } from 'storybook/test';
import type { NewsArticle } from '../src/index.ts';
import { argTypesFor, cssVars, holdRequests, settled, shadowOf } from './support';

type Args = Partial<Pick<NewsArticle, 'src' | 'data' | 'theme' | 'labels' | 'lang'>> & Record<string, unknown>;

const render = (args: Args) => html`<news-article
  src=${ifDefined(args.src)}
  .data=${args.data}
  theme=${ifDefined(args.theme)}
  lang=${ifDefined(args.lang)}
  .labels=${args.labels ?? {}}
  style=${ifDefined(cssVars(args))}
  @news-load=${args.onNewsLoad}
  @news-error=${args.onNewsError}
></news-article>`;

const headline = (canvasElement: HTMLElement) => shadowOf(canvasElement, 'news-article').querySelector('h1');

const meta = {
  title: 'Elements/news-article',
  component: 'news-article',
  render,
  args: { src: '/data/seed-article.json' },
  argTypes: argTypesFor({
    theme: { options: [undefined, 'light', 'dark'] },
    src: {
      control: { type: 'select' },
      options: ['/data/seed-article.json', '/formats/article.native.json', '/formats/article.graph.ld.json', '/formats/article.feed.json', '/formats/article.rtl.json', '/formats/invalid.json'],
    },
  }),
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The seed article (`demo/data/seed-article.json`, news-elements article JSON with inline citations). */
export const Seed: Story = {
  args: { onNewsLoad: fn() },
  play: async ({ canvasElement, args }) => {
    await settled(canvasElement);
    await expect(headline(canvasElement)).toHaveTextContent('Space Giants Clash in Houston: Secrets Revealed');
    await expect(shadowOf(canvasElement, 'news-article').querySelectorAll('h1')).toHaveLength(1);
    await expect(args.onNewsLoad).toHaveBeenCalledOnce();
  },
};

/** schema.org JSON-LD as WordPress/Yoast prints it: an `@graph` whose article refers to `Person`, `Organization` and `ImageObject` nodes by `@id`. */
export const FromJsonLdGraph: Story = {
  name: 'Format: JSON-LD @graph',
  args: { src: '/formats/article.graph.ld.json' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(headline(canvasElement)).toHaveTextContent('Crew-11 Is Go for Launch With a Cosmonaut Aboard');
    await expect(shadowOf(canvasElement, 'news-article').querySelector('[part~="byline"]')).toHaveTextContent('Ivan Petrenko');
  },
};

/** A JSON Feed 1.1 feed (its first item): `content_html` is parsed inertly into body blocks; its `<script>` is dropped. */
export const FromJsonFeed: Story = {
  name: 'Format: JSON Feed item',
  args: { src: '/formats/article.feed.json' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const root = shadowOf(canvasElement, 'news-article');
    await expect(root.querySelector('[part~="quote"]')).not.toBeNull();
    await expect(root.querySelector('script')).toBeNull();
  },
};

/**
 * news-elements article JSON (`stories/data/article.native.json`): structured body blocks, inline
 * links, and numbered citations linked both ways with the sources. (The `data` property takes
 * the same object; see Reactive Properties.)
 */
export const FromOwnJson: Story = {
  name: 'Format: news-elements article JSON',
  args: { src: '/formats/article.native.json' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(shadowOf(canvasElement, 'news-article').querySelectorAll('[part~="citation"]')).toHaveLength(3);
  },
};

/** JSON-LD as most CMSs already print it: an inline `<script type="application/ld+json">` child, never executed. */
export const InlineJsonLd: Story = {
  name: 'Format: inline JSON-LD',
  args: { src: undefined },
  render: () => html`<news-article>
    <script type="application/ld+json">
      {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": "Notes From the Cape: Launch Week",
        "author": "Jane Doe",
        "datePublished": "2025-07-31",
        "keywords": "Crew-11, Florida",
        "articleBody": "The causeway fills up two days early. By launch morning there is nowhere left to park."
      }
    </script>
  </news-article>`,
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(headline(canvasElement)).toHaveTextContent('Notes From the Cape');
  },
};

/**
 * The loading state: `aria-busy="true"` and a skeleton that reserves the article's shape. The
 * story's `beforeEach` holds this one request open (it wraps `fetch` for that URL and restores it
 * afterwards); the element itself is not mocked.
 */
export const Loading: Story = {
  args: { src: '/data/seed-article.json?story=loading' },
  beforeEach: () => holdRequests('/data/seed-article.json?story=loading'),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('news-article')!;
    await waitFor(() => expect(element).toHaveAttribute('aria-busy', 'true'));
    await expect(shadowOf(canvasElement, 'news-article').querySelector('[part~="skeleton"]')).not.toBeNull();
  },
};

/** A document that is not JSON: a message with `role="alert"`, a `news-error` event and one console warning. */
export const LoadError: Story = {
  name: 'Error',
  args: { src: '/formats/invalid.json', onNewsError: fn() },
  play: async ({ canvasElement, args }) => {
    await settled(canvasElement);
    await expect(shadowOf(canvasElement, 'news-article').querySelector('[role="alert"]')).toHaveTextContent('not valid JSON');
    await expect(args.onNewsError).toHaveBeenCalledOnce();
  },
};

/** Wrong field types are named, in words a publisher can act on. */
export const ErrorInData: Story = {
  args: { src: undefined, data: { headline: 42, body: 'Text.' } },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(shadowOf(canvasElement, 'news-article').querySelector('[role="alert"]')).toHaveTextContent('headline: expected text, got a number');
  },
};

/**
 * A wrong optional field costs only itself: the article renders, and `news-load` reports the
 * dropped field in `detail.warnings` (watch the Actions panel).
 */
export const WarningInData: Story = {
  args: {
    src: undefined,
    data: { '@type': 'NewsArticle', headline: 'Crew-11 Is Go for Launch', datePublished: 'Mon, Jul 28 2025 09:00:00 EDT', description: 42, articleBody: 'One.\nTwo.' },
    onNewsLoad: fn(),
  },
  play: async ({ canvasElement, args }) => {
    await settled(canvasElement);
    await expect(headline(canvasElement)).toHaveTextContent('Crew-11 Is Go for Launch');
    await expect(shadowOf(canvasElement, 'news-article').querySelector('[role="alert"]')).toBeNull();
    await expect(args.onNewsLoad).toHaveBeenCalledWith(
      expect.objectContaining({ detail: expect.objectContaining({ warnings: [{ path: 'description', problem: 'expected text, got a number' }] }) }),
    );
  },
};

/** With no input at all, the element renders nothing. */
export const Empty: Story = {
  args: { src: undefined },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(headline(canvasElement)).toBeNull();
  },
};

const paragraph =
  'Cross-flights, de-orbit planning and the future of low Earth orbit were all on the table, and each delegation brought a longer list of questions than of answers. ';

/** A long headline, an unbreakable word, many authors and tags, and twenty sections. */
export const LongContent: Story = {
  args: {
    src: undefined,
    data: {
      headline: 'Supercalifragilisticexpialidocious-Pneumonoultramicroscopicsilicovolcanoconiosis: Everything Agreed, Postponed and Left Unsaid in Houston',
      section: 'Space diplomacy and international cooperation',
      standfirst: paragraph.repeat(3),
      authors: ['Ana Souza', 'Ivan Petrenko', 'Jane Doe', 'Maria Kovalenko', 'Oleg Ivanov', 'Sam Lee'],
      published: '2025-07-29T14:00:00Z',
      tags: Array.from({ length: 14 }, (_, index) => `tag-number-${index + 1}`),
      body: Array.from({ length: 20 }, (_, index) => [
        { type: 'heading', text: `Section ${index + 1}: a heading long enough to wrap onto a second line on narrow screens` },
        paragraph.repeat(4),
        'https://orbital-times.example/a/very/long/unbroken/url/that/must/wrap/instead/of/overflowing/the/column/' + 'x'.repeat(80),
      ]).flat(),
    },
  },
};

/** `theme="dark"` forces the dark palette. */
export const Dark: Story = { args: { theme: 'dark' } };

/** A right-to-left article: `lang: "ar"` in the data gives the content `lang` and `dir="rtl"`; dates and the byline through `Intl`. */
export const RightToLeft: Story = {
  args: { src: '/formats/article.rtl.json', labels: { by: 'بقلم', published: 'نُشر', updated: 'حُدّث', sources: 'المصادر', tags: 'الوسوم', backToCitation: 'العودة إلى الاستشهاد' } },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(shadowOf(canvasElement, 'news-article').querySelector('[dir="rtl"]')).not.toBeNull();
  },
};

/** UI words through `labels`, dates in the element's `lang` (here German). */
export const Localized: Story = {
  args: { lang: 'de', labels: { by: 'Von', published: 'Veröffentlicht', updated: 'Aktualisiert', sources: 'Quellen', tags: 'Schlagwörter', backToCitation: 'Zurück zum Zitat' } },
};

/** Theming from the page: `--news-*` custom properties (also in the controls) and `::part()` rules. */
export const Themed: Story = {
  args: {
    '--news-font-family': 'system-ui, sans-serif',
    '--news-headline-font-family': 'Georgia, serif',
    '--news-accent-color': '#9c1c1c',
    '--news-link-color': '#9c1c1c',
    '--news-headline-size': '3rem',
    '--news-line-height': '1.7',
  },
  render: args => html`<style>
      .themed-article news-article::part(section) {
        text-transform: uppercase;
        letter-spacing: 0.08em;
      }
      .themed-article news-article::part(quote) {
        border-inline-start-width: 6px;
        font-style: italic;
      }
    </style>
    <div class="themed-article">${render(args)}</div>`,
};

/** Changing `data` re-renders the element (what the controls do). */
export const ReactiveProperties: Story = {
  args: { src: undefined, data: { headline: 'First headline', body: 'First body.' } },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const element = canvasElement.querySelector<NewsArticle>('news-article')!;
    await expect(headline(canvasElement)).toHaveTextContent('First headline');
    element.data = { headline: 'Second headline', body: 'Second body.' };
    await element.updateComplete;
    await expect(headline(canvasElement)).toHaveTextContent('Second headline');
  },
};
