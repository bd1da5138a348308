import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { RelatedArticles } from '../src/index.ts';
import { argTypesFor, cssVars, holdRequests, routingHost, settled, shadowOf } from './support';

type Args = Partial<Pick<RelatedArticles, 'src' | 'data' | 'limit' | 'layout' | 'heading' | 'headingLevel' | 'summaries' | 'exclude' | 'theme' | 'labels' | 'lang'>> &
  Record<string, unknown>;

const render = (args: Args) => html`<related-articles
  src=${ifDefined(args.src)}
  .data=${args.data}
  limit=${ifDefined(args.limit)}
  layout=${ifDefined(args.layout)}
  heading=${ifDefined(args.heading)}
  heading-level=${ifDefined(args.headingLevel)}
  ?summaries=${args.summaries}
  exclude=${ifDefined(args.exclude)}
  theme=${ifDefined(args.theme)}
  lang=${ifDefined(args.lang)}
  .labels=${args.labels ?? {}}
  style=${ifDefined(cssVars(args))}
  @news-load=${args.onNewsLoad}
  @news-error=${args.onNewsError}
  @news-navigate=${args.onNewsNavigate}
></related-articles>`;

const meta = {
  title: 'Elements/related-articles',
  component: 'related-articles',
  render,
  args: { src: '/data/related.json', limit: 4, layout: 'grid', headingLevel: 2, summaries: false },
  argTypes: argTypesFor({
    // The manifest names the type (`RelatedLayout`), not its values.
    layout: { control: { type: 'inline-radio' }, options: ['grid', 'list', 'compact'] },
    theme: { options: [undefined, 'light', 'dark'] },
    src: {
      control: { type: 'select' },
      options: [
        '/data/related.json',
        '/formats/related.rss.xml',
        '/formats/related.atom.xml',
        '/formats/related.itemlist.ld.json',
        '/formats/related.plain.json',
        '/formats/related.list.json',
      ],
    },
  }),
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The story rendered `count` cards and no error. */
async function expectCards(canvasElement: HTMLElement, count: number) {
  const root = shadowOf(canvasElement, 'related-articles');
  await expect(root.querySelector('[role="alert"]')).toBeNull();
  await expect(root.querySelectorAll('[part~="card"]')).toHaveLength(count);
}

/** The demo's "You may also like..." block: `demo/data/related.json`, a JSON Feed 1.1. */
export const Seed: Story = {
  args: { heading: 'You may also like...', summaries: true },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const root = shadowOf(canvasElement, 'related-articles');
    await expect(root.querySelectorAll('[part~="card"]')).toHaveLength(4);
    await expect(root.querySelector('[part~="heading"]')).toHaveTextContent('You may also like...');
  },
};

/** Cards in a responsive grid (the default); narrowest card `--news-card-min-width`. */
export const GridLayout: Story = { args: { layout: 'grid' } };

/** Image beside text. */
export const ListLayout: Story = { args: { layout: 'list', summaries: true } };

/** Titles and dates only, for narrow columns. */
export const CompactLayout: Story = { args: { layout: 'compact', limit: 6 } };

/** RSS 2.0 with `media:content`, an image `enclosure` and a picture in the description. */
export const FromRss: Story = { name: 'Format: RSS 2.0', args: { src: '/formats/related.rss.xml', summaries: true  }, play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expectCards(canvasElement, 3);
  } };

/** Atom 1.0 with `type="html"` titles (shown as text) and `link rel="enclosure"` images. */
export const FromAtom: Story = { name: 'Format: Atom 1.0', args: { src: '/formats/related.atom.xml', summaries: true  }, play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expectCards(canvasElement, 2);
  } };

/** A schema.org `ItemList` in an `@graph`: `ListItem`s with `url` + `name`, an `@id` reference and an inline article. */
export const FromItemList: Story = { name: 'Format: schema.org ItemList', args: { src: '/formats/related.itemlist.ld.json'  }, play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expectCards(canvasElement, 3);
  } };

/** A plain array of items (the list JSON's items without the wrapper). */
export const FromPlainArray: Story = { name: 'Format: plain array', args: { src: '/formats/related.plain.json'  }, play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expectCards(canvasElement, 3);
  } };

/** news-elements list JSON (`schema/list.schema.json`). */
export const FromOwnJson: Story = { name: 'Format: news-elements list JSON', args: { src: '/formats/related.list.json', summaries: true  }, play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expectCards(canvasElement, 3);
  } };

/** Data as an inline `<script type="application/json">` child: works under any CSP. */
export const InlineData: Story = {
  args: { src: undefined },
  render: args => html`<related-articles limit=${ifDefined(args.limit)} layout=${ifDefined(args.layout)}>
    <script type="application/json">
      {
        "title": "Editors' picks",
        "items": [
          { "title": "Space Giants Clash in Houston", "url": "https://orbital-times.example/2025/07/29/space-giants", "image": "/images/houston.svg", "label": "Space", "date": "2025-07-29" },
          { "title": "Crew-11 Is Go for Launch", "url": "https://orbital-times.example/2025/07/28/crew-11", "image": "/images/launch.svg", "label": "Launches", "date": "2025-07-28" }
        ]
      }
    </script>
  </related-articles>`,
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expectCards(canvasElement, 2);
  },
};

/**
 * The loading state: `aria-busy="true"` and a skeleton that reserves the cards' space. The story
 * holds the request for its `src` open (a `beforeEach` wraps `fetch` for that one URL and
 * restores it afterwards); the element's own code is not mocked.
 */
export const Loading: Story = {
  args: { src: '/data/related.json?story=loading' },
  beforeEach: () => holdRequests('/data/related.json?story=loading'),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('related-articles')!;
    await waitFor(() => expect(element).toHaveAttribute('aria-busy', 'true'));
    await expect(shadowOf(canvasElement, 'related-articles').querySelector('[part~="skeleton"]')).not.toBeNull();
  },
};

/** A document that is not JSON: a short message with `role="alert"`, a `news-error` event, one console warning. */
export const LoadError: Story = {
  name: 'Error',
  args: { src: '/formats/invalid.json', onNewsError: fn() },
  play: async ({ canvasElement, args }) => {
    await settled(canvasElement);
    await expect(shadowOf(canvasElement, 'related-articles').querySelector('[role="alert"]')).not.toBeNull();
    await expect(args.onNewsError).toHaveBeenCalledOnce();
  },
};

/** Wrong types are named by their path: `items[0].title: expected text, got a number`. */
export const ErrorInData: Story = {
  args: { src: undefined, data: { items: [{ title: 42, url: 'https://orbital-times.example/' }] } },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(shadowOf(canvasElement, 'related-articles').querySelector('[role="alert"]')).toHaveTextContent('items[0].title');
  },
};

/** An empty list renders nothing at all. */
export const Empty: Story = {
  args: { src: undefined, data: { title: 'Nothing yet', items: [] } },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(shadowOf(canvasElement, 'related-articles').querySelector('[part~="card"]')).toBeNull();
  },
};

const longTitle =
  'Supercalifragilisticexpialidocious-Pneumonoultramicroscopicsilicovolcanoconiosis: An Extraordinarily Long Headline That Wraps Over Several Lines Without Breaking the Grid';

/** Very long titles, unbreakable words and summaries, and a dozen cards. */
export const LongContent: Story = {
  args: {
    src: undefined,
    limit: 12,
    summaries: true,
    data: {
      title: 'Archive',
      items: Array.from({ length: 12 }, (_, index) => ({
        title: index % 3 === 0 ? longTitle : `Story ${index + 1}: Cross-flights, the ISS and the road to 2030`,
        url: `https://orbital-times.example/archive/${index + 1}`,
        image: ['/images/houston.svg', '/images/iss.svg', '/images/moon.svg'][index % 3],
        label: index % 2 ? 'Space diplomacy and international cooperation' : 'ISS',
        date: `2025-07-${String(28 - index).padStart(2, '0')}`,
        summary: 'A summary long enough to be clamped by the element. '.repeat(6),
      })),
    },
  },
};

/** `theme="dark"` forces the dark palette whatever `prefers-color-scheme` says. */
export const Dark: Story = { args: { theme: 'dark', summaries: true } };

/** A right-to-left locale: Arabic data, `lang="ar"` and `dir="rtl"` on the element; dates through `Intl`. */
export const RightToLeft: Story = {
  args: {
    src: undefined,
    lang: 'ar',
    heading: 'قد يعجبك أيضاً',
    data: {
      title: 'قد يعجبك أيضاً',
      items: [
        { title: 'عمالقة الفضاء يلتقون في هيوستن', url: 'https://orbital-times.example/ar/houston', image: '/images/houston.svg', label: 'الفضاء', date: '2025-07-29T14:05:00Z' },
        { title: 'كرو-11 جاهزة للإطلاق مع رائد فضاء روسي', url: 'https://orbital-times.example/ar/crew-11', image: '/images/launch.svg', label: 'إطلاق', date: '2025-07-28T09:30:00Z' },
        { title: 'كيف ستسقط محطة الفضاء الدولية', url: 'https://orbital-times.example/ar/iss', image: '/images/iss.svg', label: 'المحطة', date: '2025-07-27T11:00:00Z' },
      ],
    },
  },
  render: args => html`<div dir="rtl">${render(args)}</div>`,
};

/** Theming from the page: `--news-*` custom properties (also in the controls) and `::part()` rules. */
export const Themed: Story = {
  args: {
    summaries: true,
    '--news-accent-color': '#9c1c1c',
    '--news-link-color': '#1d1f22',
    '--news-border-color': '#9c1c1c',
    '--news-radius': '0',
    '--news-card-min-width': '11rem',
    '--news-image-ratio': '4 / 3',
    '--news-headline-font-family': 'Georgia, serif',
  },
  render: args => html`<style>
      .themed-related related-articles::part(card) {
        border-block-start: 3px solid #9c1c1c;
        padding-block-start: 0.5rem;
      }
      .themed-related related-articles::part(label) {
        text-transform: uppercase;
        letter-spacing: 0.06em;
      }
    </style>
    <div class="themed-related">${render(args)}</div>`,
};

/**
 * `news-navigate` when a reader follows a card: cancelable, carrying the card and its list. This
 * host cancels it and routes itself (here: writes the URL below), as a single-page app would.
 */
export const NavigateEvent: Story = {
  args: { onNewsNavigate: fn() },
  render: args => routingHost(render(args), 'Click a card: the page does not navigate.'),
  play: async ({ canvasElement, args }) => {
    await settled(canvasElement);
    const link = shadowOf(canvasElement, 'related-articles').querySelector<HTMLAnchorElement>('[part~="link"]')!;
    await userEvent.click(link);
    await expect(args.onNewsNavigate).toHaveBeenCalledOnce();
    const event = (args.onNewsNavigate as ReturnType<typeof fn>).mock.calls[0]![0] as CustomEvent;
    await expect(event.defaultPrevented).toBe(true);
    await expect(event.detail.url).toBe(link.href);
    await expect(event.detail.item.title).toBe(link.textContent!.trim());
    await expect(canvasElement.querySelector('output')).toHaveTextContent(`Routed to ${link.href}`);
  },
};

/** Changing a property re-renders (what the controls do): `limit` 4 → 2, `layout` grid → compact. */
export const ReactiveProperties: Story = {
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const element = canvasElement.querySelector<RelatedArticles>('related-articles')!;
    const cards = () => shadowOf(canvasElement, 'related-articles').querySelectorAll('[part~="card"]');
    await expect(cards()).toHaveLength(4);
    element.limit = 2;
    element.layout = 'compact';
    await element.updateComplete;
    await expect(cards()).toHaveLength(2);
    await expect(element).toHaveAttribute('layout', 'compact');
  },
};
