/**
 * Turning response text into a JSON value, with a nesting cap and error messages that say what
 * the publisher sent instead. (The size cap is the loader's: it depends on the element, and a
 * body over it is never read whole.)
 */
import { DataError } from './errors.js';

/** Deepest nesting accepted; real articles and feeds stay under 15. */
export const MAX_DEPTH = 64;

/** Parses JSON text, naming the problem when it is HTML, empty or malformed. */
export function parseJsonText(text: string): unknown {
  if (!text.trim()) throw new DataError('', 'the document is empty; expected JSON');
  if (/^\s*<(!doctype|html|head|body)\b/i.test(text)) {
    throw new DataError('', 'expected JSON but got an HTML page (is the URL right?)');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // What JSON.parse throws says what is wrong and where (Firefox starts it with "JSON.parse: ").
    throw new DataError('', `the document is not valid JSON (${(error as Error).message.replace(/^JSON\.parse: /, '')})`);
  }
  checkDepth(value);
  return value;
}

/**
 * Rejects values nested deeper than MAX_DEPTH, without recursion (so it cannot overflow the
 * stack): a walk one level at a time, which holds only the objects and arrays of one level.
 */
export function checkDepth(value: unknown): void {
  const isNode = (node: unknown) => typeof node === 'object' && node !== null;
  for (let level = [value], depth = 1; (level = level.filter(isNode)).length; depth++) {
    if (depth > MAX_DEPTH) throw new DataError('', `the document is nested more than ${MAX_DEPTH} levels deep`);
    level = level.flatMap(node => (Array.isArray(node) ? node : Object.values(node as object)));
  }
}
