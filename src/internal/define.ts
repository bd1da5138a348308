import { VERSION } from './version.js';

/** Where every copy of the library on a page records the version that defined its tags. */
const REGISTRY = Symbol.for('news-elements.versions');

type Registry = { warned: boolean; versions: Map<string, string> };

function registry(): Registry {
  const global = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  return (global[REGISTRY] ??= { warned: false, versions: new Map() });
}

/**
 * Defines a custom element unless the tag is taken, so two copies of the library on one page
 * (a drop-in and an app bundle, say) never throw. The second copy warns once per page, naming both
 * versions, and its elements are served by the first copy's classes.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const { versions } = registry();
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    versions.set(tag, VERSION);
    return;
  }
  if (existing === constructor) return;
  const state = registry();
  if (!state.warned) {
    state.warned = true;
    const first = versions.get(tag) ?? 'another library';
    console.warn(
      `news-elements ${VERSION}: <${tag}> is already defined by ${first === VERSION ? `another copy of news-elements ${VERSION}` : `news-elements ${first}`}; ` +
        'the first definition is used. Load the library once per page.',
    );
  }
}
