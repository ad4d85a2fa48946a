import { systemTimers, type Timers } from '../util/timers.js';

/** At most one announcement in this many ms; what comes in between is told together after it. */
export const ANNOUNCE_INTERVAL_MS = 10_000;

export interface HeldAnnouncementsOptions<T, A> {
  readonly announce: (announcement: A) => void;
  /** What to say for what was held (one item or several); null: nothing is news any more. */
  readonly summarize: (held: readonly T[]) => A | null;
  readonly intervalMs?: number;
  readonly timers?: Timers;
}

/**
 * The one throttle of the kit's live announcements (new messages elsewhere, reactions by others),
 * so a screen reader is told, not flooded: the first news is told at once; what comes within the
 * interval after an announcement is held and told as one summary when the interval ends.
 */
export class HeldAnnouncements<T, A> {
  private readonly timers: Timers;
  private readonly intervalMs: number;
  private held: T[] = [];
  private lastAt = -Infinity;
  private timer: unknown;

  constructor(private readonly options: HeldAnnouncementsOptions<T, A>) {
    this.timers = options.timers ?? systemTimers;
    this.intervalMs = options.intervalMs ?? ANNOUNCE_INTERVAL_MS;
  }

  add(items: readonly T[]): void {
    if (items.length === 0) return;
    this.held.push(...items);
    if (this.timer !== undefined) return;
    const wait = this.lastAt + this.intervalMs - this.timers.now();
    if (wait <= 0) this.flush();
    else this.timer = this.timers.setTimeout(() => this.flush(), wait);
  }

  /** Drop what is held (the reader signed out, the element went away). */
  dispose(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.held = [];
  }

  private flush(): void {
    this.timer = undefined;
    const held = this.held;
    this.held = [];
    const announcement = held.length ? this.options.summarize(held) : null;
    if (announcement === null) return;
    this.lastAt = this.timers.now();
    this.options.announce(announcement);
  }
}
