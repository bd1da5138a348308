/**
 * A rejection of input data, worded for the publisher who has to fix it:
 * `path` says where (`author[1].name`), `message` says what (`headline: expected text, got a number`).
 */
export class DataError extends Error {
  override name = 'DataError';
  readonly path: string;

  constructor(path: string, problem: string) {
    super(path ? `${path}: ${problem}` : problem);
    this.path = path;
  }
}

/**
 * Runs a parse so that only DataErrors leave it: `data` can be any JS object (getters that throw,
 * proxies, cycles), and the element must get an error it can show, not one it cannot.
 * `what` names the input in the message: "could not read the article: …".
 */
export function onlyDataErrors<T>(what: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError('', `could not read ${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The error for a value of the wrong kind: `headline: expected text, got a number`. */
export function unexpected(path: string, expected: string, value: unknown): DataError {
  return new DataError(path, `expected ${expected}, got ${describe(value)}`);
}

/** Like `unexpected`, but an absent value is reported as missing: `headline: is missing; expected text`. */
export function missingOrUnexpected(path: string, expected: string, value: unknown): DataError {
  return value === undefined ? new DataError(path, `is missing; expected ${expected}`) : unexpected(path, expected, value);
}

/** Names a JSON value's kind the way a publisher would read it. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length ? 'a list' : 'an empty list';
  switch (typeof value) {
    case 'string':
      return value.trim() ? 'text' : 'empty text';
    case 'number':
      return 'a number';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** Appends a key or index to a path: `at('author', 1)` is `author[1]`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}
