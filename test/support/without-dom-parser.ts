/** Runs `body` as if on a server, where there is no DOMParser: whatever still works there never parsed. */
export function withoutDomParser<T>(body: () => T): T {
  const saved = globalThis.DOMParser;
  (globalThis as { DOMParser?: unknown }).DOMParser = undefined;
  try {
    return body();
  } finally {
    globalThis.DOMParser = saved;
  }
}
