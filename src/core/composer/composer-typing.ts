import type { ChatStoreApi } from '../store/chat-store-api.js';
import { TypingSignal } from '../typing/typing-signal.js';
import { systemTimers, type Timers } from '../util/timers.js';

export type TypingPort = Pick<ChatStoreApi, 'state' | 'supportsTyping' | 'sendTyping'>;

/**
 * The composer's side of the typing protocol: feeds keystrokes to a `TypingSignal` for the open
 * conversation when the user wants it, the backend carries it there and we are connected.
 */
export class ComposerTyping {
  /** Tells the others in the open conversation that this user types (null: not told there). */
  private signal: TypingSignal | null = null;

  constructor(private readonly timers: Timers = systemTimers) {}

  /** The text changed; `enabled` is the app's `typing-status`. */
  input(hasText: boolean, port: TypingPort | undefined, conversationID: string | null, enabled: boolean): void {
    if (!hasText) {
      this.signal?.stop();
      return;
    }
    if (!enabled || !port || !conversationID || !port.supportsTyping(conversationID) || port.state.get().connection !== 'connected') return;
    this.signal ??= new TypingSignal((isTyping) => {
      port.sendTyping(conversationID, isTyping).catch(() => {
        // A lost typing signal is not worth a message: the others' indicator expires on its own.
      });
    }, this.timers);
    this.signal.input(true);
  }

  /** The message went: it ends the others' indicator itself. */
  sent(): void {
    this.signal?.sent();
  }

  /** Leaving the conversation (or the page): the others see the typing stop now. */
  stop(): void {
    this.signal?.stop();
    this.signal = null;
  }
}
