/**
 * Lit's hydration support, for the drop-in on pages with server-rendered elements (see drop-in.ts):
 * a file of its own, loaded only there. Lit looks for it when LitElement is created, which in the
 * drop-in has happened already, so it is handed LitElement here, before any element is defined.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import type { LitElement } from 'lit';

export function supportHydration(litElement: typeof LitElement): void {
  (globalThis as { litElementHydrateSupport?: (lit: { LitElement: typeof LitElement }) => void }).litElementHydrateSupport?.({ LitElement: litElement });
}
