/**
 * A small immutable store: `set(patch)` makes a new state object; `subscribe(selector, cb)`
 * calls back only when the selected value changed (by `equals`, `Object.is` by default).
 * `batch(fn)` groups many updates into one notification.
 */
export type Unsubscribe = () => void;

interface Subscription<S, T> {
  selector: (state: S) => T;
  listener: (value: T, previous: T) => void;
  equals: (a: T, b: T) => boolean;
  last: T;
}

export class StateStore<S extends object> {
  private state: S;
  private readonly subscriptions = new Set<Subscription<S, unknown>>();
  private batchDepth = 0;
  private dirty = false;

  constructor(initial: S) {
    this.state = Object.freeze({ ...initial });
  }

  get(): S {
    return this.state;
  }

  /** Replace some fields; a new frozen object either way. */
  set(patch: Partial<S> | ((state: S) => Partial<S>)): void {
    const partial = typeof patch === 'function' ? patch(this.state) : patch;
    let changed = false;
    for (const key of Object.keys(partial) as (keyof S)[]) {
      if (!Object.is(this.state[key], partial[key])) {
        changed = true;
        break;
      }
    }
    if (!changed) return;
    this.state = Object.freeze({ ...this.state, ...partial });
    if (this.batchDepth > 0) {
      this.dirty = true;
      return;
    }
    this.notify();
  }

  /** Run `fn`; subscribers hear once at the end, however many `set`s it made. */
  batch<T>(fn: () => T): T {
    this.batchDepth++;
    try {
      return fn();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0 && this.dirty) {
        this.dirty = false;
        this.notify();
      }
    }
  }

  subscribe<T>(
    selector: (state: S) => T,
    listener: (value: T, previous: T) => void,
    equals: (a: T, b: T) => boolean = Object.is,
  ): Unsubscribe {
    const subscription: Subscription<S, T> = { selector, listener, equals, last: selector(this.state) };
    this.subscriptions.add(subscription as Subscription<S, unknown>);
    return () => {
      this.subscriptions.delete(subscription as Subscription<S, unknown>);
    };
  }

  private notify(): void {
    for (const subscription of [...this.subscriptions]) {
      if (!this.subscriptions.has(subscription)) continue;
      const next = subscription.selector(this.state);
      if (subscription.equals(next, subscription.last)) continue;
      const previous = subscription.last;
      subscription.last = next;
      subscription.listener(next, previous);
    }
  }
}

/** Shallow equality for arrays and plain objects: a handy `equals` for selectors that build objects. */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a) as (keyof T)[];
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.is(a[k], b[k]));
}
