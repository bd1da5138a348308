import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { collectWarnings, DataError } from '../data/errors.js';
import { checkDepth } from '../data/json.js';
import { defined } from '../data/read.js';
import { NewsErrorEvent, NewsLoadEvent, type NewsErrorDetail } from './events.js';
import { checkSize, DEFAULT_TIMEOUT, fetchData, LoadError, MAX_LIST_BYTES, sourceUrl, withoutCredentials } from './fetch-data.js';

/** What an element using the loader offers: the two data inputs, and how long a fetch may take. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string | undefined;
  data?: unknown;
  /** Milliseconds; anything but a positive number means DEFAULT_TIMEOUT. */
  timeout?: number;
}

/** Turns raw input into an element's model; throws DataError for input it cannot use. */
export type Parser<T> = (input: unknown, base: string) => T;

export interface DataOptions<T> {
  parse: Parser<T>;
  /** What the data is, for messages: "article", "list". */
  noun: string;
  /** The model from the surrounding `<news-article>`, used when the element has no data of its own. */
  inherited?: () => T | undefined;
  /** The largest document accepted, in bytes (in characters for text): MAX_LIST_BYTES unless given. */
  maxBytes?: number;
}

export type LoadState = 'empty' | 'loading' | 'ready' | 'error';

/** The input key before anything has been loaded. */
const UNSET = Symbol('unset');

const INLINE_SELECTOR = ':scope>script:is([type="application/json"],[type="application/ld+json"])';

/**
 * The one loader every element shares. It picks the input (`data` property, else `src`, else an
 * inline `<script type="application/json">` child, else what the surrounding article provides), fetches, parses, and keeps the last good value
 * when a later load fails. The latest input always wins: older requests are aborted and their
 * late answers ignored. It sets `aria-busy` on the host while loading and fires `news-load` /
 * `news-error`.
 */
export class DataController<T> implements ReactiveController {
  /** The last model that loaded; kept through later errors. */
  value: T | undefined;
  /** The current error message, if the latest load failed. */
  error: string | undefined;
  state: LoadState = 'empty';

  readonly #host: DataHost;
  readonly #options: DataOptions<T>;
  #abort: AbortController | undefined;
  /** Identifies the input being shown or loaded, so repeated triggers do not reload it. */
  #inputKey: unknown = UNSET;
  #observer: MutationObserver | undefined;

  constructor(host: DataHost, options: DataOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => this.load());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.load();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    // An interrupted load starts again if the element is put back.
    if (this.state === 'loading') this.#claim(UNSET);
  }

  /** Loads the current input again, even if it has not changed (a retry, or a refresh of `src`). */
  reload(): void {
    this.#inputKey = UNSET;
    this.load();
  }

  /** Loads whatever input is current; cheap to call often (unchanged input is not reloaded). */
  load(): void {
    const { data, src } = this.#host;
    const { parse, inherited } = this.#options;
    const base = document.baseURI;
    let script: HTMLScriptElement | null;
    let text: string;
    let given: T | undefined;
    if (data !== undefined && data !== null) {
      if (this.#claim(data)) this.#accept(() => parse(this.#checked(data), base));
    } else if (src) {
      if (this.#claim(`src:${src}`)) {
        try {
          this.#fetch(sourceUrl(src, base));
        } catch (error) {
          this.#fail(error, withoutCredentials(src));
        }
      }
    } else if ((script = this.#host.querySelector(INLINE_SELECTOR))) {
      if (this.#claim(`inline:${(text = script.textContent ?? '')}`)) this.#accept(() => parse(this.#checked(text), base));
    } else if ((given = inherited?.()) !== undefined) {
      if (this.#claim(given)) this.#accept(() => given as T);
    } else if (this.#claim(undefined)) {
      this.value = this.error = undefined;
      this.#setState('empty');
    }
  }

  /** Marks `key` as the current input; false when it already is. Cancels any older request. */
  #claim(key: unknown): boolean {
    if (key === this.#inputKey) return false;
    this.#inputKey = key;
    this.#abort?.abort();
    this.#abort = undefined;
    return true;
  }

  /** Fetches `url` for this element; an answer for input no longer current (its request aborted) is ignored. */
  #fetch(url: string): void {
    const abort = (this.#abort = new AbortController());
    this.#setState('loading');
    const { timeout = 0 } = this.#host;
    // The timeout ends this element's interest only: another element sharing the request keeps it.
    fetchData(url, abort.signal, this.#maxBytes, timeout > 0 ? Math.min(timeout, 2 ** 31 - 1) : DEFAULT_TIMEOUT).then(
      body => abort === this.#abort && this.#accept(() => this.#options.parse(body.text, body.url), url),
      (error: unknown) => abort === this.#abort && this.#fail(error, url),
    );
  }

  #accept(parse: () => T, src?: string): void {
    let value: T;
    let warnings;
    try {
      ({ value, warnings } = collectWarnings(parse));
    } catch (error) {
      this.#fail(error, src);
      return;
    }
    this.value = value;
    this.error = undefined;
    this.#setState('ready');
    // One warning per load sums up what was left out; news-load's detail.warnings has the same list.
    if (warnings.length) console.warn(`<${this.#host.localName}> rendered the ${this.#options.noun} without ${warnings.length} part(s) it could not use:`, warnings);
    // An event detail names only what applies: a `src` only for data from `src`.
    const detail = defined({ data: value, src, warnings });
    this.#host.updateComplete.then(() => {
      if (this.value === value) this.#host.dispatchEvent(new NewsLoadEvent(detail));
    });
  }

  /** Reports a failure: LoadError and DataError as they are; anything else is a defect in a parser, said plainly rather than hidden. */
  #fail(error: unknown, src?: string): void {
    const { kind = 'data', status, path, problem, message: reason } =
      (error instanceof LoadError || error instanceof DataError
        ? error
        : new DataError('', `unexpected problem (${error instanceof Error ? error.message : String(error)})`)) as Partial<LoadError & DataError>;
    const message = `Could not load the ${this.#options.noun}: ${reason}.`.replace(/\.\.$/, '.');
    this.error = message;
    this.#setState('error');
    console.warn(`<${this.#host.localName}>`, message);
    this.#host.dispatchEvent(new NewsErrorEvent(defined({ message, kind, status, path, problem, src }) as NewsErrorDetail));
  }

  get #maxBytes(): number {
    return this.#options.maxBytes ?? MAX_LIST_BYTES;
  }

  /** Input given directly gets the checks fetched text gets: the size limit for text, the nesting cap for objects. */
  #checked(value: unknown): unknown {
    if (typeof value === 'string') checkSize(value.length, this.#maxBytes);
    else checkDepth(value);
    return value;
  }

  #setState(state: LoadState): void {
    this.state = state;
    if (state === 'loading') this.#host.setAttribute('aria-busy', 'true');
    else this.#host.removeAttribute('aria-busy');
    this.#host.requestUpdate();
  }
}

