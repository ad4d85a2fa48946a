import { CHAT_ERROR, type ChatError, toChatError } from '../errors.js';
import type { ChatService } from '../service/chat-service.js';
import type { ChatState } from './chat-store-api.js';
import type { StateStore } from './state-store.js';

/** Where failures of work the page did not start go (`state.lastError`), never to the page. */
export interface ErrorSink {
  reportError(error: unknown): void;
  /** Run work the page did not start (timers, event batches): a failure is reported, never thrown. */
  guard(work: () => void): void;
}

export class StateErrorSink implements ErrorSink {
  constructor(private readonly state: Pick<StateStore<ChatState>, 'set'>) {}

  reportError(error: unknown): void {
    try {
      this.state.set({ lastError: toChatError(error) });
    } catch {
      // A subscriber that throws on this too cannot be told; the page must not see it either.
    }
  }

  guard(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.reportError(error);
    }
  }
}

/** A failure for want of a connection (it is retried later, not shown as an error). */
export function isOfflineError(service: Pick<ChatService, 'getConnectionState'>, error: ChatError): boolean {
  return error.code === CHAT_ERROR.offline || service.getConnectionState() !== 'connected';
}

/** Data from outside (events, callers) may be anything: check before reading fields. */
export function isObject<T>(value: T): value is T & object {
  return typeof value === 'object' && value !== null;
}
