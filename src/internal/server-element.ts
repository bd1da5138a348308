/**
 * LitElement, and on the server LitElement with what the library's elements need there. Lit's
 * server renderer neither connects an element nor runs its controllers' `hostUpdate`; this class
 * does both, once, before the element renders, so that its loader and its context reach the state
 * they reach in the browser (the loader parses `data`; a nested element asks its article). In the
 * browser it is LitElement itself: the class below is left out of the bundle.
 */
import { isServer, LitElement, type PropertyValues, type ReactiveController } from 'lit';

class ServerElement extends LitElement {
  #controllers: ReactiveController[] | undefined = [];

  /** @internal */
  override addController(controller: ReactiveController): void {
    super.addController(controller);
    this.#controllers?.push(controller);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const controllers = this.#controllers;
    if (!controllers) return;
    this.#controllers = undefined;
    // A server has no reader: dates are shown in its own zone, written into the element for the browser.
    const dated = this as { timeZone?: string };
    dated.timeZone ||= new Intl.DateTimeFormat().resolvedOptions().timeZone;
    // A shadow root there is what lets events of nested elements (their context requests) reach this one.
    this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    controllers.forEach(controller => controller.hostConnected?.());
    controllers.forEach(controller => controller.hostUpdate?.());
  }
}

export const ElementBase: typeof LitElement = isServer ? ServerElement : LitElement;
