import type { Draft } from '../model/conversation.js';
import type { ChatState } from '../store/chat-store-api.js';

/** The parts of the chat state the composer decides with; a view re-renders when one changes (compare shallowly). */
export type ComposerChatView = Pick<ChatState, 'me' | 'connection' | 'kickedOut' | 'groups' | 'groupMembers' | 'users'> & {
  /** The open conversation's draft as the store has it (to follow changes from another tab or the cache). */
  readonly draft: Draft | null | undefined;
};

export function composerChatView(state: ChatState, conversationID: string | null | undefined): ComposerChatView {
  return {
    me: state.me,
    connection: state.connection,
    kickedOut: state.kickedOut,
    groups: state.groups,
    groupMembers: state.groupMembers,
    users: state.users,
    draft: state.conversations.find((c) => c.conversationID === conversationID)?.draft,
  };
}
