/**
 * The vanilla-DOM baseline for <trending-panel>: hand-written DOM code that builds the same shadow
 * markup the element renders for one ranked list (a JSON Feed) with `limit` items: heading, then
 * rank, linked title, label and relative time per item.
 *
 * It reads the raw JSON Feed directly and formats dates with the same Intl APIs; it skips what
 * the element does besides rendering (validation, the URL allowlist, other formats, tabs).
 */

const UNITS = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

function el(tag, attributes, text) {
  const node = document.createElement(tag);
  for (const name in attributes) node.setAttribute(name, attributes[name]);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Renders `feed` (a JSON Feed) into `root` (a shadow root) with at most `limit` items, replacing what was there. */
export function renderTrending(root, feed, limit, locale = 'en') {
  root.replaceChildren();
  const absolute = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const now = Date.now();
  const ago = iso => {
    const seconds = (Date.parse(iso) - now) / 1000;
    for (const [unit, size] of UNITS) {
      if (Math.abs(seconds) >= size) return relative.format(Math.trunc(seconds / size), unit);
    }
    return relative.format(0, 'minute');
  };

  const section = el('section', { 'aria-labelledby': 'heading' });
  const slot = el('slot', { name: 'heading' });
  slot.append(el('h2', { part: 'heading', id: 'heading' }, feed.title ?? 'Trending'));
  const list = el('ol', { part: 'list', class: 'ranked', role: 'list' });
  feed.items.slice(0, limit).forEach((item, index) => {
    const li = el('li', { part: 'item', class: 'item' });
    const text = el('span', { class: 'text' });
    if (item.url) text.append(el('a', { part: 'link', href: item.url }, item.title));
    else text.append(el('span', { class: 'title' }, item.title));
    const label = item.tags?.[0];
    if (label || item.date_published) {
      const meta = el('span', { part: 'meta', class: 'meta' });
      if (label) meta.append(el('span', { part: 'label' }, label));
      if (label && item.date_published) meta.append(' ');
      if (item.date_published) {
        const date = item.date_published;
        meta.append(el('time', { part: 'time', datetime: date, title: absolute.format(new Date(date)) }, ago(date)));
      }
      text.append(meta);
    }
    li.append(el('span', { part: 'rank', class: 'rank', 'aria-hidden': 'true' }, String(index + 1)), ' ', text);
    list.append(li);
  });
  section.append(slot, ' ', list);
  root.append(section);
}

/** A host like the element's: a block with an open shadow root using the given style sheets. */
export function createTrendingHost(styleSheets) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = styleSheets;
  // One delegated listener stands in for the element's per-link news-navigate handlers.
  root.addEventListener('click', () => {});
  return { host, root };
}
