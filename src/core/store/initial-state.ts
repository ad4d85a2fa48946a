import type { Conversation } from '../model/conversation.js';
import type { ChatState } from './chat-store-api.js';

/** The state of a store that is not started. */
export function initialState(locale: string): ChatState {
  return {
    me: null,
    connection: 'disconnected',
    kickedOut: null,
    conversations: Object.freeze([]) as readonly Conversation[],
    totalUnread: 0,
    conversationsLoaded: false,
    activeConversationID: null,
    missingConversationIDs: Object.freeze([]) as readonly string[],
    users: Object.freeze({}),
    groups: Object.freeze({}),
    groupMembers: Object.freeze({}),
    pinnedMessages: Object.freeze({}),
    typing: Object.freeze({}),
    cacheWarning: null,
    lastError: null,
    locale,
  };
}
