import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { SourceList } from '../src/index.ts';
import { argTypesFor, cssVars, holdRequests, routingHost, settled, shadowOf } from './support';

type Args = Partial<Pick<SourceList, 'src' | 'data' | 'heading' | 'headingLevel' | 'theme' | 'labels' | 'lang'>> & Record<string, unknown>;

const render = (args: Args) => html`<source-list
  src=${ifDefined(args.src)}
  .data=${args.data}
  heading=${ifDefined(args.heading)}
  heading-level=${ifDefined(args.headingLevel)}
  theme=${ifDefined(args.theme)}
  lang=${ifDefined(args.lang)}
  .labels=${args.labels ?? {}}
  style=${ifDefined(cssVars(args))}
  @news-load=${args.onNewsLoad}
  @news-error=${args.onNewsError}
  @news-navigate=${args.onNewsNavigate}
></source-list>`;

const SOURCES = [
  'Pravda',
  'https://www.kyivpost.com/post/12345',
  { '@type': 'CreativeWork', name: 'NAMPA/Sputnik wire report', publisher: 'NAMPA' },
  { '@type': 'NewsArticle', headline: 'Roscosmos head to visit NASA', url: 'https://www.rbc.ua/rus/news/roscosmos-nasa', publisher: { '@type': 'Organization', name: 'RBC Ukraine' } },
];

const sources = (canvasElement: HTMLElement) => shadowOf(canvasElement, 'source-list').querySelectorAll('[part~="source"]');

const meta = {
  title: 'Elements/source-list',
  component: 'source-list',
  render,
  args: { data: SOURCES, headingLevel: 2 },
  argTypes: argTypesFor({
    theme: { options: [undefined, 'light', 'dark'] },
  }),
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** An array of names, URLs (shown by host name) and `CreativeWork`-like objects with publishers. */
export const Sources: Story = {
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(sources(canvasElement)).toHaveLength(4);
    await expect(sources(canvasElement)[1]).toHaveTextContent('kyivpost.com');
  },
};

/** The seed article's sources: `src` is the whole article, and its `sources` are listed. */
export const FromSeedArticle: Story = {
  args: { data: undefined, src: '/data/seed-article.json' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(sources(canvasElement)).toHaveLength(4);
  },
};

/** A JSON-LD article: its `citation` list becomes the sources. */
export const FromJsonLdCitations: Story = {
  name: 'Format: JSON-LD citation',
  args: { data: undefined, src: '/formats/article.graph.ld.json' },
};

/** Inside a `<news-article>` with no data of its own: the article's sources through context, numbered and linked both ways with the inline citations. */
export const InsideArticle: Story = {
  args: { data: undefined },
  render: args => html`<news-article src="/formats/article.native.json">${render(args)}</news-article>`,
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await waitFor(() => expect(sources(canvasElement)).toHaveLength(3));
    await expect(shadowOf(canvasElement, 'source-list').querySelector('ol[part~="source-list"]')).not.toBeNull();
  },
};

/** Inline data: a `<script type="application/json">` child. */
export const InlineData: Story = {
  args: { data: undefined },
  render: () => html`<source-list>
    <script type="application/json">
      ["Pravda", { "name": "Kyiv Post", "url": "https://www.kyivpost.com/" }, { "name": "Inquiry", "publisher": "RBC Ukraine" }]
    </script>
  </source-list>`,
};

/** The host's own heading markup through the `heading` slot. */
export const HeadingSlot: Story = {
  render: args => html`<source-list .data=${args.data}><h3 slot="heading">Where this story comes from</h3></source-list>`,
};

/** Loading: the story holds the request for this one URL open (see `holdRequests` in stories/support.ts). */
export const Loading: Story = {
  args: { data: undefined, src: '/data/seed-article.json?story=sources-loading' },
  beforeEach: () => holdRequests('/data/seed-article.json?story=sources-loading'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('source-list')).toHaveAttribute('aria-busy', 'true'));
    await expect(shadowOf(canvasElement, 'source-list').querySelector('[part~="skeleton"]')).not.toBeNull();
  },
};

/** Data that is neither a list of sources nor an article is an error saying what was expected. */
export const LoadError: Story = {
  name: 'Error',
  args: { data: { name: 'Pravda' }, onNewsError: fn() },
  play: async ({ canvasElement, args }) => {
    await settled(canvasElement);
    await expect(shadowOf(canvasElement, 'source-list').querySelector('[role="alert"]')).toHaveTextContent('expected a list of sources');
    await expect(args.onNewsError).toHaveBeenCalledOnce();
  },
};

/** An entry of the wrong type costs only itself: the others are listed, and news-load reports it. */
export const WarningInData: Story = {
  args: { data: ['Pravda', 42], onNewsLoad: fn() },
  play: async ({ canvasElement, args }) => {
    await settled(canvasElement);
    await expect(shadowOf(canvasElement, 'source-list').querySelector('[role="alert"]')).toBeNull();
    await expect(shadowOf(canvasElement, 'source-list').querySelectorAll('[part~="source"]')).toHaveLength(1);
    await expect(args.onNewsLoad).toHaveBeenCalledOnce();
  },
};

/** No sources: nothing is rendered. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(sources(canvasElement)).toHaveLength(0);
  },
};

/** Many sources with long names and URLs. */
export const LongContent: Story = {
  args: {
    data: Array.from({ length: 16 }, (_, index) => ({
      name: index % 4 === 0 ? `An exceptionally long source title that goes on and on about the International Space Station, number ${index + 1}` : `Source ${index + 1}`,
      url: `https://www.example.org/${'very-long-path-segment/'.repeat(index % 3 + 1)}${index + 1}`,
      publisher: index % 2 ? 'The Very Long Name of a Wire Service and Syndication Agency' : undefined,
    })),
  },
};

/** `theme="dark"`. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Right to left, with a translated heading. */
export const RightToLeft: Story = {
  args: { lang: 'ar', labels: { heading: 'المصادر' }, data: ['برافدا', { name: 'كييف بوست', url: 'https://www.kyivpost.com/' }, { name: 'تقرير', publisher: 'آر بي سي أوكرانيا' }] },
  render: args => html`<div dir="rtl">${render(args)}</div>`,
};

/** Custom properties and parts. */
export const Themed: Story = {
  args: { '--news-link-color': '#0f5132', '--news-muted-color': '#4a4f55', '--news-border-color': '#0f5132' },
  render: args => html`<style>
      .themed-sources source-list::part(heading) {
        font-variant: small-caps;
      }
      .themed-sources source-list::part(publisher) {
        font-style: italic;
      }
    </style>
    <div class="themed-sources">${render(args)}</div>`,
};

/** `news-navigate` when a reader follows a source link; this host cancels it and shows the URL instead. */
export const NavigateEvent: Story = {
  args: { onNewsNavigate: fn() },
  render: args => routingHost(render(args), 'Click a source: the page does not navigate.'),
  play: async ({ canvasElement, args }) => {
    await settled(canvasElement);
    const link = shadowOf(canvasElement, 'source-list').querySelector<HTMLAnchorElement>('[part~="source-link"]')!;
    await userEvent.click(link);
    await expect(args.onNewsNavigate).toHaveBeenCalledOnce();
    await expect(canvasElement.querySelector('output')).toHaveTextContent(`Routed to ${link.href}`);
  },
};
