import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { settled, shadowOf } from './support';

/**
 * The seed page, as `demo/index.html` builds it: the article with its sources and a "You may
 * also like..." block nested inside (they get the article through context), and the trending
 * sidebar beside it.
 */
const page = () => html`<div class="seed-page">
  <style>
    .seed-page {
      display: grid;
      grid-template-columns: minmax(0, 44rem) minmax(0, 20rem);
      gap: 3rem;
      justify-content: center;
    }
    @media (max-width: 60rem) {
      .seed-page {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .seed-page news-article related-articles {
      margin-block-start: 2.5rem;
    }
    .seed-page news-article source-list {
      margin-block-start: 2rem;
    }
  </style>
  <main>
    <news-article src="/data/seed-article.json">
      <source-list></source-list>
      <related-articles src="/data/related.json" heading="You may also like..." summaries></related-articles>
    </news-article>
  </main>
  <aside aria-label="More news">
    <trending-panel src="/data/trending.json" limit="5"></trending-panel>
  </aside>
</div>`;

/**
 * A host page that does everything wrong: a reset with `!important`, giant uppercase `h1`s,
 * hidden images, unstyled links and lists, odd inherited text properties. The widgets keep their
 * own layout and stay readable; only inherited properties (font, colour, letter-spacing…) reach
 * them, as intended.
 */
const HOSTILE_CSS = `
  .hostile-host * { margin: 0 !important; padding: 0 !important; border: 0 !important; box-sizing: content-box !important; }
  .hostile-host h1, .hostile-host h2, .hostile-host h3 { font-size: 5rem !important; text-transform: uppercase !important; color: #000 !important; }
  .hostile-host a { color: #000 !important; text-decoration: none !important; font-weight: 900 !important; pointer-events: none !important; }
  .hostile-host img { display: none !important; width: 10px !important; }
  .hostile-host ul, .hostile-host ol, .hostile-host li { list-style: none !important; display: inline !important; }
  .hostile-host p, .hostile-host section, .hostile-host div, .hostile-host figure { display: inline !important; }
  .hostile-host button { all: unset !important; }
  .hostile-host [hidden] { display: block !important; }
  .hostile-host [role="tab"], .hostile-host [role="tabpanel"] { display: none !important; }
  .hostile-host { font: italic 13px/1 "Comic Sans MS", cursive; letter-spacing: 0.05em; text-align: justify; text-indent: 3em; word-spacing: 0.3em; }
`;

const meta = {
  title: 'Composition/Pages',
  parameters: { layout: 'fullscreen' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The whole seed page: the four elements together, as the demo shows them. */
export const SeedPage: Story = {
  render: () => html`<div style="padding: 1rem">${page()}</div>`,
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    await waitFor(() => expect(shadowOf(canvasElement, 'source-list').querySelectorAll('[part~="source"]')).toHaveLength(4));
    // The related block leaves out the article being read.
    const titles = [...shadowOf(canvasElement, 'related-articles').querySelectorAll('[part~="title"]')].map(node => node.textContent!.trim());
    await expect(titles).not.toContain('Space Giants Clash in Houston: Secrets Revealed');
    await expect(titles).toHaveLength(4);
  },
};

/** The same page inside a host whose global CSS is hostile. Nothing leaks into the widgets' shadow DOM. */
export const HostileHostCss: Story = {
  render: () => html`<div class="hostile-host">
    <style>
      ${HOSTILE_CSS}
    </style>
    <h1>The host page's own headline</h1>
    <ul>
      <li><a href="https://orbital-times.example/">Host link</a></li>
    </ul>
    ${page()}
  </div>`,
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    // The hostile rules are in force on the host's own markup…
    await expect(getComputedStyle(canvasElement.querySelector('.hostile-host > h1')!).fontSize).toBe('80px');
    // …and do not reach inside the widgets.
    const article = shadowOf(canvasElement, 'news-article');
    const headline = article.querySelector('h1')!;
    await expect(getComputedStyle(headline).textTransform).toBe('none');
    await expect(parseFloat(getComputedStyle(headline).fontSize)).toBeLessThan(80);
    const cards = shadowOf(canvasElement, 'related-articles');
    await expect(getComputedStyle(cards.querySelector('img')!).display).not.toBe('none');
    const link = cards.querySelector('a')!;
    await expect(getComputedStyle(link).pointerEvents).not.toBe('none');
    const panel = shadowOf(canvasElement, 'trending-panel');
    await expect(getComputedStyle(panel.querySelector('[role="tab"]')!).display).not.toBe('none');
    await expect(panel.querySelectorAll('[role="tabpanel"]:not([hidden])')).toHaveLength(1);
  },
};
