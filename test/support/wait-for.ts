// Waiting on a condition, never for a fixed time: the one poll the Node and contract tests share.
import type { ManualTimers } from './manual-timers.js';

export interface WaitOptions {
  /** Real time allowed, in ms (3 s by default); with `timers`, also the fake time allowed. */
  timeoutMs?: number;
  /** Fake timers of the stores being watched: each poll runs the timers now due, after moving them on by `stepMs`. */
  timers?: ManualTimers;
  /** Fake ms each poll moves `timers` on (0 by default: only what is due now runs, time stands still). */
  stepMs?: number;
  /** Real ms between polls (5 by default); longer for a costly check. */
  intervalMs?: number;
}

/** Wait until `check` holds (polling), or fail with `what` after the time allowed. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, options: number | WaitOptions = {}): Promise<void> {
  const { timeoutMs = 3000, timers, stepMs = 0, intervalMs = 5 } = typeof options === 'number' ? { timeoutMs: options } : options;
  const end = Date.now() + timeoutMs;
  const fakeEnd = timers ? timers.now() + timeoutMs : Infinity;
  for (;;) {
    timers?.advance(stepMs);
    if (await check()) return;
    if (Date.now() > end || (timers && timers.now() > fakeEnd)) throw new Error(`Timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
