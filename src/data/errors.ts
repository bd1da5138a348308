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
