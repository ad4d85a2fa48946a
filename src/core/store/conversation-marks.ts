import { CHAT_ERROR, ChatError, toChatError, unsupportedFeature } from '../errors.js';
import { parseConversationID } from '../model/ids.js';
import type { Conversation } from '../model/conversation.js';
import { requireStarted } from './store-session.js';
import type { StoreExtension, StoreFeature, StoreInternals } from './store-extension.js';

/** Does the conversation show as unread: unread messages, or marked unread by the user. */
export function showsUnread(conversation: Pick<Conversation, 'unreadCount' | 'markedUnread'>): boolean {
  return conversation.unreadCount > 0 || conversation.markedUnread === true;
}

/**
 * "Mark as unread" (`ServiceFeatures.markUnread`): the mark lives on the conversation
 * (`Conversation.markedUnread`, the backend's, so the user's other tabs and devices see it), set
 * here at once and undone when the backend refuses. Opening a marked conversation takes the mark
 * off, as TUIKit does.
 *
 * The mark is not counted in `state.totalUnread` (nor in `<tim-chat>.totalUnread`): TUIKit's
 * total is the SDK's `getTotalUnreadMessageCount`, and the SDK says a mark "will not change the
 * unread count"; a mark is a reminder, not messages waiting.
 */
export class ConversationMarks implements StoreExtension {
  constructor(private readonly store: StoreInternals) {}

  get supported(): boolean {
    const { service } = this.store;
    return !!service.features?.markUnread && typeof service.markConversationUnread === 'function';
  }

  /** A marked conversation was opened: the mark goes (quietly; it stays if the backend refuses). */
  conversationShown(conversationID: string): void {
    const conversation = this.store.state.get().conversations.find((c) => c.conversationID === conversationID);
    if (conversation?.markedUnread && this.supported) this.setUnread(conversationID, false).catch(() => {});
  }

  /** Mark a conversation unread (or take the mark off). Rejects with `unsupported` without the backend feature. */
  async setUnread(conversationID: string, marked: boolean): Promise<void> {
    const { service, batches, session } = this.store;
    if (!this.supported || !service.markConversationUnread) throw unsupportedFeature('marking conversations unread', 'This backend');
    requireStarted(session);
    if (!parseConversationID(conversationID)) {
      throw new ChatError(CHAT_ERROR.invalidArgument, `"${String(conversationID)}" is not a conversation ID.`);
    }
    const changes = batches.changes();
    const before = changes.conversation(conversationID);
    if (!before) throw new ChatError(CHAT_ERROR.conversationNotFound, `There is no conversation "${conversationID}".`);
    const after = withMark(before, !!marked);
    if (after !== before) {
      changes.putConversation(after, true);
      batches.commit(changes);
    }
    const sessionID = session.id;
    try {
      await service.markConversationUnread(conversationID, !!marked);
    } catch (error) {
      const undo = batches.changes();
      if (sessionID === session.id && undo.conversation(conversationID) === after && after !== before) {
        undo.putConversation(before, true);
        batches.commit(undo);
      }
      const chatError = toChatError(error);
      this.store.errors.reportError(chatError);
      throw chatError;
    }
  }
}

function withMark(conversation: Conversation, marked: boolean): Conversation {
  if (!!conversation.markedUnread === marked) return conversation;
  if (marked) return { ...conversation, markedUnread: true };
  const { markedUnread: _dropped, ...rest } = conversation;
  return rest;
}

/** Conversation marks as a store feature (`store.use(conversationMarksFeature).setUnread(id, true)`). */
export const conversationMarksFeature: StoreFeature<ConversationMarks> = {
  name: 'conversationMarks',
  create: (store) => new ConversationMarks(store),
};
