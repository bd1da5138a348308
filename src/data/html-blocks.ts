/**
 * Publisher HTML (`content_html`, RSS descriptions) → body blocks, through an allowlist.
 *
 * The HTML is parsed by `DOMParser`, which builds an inert document: scripts never run and
 * nothing loads. The walk below then keeps only text and the few structures the model has
 * (paragraphs, headings, quotes, lists, images, links and emphasis); attributes other than
 * `href`, `src`, `alt`, `width` and `height` are never read, so event handlers and styles
 * cannot survive. The result is data, never markup.
 */
import { DataError } from './errors.js';
import type { Block, Inline, Picture } from './model.js';
import { cleanText, lenientSize } from './read.js';
import { safeUrl } from './urls.js';

/** Elements removed together with their text: code, embedded content, form controls, metadata. */
const DROPPED = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'applet', 'frame', 'frameset',
  'svg', 'math', 'form', 'input', 'button', 'select', 'textarea', 'canvas', 'video', 'audio',
  'link', 'meta', 'head', 'title',
]);

/**
 * Containers whose edges end the paragraph in progress; their content is walked as blocks.
 * (Wrappers of these, such as `table` or `dl`, need no entry: their children end paragraphs.)
 */
const BOUNDARIES = new Set([
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'address', 'details',
  'summary', 'dt', 'dd', 'caption', 'tr', 'td', 'th', 'pre', 'hr', 'li', 'figcaption',
]);

const HEADING_LEVELS: Record<string, 2 | 3> = { h1: 2, h2: 2, h3: 3, h4: 3, h5: 3, h6: 3 };

const MARKS: Record<string, 'em' | 'strong' | 'code'> = { em: 'em', i: 'em', strong: 'strong', b: 'strong', code: 'code' };

/** Anything that becomes (or ends) a block; an inline element holding one cannot stay inline. */
const BLOCKISH_SELECTOR = ['p', 'img', 'figure', 'blockquote', 'ul', 'ol', ...Object.keys(HEADING_LEVELS), ...BOUNDARIES].join(',');

/** HTML's own whitespace (not the no-break space, which the author meant). */
const SPACES = /[ \t\n\r\f]+/g;

/**
 * Converts an HTML fragment into body blocks. Relative `href`/`src` resolve against `base`.
 * Throws a DataError where there is no `DOMParser` (server rendering), so a caller can fall
 * back to a plain-text version of the content.
 */
export function htmlToBlocks(html: string, base?: string): Block[] {
  const doc = inertDocument(html, 'text/html', 'HTML content');
  const walker = new BlockWalker(base);
  walker.flow(doc.body);
  walker.endParagraph();
  return walker.blocks;
}

/**
 * Parses markup with `DOMParser` into an inert document (nothing in it runs or loads). `DOMParser`
 * is looked up only now, never at import, so JSON formats work where there is no DOM (server
 * rendering, workers); there, reading `what` is a DataError a caller can fall back from.
 */
export function inertDocument(text: string, type: DOMParserSupportedType, what: string): Document {
  if (typeof DOMParser === 'undefined') throw new DataError('', `${what} needs a browser to be read (DOMParser is not available here)`);
  return new DOMParser().parseFromString(inertPolicy().createHTML(text), type);
}

/**
 * `parseFromString` is a Trusted Types sink: where a page enforces `require-trusted-types-for
 * 'script'` it rejects plain strings. Its document is inert and only read through allowlists, so
 * the text passes unchanged through a policy named "news-elements" (a page that lists policy names
 * must list it). The policy stays inside this module: a pass-through policy within reach of other
 * scripts would let them make TrustedHTML for any sink. A second copy of the library on the same
 * page creates its own, which a policy list allows with 'allow-duplicates' (as Lit's "lit-html").
 */
type InertPolicy = { createHTML(text: string): string };
let policy: InertPolicy | undefined;

function inertPolicy(): InertPolicy {
  if (!policy) {
    const rules = { createHTML: (text: string) => text };
    const trustedTypes = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: InertPolicy): InertPolicy } }).trustedTypes;
    try {
      policy = trustedTypes?.createPolicy('news-elements', rules) ?? rules;
    } catch {
      // The page does not allow the name: parsing then fails (a DataError) only where Trusted Types are enforced.
      policy = rules;
    }
  }
  return policy;
}

class BlockWalker {
  readonly blocks: Block[] = [];
  /** Loose text and inline content waiting to become a paragraph. */
  #pending: Inline[] = [];
  readonly #base: string | undefined;

  constructor(base: string | undefined) {
    this.#base = base;
  }

  /** Walks children at block level. */
  flow(parent: Node): void {
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) this.#pending.push((child as Text).data);
      else if (child.nodeType === Node.ELEMENT_NODE) this.#element(child as Element);
    }
  }

  endParagraph(): void {
    const content = tidy(this.#pending);
    this.#pending = [];
    if (content.length) this.blocks.push({ type: 'paragraph', content });
  }

  #element(el: Element): void {
    const name = el.localName;
    if (DROPPED.has(name)) return;
    if (name === 'br') {
      this.#pending.push(' ');
    } else if (name in HEADING_LEVELS) {
      this.endParagraph();
      const content = tidy(this.#inlines(el));
      if (content.length) this.blocks.push({ type: 'heading', level: HEADING_LEVELS[name], content });
    } else if (name === 'blockquote') {
      this.endParagraph();
      this.#quote(el);
    } else if (name === 'ul' || name === 'ol') {
      this.endParagraph();
      const items: Inline[][] = [];
      this.#listItems(el, items);
      if (items.length) this.blocks.push({ type: 'list', ordered: name === 'ol', items });
    } else if (name === 'figure') {
      this.endParagraph();
      this.#figure(el);
    } else if (name === 'img') {
      // An image that fails the allowlist leaves the paragraph around it whole.
      const image = this.#picture(el);
      if (image) {
        this.endParagraph();
        this.blocks.push({ type: 'image', image });
      }
    } else if (name === 'p' || BOUNDARIES.has(name)) {
      this.endParagraph();
      this.flow(el);
      this.endParagraph();
    } else if ((name === 'a' || name in MARKS) && !el.querySelector(BLOCKISH_SELECTOR)) {
      this.#pending.push(...this.#inlineElement(el));
    } else {
      // span, unknown elements, and links or emphasis wrapped around blocks (`<a><img></a>`):
      // the wrapper has no place in the model, its content does.
      this.flow(el);
    }
  }

  /** Inline content of an element's children; `skip` leaves out parts shown elsewhere. */
  #inlines(parent: Element, skip?: (el: Element) => boolean): Inline[] {
    const out: Inline[] = [];
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        out.push((child as Text).data);
      } else if (child.nodeType === Node.ELEMENT_NODE && !skip?.(child as Element)) {
        out.push(...this.#inlineElement(child as Element, skip));
      }
    }
    return out;
  }

  #inlineElement(el: Element, skip?: (el: Element) => boolean): Inline[] {
    const name = el.localName;
    if (DROPPED.has(name) || name === 'img') return [];
    if (name === 'br') return [' '];
    const content = this.#inlines(el, skip);
    if (name in MARKS) return [{ type: MARKS[name], content }];
    if (name === 'a') {
      const href = safeUrl(el.getAttribute('href'), this.#base, 'link');
      return href ? [{ type: 'link', href, content }] : content;
    }
    // Keep words of neighbouring blocks apart when a block is flattened into one line.
    return name === 'p' || name in HEADING_LEVELS || BOUNDARIES.has(name) ? [' ', ...content, ' '] : content;
  }

  #quote(el: Element): void {
    // A <footer> holds the whole attribution ("Jane Doe, <cite>NASA</cite>"), so it wins over a <cite>.
    const source = ownDescendant(el, 'footer') ?? ownDescendant(el, 'cite');
    const content = tidy(this.#inlines(el, child => child === source));
    if (!content.length) return;
    const attribution = source ? plainText(source).replace(/^[-–—―~\s]+/, '') : '';
    this.blocks.push(attribution ? { type: 'quote', content, attribution } : { type: 'quote', content });
  }

  /** The model has no nested lists: a nested list's items follow the item that holds them. */
  #listItems(list: Element, items: Inline[][]): void {
    for (const child of list.children) {
      if (DROPPED.has(child.localName)) continue;
      if (child.localName !== 'li') {
        this.#listItems(child, items);
        continue;
      }
      const isNestedList = (el: Element) => el.localName === 'ul' || el.localName === 'ol';
      const content = tidy(this.#inlines(child, isNestedList));
      if (content.length) items.push(content);
      for (const nested of child.querySelectorAll('ul, ol')) {
        if (nested.parentElement?.closest('li, ul, ol') === child) this.#listItems(nested, items);
      }
    }
  }

  #figure(el: Element): void {
    const images = [...el.querySelectorAll('img')].filter(img => !insideDropped(img, el));
    if (!images.length || el.querySelector('figure')) {
      // Galleries (figures of figures), pull quotes and tables in a figure: walk what is inside.
      this.flow(el);
      this.endParagraph();
      return;
    }
    const pictures = images.map(img => this.#picture(img)).filter(picture => picture !== undefined);
    // A caption describing an image that was dropped would describe nothing.
    if (!pictures.length) return;
    const captionElement = ownDescendant(el, 'figcaption');
    const caption = captionElement ? plainText(captionElement) : '';
    // The caption sits under the last picture, as it does on the page.
    const last = pictures[pictures.length - 1];
    if (caption) last.caption = caption;
    for (const image of pictures) this.blocks.push({ type: 'image', image });
  }

  #picture(img: Element): Picture | undefined {
    const url = safeUrl(img.getAttribute('src'), this.#base, 'media');
    if (!url) return undefined;
    const picture: Picture = { url };
    const alt = cleanText(img.getAttribute('alt') ?? '');
    if (alt) picture.alt = alt;
    const width = lenientSize(img.getAttribute('width'));
    const height = lenientSize(img.getAttribute('height'));
    if (width) picture.width = width;
    if (height) picture.height = height;
    return picture;
  }
}

/**
 * Collapses whitespace across a run of inlines the way a browser would render it, trims both
 * ends, merges neighbouring text and drops marks and links left empty.
 */
export function tidy(raw: Inline[]): Inline[] {
  const result = collapse(raw, { afterSpace: true });
  trimEnd(result);
  return result;
}

function collapse(raw: Inline[], state: { afterSpace: boolean }): Inline[] {
  const out: Inline[] = [];
  for (const item of raw) {
    if (typeof item === 'string') {
      let text = item.replace(SPACES, ' ');
      if (state.afterSpace) text = text.replace(/^ /, '');
      if (!text) continue;
      state.afterSpace = text.endsWith(' ');
      const last = out.length - 1;
      if (typeof out[last] === 'string') out[last] += text;
      else out.push(text);
    } else if (item.type === 'cite') {
      out.push(item);
    } else {
      const content = collapse(item.content, state);
      if (content.length) out.push({ ...item, content });
    }
  }
  return out;
}

function trimEnd(inlines: Inline[]): void {
  while (inlines.length) {
    const last = inlines[inlines.length - 1];
    if (typeof last === 'string') {
      const text = last.replace(/ +$/, '');
      if (text) {
        inlines[inlines.length - 1] = text;
        return;
      }
    } else if (last.type === 'cite') {
      return;
    } else {
      trimEnd(last.content);
      if (last.content.length) return;
    }
    inlines.pop();
  }
}

/** Text of an element, one clean line, without dropped content. */
function plainText(source: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += (child as Text).data;
      else if (child.nodeType === Node.ELEMENT_NODE && !DROPPED.has((child as Element).localName)) {
        text += ' ';
        walk(child);
        text += ' ';
      }
    }
  };
  walk(source);
  return text.replace(SPACES, ' ').trim();
}

/** The first match inside `root` that is not inside dropped content. */
function ownDescendant(root: Element, selector: string): Element | undefined {
  return [...root.querySelectorAll(selector)].find(el => !insideDropped(el, root));
}

function insideDropped(el: Element, root: Element): boolean {
  for (let node = el.parentElement; node && node !== root; node = node.parentElement) {
    if (DROPPED.has(node.localName)) return true;
  }
  return false;
}

/**
 * Publisher HTML (an RSS title or description, an Atom `type="html"` text) as one line of plain
 * text, read through the same allowlist as article bodies, so scripts, styles and embeds are
 * dropped with their text. Text without `<` or `&` cannot hold markup, so it skips the HTML parser.
 */
export function htmlText(html: string): string {
  return cleanText(/[<&]/.test(html) ? blocksText(htmlToBlocks(html)) : html);
}

/** The plain text of body blocks, as one line (images and citation marks have none). */
export function blocksText(blocks: Block[]): string {
  return cleanText(blocks.map(blockText).join(' '));
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'list':
      return block.items.map(inlineText).join(' ');
    case 'image':
      return '';
    default:
      return inlineText(block.content);
  }
}

function inlineText(inlines: Inline[]): string {
  return inlines.map(inline => (typeof inline === 'string' ? inline : inline.type === 'cite' ? '' : inlineText(inline.content))).join('');
}

/**
 * The first image of publisher HTML that passes the allowlist (a feed item's picture when it has
 * no explicit one), or `undefined`.
 */
export function firstImage(html: string, base?: string): Picture | undefined {
  if (!/<img\b/i.test(html)) return undefined;
  for (const block of htmlToBlocks(html, base)) {
    if (block.type === 'image') return block.image;
  }
  return undefined;
}
