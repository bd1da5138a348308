// The npm build hydrating server-rendered elements: Lit's hydrate support first, then the elements.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../dist/index.js';
