import { html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type ReactiveController, type TemplateResult } from 'lit';
import { defineElement } from './define.js';
import { VERSION } from './version.js';

/**
 * What every element of the library shares: the version, a safe `define`, the `theme`
 * attribute and how the locale is chosen.
 */
export abstract class NewsElement extends LitElement {
  /** The library version that defined this class. */
  static readonly version = VERSION;

  /**
   * Reactive properties, here and in every element, are declared in `static properties` with a
   * typed field below rather than with decorators: decorators compile to a helper per module and a
   * call per property, a needless kilobyte or two in the drop-in bundle.
   */
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    timeZone: { attribute: 'time-zone', reflect: true },
  };

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

  /** The element's controllers, kept on the server only (see willUpdate). */
  #serverControllers: ReactiveController[] | undefined;

  /** @internal Lit's own method, extended to keep the controllers on the server. */
  override addController(controller: ReactiveController): void {
    super.addController(controller);
    if (isServer) (this.#serverControllers ??= []).push(controller);
  }

  /**
   * On the server Lit neither connects an element nor runs its controllers' `hostUpdate`: the
   * element does both here, once, so that its loader and its context reach the same state as in the
   * browser before it renders (the loader parses `data`; a nested element asks its article).
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!isServer) return;
    // A server has no reader: its dates are in its own zone, written into the element for the browser.
    if (!this.zone) this.timeZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const controllers = this.#serverControllers;
    this.#serverControllers = undefined;
    // A shadow root there is what lets events of nested elements (their context requests) reach this one.
    if (controllers) this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    controllers?.forEach(controller => controller.hostConnected?.());
    controllers?.forEach(controller => controller.hostUpdate?.());
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

  /** The valid `timeZone`, else undefined (the reader's zone). */
  protected get zone(): string | undefined {
    return this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : undefined;
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
  let valid = memory.get(value);
  if (valid === undefined) {
    try {
      valid = !!make(value);
    } catch {
      valid = false;
    }
    if (memory.size > 200) memory.clear();
    memory.set(value, valid);
  }
  return valid;
}

const languageTags = new Map<string, boolean>();
const timeZones = new Map<string, boolean>();

/** A well-formed language tag. */
const isLanguageTag = (tag: string | null | undefined): tag is string => intlAccepts(languageTags, tag, value => new Intl.Locale(value));

/** A time zone Intl knows (`Europe/Berlin`, `UTC`). */
const isTimeZone = (zone: string): boolean => intlAccepts(timeZones, zone, value => new Intl.DateTimeFormat('en', { timeZone: value }));

/** `count` skeleton blocks of one kind (`class="skeleton <kind>"`), for a loading placeholder. */
export function skeletons(count: number, kind: string): TemplateResult[] {
  return Array.from({ length: count }, () => html`<span class="skeleton ${kind}"></span>`);
}

