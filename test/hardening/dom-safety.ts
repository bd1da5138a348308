/**
 * The structural safety check for a rendered shadow tree: only the elements the renderers emit,
 * no event-handler or style attributes, no URL-bearing attribute other than `href`/`src`, and those
 * only with an allowlisted absolute URL (or an in-page `#fragment` link). Nested shadow roots are
 * walked too. Returns one line per problem; empty means safe.
 */
import { allowedUrl } from './allowed-url.js';

/** Every element the four renderers produce; anything else came from data. */
const RENDERED = new Set([
  'article', 'header', 'section', 'div', 'p', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'time', 'figure',
  'figcaption', 'img', 'blockquote', 'ul', 'ol', 'li', 'em', 'strong', 'code', 'sup', 'slot', 'button',
]);

/** URL-bearing or script-capable attributes the renderers never emit. */
const NEVER = /^(on|style$|srcset$|srcdoc$|action$|formaction$|xlink:href$|poster$|data$|background$|dynsrc$|lowsrc$|ping$|codebase$|manifest$|http-equiv$)/i;

export function shadowProblems(root: ShadowRoot): string[] {
  const problems: string[] = [];
  const walk = (node: ShadowRoot | Element) => {
    for (const el of node.querySelectorAll('*')) {
      const name = el.localName;
      if (!RENDERED.has(name) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`unexpected element <${el.nodeName}>`);
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? '';
        if (NEVER.test(attr)) problems.push(`<${name} ${attr}=${JSON.stringify(value.slice(0, 60))}>`);
        else if (attr === 'href' && !value.startsWith('#') && !allowedUrl(value, 'link')) problems.push(`<${name} href=${JSON.stringify(value.slice(0, 60))}> is not an allowed link`);
        else if (attr === 'src' && !allowedUrl(value, 'media')) problems.push(`<${name} src=${JSON.stringify(value.slice(0, 60))}> is not an allowed media URL`);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return problems;
}
