/**
 * The seed page rendered on the server, for `npm start`: demo/index.html with its elements
 * rendered by @lit-labs/ssr at request time, from the same data fetched on the server (read from
 * demo/data/ and passed as `.data`, with `src` naming where it came from). The drop-in then
 * hydrates it. The page's CSP allows inline styles: a declarative shadow root carries its
 * styles as a `<style>` element.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const SERVER_PAGE = '/demo/server.html';

async function render(root, origin) {
  const [{ render }, { collectResultSync }, { html }] = await Promise.all([
    import('@lit-labs/ssr'),
    import('@lit-labs/ssr/lib/render-result.js'),
    import('lit'),
    import(join(root, 'dist', 'server', 'index.js')),
  ]);
  const read = async name => JSON.parse(await readFile(join(root, 'demo', 'data', name), 'utf8'));
  const [article, related, trending] = await Promise.all(['seed-article.json', 'related.json', 'trending.json'].map(read));
  const url = name => `${origin}/demo/data/${name}`;
  const elements = collectResultSync(
    render(html`<main>
        <news-article src=${url('seed-article.json')} .data=${article}>
          <source-list></source-list>
          <related-articles src=${url('related.json')} .data=${related} heading="You may also like..." summaries></related-articles>
        </news-article>
      </main>
      <aside aria-label="More news">
        <trending-panel src=${url('trending.json')} .data=${trending} limit="5"></trending-panel>
      </aside>`),
  );
  const page = await readFile(join(root, 'demo', 'index.html'), 'utf8');
  const start = page.indexOf('<main>');
  const end = page.indexOf('</aside>') + '</aside>'.length;
  return (page.slice(0, start) + elements + page.slice(end))
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace('<title>news-elements demo</title>', '<title>news-elements demo (server-rendered)</title>')
    .replace(' blocking="render"', '')
    // The data are in the HTML: nothing to preload.
    .replace(/\n\s*<!-- The data requests start[^\n]*\n(\s*<link rel="preload"[^\n]*\n)+/, '\n')
    .replace('Rendered by news-elements from', 'Rendered on the server by news-elements (then hydrated by the drop-in) from');
}

/** Dev-server middleware answering SERVER_PAGE. */
export function serverRenderedDemo(root) {
  return async (ctx, next) => {
    if (ctx.path !== SERVER_PAGE) return next();
    ctx.type = 'text/html';
    ctx.set('cache-control', 'no-store');
    ctx.body = await render(root, ctx.origin);
  };
}
