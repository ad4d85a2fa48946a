import { parseConversationID } from '../../model/ids.js';
import { typingUserIDs } from '../../typing/typing-state.js';
import type { ChatState } from '../chat-store-api.js';

/** What a conversation's header says about typing. */
export type HeaderTyping =
  | { readonly kind: 'none' }
  /** One-to-one: "typing…" (who is obvious). */
  | { readonly kind: 'peer' }
  /** A group: who is typing (user IDs, for the header to name), in the order they started. */
  | { readonly kind: 'group'; readonly groupID: string; readonly userIDs: readonly string[] };

export type HeaderTypingInput = Pick<ChatState, 'typing'>;

const NONE: HeaderTyping = Object.freeze({ kind: 'none' });

/**
 * Who the header shows typing in a conversation. `now` is 0 by default: the store removes each
 * typist when their time is up, so what it holds is what shows.
 */
export function headerTyping(state: HeaderTypingInput, conversationID: string, now = 0): HeaderTyping {
  const typers = typingUserIDs(state.typing, conversationID, now);
  if (!typers.length) return NONE;
  const parsed = parseConversationID(conversationID);
  if (parsed?.type !== 'GROUP') return { kind: 'peer' };
  return { kind: 'group', groupID: parsed.targetID, userIDs: typers };
}
