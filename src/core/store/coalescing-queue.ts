import { systemTimers, type Timers } from '../util/timers.js';

/**
 * Collects items and hands them over together once the current task is done. Everything pushed
 * in the same task — one event with a thousand messages, or a thousand events fired from a loop
 * or from promise callbacks of that task — is delivered in one call, so the store applies it as
 * one batch. A macrotask (not a microtask) is used so that events a backend emits from its own
 * chained promises in that task land in the same batch.
 */
export class CoalescingQueue<T> {
  private items: T[] = [];
  private timer: unknown = null;
  private readonly idleWaiters: Array<() => void> = [];

  constructor(
    private readonly deliver: (items: T[]) => void,
    private readonly timers: Timers = systemTimers,
  ) {}

  push(item: T): void {
    this.items.push(item);
    this.timer ??= this.timers.setTimeout(() => this.flush(), 0);
  }

  get size(): number {
    return this.items.length;
  }

  /** Deliver what is waiting now (also used by tests and `settled()`). */
  flush(): void {
    if (this.timer !== null) {
      this.timers.clearTimeout(this.timer);
      this.timer = null;
    }
    const items = this.items;
    this.items = [];
    try {
      if (items.length) this.deliver(items);
    } finally {
      if (this.items.length === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  /** Resolves once everything pushed so far has been delivered. */
  idle(): Promise<void> {
    if (this.items.length === 0 && this.timer === null) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Drop what is waiting (the store stopped). */
  clear(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.items = [];
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
