import type { ChatStoreApi } from '../store/chat-store-api.js';
import { systemTimers, type Timers } from '../util/timers.js';

/** Draft saves wait for a pause in typing this long. */
export const DEFAULT_DRAFT_DELAY_MS = 500;

export type DraftPort = Pick<ChatStoreApi, 'getDraft' | 'setDraft'>;
export type DraftValue = { text: string; userDefine: string } | null;

interface PendingDraft {
  readonly port: DraftPort;
  readonly conversationID: string;
  readonly draft: DraftValue;
}

/**
 * Saves drafts after a pause in typing (debounced on injected timers), at once when asked (leaving
 * the conversation or the page), and never writes what the store already has.
 */
export class DraftSaver {
  private pending: PendingDraft | null = null;
  private timer: unknown = null;

  constructor(private readonly timers: Timers = systemTimers) {}

  /** A save is waiting for its pause. */
  get waiting(): boolean {
    return this.pending !== null;
  }

  /** Save `draft` (null: delete it) once `delayMs` pass without another change. */
  schedule(port: DraftPort, conversationID: string, draft: DraftValue, delayMs: number): void {
    this.pending = { port, conversationID, draft };
    this.cancelTimer();
    this.timer = this.timers.setTimeout(() => this.flush(), Math.max(0, Number.isFinite(delayMs) ? delayMs : DEFAULT_DRAFT_DELAY_MS));
  }

  /** Save the waiting draft now. */
  flush(): void {
    this.cancelTimer();
    const pending = this.pending;
    this.pending = null;
    if (!pending) return;
    const { port, conversationID, draft } = pending;
    const current = port.getDraft(conversationID);
    if (!draft && !current) return;
    if (draft && current && current.text === draft.text && current.userDefine === draft.userDefine) return;
    port.setDraft(conversationID, draft).catch(() => {
      // The store reports it in lastError; the text stays in the box either way.
    });
  }

  /** The message was sent: forget the waiting save and delete the stored draft. */
  discard(port: DraftPort | undefined, conversationID: string): void {
    this.cancelTimer();
    this.pending = null;
    if (port?.getDraft(conversationID)) port.setDraft(conversationID, null).catch(() => {});
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}
