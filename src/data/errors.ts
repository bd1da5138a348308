/**
 * What goes wrong with input data, as data: a `path` (where: `author[1].name`) and a `problem`
 * (what: `expected text, got a number`). A DataError rejects the whole input; a warning reports a
 * field or item that was dropped while the rest rendered.
 */

/** One problem with the data: where it is and what is wrong, worded for the publisher who has to fix it. */
export interface DataProblem {
  path: string;
  problem: string;
}

/** A rejection of input data: nothing usable remains. `message` is `path: problem`. */
export class DataError extends Error implements DataProblem {
  override name = 'DataError';
  readonly path: string;
  readonly problem: string;

  constructor(path: string, problem: string) {
    super(path ? `${path}: ${problem}` : problem);
    this.path = path;
    this.problem = problem;
  }
}

/** Where the warnings of the parse in progress go (parsing is synchronous, so one at a time per call stack). */
let sink: DataProblem[] | undefined;

/**
 * Runs a parse and collects the warnings it reports (with `warn` or `lenient`), so that one bad
 * optional field or item costs only itself. Nested calls collect into their own list.
 */
export function collectWarnings<T>(parse: () => T): { value: T; warnings: DataProblem[] } {
  const outer = sink;
  const warnings: DataProblem[] = (sink = []);
  try {
    return { value: parse(), warnings };
  } finally {
    sink = outer;
  }
}

/** Reports a dropped field or item to the parse in progress. */
export function warn(path: string, problem: string): void {
  sink?.push({ path, problem });
}

/** Reports what a DataError says as a warning (the part it is about is left out). Any other error is a defect and is rethrown. */
export function warnError(error: unknown): void {
  if (!(error instanceof DataError)) throw error;
  warn(error.path, error.problem);
}

/**
 * Reads an optional part: a DataError it throws becomes a warning and the part is left out
 * (`undefined`). Any other error is a defect and is not hidden.
 */
export function lenient<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    warnError(error);
    return undefined;
  }
}

/**
 * Reads the optional field `owner[key]` with `read` leniently (see lenient); its path is `key` under
 * `path`. An absent or null field is `undefined` without a call.
 */
export function lenientField<T>(read: (value: unknown, path: string) => T, owner: { [key: string]: unknown }, key: string, path: string): T | undefined {
  return owner[key] == null ? undefined : lenient(() => read(owner[key], at(path, key)));
}

/**
 * Reads the items of a list, leaving out with a warning each one that cannot be used (`read`
 * throws a DataError for it). When there were items and none of them can be used, nothing usable
 * remains: the first one's error is the list's. (A list with no items at all is just empty.)
 */
export function readItems<V, T>(values: readonly V[], read: (value: V, i: number) => T): T[] {
  const items: T[] = [];
  let first: DataError | undefined;
  values.forEach((value, i) => {
    try {
      items.push(read(value, i));
    } catch (error) {
      warnError(error);
      first ??= error as DataError;
    }
  });
  if (first && !items.length) throw first;
  return items;
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
  if (value === null || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length ? 'a list' : 'an empty list';
  if (typeof value === 'string') return value.trim() ? 'text' : 'empty text';
  return typeof value === 'number' ? 'a number' : typeof value === 'object' ? 'an object' : typeof value;
}

/** Appends a key or index to a path: `at('author', 1)` is `author[1]`. */
export function at(path: string, key: string | number): string {
  return joinPath(path, typeof key === 'number' ? `[${key}]` : key);
}

/** Appends a path inside a part to the part's own path: `joinPath('[1]', 'items[2].title')` is `[1].items[2].title`. */
export function joinPath(prefix: string, path: string): string {
  return prefix && path && !path.startsWith('[') ? `${prefix}.${path}` : prefix + path;
}

/**
 * Runs the parse of a part (one list of several) whose errors and warnings must say where they
 * are in the whole: their paths are put under `prefix`.
 */
export function within<T>(prefix: string, parse: () => T): T {
  try {
    const { value, warnings } = collectWarnings(parse);
    for (const warning of warnings) warn(joinPath(prefix, warning.path), warning.problem);
    return value;
  } catch (error) {
    throw error instanceof DataError ? new DataError(joinPath(prefix, error.path), error.problem) : error;
  }
}
