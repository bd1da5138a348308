import { LitElement, type PropertyDeclarations } from 'lit';
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
    const candidates = [this.lang, dataLang, this.closest('[lang]')?.getAttribute('lang'), navigator.language];
    for (const tag of candidates) {
      if (tag && isLocale(tag)) return tag;
    }
    return 'en';
  }
}

function isLocale(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0 || new Intl.Locale(tag).language.length > 0;
  } catch {
    return false;
  }
}
