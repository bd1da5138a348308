import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { collectWarnings, DataError, type DataProblem } from '../data/errors.js';
import { defined } from '../data/read.js';
import { safeUrl } from '../data/urls.js';
import { NewsErrorEvent, NewsLoadEvent, type NewsErrorDetail } from './events.js';
import { remembered } from './memo.js';
import { inSlice, nextTask, together } from './slices.js';
import { checkSize, DEFAULT_TIMEOUT, fetchData, LoadError, MAX_LIST_BYTES, sourceUrl, withoutCredentials, type FetchedBody } from './fetch-data.js';

/** What the loader reads from its element on every update: the two data inputs, and how long a fetch may take. */
export interface DataInputs {
  src?: string | undefined;
  data?: unknown;
  /** Milliseconds; anything but a positive number means DEFAULT_TIMEOUT. */
  timeout?: number;
}

/** The element the loader serves, whose inputs it reads itself. */
export type DataHost = ReactiveControllerHost & HTMLElement & DataInputs;

/**
 * Turns raw input into an element's model, its relative URLs resolved against `base`; throws
 * DataError for input it cannot use. The library's parse functions are such parsers.
 */
export type Parser<T> = (input: unknown, options: { base?: string | undefined }) => T;

export interface DataOptions<T> {
  parse: Parser<T>;
  /** What the data is, for messages: "article", "list". */
  noun: string;
  /** The model from the surrounding `<news-article>`, used when the element has no data of its own. */
  inherited?: () => T | undefined;
  /** The largest document accepted, in bytes (in characters for text): MAX_LIST_BYTES unless given. */
  maxBytes?: number;
  /** Work worth doing while a fetch is in flight, in a task of its own, rather than on the render path (making formatters). */
  prepare?: () => void;
  /** Called whenever the model shown changes (the article hands it to nested elements). */
  changed?: (value: T | undefined) => void;
  /**
   * What the server writes into the element for the browser to render the same again (see
   * HYDRATION_ATTRIBUTE): data its `parse` reads back to an equal model. The model itself unless given.
   */
  carried?: (value: T) => unknown;
}

/**
 * The attribute in which a server-rendered element carries its model, as JSON, for the browser
 * to render the same content when it hydrates (Lit does not serialize `.data`).
 */
export const HYDRATION_ATTRIBUTE = 'ssr-data';

export type LoadState = 'empty' | 'loading' | 'ready' | 'error';

/** A model and the warnings its parse reported. */
type Parsed<T> = { value: T; warnings: DataProblem[] };

/** The input key before anything has been loaded. */
const UNSET = Symbol('unset');

/**
 * The models made of `data` objects, by object and base URL, then by parser, as a fetched body
 * keeps its `models`: elements given the same object (one feed handed to a list and a panel, one
 * article to many) read it once. `data` is read as Lit reads a property, by identity: an object
 * changed in place is not read again; give a new one.
 */
const dataModels = new WeakMap<object, Map<string | undefined, Map<unknown, Parsed<unknown>>>>();

const INLINE_SELECTOR = ':scope>script:is([type="application/json"],[type="application/ld+json"])';

/**
 * The one loader every element shares, a controller in the manner of Lit's Task: it reads the
 * element's inputs itself (DataInputs, as Task reads its `args`) when the element connects and
 * on every update, so an element only renders by its `state`. It picks the input (`data`
 * property, else `src`, else an inline `<script type="application/json">` child, else the model a
 * server rendered into the element, else what the surrounding article provides), fetches,
 * parses, and keeps the last good value when a later load fails. The latest input always wins:
 * older requests are aborted and their late answers ignored. It sets `aria-busy` on the host
 * while loading and fires `news-load` / `news-error`.
 *
 * On the server it touches no DOM: it parses `data`, leaves `src` loading (the skeleton, fetched
 * in the browser) and writes the model into HYDRATION_ATTRIBUTE.
 */
export class DataController<T> implements ReactiveController {
  /** The last model that loaded; kept through later errors. */
  value: T | undefined;
  /** The current error message, if the latest load failed. */
  error: string | undefined;
  state: LoadState = 'empty';

  readonly #host: DataHost;
  readonly #options: DataOptions<T>;
  /** The largest document accepted (see DataOptions.maxBytes). */
  readonly #maxBytes: number;
  #abort: AbortController | undefined;
  /** Identifies the input being shown or loaded, so repeated triggers do not reload it. */
  #inputKey: unknown = UNSET;
  #observer: MutationObserver | undefined;
  /** Whether the model a server wrote has stood for a `src` once already (see #request). */
  #serverModelRead?: boolean;

  constructor(host: DataHost, options: DataOptions<T>) {
    this.#host = host;
    this.#options = options;
    this.#maxBytes = options.maxBytes ?? MAX_LIST_BYTES;
    host.addController(this);
  }

  hostConnected(): void {
    if (!isServer) {
      // An inline script's text may change (or arrive) after connection.
      this.#observer ??= new MutationObserver(() => this.#host.requestUpdate());
      this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    }
    // At once rather than at the first update: nested elements ask for the article as they connect.
    this.load();
  }

  hostUpdate(): void {
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
    const { inherited } = this.#options;
    const { data, src } = this.#host;
    // The server knows no page URL: relative URLs in server data cannot be resolved there.
    const base = isServer ? undefined : document.baseURI;
    let script: HTMLScriptElement | null;
    let text: string | null;
    let given: T | undefined;
    if (data !== undefined && data !== null) {
      // Data with a `src` is that URL's document (fetched on a server, say): its relative URLs resolve against it.
      const dataBase = (src && safeUrl(src, base, 'media')) || base;
      if (this.#claim(data)) this.#parse(data, dataBase, true);
    } else if (src) {
      if (this.#claim(`src:${src}`)) this.#request(src, base);
    } else if (!isServer && (script = this.#host.querySelector(INLINE_SELECTOR))) {
      if (this.#claim(`inline:${(text = script.textContent ?? '')}`)) this.#parse(text, base, true);
    } else if ((text = this.#host.getAttribute(HYDRATION_ATTRIBUTE))) {
      if (this.#claim(`hydration:${text}`)) this.#parse(text, base);
    } else if ((given = inherited?.()) !== undefined) {
      if (this.#claim(given)) this.#accept(() => collectWarnings(() => given as T));
    } else if (this.#claim(undefined)) {
      this.#show(undefined, 'empty');
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

  /** Shows what the parser makes of `input`, given directly (`check`: checked as fetched text is) or written by a server. */
  #parse(input: unknown, base: string | undefined, check = false): void {
    const { parse } = this.#options;
    const read = () => collectWarnings(() => parse(check ? this.#checked(input) : input, { base }));
    // Text (inline, or a server's model) is each element's own; an object may be shared (see dataModels).
    const shared = () => remembered(remembered(remembered(dataModels, input!, () => new Map()), base, () => new Map()), parse, read) as Parsed<T>;
    this.#accept(typeof input === 'object' ? shared : read);
  }

  /**
   * Loads `src`: the skeleton on the server (the browser fetches), else a fetch unless `src` is
   * refused. A server rendered this `src` already when it wrote a model into the element (data it
   * was given with this `src`): that model stands for the first answer, once. Reloads and new URLs fetch.
   */
  #request(src: string, base: string | undefined): void {
    const text = this.#serverModelRead || isServer ? null : this.#host.getAttribute(HYDRATION_ATTRIBUTE);
    this.#serverModelRead = true;
    if (text) return this.#parse(text, base);
    this.#setState('loading');
    if (isServer) return;
    try {
      this.#fetch(sourceUrl(src, base!));
    } catch (error) {
      this.#fail(error, withoutCredentials(src));
      return;
    }
    // In a task of its own, next: while the answer is in flight, or, when it is here already (a
    // preload), before it is read, so that the task that renders does not also make the formatters.
    const { prepare } = this.#options;
    if (prepare) setTimeout(prepare);
  }

  /**
   * Fetches `url` for this element; an answer for input no longer current (its request aborted) is
   * ignored. Starting a request is work too: a page that connects many elements at once starts the
   * later ones' requests in a new task (see slices.ts), unless their input has changed by then.
   * Answers read one after another are shown together, in one task and one frame (`together`).
   */
  #fetch(url: string): void {
    const abort = (this.#abort = new AbortController());
    const start = () => {
      if (abort !== this.#abort) return;
      const { timeout = 0 } = this.#host;
      // The timeout ends this element's interest only: another element sharing the request keeps it.
      fetchData(url, abort.signal, this.#maxBytes, timeout > 0 ? Math.min(timeout, 2 ** 31 - 1) : DEFAULT_TIMEOUT).then(
        body => abort === this.#abort && together(() => abort === this.#abort && this.#accept(() => this.#parsed(body), url)),
        (error: unknown) => abort === this.#abort && this.#fail(error, url),
      );
    };
    if (inSlice()) start();
    else void nextTask().then(start);
  }

  /** The model of a fetched body, made once for all the elements a shared request answers (a failed parse is not kept). */
  #parsed(body: FetchedBody): Parsed<T> {
    const { parse } = this.#options;
    return remembered(body.models, parse, () => collectWarnings(() => parse(body.text, { base: body.url }))) as Parsed<T>;
  }

  /** Shows what `read` makes of the input, with its warnings (or fails); on the server, writes a model of `data` into the element. */
  #accept(read: () => Parsed<T>, src?: string): void {
    let value: T;
    let warnings;
    try {
      ({ value, warnings } = read());
    } catch (error) {
      this.#fail(error, src);
      return;
    }
    this.#show(value, 'ready');
    // Only `data` needs carrying (the model is of `data` whenever there is one, on the server):
    // the browser has `src`, inline data and the article for itself.
    if (isServer && this.#host.data != null) this.#host.setAttribute(HYDRATION_ATTRIBUTE, JSON.stringify(this.#options.carried?.(value) ?? value));
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

  /** Shows `value` (undefined: nothing, the `empty` state) with no error. */
  #show(value: T | undefined, state: LoadState): void {
    if (value !== this.value) {
      this.value = value;
      this.#options.changed?.(value);
    }
    this.error = undefined;
    this.#setState(state);
  }

  /** Text given directly gets the size limit fetched text gets (objects have no size; the readers cap their nesting). */
  #checked(value: unknown): unknown {
    if (typeof value === 'string') checkSize(value.length, this.#maxBytes);
    return value;
  }

  #setState(state: LoadState): void {
    this.state = state;
    if (state === 'loading') this.#host.setAttribute('aria-busy', 'true');
    else this.#host.removeAttribute('aria-busy');
    this.#host.requestUpdate();
  }
}


