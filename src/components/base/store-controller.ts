import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StateStore, Unsubscribe } from '../../core/store/index.js';

/**
 * The glue between a core StateStore and an element: subscribes in hostConnected,
 * unsubscribes in hostDisconnected, and re-subscribes when the host switches stores.
 * `value` is the selected part; the host re-renders only when it changed.
 */
export class StoreController<S extends object, T> implements ReactiveController {
  private selected: T | undefined;
  private current?: StateStore<S>;
  private unsubscribe?: Unsubscribe;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly getStore: () => StateStore<S> | undefined,
    private readonly selector: (state: S) => T,
    private readonly equals: (a: T, b: T) => boolean = Object.is,
  ) {
    host.addController(this);
  }

  /**
   * The selected part of the store the host names now, selected afresh. The host may switch
   * stores (another conversation, another store), and a selector may read the host's properties
   * (the open conversation's draft): reading follows both at once, even in `willUpdate` (before
   * `hostUpdate` runs), so one update never mixes an old value with new properties. An equal
   * selection keeps the previous value, so the host sees no change.
   */
  get value(): T | undefined {
    if (!this.connected) return this.selected;
    if (this.getStore() !== this.current) {
      this.sync();
    } else if (this.current) {
      const next = this.selector(this.current.get());
      if (!this.equals(this.selected as T, next)) this.selected = next;
    }
    return this.selected;
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostUpdate(): void {
    // The store may have changed since the last update (property or context).
    if (this.getStore() !== this.current) this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.current = undefined;
  }

  private sync(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.current = this.connected ? this.getStore() : undefined;
    if (!this.current) {
      this.selected = undefined;
      return;
    }
    this.selected = this.selector(this.current.get());
    this.unsubscribe = this.current.subscribe(
      this.selector,
      (value) => {
        this.selected = value;
        this.host.requestUpdate();
      },
      this.equals,
    );
    this.host.requestUpdate();
  }
}
