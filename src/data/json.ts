/**
 * Turning response text into a JSON value, with error messages that say what the publisher sent
 * instead. (The size cap is the loader's: it depends on the element, and a body over it is never
 * read whole. The nesting cap is the readers': each counts the levels it descends, see MAX_DEPTH.)
 */
import { DataError } from './errors.js';

/** Parses JSON text, naming the problem when it is HTML, empty or malformed. */
export function parseJsonText(text: string): unknown {
  if (!text.trim()) throw new DataError('', 'the document is empty; expected JSON');
  if (/^\s*<(!doctype|html|head|body)\b/i.test(text)) {
    throw new DataError('', 'expected JSON but got an HTML page (is the URL right?)');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // What JSON.parse throws says what is wrong and where (Firefox starts it with "JSON.parse: ").
    throw new DataError('', `the document is not valid JSON (${(error as Error).message.replace(/^JSON\.parse: /, '')})`);
  }
}
