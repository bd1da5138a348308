/**
 * The drop-in bundle: every element, with Lit inlined and Lit's hydration support, so that a page
 * holding server-rendered elements (declarative shadow DOM) keeps the server's nodes. The support
 * comes first: LitElement looks for it when its own module runs.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './index.js';
