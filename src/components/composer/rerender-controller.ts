import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Unsubscribe } from '../../core/store/index.js';

/** Re-renders the host whenever a core object says it changed (subscribed only while connected). */
export class RerenderController implements ReactiveController {
  private unsubscribe?: Unsubscribe;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly subscribe: (listener: () => void) => Unsubscribe,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = this.subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
