import { CHAT_ERROR, ChatError, unsupportedFeature } from '../errors.js';
import type { Message } from '../model/message.js';
import type { ChatService } from '../service/chat-service.js';
import type { MessageLists } from './message-lists.js';
import { canEditMessage, editWindowSeconds, RE_EDIT_WINDOW_SECONDS, reEditText } from './selectors/edit-window.js';
import type { StoreBatches } from './store-batches.js';
import type { StoreExtension, StoreFeature } from './store-extension.js';
import type { SessionView } from './store-session.js';

export interface MessageEditsDeps {
  readonly service: ChatService;
  readonly session: SessionView;
  readonly lists: Pick<MessageLists, 'findList'>;
  readonly batches: Pick<StoreBatches, 'changes' | 'commit'>;
  /** Epoch ms. */
  now(): number;
}

/**
 * Editing one's own text messages and taking a recalled one back ("Re-edit"): the checks
 * (`selectors/edit-window.ts`), the service call, and the edited copy merged into the list,
 * the conversation's last message and the cache. Remembers when this device saw each recall,
 * for the 2-minute re-edit offer.
 */
export class MessageEdits implements StoreExtension {
  /** messageID → epoch ms when this device learnt of its recall. */
  private readonly recalledAt = new Map<string, number>();

  constructor(private readonly deps: MessageEditsDeps) {}

  /** The backend's edit window in seconds (`Infinity`: no limit), null without editing. */
  get windowSeconds(): number | null {
    return typeof this.deps.service.editMessage === 'function' ? editWindowSeconds(this.deps.service.features) : null;
  }

  canEdit(message: Message): boolean {
    return canEditMessage(this.current(message), { now: this.deps.now(), windowSeconds: this.windowSeconds });
  }

  actionRules(): { editWindowSeconds: number | null } {
    return { editWindowSeconds: this.windowSeconds };
  }

  /** Recalls seen now (own, or events): the re-edit offer counts from here. */
  recalled(messages: readonly Message[]): void {
    const now = this.deps.now();
    for (const message of messages) if (message?.ID && !this.recalledAt.has(message.ID)) this.recalledAt.set(message.ID, now);
  }

  reEditText(message: Message): string | null {
    return reEditText(message, { now: this.deps.now(), userID: this.deps.session.userID, recalledAt: this.recalledAt.get(message.ID) });
  }

  /** When the re-edit offer of this message ends (epoch ms), or null when it has none now. */
  reEditEndsAt(message: Message): number | null {
    if (this.reEditText(message) === null) return null;
    return (this.recalledAt.get(message.ID) ?? message.time * 1000) + RE_EDIT_WINDOW_SECONDS * 1000;
  }

  async edit(message: Message, text: string): Promise<Message> {
    const { service, session } = this.deps;
    if (typeof service.editMessage !== 'function' || this.windowSeconds === null) {
      throw unsupportedFeature('editing messages', 'This backend');
    }
    if (typeof text !== 'string' || text.trim() === '') throw new ChatError(CHAT_ERROR.invalidArgument, 'An edit needs some text.');
    const current = this.current(message);
    if (current.flow !== 'out' || current.status !== 'success' || current.isRevoked || current.onlineOnly) {
      throw new ChatError(CHAT_ERROR.editNotAllowed, 'Only your own delivered text messages can be edited.');
    }
    if (!canEditMessage(current, { now: this.deps.now(), windowSeconds: this.windowSeconds })) {
      const textOnly = current.elements.length === 1 && current.elements[0]?.type === 'TIMTextElem';
      if (!textOnly) throw new ChatError(CHAT_ERROR.editNotAllowed, 'Only text messages can be edited.');
      throw new ChatError(CHAT_ERROR.editTimeLimit, 'It is too late to edit this message.');
    }
    const sessionID = session.id;
    const edited = await service.editMessage(current, text);
    if (sessionID !== session.id) return edited;
    const changes = this.deps.batches.changes();
    const merged = changes.upsertMessage({ ...edited, isModified: true }, 'service', { persist: true, inRangeOnly: true });
    const conversation = changes.conversation(merged.conversationID);
    if (conversation?.lastMessage?.ID === merged.ID) changes.putConversation({ ...conversation, lastMessage: merged }, true);
    this.deps.batches.commit(changes);
    return merged;
  }

  reset(): void {
    this.recalledAt.clear();
  }

  private current(message: Message): Message {
    return this.deps.lists.findList(message.conversationID)?.get(message.ID) ?? message;
  }
}

/** Editing and re-editing as a store feature (`store.use(editsFeature)`: `editMessage`, `reEditText`). */
export const editsFeature: StoreFeature<MessageEdits> = {
  name: 'edits',
  create: (store) => new MessageEdits(store),
};
