import type { Timers } from '../util/timers.js';
import { HeldAnnouncements } from './held-announcements.js';

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

type Reacted = { readonly userID: string; readonly reactionID: string };

/** Reactions by others, throttled as new messages are (`HeldAnnouncements`): one named, several counted. */
export class ReactionAnnouncer {
  private readonly held: HeldAnnouncements<Reacted, ReactionAnnouncement>;

  constructor(options: ReactionAnnouncerOptions) {
    this.held = new HeldAnnouncements({
      ...options,
      summarize: (held) => (held.length === 1 ? { kind: 'one', ...held[0]! } : { kind: 'several', count: held.length }),
    });
  }

  reacted(userID: string, reactionID: string): void {
    this.held.add([{ userID, reactionID }]);
  }

  /** Drop what is held (the list went away, or shows another conversation). */
  dispose(): void {
    this.held.dispose();
  }
}
