import { CHAT_ERROR, ChatError } from '../../errors.js';
import type { Timers } from '../../util/timers.js';

type TimeoutTimers = Pick<Timers, 'setTimeout' | 'clearTimeout'>;

/** Plain timers: a login waiting for the SDK keeps Node alive until its timeout, as any pending call does. */
const keepAliveTimers: TimeoutTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The SDK's `sdkStateReady`, awaited by `login`: the SDK takes calls only once it is ready, and
 * the event can come before `login` resolves, so a wait is registered before `login` is called.
 */
export class ReadySignal {
  private waiters: Array<() => void> = [];

  constructor(private readonly timers: TimeoutTimers = keepAliveTimers) {}

  /** Resolves on the next `ready()`; rejects with a timeout ChatError after `timeoutMs`. */
  wait(timeoutMs: number): { promise: Promise<void>; cancel: () => void } {
    let cancel = () => {};
    const promise = new Promise<void>((resolve, reject) => {
      const remove = () => {
        this.waiters = this.waiters.filter((waiter) => waiter !== done);
      };
      const timer = this.timers.setTimeout(() => {
        remove();
        reject(new ChatError(CHAT_ERROR.timeout, `Tencent Cloud Chat did not become ready within ${Math.round(timeoutMs / 1000)} s.`));
      }, timeoutMs);
      const done = () => {
        this.timers.clearTimeout(timer);
        remove();
        resolve();
      };
      cancel = () => {
        this.timers.clearTimeout(timer);
        remove();
      };
      this.waiters.push(done);
    });
    // A timeout before anyone awaits must not count as an unhandled rejection.
    promise.catch(() => {});
    return { promise, cancel };
  }

  /** The SDK is ready: every wait resolves. */
  ready(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  clear(): void {
    this.waiters = [];
  }
}
