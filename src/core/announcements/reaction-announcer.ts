import { systemTimers, type Timers } from '../util/timers.js';
import { ARRIVAL_ANNOUNCE_INTERVAL_MS } from './arrival-announcer.js';

/** What to tell the reader about reactions by others, in words the view chooses. */
export type ReactionAnnouncement =
  /** "Alice reacted 👍". */
  | { readonly kind: 'one'; readonly userID: string; readonly reactionID: string }
  /** "3 new reactions" (several came within the interval). */
  | { readonly kind: 'several'; readonly count: number };

export interface ReactionAnnouncerOptions {
  readonly announce: (announcement: ReactionAnnouncement) => void;
  /** At most one announcement in this many ms (default: as for new messages, 10 s). */
  readonly intervalMs?: number;
  readonly timers?: Timers;
}

/**
 * Throttles the announcements of reactions by others, as `ArrivalAnnouncer` does for messages:
 * the first is told at once; what comes within the interval after it is held and told as one
 * count when the interval ends.
 */
export class ReactionAnnouncer {
  private readonly timers: Timers;
  private readonly intervalMs: number;
  private held: Array<{ readonly userID: string; readonly reactionID: string }> = [];
  private lastAt = -Infinity;
  private timer: unknown;

  constructor(private readonly options: ReactionAnnouncerOptions) {
    this.timers = options.timers ?? systemTimers;
    this.intervalMs = options.intervalMs ?? ARRIVAL_ANNOUNCE_INTERVAL_MS;
  }

  reacted(userID: string, reactionID: string): void {
    this.held.push({ userID, reactionID });
    if (this.timer !== undefined) return;
    const wait = this.lastAt + this.intervalMs - this.timers.now();
    if (wait <= 0) this.flush();
    else this.timer = this.timers.setTimeout(() => this.flush(), wait);
  }

  /** Drop what is held (the list went away, or shows another conversation). */
  dispose(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.held = [];
  }

  private flush(): void {
    this.timer = undefined;
    const held = this.held;
    this.held = [];
    if (held.length === 0) return;
    this.lastAt = this.timers.now();
    this.options.announce(held.length === 1 ? { kind: 'one', ...held[0]! } : { kind: 'several', count: held.length });
  }
}
