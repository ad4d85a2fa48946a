import { CHAT_ERROR, ChatError } from '../errors.js';

/** Who is signed in, and which session a late answer belongs to (what the parts of the store read). */
export interface SessionView {
  /** The signed-in user; '' when stopped. */
  readonly userID: string;
  /** Bumped by start and stop, so that late answers of an earlier session are dropped. */
  readonly id: number;
  /** Logged in to the service in this session. */
  readonly serviceReady: boolean;
}

/** The session facts, written by `ChatStore` alone (start, stop, login, kicked out). */
export class StoreSession implements SessionView {
  userID = '';
  id = 0;
  serviceReady = false;
}

export function requireStarted(session: SessionView): void {
  if (!session.userID) throw new ChatError(CHAT_ERROR.notLoggedIn, 'The store is not started: call start(userID) first.');
}
