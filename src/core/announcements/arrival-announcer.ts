import type { Timers } from '../util/timers.js';
import { ANNOUNCE_INTERVAL_MS, HeldAnnouncements } from './held-announcements.js';
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
export const ARRIVAL_ANNOUNCE_INTERVAL_MS = ANNOUNCE_INTERVAL_MS;

export interface ArrivalAnnouncerOptions {
  readonly announce: (announcement: ArrivalAnnouncement) => void;
  readonly intervalMs?: number;
  readonly timers?: Timers;
  /** Asked when a held announcement falls due: a conversation opened (or muted) meanwhile is left out. */
  readonly stillNews?: (conversationID: string) => boolean;
}

/**
 * New messages elsewhere, throttled (`HeldAnnouncements`) and summed per conversation, so a
 * screen reader hears "New message from Alice", then "7 new messages in 3 conversations".
 */
export class ArrivalAnnouncer {
  private readonly held: HeldAnnouncements<Arrival, ArrivalAnnouncement>;

  constructor(options: ArrivalAnnouncerOptions) {
    const { stillNews } = options;
    this.held = new HeldAnnouncements({
      ...options,
      summarize: (arrivals) => summarize(byConversation(arrivals).filter((a) => !stillNews || stillNews(a.conversationID))),
    });
  }

  arrived(arrivals: readonly Arrival[]): void {
    this.held.add(arrivals);
  }

  /** Drop what is held (the reader signed out, the element went away). */
  dispose(): void {
    this.held.dispose();
  }
}

/** The held arrivals summed per conversation, in order of first arrival. */
function byConversation(arrivals: readonly Arrival[]): Array<Arrival & { readonly total: number }> {
  const held = new Map<string, Arrival & { readonly total: number }>();
  for (const arrival of arrivals) {
    const before = held.get(arrival.conversationID);
    held.set(arrival.conversationID, { ...arrival, total: (before?.total ?? 0) + arrival.count });
  }
  return [...held.values()];
}

function summarize(held: ReadonlyArray<Arrival & { readonly total: number }>): ArrivalAnnouncement | null {
  if (held.length === 0) return null;
  if (held.length > 1) return { kind: 'elsewhere', count: held.reduce((n, a) => n + a.total, 0), conversations: held.length };
  const only = held[0]!;
  if (only.total === 1) return { kind: 'one', sender: only.sender, conversationName: only.conversationName, isGroup: only.isGroup };
  return { kind: 'several', count: only.total, conversationName: only.conversationName, isGroup: only.isGroup };
}
