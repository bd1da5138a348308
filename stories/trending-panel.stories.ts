import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { TrendingPanel } from '../src/index.ts';
import { argTypesFor, cssVars, holdRequests, routingHost, settled, shadowOf } from './support';

type Args = Partial<Pick<TrendingPanel, 'src' | 'data' | 'limit' | 'heading' | 'headingLevel' | 'selected' | 'refresh' | 'theme' | 'labels' | 'lang'>> &
  Record<string, unknown>;

const render = (args: Args) => html`<trending-panel
  src=${ifDefined(args.src)}
  .data=${args.data}
  limit=${ifDefined(args.limit)}
  heading=${ifDefined(args.heading)}
  heading-level=${ifDefined(args.headingLevel)}
  selected=${ifDefined(args.selected)}
  refresh=${ifDefined(args.refresh)}
  theme=${ifDefined(args.theme)}
  lang=${ifDefined(args.lang)}
  .labels=${args.labels ?? {}}
  style=${ifDefined(cssVars(args))}
  @news-load=${args.onNewsLoad}
  @news-error=${args.onNewsError}
  @news-navigate=${args.onNewsNavigate}
></trending-panel>`;

const tabs = (canvasElement: HTMLElement) => [...shadowOf(canvasElement, 'trending-panel').querySelectorAll<HTMLElement>('[role="tab"]')];
const focusedTab = (canvasElement: HTMLElement) => shadowOf(canvasElement, 'trending-panel').activeElement;
/** Only the selected tab is in the tab order, and it is the focused one. */
async function expectSelected(canvasElement: HTMLElement, index: number) {
  await waitFor(() => expect(focusedTab(canvasElement)).toBe(tabs(canvasElement)[index]));
  tabs(canvasElement).forEach((tab, i) => {
    expect(tab).toHaveAttribute('aria-selected', String(i === index));
    expect(tab).toHaveAttribute('tabindex', i === index ? '0' : '-1');
  });
  const panels = shadowOf(canvasElement, 'trending-panel').querySelectorAll<HTMLElement>('[role="tabpanel"]');
  panels.forEach((panel, i) => expect(panel.hidden).toBe(i !== index));
}

const meta = {
  title: 'Elements/trending-panel',
  component: 'trending-panel',
  render,
  args: { src: '/data/trending.json', limit: 5, headingLevel: 2, selected: 0, refresh: 0 },
  argTypes: argTypesFor({
    theme: { options: [undefined, 'light', 'dark'] },
    src: {
      control: { type: 'select' },
      options: ['/data/trending.json', '/data/related.json', '/formats/related.rss.xml', '/formats/related.atom.xml', '/formats/related.itemlist.ld.json', '/formats/related.list.json'],
    },
  }),
  decorators: [story => html`<div style="max-width: 22rem">${story()}</div>`],
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The visible list has `count` items and there is no error. */
async function expectItems(canvasElement: HTMLElement, count: number) {
  const root = shadowOf(canvasElement, 'trending-panel');
  await expect(root.querySelector('[role="alert"]')).toBeNull();
  await expect(root.querySelectorAll('[part~="list"]:not([hidden] *) > [part~="item"]')).toHaveLength(count);
}

/** The demo's sidebar: `demo/data/trending.json`, an array of a JSON Feed, a schema.org ItemList and news-elements list JSON — one tab each. */
export const Seed: Story = {
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(tabs(canvasElement).map(tab => tab.textContent!.trim())).toEqual(['Recent', 'Weekly Wrap', 'Trending']);
  },
};

/**
 * The WAI-ARIA tabs pattern: Right/Left move and select (wrapping), Home/End jump, only the
 * selected tab is in the tab order, Tab moves into the panel.
 */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    tabs(canvasElement)[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await expectSelected(canvasElement, 1);
    await userEvent.keyboard('{ArrowRight}');
    await expectSelected(canvasElement, 2);
    await userEvent.keyboard('{ArrowRight}');
    await expectSelected(canvasElement, 0);
    await userEvent.keyboard('{ArrowLeft}');
    await expectSelected(canvasElement, 2);
    await userEvent.keyboard('{Home}');
    await expectSelected(canvasElement, 0);
    await userEvent.keyboard('{End}');
    await expectSelected(canvasElement, 2);
    // Tab then moves into the panel, the next stop in the tab order.
    await expect(shadowOf(canvasElement, 'trending-panel').querySelector('#panel-2')).toHaveAttribute('tabindex', '0');
  },
};

/** In a right-to-left page the arrow keys are mirrored: Left moves to the next tab. */
export const RightToLeft: Story = {
  args: {
    src: undefined,
    lang: 'ar',
    labels: { tabs: 'الأكثر رواجاً' },
    data: [
      { title: 'الأحدث', items: [{ title: 'كرو-11 تنطلق من فلوريدا', url: 'https://orbital-times.example/ar/1', date: '2025-07-31T15:43:00Z', label: 'إطلاق' }, { title: 'بيان مشترك نادر', url: 'https://orbital-times.example/ar/2', date: '2025-07-30T18:10:00Z' }] },
      { title: 'الأكثر قراءة', items: [{ title: 'عمالقة الفضاء يلتقون في هيوستن', url: 'https://orbital-times.example/ar/3', label: 'الفضاء' }] },
      { title: 'حصاد الأسبوع', items: [{ title: 'كيف ستسقط محطة الفضاء الدولية', url: 'https://orbital-times.example/ar/4' }] },
    ],
  },
  render: args => html`<div dir="rtl">${render(args)}</div>`,
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    tabs(canvasElement)[0]!.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expectSelected(canvasElement, 1);
    await userEvent.keyboard('{ArrowRight}');
    await expectSelected(canvasElement, 0);
  },
};

/** One list renders without tabs, under its title. */
export const SingleList: Story = {
  args: { src: '/formats/related.list.json' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(tabs(canvasElement)).toHaveLength(0);
    await expect(shadowOf(canvasElement, 'trending-panel').querySelector('[part~="heading"]')).toHaveTextContent('Trending');
  },
};

/** An array of lists in any formats (RSS and Atom as text) — one tab per list, labelled by the list's title. */
export const MixedFormats: Story = {
  name: 'Format: RSS, Atom, ItemList, JSON Feed tabs',
  args: { src: undefined, data: undefined },
  loaders: [
    async () => ({
      lists: await Promise.all([
        fetch('/formats/related.rss.xml').then(response => response.text()),
        fetch('/formats/related.atom.xml').then(response => response.text()),
        fetch('/formats/related.itemlist.ld.json').then(response => response.json()),
        fetch('/data/related.json').then(response => response.json()),
      ]),
    }),
  ],
  render: (args, { loaded }) => render({ ...args, data: loaded.lists }),
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(tabs(canvasElement)).toHaveLength(4);
  },
};

/** RSS 2.0 through `src`: one list, no tabs. */
export const FromRss: Story = { name: 'Format: RSS 2.0', args: { src: '/formats/related.rss.xml'  }, play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expectItems(canvasElement, 3);
  } };

/** Atom 1.0 through `src`. */
export const FromAtom: Story = { name: 'Format: Atom 1.0', args: { src: '/formats/related.atom.xml'  }, play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expectItems(canvasElement, 2);
  } };

/** schema.org ItemList through `src`. */
export const FromItemList: Story = { name: 'Format: schema.org ItemList', args: { src: '/formats/related.itemlist.ld.json'  }, play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expectItems(canvasElement, 3);
  } };

/** With a `heading` above the tabs (it also names the tab list) and `selected` set. */
export const HeadingAndSelected: Story = { args: { heading: 'Most read', selected: 2, limit: 3 } };

/** Loading: the story holds the request for this one URL open (see `holdRequests` in stories/support.ts). */
export const Loading: Story = {
  args: { src: '/data/trending.json?story=loading' },
  beforeEach: () => holdRequests('/data/trending.json?story=loading'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('trending-panel')).toHaveAttribute('aria-busy', 'true'));
    await expect(shadowOf(canvasElement, 'trending-panel').querySelector('[part~="skeleton"]')).not.toBeNull();
  },
};

/** When no list can be read, the panel shows an error naming the first one's problem. */
export const LoadError: Story = {
  name: 'Error',
  args: { src: undefined, data: [{ title: 'Recent', items: [{ url: '/x' }] }, { title: 'Not a list' }], onNewsError: fn() },
  play: async ({ canvasElement, args }) => {
    await settled(canvasElement);
    await expect(shadowOf(canvasElement, 'trending-panel').querySelector('[role="alert"]')).not.toBeNull();
    await expect(args.onNewsError).toHaveBeenCalledOnce();
  },
};

/** An empty array: no tabs, nothing rendered. */
export const Empty: Story = {
  args: { src: undefined, data: [] },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await expect(tabs(canvasElement)).toHaveLength(0);
  },
};

/** Many tabs with long labels, long titles and the maximum limit. */
export const LongContent: Story = {
  args: {
    src: undefined,
    limit: 10,
    data: ['Recent', 'Most read this week in space news', 'Weekly Wrap', 'Opinion and analysis', 'Explainers'].map((title, list) => ({
      title,
      items: Array.from({ length: 10 }, (_, index) => ({
        title: index % 3 ? `Item ${index + 1} of ${title}` : 'A headline that goes on for a very long time, far longer than a sidebar line, so that it wraps',
        url: `https://orbital-times.example/${list}/${index}`,
        date: new Date(Date.UTC(2025, 6, 31 - index)).toISOString(),
        label: index % 2 ? 'Space' : undefined,
      })),
    })),
  },
};

/** `theme="dark"`. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Custom properties and parts. */
export const Themed: Story = {
  args: { '--news-accent-color': '#6a1b9a', '--news-border-color': '#6a1b9a', '--news-headline-font-family': 'system-ui, sans-serif', '--news-space': '0.75rem' },
  render: args => html`<style>
      .themed-trending trending-panel::part(rank) {
        font-size: 1.5rem;
      }
      .themed-trending trending-panel::part(tab) {
        text-transform: uppercase;
      }
    </style>
    <div class="themed-trending">${render(args)}</div>`,
};

/** `news-navigate` when a reader follows an item: this host cancels it and routes itself. */
export const NavigateEvent: Story = {
  args: { onNewsNavigate: fn() },
  render: args => routingHost(render(args), 'Click an item: the page does not navigate.'),
  play: async ({ canvasElement, args }) => {
    await settled(canvasElement);
    const link = shadowOf(canvasElement, 'trending-panel').querySelector<HTMLAnchorElement>('[role="tabpanel"]:not([hidden]) [part~="link"]')!;
    await userEvent.click(link);
    await expect(args.onNewsNavigate).toHaveBeenCalledOnce();
    const event = (args.onNewsNavigate as ReturnType<typeof fn>).mock.calls[0]![0] as CustomEvent;
    await expect(event.detail.list.title).toBe('Recent');
    await expect(canvasElement.querySelector('output')).toHaveTextContent(`Routed to ${link.href}`);
  },
};

/** Changing `selected` and `limit` re-renders (what the controls do). */
export const ReactiveProperties: Story = {
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const element = canvasElement.querySelector<TrendingPanel>('trending-panel')!;
    element.selected = 1;
    element.limit = 2;
    await element.updateComplete;
    await expect(tabs(canvasElement)[1]).toHaveAttribute('aria-selected', 'true');
    const visible = shadowOf(canvasElement, 'trending-panel').querySelectorAll('[role="tabpanel"]:not([hidden]) [part~="item"]');
    await expect(visible).toHaveLength(2);
  },
};
