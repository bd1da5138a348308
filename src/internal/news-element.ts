import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
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
   * The locale for dates and text direction: the element's own `lang`, else the data's
   * language, else the nearest ancestor's `lang`, else the browser's.
   */
  protected locale(dataLang?: string): string {
    return (
      [this.lang, dataLang, this.closest('[lang]')?.getAttribute('lang'), navigator.language].find(tag => {
        try {
          // A tag that is not a well-formed language tag throws.
          return tag && new Intl.Locale(tag);
        } catch {
          return false;
        }
      }) ?? 'en'
    );
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

/** `count` skeleton blocks of one kind (`class="skeleton <kind>"`), for a loading placeholder. */
export function skeletons(count: number, kind: string): TemplateResult[] {
  return Array.from({ length: count }, () => html`<span class="skeleton ${kind}"></span>`);
}

