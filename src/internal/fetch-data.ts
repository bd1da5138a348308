/**
 * Fetching data for elements: one request per URL (and size limit) at a time however many
 * elements ask for it, each caller able to abort its own interest (on a new input, or its own
 * timeout) without cancelling the others'. The body is read as bytes, counted against the limit
 * as it streams, and decoded in the publisher's encoding.
 */
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
  override name = 'LoadError';
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
}

interface SharedRequest {
  promise: Promise<FetchedBody>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

const inFlight = new Map<string, SharedRequest>();

/**
 * The URL to fetch for an element's `src`, resolved against `base`. Refuses (LoadError `url`)
 * anything but http(s), and a URL holding a user name or password, which is never sent nor printed.
 */
export function sourceUrl(src: string, base: string): string {
  const url = safeUrl(src, base, 'media');
  if (!url) throw new LoadError('url', `src "${withoutCredentials(src).slice(0, 80)}" is not an http(s) URL`);
  const { username, password } = new URL(url);
  if (username || password) throw new LoadError('url', 'src holds a user name or password; credentials are never sent from a page');
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
 * over `limit` bytes. Rejects with LoadError, or with the abort reason when `signal` aborts first.
 */
export function fetchData(url: string, signal: AbortSignal, limit: number): Promise<FetchedBody> {
  const key = `${limit} ${url}`;
  let request = inFlight.get(key);
  if (!request) {
    const controller = new AbortController();
    const created: SharedRequest = { controller, users: 0, settled: false } as SharedRequest;
    created.promise = requestBody(url, limit, controller).finally(() => {
      created.settled = true;
      if (inFlight.get(key) === created) inFlight.delete(key);
    });
    // Callers attach their own handlers; this one keeps an abandoned request from being reported unhandled.
    created.promise.catch(() => {});
    inFlight.set(key, (request = created));
  }
  const shared = request;
  shared.users++;

  return new Promise((resolve, reject) => {
    const leave = () => {
      signal.removeEventListener('abort', onAbort);
      shared.users--;
      if (shared.users === 0 && !shared.settled) {
        shared.controller.abort();
        if (inFlight.get(key) === shared) inFlight.delete(key);
      }
    };
    const onAbort = () => {
      leave();
      reject(signal.reason ?? new DOMException('The request was aborted.', 'AbortError'));
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      value => {
        leave();
        resolve(value);
      },
      error => {
        leave();
        reject(error);
      },
    );
  });
}

async function requestBody(url: string, limit: number, controller: AbortController): Promise<FetchedBody> {
  const { signal } = controller;
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json, application/xml;q=0.9, */*;q=0.5' },
    });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LoadError('network', `the request for ${url} failed (offline, blocked by CORS, or the server is down)`);
  }
  const chunks: BlobPart[] = [];
  let received = 0;
  try {
    if (!response.ok) {
      throw new LoadError('http', `${url} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, response.status);
    }
    // A declared length over the limit is refused before a byte of the body is read.
    checkSize(Number(response.headers.get('content-length')), limit);
    const reader = response.body?.getReader();
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.length;
      checkSize(received, limit, false);
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof LoadError) {
      // Stop the download: nobody reads the rest.
      controller.abort();
      throw error;
    }
    if (signal.aborted) throw error;
    throw new LoadError('network', `the answer from ${url} was cut off after ${formatSize(received)}`);
  }
  const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
  // Relative URLs in the data resolve against where it was found, after any redirect.
  return { text: decodeText(bytes, response.headers.get('content-type')), url: response.url || url };
}

/** A size for messages: `812 bytes`, `12 KB`, `16 MB`. */
function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : bytes < MB ? `${Math.round(bytes / 1024)} KB` : `${+(bytes / MB).toFixed(1)} MB`;
}

/** True for the rejection of an aborted request, which is never reported as an error. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
