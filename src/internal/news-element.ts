import { html, isServer, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { defineElement } from './define.js';
import { remembered } from './memo.js';
import { ElementBase } from './server-element.js';
import { inSlice, nextTask } from './slices.js';
import { VERSION } from './version.js';

/**
 * What every element of the library shares: the version, a safe `define`, the `theme`
 * attribute and how the locale is chosen.
 */
export abstract class NewsElement extends ElementBase {
  /** The library version that defined this class. */
  static readonly version = VERSION;

  /**
   * Reactive properties, here and in every element, are declared in `static properties` with a
   * typed field below rather than with decorators: decorators compile to a helper per module and a
   * call per property, a needless kilobyte or two in the drop-in bundle.
   */
  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    timeout: { type: Number },
    theme: { reflect: true },
    timeZone: { attribute: 'time-zone', reflect: true },
    // Every element's `labels` (its own interface of UI words), an object set as a property.
    labels: { attribute: false },
  };

  /** The URL of the element's data (each element says which formats). */
  src?: string;

  /** The element's data, already parsed; takes precedence over `src`. */
  data?: unknown;

  /**
   * How long a fetch of `src` may take, in milliseconds, from the request to the last byte of the
   * answer; after that the element shows the error state (`news-error` with `kind: 'timeout'`).
   * Anything but a positive number means the default. Default: 30000 (30 s).
   */
  timeout = 30000;

  /** Defines the element under `tag` unless that tag is taken (then warns once per page). */
  static define(tag: string): void {
    defineElement(tag, this as unknown as CustomElementConstructor);
  }

  /**
   * Forces the light or dark palette; without it the element follows the reader's
   * `prefers-color-scheme`.
   */
  theme?: 'light' | 'dark';

  /**
   * The IANA time zone dates are shown in (`Europe/Berlin`, `UTC`), then named beside the time;
   * without it, the reader's. A server-rendered element gets the server's zone written here, so
   * that the page shows the same dates before and after it hydrates.
   */
  timeZone?: string;

  /**
   * Updates wait for a new task once the library has worked a slice of the current one (see
   * slices.ts): a page of 200 elements renders them in turns, the browser free in between.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // A server-rendered element hydrates at once: by a later task its data may have arrived, and
    // its first render would no longer match the HTML the server sent.
    return inSlice() || (!this.hasUpdated && this.shadowRoot?.firstChild) ? super.scheduleUpdate() : nextTask().then(() => this.scheduleUpdate());
  }

  override connectedCallback(): void {
    // Connecting counts too: the elements a page defines all connect in one task before any update.
    inSlice();
    super.connectedCallback();
  }

  /**
   * The locale for dates and text direction: the element's own `lang`, else the data's
   * language, else the nearest ancestor's `lang`, else the browser's. On the server, which sees
   * neither ancestors nor a browser, the element's or the data's language, else English.
   */
  protected locale(dataLang?: string): string {
    const own = this.getAttribute('lang');
    const candidates = isServer ? [own, dataLang] : [own, dataLang, this.closest('[lang]')?.getAttribute('lang'), navigator.language];
    return candidates.find(isLanguageTag) ?? 'en';
  }

  /** The `timeZone` Intl knows, else undefined (the reader's zone). */
  protected get zone(): string | undefined {
    return intlAccepts(timeZones, this.timeZone, zone => new Intl.DateTimeFormat('en', { timeZone: zone })) ? this.timeZone : undefined;
  }

  /** The latest load's error, in an alert shown above whatever loaded before (which stays). */
  protected renderAlert(error: string | undefined): TemplateResult | typeof nothing {
    return error ? html`<div class="error" part="error" role="alert">${error}</div>` : nothing;
  }

  /**
   * The loading state: `label` for screen readers, and a placeholder of skeleton blocks that
   * reserves roughly the final size, so nothing shifts when the data arrives.
   */
  protected renderLoading(label: string, placeholder: unknown): TemplateResult {
    return html`<p class="visually-hidden" role="status">${label}</p>
      <div part="skeleton" class="placeholder" aria-hidden="true">${placeholder}</div>`;
  }
}

/**
 * Whether Intl accepts `value` (`make` throws when it does not), remembered: the values come
 * from attributes and data, so the memory is cleared before it grows large.
 */
function intlAccepts(memory: Map<string, boolean>, value: string | null | undefined, make: (value: string) => unknown): value is string {
  if (!value) return false;
  if (memory.size > 200) memory.clear();
  return remembered(memory, value, () => {
    try {
      return !!make(value);
    } catch {
      return false;
    }
  });
}

const languageTags = new Map<string, boolean>();
const timeZones = new Map<string, boolean>();

/** A well-formed language tag. */
const isLanguageTag = (tag: string | null | undefined): tag is string => intlAccepts(languageTags, tag, value => new Intl.Locale(value));

/** A paragraph (an article's header line, a card's label or summary), its part and class named alike; none without content. */
export const paragraph = (part: string, content: unknown): TemplateResult | typeof nothing =>
  content ? html`<p part=${part} class=${part}>${content}</p>` : nothing;

/** Skeleton blocks for a loading placeholder, one per comma-separated kind, in order (`class="skeleton <kind>"`). */
export function skeletons(kinds: string): TemplateResult[] {
  return kinds.split(',').map(kind => html`<span class="skeleton ${kind}"></span>`);
}

