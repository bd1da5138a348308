import { collectWarnings } from '../../src/data/errors.js';

/** The warnings a parse reports, as `path: problem` lines (just `problem` at the root), in order. */
export function warningsOf(parse: () => unknown): string[] {
  return collectWarnings(parse).warnings.map(({ path, problem }) => (path ? `${path}: ${problem}` : problem));
}
