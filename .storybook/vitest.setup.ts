/**
 * Story tests fail on console errors: Lit's errors, uncaught problems the elements report, or a
 * story's own mistakes. (The error-state stories log one console.warn by design; warnings pass.)
 */
import { afterEach, beforeEach, expect, vi } from 'vitest';

let consoleError: ReturnType<typeof vi.spyOn> | undefined;

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});

afterEach(() => {
  const calls: unknown[][] = consoleError?.mock.calls ?? [];
  consoleError?.mockRestore();
  expect(calls.map(args => args.map(String).join(' ')), 'console.error was called').toEqual([]);
});
