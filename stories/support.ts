/**
 * Shared by the stories: generated argTypes, waiting for elements to settle, holding a request
 * open for the loading state, and building the custom-property style from args.
 */
import type { ArgTypes } from '@storybook/web-components';
import { waitFor } from 'storybook/test';
import { html, type TemplateResult } from 'lit';

/**
 * Story-level argTypes on top of the ones generated from custom-elements.json (see
 * .storybook/custom-elements.ts): `lang`, the global HTML attribute every element reads, plus
 * whatever a meta narrows (a select of data files for `src`, ranges for numbers).
 */
export function argTypesFor(extra: ArgTypes = {}): ArgTypes {
  return {
    lang: {
      name: 'lang',
      description: 'The global HTML attribute: locale for dates and the direction of the content. Default: the data\'s language, else the nearest ancestor\'s.',
      control: 'text',
      table: { category: 'attributes', type: { summary: 'string' } },
    },
    ...extra,
  };
}

/** The `--news-*` args as a style attribute value (undefined when none is set). */
export function cssVars(args: Record<string, unknown>): string | undefined {
  const declarations = Object.entries(args)
    .filter(([name, value]) => name.startsWith('--') && value !== undefined && value !== '')
    .map(([name, value]) => `${name}: ${String(value)}`);
  return declarations.length ? declarations.join('; ') : undefined;
}

const NEWS_TAGS = 'news-article, source-list, related-articles, trending-panel';

type NewsHost = HTMLElement & { updateComplete?: Promise<unknown> };

/**
 * Resolves once every news element in the story has finished loading (no `aria-busy`) and
 * rendered, so play functions and the accessibility check see the final state.
 */
export async function settled(canvasElement: HTMLElement, { timeout = 5000 } = {}): Promise<NewsHost[]> {
  await window.customElements.whenDefined('news-article');
  const elements = [...canvasElement.querySelectorAll<NewsHost>(NEWS_TAGS)];
  await waitFor(
    async () => {
      for (const element of elements) {
        await element.updateComplete;
        if (element.hasAttribute('aria-busy')) throw new Error(`<${element.localName}> is still loading`);
      }
    },
    { timeout },
  );
  for (const element of elements) await element.updateComplete;
  return elements;
}

/** The shadow root of the first `selector` in the story. */
export function shadowOf(canvasElement: HTMLElement, selector: string): ShadowRoot {
  const host = canvasElement.querySelector(selector);
  if (!host?.shadowRoot) throw new Error(`${selector} has no shadow root`);
  return host.shadowRoot;
}

/*
 * The loading state, honestly: the element really fetches its `src`, and the story holds that one
 * request open. `holdRequests(url)` wraps `window.fetch` so requests to exactly that URL wait until
 * they are aborted (the element aborts when it is removed); every other request goes through.
 * Use it from a story's `beforeEach`, which restores `fetch` in its cleanup.
 */
const held = new Set<string>();
let realFetch: typeof fetch | undefined;

export function holdRequests(url: string): () => void {
  const absolute = new URL(url, document.baseURI).href;
  held.add(absolute);
  if (!realFetch) {
    const original = window.fetch;
    realFetch = original;
    window.fetch = function heldFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
      const target = new URL(input instanceof Request ? input.url : String(input), document.baseURI).href;
      if (!held.has(target)) return original.call(window, input, init);
      return new Promise<Response>((_, reject) => {
        const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
        signal?.addEventListener('abort', () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError')), { once: true });
      });
    };
  }
  return () => {
    held.delete(absolute);
    if (held.size === 0 && realFetch) {
      window.fetch = realFetch;
      realFetch = undefined;
    }
  };
}

/**
 * A host page that cancels `news-navigate` and routes itself, as a single-page app would: it
 * writes where it would go into an `<output>` under the element instead of letting the browser leave.
 */
export function routingHost(content: unknown, prompt: string): TemplateResult {
  const route = (event: CustomEvent<{ url: string }>) => {
    event.preventDefault();
    (event.currentTarget as HTMLElement).querySelector('output')!.value = `Routed to ${event.detail.url}`;
  };
  return html`<div @news-navigate=${route}>
    ${content}
    <p><output>${prompt}</output></p>
  </div>`;
}
