import { ChatError } from '../../errors.js';
import type { NotificationBatch } from './server-notifications.js';
import type { ServerTx } from './server-storage.js';

/** What one server operation works with: its transaction, the server time, and what to tell whom. */
export interface OpContext {
  readonly tx: ServerTx;
  /** Server time in seconds, fixed for the operation. */
  readonly now: number;
  readonly batch: NotificationBatch;
  /** Seconds after sending during which the sender may revoke. */
  readonly revokeTimeLimit: number;
  /** A fresh unique ID with a readable prefix. */
  newID(prefix: string): string;
}

export function fail(code: number, message: string): never {
  throw new ChatError(code, message);
}
