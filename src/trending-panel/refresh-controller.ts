import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** The shortest refresh interval, in seconds, so a typo cannot hammer a server. */
export const MIN_REFRESH = 1;

export interface RefreshOptions {
  /** What the host says now: the URL refreshed (none: nothing to refresh) and the seconds between refreshes (0: never). */
  inputs: () => { src?: string | undefined; seconds: number };
  /** Loads the URL again. */
  refresh: () => void;
}

/**
 * Refreshes a URL at an interval, counted from the last load, while the element is connected and
 * the page visible: a hidden page is not refreshed, and one shown again after its interval passed
 * is refreshed at once. A new URL counts as a load. Like the loader, it reads the host's inputs
 * itself on every update. It does nothing on the server.
 */
export class RefreshController implements ReactiveController {
  readonly #options: RefreshOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastLoad = 0;
  #src: string | undefined;
  #seconds = 0;

  constructor(host: ReactiveControllerHost, options: RefreshOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    document.addEventListener('visibilitychange', this.#schedule);
    this.#schedule();
  }

  hostDisconnected(): void {
    if (isServer) return;
    document.removeEventListener('visibilitychange', this.#schedule);
    clearTimeout(this.#timer);
  }

  hostUpdate(): void {
    if (isServer) return;
    const { src, seconds } = this.#options.inputs();
    if (src === this.#src && seconds === this.#seconds) return;
    // The loader fetches a new URL in this same update.
    if (src !== this.#src) this.#lastLoad = Date.now();
    this.#src = src;
    this.#seconds = seconds;
    this.#schedule();
  }

  /** Sets the timer for the next refresh, when there is a URL, a valid interval and a visible page. */
  readonly #schedule = (): void => {
    clearTimeout(this.#timer);
    const seconds = Number(this.#seconds);
    if (!(seconds > 0 && seconds < Infinity) || !this.#src || document.hidden) return;
    const due = Math.max(0, this.#lastLoad + Math.max(seconds, MIN_REFRESH) * 1000 - Date.now());
    this.#timer = setTimeout(() => {
      this.#lastLoad = Date.now();
      this.#options.refresh();
      this.#schedule();
    }, due);
  };
}
