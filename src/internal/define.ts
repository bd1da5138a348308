import { VERSION } from './version.js';

/** Where every copy of the library on a page records the version that defined its tags. */
const REGISTRY = Symbol.for('news-elements.versions');

type Registry = { warned?: boolean; versions: Map<string, string> };

/**
 * Defines a custom element unless the tag is taken, so two copies of the library on one page
 * (a drop-in and an app bundle, say) never throw. The second copy warns once per page, naming both
 * versions, and its elements are served by the first copy's classes.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const registry: Registry = ((globalThis as typeof globalThis & { [REGISTRY]?: Registry })[REGISTRY] ??= { versions: new Map() });
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    registry.versions.set(tag, VERSION);
  } else if (existing !== constructor && !registry.warned) {
    registry.warned = true;
    const first = registry.versions.get(tag);
    // Both versions named (the same twice means two copies of one version); no record means another library.
    console.warn(`news-elements ${VERSION}: <${tag}> is already defined by ${first ? `news-elements ${first}` : 'another library'}; load the library once per page.`);
  }
}
