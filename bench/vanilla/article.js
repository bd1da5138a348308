/**
 * The vanilla-DOM baseline for <news-article>: hand-written DOM code that builds the same shadow
 * markup the element renders for the seed article (news-elements article JSON with a headline, a
 * standfirst, a body of headings and paragraphs, and sources without inline citations).
 *
 * It is what a careful engineer would write without a library: createElement, textContent and
 * setAttribute, one delegated click listener. It reads the raw JSON directly, so it skips what the
 * element does besides rendering (validating every field, the URL allowlist, other formats).
 */

/** Writing direction of a language tag, as the element computes it. */
function directionOf(lang) {
  return /^(ar|arc|ckb|dv|fa|he|iw|ku-arab|ps|sd|ug|ur|yi)(-|$)/i.test(lang) ? 'rtl' : 'ltr';
}

function el(tag, attributes, text) {
  const node = document.createElement(tag);
  for (const name in attributes) node.setAttribute(name, attributes[name]);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Renders `data` (the seed article JSON) into `root` (a shadow root), replacing what was there. */
export function renderArticle(root, data) {
  root.replaceChildren();
  const article = el('article', { part: 'article' });
  if (data.lang) {
    article.setAttribute('lang', data.lang);
    article.setAttribute('dir', directionOf(data.lang));
  }

  const header = el('header', { part: 'header' });
  if (data.section) header.append(el('p', { part: 'section', class: 'section' }, data.section));
  header.append(el('h1', { part: 'headline' }, data.headline));
  if (data.standfirst) header.append(el('p', { part: 'standfirst', class: 'standfirst' }, data.standfirst));
  article.append(header);

  const body = el('div', { part: 'body' });
  for (const block of data.body) {
    if (typeof block === 'string') body.append(el('p', { part: 'paragraph' }, block));
    else if (block.type === 'heading') body.append(el(block.level === 3 ? 'h3' : 'h2', { part: 'heading' }, block.text));
    else if (block.type === 'paragraph') body.append(el('p', { part: 'paragraph' }, block.text));
  }
  article.append(body);

  // The sources are the fallback content of a "sources" slot, where a host can put its own.
  const sourcesSlot = el('slot', { name: 'sources' });
  const sources = data.sources ?? [];
  if (sources.length) {
    const section = el('section', { part: 'sources', class: 'sources', 'aria-labelledby': 'sources-heading' });
    section.append(el('h2', { part: 'sources-heading', id: 'sources-heading' }, 'Sources'));
    const list = el('ul', { part: 'source-list' });
    sources.forEach((source, index) => {
      const item = el('li', { part: 'source', tabindex: '-1', id: `source-${index + 1}` });
      if (source.url) item.append(el('a', { part: 'source-link', href: source.url }, source.name));
      else item.append(source.name);
      if (source.publisher && source.publisher !== source.name) {
        item.append(', ', el('span', { part: 'publisher', class: 'publisher' }, source.publisher));
      }
      list.append(item);
    });
    section.append(list);
    sourcesSlot.append(section);
  }
  article.append(sourcesSlot, document.createElement('slot'));
  root.append(article);
}

/** A host like the element's: a block with an open shadow root using the given style sheets. */
export function createArticleHost(styleSheets) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = styleSheets;
  // One delegated listener, as the element has one on <article> for in-page citation links.
  root.addEventListener('click', () => {});
  return { host, root };
}
