import type { Message } from './message.js';

/** A pinned group message and who pinned it (the Web SDK's `message.pinnerInfo`). */
export interface PinnedMessage {
  readonly message: Message;
  /** userID of the member who pinned it. */
  readonly pinnedBy: string;
}
