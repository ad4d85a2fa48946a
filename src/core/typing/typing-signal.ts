import { systemTimers, type Timers } from '../util/timers.js';

/** While the user types, "typing" is said again at most this often (it keeps the peer's indicator alive). */
export const TYPING_REFRESH_MS = 3000;
/** After this long without a keystroke the user counts as stopped, and the peer is told. */
export const TYPING_PAUSE_MS = 3000;
/**
 * How long the receiving side shows "typing…" after a signal, when no stop comes: a refresh
 * arrives sooner while the peer types, so the indicator ends at most this long after the last
 * keystroke even when the stop signal is lost.
 */
export const TYPING_SHOWN_MS = 5000;

/**
 * The sending half of the typing protocol (TUIKit's typing status, one signal per change): says
 * "typing" when the user starts and again every few seconds while they go on, and "stopped" when
 * they pause, empty the box or leave. Sending the message itself needs no stop: the peer clears
 * the indicator when the message arrives.
 */
export class TypingSignal {
  /** When "typing" was last said (0: the peer does not see us typing). */
  private saidAt = 0;
  private pauseTimer: unknown = null;

  constructor(
    private readonly say: (isTyping: boolean) => void,
    private readonly timers: Timers = systemTimers,
  ) {}

  /** Is the peer being shown that we type. */
  get active(): boolean {
    return this.saidAt !== 0;
  }

  /** The text changed (a keystroke, a paste): `hasText` is whether anything is left in the box. */
  input(hasText: boolean): void {
    if (!hasText) {
      this.stop();
      return;
    }
    const now = this.timers.now();
    if (!this.saidAt || now - this.saidAt >= TYPING_REFRESH_MS) {
      this.saidAt = now;
      this.say(true);
    }
    this.clearPause();
    this.pauseTimer = this.timers.setTimeout(() => {
      this.pauseTimer = null;
      this.stop();
    }, TYPING_PAUSE_MS);
  }

  /** The user stopped (paused, emptied the box, left the conversation): tell the peer, once. */
  stop(): void {
    this.clearPause();
    if (!this.saidAt) return;
    const shownUntil = this.saidAt + TYPING_SHOWN_MS;
    this.saidAt = 0;
    // Past the peer's own expiry a stop would tell them nothing.
    if (this.timers.now() <= shownUntil) this.say(false);
  }

  /** The message was sent: the peer's indicator ends when it arrives, so no stop is sent. */
  sent(): void {
    this.clearPause();
    this.saidAt = 0;
  }

  private clearPause(): void {
    if (this.pauseTimer !== null) this.timers.clearTimeout(this.pauseTimer);
    this.pauseTimer = null;
  }
}
