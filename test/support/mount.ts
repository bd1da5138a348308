/** Mounting elements in the test page and waiting for what a reader would wait for. */
import { render, type TemplateResult } from 'lit';

const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const container of mounted.splice(0)) container.remove();
});

export type Outcome = 'news-load' | 'news-error';

/**
 * Renders `template` into a fresh container and resolves with its first element once that element
 * fires `news-load` or `news-error` (listening starts before the element is connected).
 */
export async function mount<T extends HTMLElement>(template: TemplateResult, timeout = 8000): Promise<{ el: T; outcome: Outcome; event: CustomEvent }> {
  const container = document.createElement('div');
  mounted.push(container);
  const settled = settle(container, timeout);
  document.body.append(container);
  render(template, container);
  const { outcome, event } = await settled;
  return { el: container.firstElementChild as T, outcome, event };
}

/** Renders without waiting for data (for loading states). */
export function mountNow<T extends HTMLElement>(template: TemplateResult): T {
  const container = document.createElement('div');
  mounted.push(container);
  document.body.append(container);
  render(template, container);
  return container.firstElementChild as T;
}

/** Resolves with the next news-load or news-error fired at or inside `target`. */
export function settle(target: EventTarget, timeout = 8000): Promise<{ outcome: Outcome; event: CustomEvent }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      done();
      reject(new Error(`neither news-load nor news-error within ${timeout} ms`));
    }, timeout);
    const on = (event: Event) => {
      done();
      resolve({ outcome: event.type as Outcome, event: event as CustomEvent });
    };
    const done = () => {
      clearTimeout(timer);
      target.removeEventListener('news-load', on);
      target.removeEventListener('news-error', on);
    };
    target.addEventListener('news-load', on);
    target.addEventListener('news-error', on);
  });
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root (is it defined?)`);
  return el.shadowRoot;
}

/** The visible text of a node, whitespace collapsed. */
export function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function all(el: Element, selector: string): Element[] {
  return [...shadow(el).querySelectorAll(selector)];
}

export function one(el: Element, selector: string): Element | null {
  return shadow(el).querySelector(selector);
}

export const nextFrame = () => new Promise(r => requestAnimationFrame(() => r(undefined)));
export const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** Every URL-bearing attribute in a shadow root (and nested shadow roots). */
export function urlAttributes(root: ShadowRoot | Element): string[] {
  const urls: string[] = [];
  const walk = (node: ShadowRoot | Element) => {
    for (const el of node.querySelectorAll('*')) {
      for (const name of ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data']) {
        const value = el.getAttribute(name);
        if (value !== null) urls.push(value);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return urls;
}

/** Script-capable elements or event-handler attributes anywhere in a shadow tree. */
export function dangerousNodes(root: ShadowRoot | Element): string[] {
  const found: string[] = [];
  const walk = (node: ShadowRoot | Element) => {
    for (const el of node.querySelectorAll('*')) {
      if (/^(script|iframe|object|embed|svg|math|frame|frameset|base|meta|link|form|template)$/i.test(el.localName)) found.push(el.localName);
      for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) found.push(`${el.localName}[${attr}]`);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}

/**
 * Renders `template` into a fresh container and resolves once each of `count` distinct elements
 * inside it has fired `news-load` or `news-error` (the first outcome of each counts), with the
 * outcome per element. Rejects naming how many settled when `timeout` passes first.
 */
export async function mountMany(template: TemplateResult, count: number, timeout = 8000): Promise<{ container: HTMLElement; outcomes: Map<Element, CustomEvent> }> {
  const container = document.createElement('div');
  mounted.push(container);
  const outcomes = new Map<Element, CustomEvent>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onEvent: (event: Event) => void = () => {};
  const settled = new Promise<void>((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`only ${outcomes.size} of ${count} elements fired news-load or news-error within ${timeout} ms`)), timeout);
    onEvent = (event: Event) => {
      const target = event.target as Element;
      if (!outcomes.has(target)) outcomes.set(target, event as CustomEvent);
      if (outcomes.size >= count) resolve();
    };
  });
  container.addEventListener('news-load', onEvent);
  container.addEventListener('news-error', onEvent);
  document.body.append(container);
  try {
    render(template, container);
    await settled;
  } finally {
    clearTimeout(timer);
    container.removeEventListener('news-load', onEvent);
    container.removeEventListener('news-error', onEvent);
  }
  return { container, outcomes };
}

/**
 * Collects uncaught errors and unhandled rejections on the page while a test runs:
 * `const errors = watchErrors(); … errors.stop()` returns the messages seen.
 */
export function watchErrors(): { seen: string[]; stop: () => string[] } {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => seen.push(`unhandled rejection: ${String(event.reason?.stack ?? event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      return seen;
    },
  };
}
