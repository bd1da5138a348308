/**
 * Fetching data for elements: one request per URL (and size limit) at a time however many
 * elements ask for it, each caller able to abort its own interest (on a new input, or its own
 * timeout) without cancelling the others'. The body is read as bytes, counted against the limit
 * as it streams, and decoded in the publisher's encoding.
 */
import type { DataProblem } from '../data/errors.js';
import { decodeText } from '../data/decode.js';
import { safeUrl } from '../data/urls.js';
import type { NewsErrorKind } from './events.js';

const MB = 1024 * 1024;
/** Largest list or feed accepted, in bytes (characters for text handed over directly): a 730-episode podcast is 1.5 MB. */
export const MAX_LIST_BYTES = 16 * MB;
/** Largest article (or sources) document accepted: a long article is well under 200 KB. */
export const MAX_ARTICLE_BYTES = 4 * MB;
/** How long a request may take, headers and whole body, unless the element's `timeout` says otherwise. */
export const DEFAULT_TIMEOUT = 30_000;

/** A failed request, worded for the page's author, with what kind of failure it was. */
export class LoadError extends Error {
  readonly kind: Exclude<NewsErrorKind, 'data'>;
  readonly status: number | undefined;

  constructor(kind: Exclude<NewsErrorKind, 'data'>, message: string, status?: number) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
}

/** A response body as text, and the URL it finally came from. */
export interface FetchedBody {
  text: string;
  url: string;
  /**
   * What has been made of the body, by parser: every element a shared request answers gets the
   * model (and the warnings) the first one made, instead of parsing the same text again.
   */
  models: Map<unknown, { value: unknown; warnings: DataProblem[] }>;
}

interface SharedRequest {
  promise: Promise<FetchedBody>;
  controller: AbortController;
  users: number;
}

/** The requests in flight by limit and URL; one whose callers all left is aborted, and the next caller starts afresh. */
const inFlight = new Map<string, SharedRequest>();

/**
 * The URL to fetch for an element's `src`, resolved against `base`. Refuses (LoadError `url`)
 * anything but http(s), and a URL holding a user name or password, which is never sent nor printed.
 */
export function sourceUrl(src: string, base: string): string {
  const url = safeUrl(src, base, 'media');
  if (!url) throw new LoadError('url', `src "${withoutCredentials(src).slice(0, 80)}" is not an http(s) URL`);
  // The resolved URL has a user name or password exactly when its authority (up to the path's first `/`) holds an `@`.
  if (/^[^/]*\/\/[^/]*@/.test(url)) throw new LoadError('url', 'src must not hold a user name or password');
  return url;
}

/** `src` as it may be printed: any `user:password@` removed, even from text that is not a valid URL. */
export function withoutCredentials(src: string): string {
  return src.replace(/([\\/]{2})[^\\/?#]*@/, '$1');
}

/** Refuses (LoadError `too-large`) a document of `size` bytes over `limit`; `known: false` while streaming, when the total is not known. */
export function checkSize(size: number, limit: number, known = true): void {
  if (size > limit) {
    throw new LoadError('too-large', `the document is too large (${known ? `${formatSize(size)}; the limit is` : 'over the limit of'} ${formatSize(limit)})`);
  }
}

/**
 * Fetches `url` and decodes its body to text, for the format parsers to read, refusing bodies
 * over `limit` bytes and giving up (LoadError `timeout`) on an answer not complete within `ms`.
 * Rejects with LoadError, or with the abort reason when `signal` aborts first. Leaving, by any
 * end, this caller gives up its share: the request is aborted when nobody wants it any more.
 */
export function fetchData(url: string, signal: AbortSignal, limit: number, ms: number): Promise<FetchedBody> {
  const key = `${limit} ${url}`;
  let request = inFlight.get(key)!;
  if (!request || request.controller.signal.aborted) {
    const controller = new AbortController();
    request = { controller, users: 0 } as SharedRequest;
    // Settled, it leaves the map unless a newer request for the key replaced it there.
    request.promise = requestBody(url, limit, controller).finally(() => inFlight.get(key) === request && inFlight.delete(key));
    inFlight.set(key, request);
  }
  request.users++;
  let onAbort: () => void;
  let timer: ReturnType<typeof setTimeout>;
  return new Promise<FetchedBody>((resolve, reject) => {
    onAbort = () => reject(signal.reason);
    signal.throwIfAborted();
    signal.addEventListener('abort', onAbort);
    // One timer for the whole answer, headers and body, so a body that stalls half-way ends too.
    timer = setTimeout(() => reject(new LoadError('timeout', `no complete answer from ${url} within ${ms / 1000} s`)), ms);
    request.promise.then(resolve, reject);
  }).finally(() => {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
    if (!--request.users) request.controller.abort();
  });
}

async function requestBody(url: string, limit: number, controller: AbortController): Promise<FetchedBody> {
  const { signal } = controller;
  const chunks: Uint8Array[] = [];
  let received = 0;
  let response: Response | undefined;
  try {
    // fetch's defaults: same-origin credentials (no cookies to another origin), and no headers of
    // its own, so that a `<link rel="preload" as="fetch" crossorigin>` of the URL is the answer used.
    response = await fetch(url, { signal });
    if (!response.ok) {
      throw new LoadError('http', `${url} answered ${`${response.status} ${response.statusText}`.trim()}`, response.status);
    }
    // A declared length over the limit is refused before a byte of the body is read.
    checkSize(+response.headers.get('content-length')!, limit);
    const reader = response.body?.getReader();
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.length;
      checkSize(received, limit, false);
      chunks.push(value);
    }
  } catch (error) {
    // A refusal stops the download: nobody reads the rest.
    if (error instanceof LoadError) controller.abort();
    if (signal.aborted) throw error;
    throw new LoadError(
      'network',
      response ? `the answer from ${url} was cut off after ${formatSize(received)}` : `the request for ${url} failed (offline, CORS, or the server is down)`,
    );
  }
  // Relative URLs in the data resolve against where it was found, after any redirect.
  // The chunks joined at once (a Blob would read them back in a task of its own).
  const bytes = new Uint8Array(received);
  received = 0;
  for (const chunk of chunks) bytes.set(chunk, received), (received += chunk.length);
  return { text: decodeText(bytes, response.headers.get('content-type')), url: response.url || url, models: new Map() };
}

/** A size for messages: `812 bytes`, `12 KB`, `16 MB`. */
function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : bytes < MB ? `${Math.round(bytes / 1024)} KB` : `${+(bytes / MB).toFixed(1)} MB`;
}
