import { systemTimers, type Timers } from '../util/timers.js';
import type { Arrival } from './arrivals.js';

/** What to tell the reader, in words the view chooses (the core gives the facts). */
export type ArrivalAnnouncement =
  /** One message: "New message from Alice" (in a group: "New message from Alice in Team"). */
  | { readonly kind: 'one'; readonly sender: string; readonly conversationName: string; readonly isGroup: boolean }
  /** Several in one conversation: "3 new messages in Team" / "3 new messages from Alice". */
  | { readonly kind: 'several'; readonly count: number; readonly conversationName: string; readonly isGroup: boolean }
  /** In several conversations: "7 new messages in 3 conversations". */
  | { readonly kind: 'elsewhere'; readonly count: number; readonly conversations: number };

/** At most one announcement in this many ms; what comes in between is told together after it. */
export const ARRIVAL_ANNOUNCE_INTERVAL_MS = 10_000;

export interface ArrivalAnnouncerOptions {
  readonly announce: (announcement: ArrivalAnnouncement) => void;
  readonly intervalMs?: number;
  readonly timers?: Timers;
  /** Asked when a held announcement falls due: a conversation opened (or muted) meanwhile is left out. */
  readonly stillNews?: (conversationID: string) => boolean;
}

/**
 * Throttles and coalesces the announcements of new messages elsewhere, so a screen reader is
 * told, not flooded: the first arrival is told at once; anything arriving within the interval
 * after an announcement is held and told as one summary when the interval ends.
 */
export class ArrivalAnnouncer {
  private readonly timers: Timers;
  private readonly intervalMs: number;
  /** Held arrivals by conversation, in order of first arrival. */
  private held = new Map<string, Arrival & { readonly total: number }>();
  private lastAt = -Infinity;
  private timer: unknown;

  constructor(private readonly options: ArrivalAnnouncerOptions) {
    this.timers = options.timers ?? systemTimers;
    this.intervalMs = options.intervalMs ?? ARRIVAL_ANNOUNCE_INTERVAL_MS;
  }

  arrived(arrivals: readonly Arrival[]): void {
    if (arrivals.length === 0) return;
    for (const arrival of arrivals) {
      const before = this.held.get(arrival.conversationID);
      this.held.set(arrival.conversationID, { ...arrival, total: (before?.total ?? 0) + arrival.count });
    }
    if (this.timer !== undefined) return;
    const wait = this.lastAt + this.intervalMs - this.timers.now();
    if (wait <= 0) this.flush();
    else this.timer = this.timers.setTimeout(() => this.flush(), wait);
  }

  /** Drop what is held (the reader signed out, the element went away). */
  dispose(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.held.clear();
  }

  private flush(): void {
    this.timer = undefined;
    const stillNews = this.options.stillNews;
    const held = [...this.held.values()].filter((a) => !stillNews || stillNews(a.conversationID));
    this.held.clear();
    if (held.length === 0) return;
    this.lastAt = this.timers.now();
    this.options.announce(summarize(held));
  }
}

function summarize(held: ReadonlyArray<Arrival & { readonly total: number }>): ArrivalAnnouncement {
  if (held.length > 1) return { kind: 'elsewhere', count: held.reduce((n, a) => n + a.total, 0), conversations: held.length };
  const only = held[0]!;
  if (only.total === 1) return { kind: 'one', sender: only.sender, conversationName: only.conversationName, isGroup: only.isGroup };
  return { kind: 'several', count: only.total, conversationName: only.conversationName, isGroup: only.isGroup };
}
