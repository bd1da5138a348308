/**
 * Publisher HTML (`content_html`, RSS descriptions) → body blocks, through an allowlist.
 *
 * The HTML is parsed by `DOMParser`, which builds an inert document: scripts never run and
 * nothing loads. The walk below then keeps only text and the few structures the model has
 * (paragraphs, headings, quotes, lists, images, links and emphasis); attributes other than
 * `href`, the image ones (html-images.ts) and `class` on images are never read, so event handlers
 * and styles cannot survive. The result is data, never markup. HTML too deep or too large for the
 * parser to take without freezing the page is read as plain text instead (html-limits.ts).
 */
import { DataError, warn } from './errors.js';
import { readImage } from './html-images.js';
import { markupRemoved, overLimit } from './html-limits.js';
import type { Block, CiteInline, Inline, Picture } from './model.js';
import { cleanText } from './read.js';
import { safeUrl } from './urls.js';

/**
 * Elements removed together with their text: code, embedded content, form controls, metadata,
 * what only browsers without some feature show (`noembed`, `noframes`), raw source (`xmp`,
 * `plaintext`), and MathML's annotations (the TeX source of the formula shown). Void elements
 * (`input`, `embed`, `meta`) hold no text, and a body never holds `head` or `frame`.
 */
const DROPPED =
  'script,style,template,noscript,iframe,object,form,button,select,textarea,canvas,video,audio,title,xmp,noembed,noframes,plaintext,annotation,annotation-xml';

/**
 * Containers whose edges end the paragraph in progress; their content is walked as blocks.
 * (Wrappers of these, such as `table` or `dl`, need no entry: their children end paragraphs.)
 */
const BOUNDARIES = 'p,div,section,article,main,header,footer,aside,nav,address,details,summary,dt,dd,caption,tr,td,th,pre,hr,li,figcaption';

const HEADINGS = 'h1,h2,h3,h4,h5,h6';

/** Everything at block level but headings and images. */
const BLOCKS = `blockquote,ul,ol,figure,${BOUNDARIES}`;

const MARKS: Record<string, 'em' | 'strong' | 'code'> = { em: 'em', i: 'em', strong: 'strong', b: 'strong', code: 'code' };

/** Anything that becomes (or ends) a block; an inline element holding one cannot stay inline. */
const BLOCKISH = `img,${HEADINGS},${BLOCKS}`;

/** HTML's own whitespace (not the no-break space, which the author meant). */
const SPACES = /[ \t\n\r\f]+/g;

/**
 * Converts an HTML fragment into body blocks. Relative `href`/`src` resolve against `base`.
 * Text without `<` or `&` cannot hold markup or entities, so it skips the parser. HTML over the
 * limits becomes one paragraph of its text, with a warning. Throws a DataError where there is
 * no `DOMParser` (server rendering), so a caller can fall back to a plain-text version.
 */
export function htmlToBlocks(html: string, base?: string): Block[] {
  if (!/[<&]/.test(html)) return paragraph([html]);
  const source = withoutCdataMarkers(html);
  const limit = overLimit(source);
  if (limit) {
    warn('', `HTML ${limit} is shown as plain text`);
    return paragraph([parseBody(markupRemoved(source)).textContent]);
  }
  return walk(parseBody(source), base);
}

/** A paragraph of the inlines, if they hold any text. */
function paragraph(inlines: Inline[]): Block[] {
  const content = tidy(inlines);
  return content.length ? [{ type: 'paragraph', content }] : [];
}

/**
 * HTML that went through XML twice (an escaped CDATA section in a feed) holds literal CDATA
 * markers, which the HTML parser would take for a comment, hiding the text they wrap.
 */
function withoutCdataMarkers(html: string): string {
  return html.replace(/<!\[CDATA\[|\]\]>/g, '');
}

/**
 * Parses a fragment as the content of a body: without the `<body>`, a fragment that starts with
 * `<noscript>`, `<style>` or `<meta>` would be read as a document head, which moves its content.
 */
function parseBody(html: string): HTMLElement {
  return inertDocument(`<body>${html}`, 'text/html', 'HTML content').body;
}

/** Parses markup into an inert document, as `DOMParser.parseFromString` does. */
export type InertParser = (text: string, type: DOMParserSupportedType) => Document;

/** The parser used where there is no `DOMParser`: the server entry sets one (see src/server/). */
let serverParser: InertParser | undefined;

/** Sets the parser for environments without `DOMParser`, such as Node. */
export function useInertParser(parser: InertParser): void {
  serverParser = parser;
}

/**
 * Parses markup with `DOMParser` into an inert document (nothing in it runs or loads). `DOMParser`
 * is looked up only now, never at import, so JSON formats work where there is no DOM (workers);
 * on a server the parser set by useInertParser stands in for it. Where there is neither, reading
 * `what` is a DataError a caller can fall back from.
 */
export function inertDocument(text: string, type: DOMParserSupportedType, what: string): Document {
  if (typeof DOMParser !== 'undefined') return new DOMParser().parseFromString(inertPolicy().createHTML(text), type);
  if (serverParser) return serverParser(text, type);
  throw new DataError('', `${what} needs a browser to be read (DOMParser is not available here)`);
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
    policy = { createHTML: (text: string) => text };
    try {
      policy = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: InertPolicy): InertPolicy } }).trustedTypes?.createPolicy('news-elements', policy) ?? policy;
    } catch {
      // The page does not allow the name: parsing then fails (a DataError) only where Trusted Types are enforced.
    }
  }
  return policy;
}

/** Node kinds by `nodeType`, not `instanceof`: a server's parser makes nodes of its own classes. */
const isText = (node: Node): node is Text => node.nodeType === 3;
/** An element the walk enters: any but dropped content (DROPPED), which goes with its text. */
const isKept = (node: Node): node is Element => node.nodeType === 1 && !(node as Element).matches(DROPPED);

/** The blocks of a parsed body (see the module's comment); relative URLs resolve against `base`. */
function walk(body: HTMLElement, base: string | undefined): Block[] {
  const blocks: Block[] = [];
  /** Loose text and inline content waiting to become a paragraph. */
  let pending: Inline[] = [];
  flow(body);
  endParagraph();
  return blocks;

  /** Walks children at block level. */
  function flow(parent: Element): void {
    for (const child of parent.childNodes) {
      if (isText(child)) pending.push(child.data);
      else if (isKept(child)) element(child);
    }
  }

  function endParagraph(): void {
    blocks.push(...paragraph(pending));
    pending = [];
  }

  function element(el: Element): void {
    const name = el.localName;
    const heading = el.matches(HEADINGS);
    // A block ends the paragraph in progress (an image only if it is one, not an emoji).
    const block = heading || el.matches(BLOCKS);
    if (block) endParagraph();
    if (heading) {
      const content = tidy(inlines(el));
      // The article's headline is its only h1, so h1 and h2 are both level 2.
      if (content.length) blocks.push({ type: 'heading', level: name < 'h3' ? 2 : 3, content });
    } else if (name === 'blockquote') {
      quote(el);
    } else if (name === 'ul' || name === 'ol') {
      const items: Inline[][] = [];
      listItems(el, items);
      if (items.length) blocks.push({ type: 'list', ordered: name === 'ol', items });
    } else if (name === 'figure' && figure(el)) {
      // Pictures, with their caption.
    } else if (block) {
      // The other containers (BOUNDARIES), and galleries (figures of figures), pull quotes and
      // tables in a figure, are walked as any container.
      flow(el);
      endParagraph();
    } else if (name !== 'svg' && el.querySelector(BLOCKISH)) {
      // span, unknown elements, links and emphasis wrapped around blocks (`<a><img></a>`): the
      // wrapper has no place in the model, its content does.
      flow(el);
    } else {
      // An image that fails the allowlist leaves the paragraph around it whole; an emoji is text.
      const image = name === 'img' && readImage(el, base);
      if (typeof image === 'object') {
        endParagraph();
        blocks.push({ type: 'image', image });
      } else pending.push(...inlineElement(el));
    }
  }

  /** Inline content of an element's children; `skip` leaves out parts shown elsewhere. */
  function inlines(parent: Element, skip?: (el: Element) => boolean): Inline[] {
    return [...parent.childNodes].flatMap(child =>
      isText(child) ? child.data : isKept(child) && !skip?.(child) ? inlineElement(child, skip) : [],
    );
  }

  function inlineElement(el: Element, skip?: (el: Element) => boolean): Inline[] {
    const name = el.localName;
    if (name === 'img') {
      const image = readImage(el, base);
      return typeof image === 'string' ? [image] : [];
    }
    if (name === 'br') return [' '];
    if (name === 'svg') return svgText(el);
    const content = inlines(el, skip);
    // Own keys only: an element called <constructor> is no mark.
    if (Object.hasOwn(MARKS, name)) return [{ type: MARKS[name]!, content }];
    if (name === 'a') {
      const href = safeUrl(el.getAttribute('href'), base);
      return href ? [{ type: 'link', href, content }] : content;
    }
    // Keep words of neighbouring blocks apart when a block is flattened into one line.
    return el.matches(`${HEADINGS},${BOUNDARIES}`) ? [' ', ...content, ' '] : content;
  }

  function quote(el: Element): void {
    // A <footer> holds the whole attribution ("Jane Doe, <cite>NASA</cite>"), so it wins over a <cite>.
    const source = ownDescendant(el, 'footer') ?? ownDescendant(el, 'cite');
    const content = tidy(inlines(el, child => child === source));
    if (!content.length) return;
    const attribution = text(source).replace(/^[-–—―~\s]+/, '');
    blocks.push({ type: 'quote', content, ...(attribution && { attribution }) });
  }

  /**
   * The model has no nested lists: the items of a list inside an item follow that item, which
   * leaves them out of its text.
   */
  function listItems(parent: Element, items: Inline[][]): void {
    for (const child of parent.children) {
      if (child.matches(DROPPED)) continue;
      if (child.localName === 'li') {
        const content = tidy(inlines(child, el => el.matches('li,ul,ol')));
        if (content.length) items.push(content);
      }
      listItems(child, items);
    }
  }

  /** Reads a figure of pictures; false for any other figure. */
  function figure(el: Element): boolean {
    const images = [...el.querySelectorAll('img')].filter(shown);
    if (!images.length || el.querySelector('figure')) return false;
    const pictures = images.map(img => readImage(img, base)).filter(image => typeof image === 'object');
    // A caption describing an image that was dropped would describe nothing.
    if (!pictures.length) return true;
    const caption = text(ownDescendant(el, 'figcaption'));
    // The caption sits under the last picture, as it does on the page.
    if (caption) pictures.at(-1)!.caption = caption;
    for (const image of pictures) blocks.push({ type: 'image', image });
    return true;
  }

  /** Text of an element, one clean line, without dropped content (`''` for no element). */
  function text(el: Element | undefined): string {
    return el ? cleanText(inlineText(inlines(el))) : '';
  }
}

/**
 * Collapses whitespace across a run of inlines the way a browser would render it, trims both
 * ends, merges neighbouring text and drops marks and links left empty.
 */
export function tidy(raw: Inline[]): Inline[] {
  let afterSpace = true;
  const collapse = (inlines: Inline[]): Inline[] => {
    const out: Inline[] = [];
    for (const item of inlines) {
      if (typeof item === 'string') {
        // After a space, the one the text starts with once collapsed goes.
        const text = (afterSpace ? ` ${item}` : item).replace(SPACES, ' ').slice(+afterSpace);
        if (!text) continue;
        afterSpace = text.endsWith(' ');
        const last = out.length - 1;
        if (typeof out[last] === 'string') out[last] += text;
        else out.push(text);
      } else if (item.type === 'cite') {
        out.push(item);
      } else {
        const content = collapse(item.content);
        if (content.length) out.push({ ...item, content });
      }
    }
    return out;
  };
  const result = collapse(raw);
  trimEnd(result);
  return result;
}

/**
 * Trims the space collapsing may leave at the end of a run. Only its last text can end with one
 * (a space is kept only after text without one), so what that trim leaves empty (a space, or a
 * mark around one) goes, and the text before it needs no trim.
 */
function trimEnd(inlines: Inline[]): void {
  const last = inlines.pop();
  if (typeof last === 'string') {
    if (last !== ' ') inlines.push(last.replace(/ $/, ''));
  } else if (last?.type === 'cite') {
    inlines.push(last);
  } else if (last) {
    trimEnd(last.content);
    if (last.content.length) inlines.push(last);
  }
}

/** The first match inside `root` that is not inside dropped content. */
function ownDescendant(root: Element, selector: string): Element | undefined {
  return [...root.querySelectorAll(selector)].find(shown);
}

/**
 * What an SVG drawing says in words: its `<title>`s and `<text>`s, with spaces around (labels are
 * drawn apart). Its other content (shapes, scripts, descriptions) is no text, so it is never walked.
 */
function svgText(svg: Element): Inline[] {
  return [' ', ...[...svg.querySelectorAll('title, text')].map(el => `${el.textContent} `)];
}

/**
 * Whether an element the walk did not reach itself is outside dropped content. Only the elements
 * that hold what it looks for (images, captions, attributions) are asked, and the walk never enters
 * dropped content, so the nearest dropped ancestor is inside what it looks in, if there is one.
 */
function shown(el: Element): boolean {
  return !el.closest(DROPPED);
}

/**
 * Publisher HTML (an RSS title or description, an Atom `type="html"` text) as one line of plain
 * text, read through the same allowlist as article bodies, so scripts, styles and embeds are
 * dropped with their text. Entities are decoded once: `AT&amp;amp;T` is `AT&amp;T`.
 */
export function htmlText(html: string): string {
  return blocksText(htmlToBlocks(html));
}

/** The plain text of body blocks, as one line (images and citation marks have none). */
export function blocksText(blocks: Block[]): string {
  return cleanText(blockRuns(blocks).map(inlineText).join(' '));
}

/** The runs of inline content of body blocks, in reading order (an image has none, a list one per item). */
export function blockRuns(blocks: Block[]): Inline[][] {
  return blocks.flatMap(block => (block.type === 'list' ? block.items : block.type === 'image' ? [] : [block.content]));
}

/** The text and citation marks of a run, in reading order, out of the marks and links around them. */
export function flatInlines(inlines: Inline[]): Array<string | CiteInline> {
  return inlines.flatMap(inline => (typeof inline === 'string' || inline.type === 'cite' ? inline : flatInlines(inline.content)));
}

function inlineText(inlines: Inline[]): string {
  return flatInlines(inlines).filter(inline => typeof inline === 'string').join('');
}

/**
 * The first real picture of publisher HTML (a feed item's picture when it has no explicit one):
 * one that passes the allowlist and is no tracking pixel or emoji, or `undefined`. It runs for
 * every item of a feed, so it converts nothing and parses only what comes before each `<img>` in
 * turn (all that decides what that image is), for the first ten; HTML without `<img` is not
 * parsed at all, and HTML over the limits before an image gives none.
 */
export function firstImage(html: string, base?: string): Picture | undefined {
  const images = /<img\b(?:[^>"']|"[^"]*"|'[^']*')*>?/gi;
  for (let i = 0; i < 10 && images.exec(html); i++) {
    const head = withoutCdataMarkers(html.slice(0, images.lastIndex));
    if (overLimit(head)) return undefined;
    const body = parseBody(head);
    // The image just reached is the last one (the ones before it were read in earlier turns).
    const img = [...body.querySelectorAll('img')].pop();
    const image = img && shown(img) ? readImage(img, base) : undefined;
    if (typeof image === 'object') return image;
  }
  return undefined;
}
