/**
 * Base for the kit's events: bubbling, composed (crosses shadow roots), with a readonly detail.
 * Cancelable when there is a default action the store will run unless prevented.
 */
export class TimEvent<D> extends Event {
  readonly detail: D;
  constructor(type: string, detail: D, options: { cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, cancelable: options.cancelable ?? false });
    this.detail = Object.freeze(detail);
  }
}
