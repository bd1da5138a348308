/**
 * Turning response text into a JSON value, with the limits every input passes:
 * a size cap, a nesting cap, and error messages that say what the publisher sent instead.
 */
import { DataError } from './errors.js';

/** Largest document accepted, in characters (a long article is well under 200 KB). */
export const MAX_CHARS = 1024 * 1024;
/** Deepest nesting accepted; real articles and feeds stay under 15. */
export const MAX_DEPTH = 64;

/** Whether response text is an XML document (RSS, Atom): it starts with an XML declaration or a feed's root element. */
export function isXmlText(text: string): boolean {
  return /^\s*<(?:\?xml|rss|feed)\b/i.test(text.slice(0, 200));
}

/** Parses JSON text, naming the problem when it is HTML, empty, too big or malformed. */
export function parseJsonText(text: string): unknown {
  checkSize(text);
  const start = text.trimStart().slice(0, 100);
  if (!start) throw new DataError('', 'the document is empty; expected JSON');
  if (/^<(!doctype|html|head|body)\b/i.test(start)) {
    throw new DataError('', 'expected JSON but got an HTML page (is the URL right?)');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^JSON\.parse: /, '') : '';
    throw new DataError('', `the document is not valid JSON${detail ? ` (${detail})` : ''}`);
  }
  checkDepth(value);
  return value;
}

/** Rejects documents (JSON or XML text) over MAX_CHARS; returns the text when it is within. */
export function checkSize(text: string): string {
  if (text.length > MAX_CHARS) {
    throw new DataError('', `the document is too large (${formatSize(text.length)}; the limit is ${formatSize(MAX_CHARS)})`);
  }
  return text;
}

/** Rejects values nested deeper than MAX_DEPTH, without recursion (so it cannot overflow the stack). */
export function checkDepth(value: unknown): void {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > MAX_DEPTH) {
      throw new DataError('', `the document is nested more than ${MAX_DEPTH} levels deep`);
    }
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
}

function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(chars / 1024)} KB`;
}
