/**
 * Fetching data for elements: one request per URL at a time however many elements ask for it,
 * with each caller able to abort its own interest without cancelling the others'.
 */
import { checkSize } from '../data/json.js';
import type { NewsErrorKind } from './events.js';

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
 * Fetches `url` and decodes its body to text, for the format parsers to read. Rejects with LoadError or DataError, or with an
 * AbortError when `signal` aborts first.
 */
export function fetchData(url: string, signal: AbortSignal): Promise<FetchedBody> {
  let shared = inFlight.get(url);
  if (!shared) {
    const controller = new AbortController();
    const request: SharedRequest = { controller, users: 0, settled: false, promise: undefined as unknown as Promise<FetchedBody> };
    request.promise = requestBody(url, controller.signal).finally(() => {
      request.settled = true;
      if (inFlight.get(url) === request) inFlight.delete(url);
    });
    // Callers attach their own handlers; this one keeps an abandoned request from being reported unhandled.
    request.promise.catch(() => {});
    inFlight.set(url, request);
    shared = request;
  }
  const request = shared;
  request.users++;

  return new Promise((resolve, reject) => {
    const leave = () => {
      signal.removeEventListener('abort', onAbort);
      request.users--;
      if (request.users === 0 && !request.settled) {
        request.controller.abort();
        if (inFlight.get(url) === request) inFlight.delete(url);
      }
    };
    const onAbort = () => {
      leave();
      reject(signal.reason ?? new DOMException('The request was aborted.', 'AbortError'));
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    request.promise.then(
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

async function requestBody(url: string, signal: AbortSignal): Promise<FetchedBody> {
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
  if (!response.ok) {
    throw new LoadError('http', `${url} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, response.status);
  }
  // Relative URLs in the data resolve against where it was found, after any redirect.
  return { text: checkSize(await response.text()), url: response.url || url };
}

/** True for the rejection of an aborted request, which is never reported as an error. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
