import { CHAT_ERROR, ChatError, unsupportedFeature } from '../errors.js';
import { groupConversationID, parseConversationID } from '../model/ids.js';
import type { Message } from '../model/message.js';
import type { PinnedMessage } from '../model/pinned-message.js';
import type { ChatService } from '../service/chat-service.js';
import type { ChatState } from './chat-store-api.js';
import { canManagePins, isPinnable } from './selectors/pin-rules.js';
import type { StateStore } from './state-store.js';
import type { OnServiceEvent, StoreExtension, StoreFeature } from './store-extension.js';
import type { SessionView } from './store-session.js';

export interface PinnedMessagesDeps {
  readonly service: ChatService;
  readonly session: SessionView;
  readonly state: StateStore<ChatState>;
}

/**
 * A group's pinned messages in `state.pinnedMessages` (groupID → pins, oldest pin first): loaded
 * when a group opens, replaced by each `pinnedMessagesUpdated`, changed by pin and unpin (owner
 * and admins, `selectors/pin-rules.ts`). Not cached: pins change elsewhere and load fast.
 */
export class PinnedMessages implements StoreExtension {
  /** groupID → how many times its pins were set: a load answers only if none came meanwhile. */
  private readonly versions = new Map<string, number>();

  constructor(private readonly deps: PinnedMessagesDeps) {}

  get supported(): boolean {
    const { service } = this.deps;
    return (
      !!service.features?.pinnedMessages && typeof service.pinGroupMessage === 'function' && typeof service.getPinnedMessages === 'function'
    );
  }

  subscribe(on: OnServiceEvent): void {
    on('pinnedMessagesUpdated', ({ groupID, pinned }) => this.apply(groupID, pinned ?? []));
  }

  /** A group opened: its pins, quietly. */
  conversationShown(conversationID: string): void {
    const target = parseConversationID(conversationID);
    if (target?.type === 'GROUP' && this.supported) this.load(target.targetID).catch(() => {});
  }

  actionRules(message: Message): { managePins: boolean; pinnedIDs: ReadonlySet<string> } {
    return { managePins: this.canManage(message.conversationID), pinnedIDs: this.pinnedIDs(message.conversationID) };
  }

  canManage(conversationID: string): boolean {
    return this.supported && canManagePins(conversationID, this.deps.state.get().groups, this.deps.service.features);
  }

  /** The pinned message IDs of a conversation (empty when none, or not a group). */
  pinnedIDs(conversationID: string): ReadonlySet<string> {
    const target = parseConversationID(conversationID);
    const pins = target?.type === 'GROUP' ? this.deps.state.get().pinnedMessages[target.targetID] : undefined;
    return new Set((pins ?? []).map((p) => p.message.ID));
  }

  async load(groupID: string): Promise<readonly PinnedMessage[]> {
    const { service, session } = this.deps;
    if (!this.supported || !service.getPinnedMessages) throw unsupportedFeature('pinned messages', 'This backend');
    if (typeof groupID !== 'string' || !groupID) throw new ChatError(CHAT_ERROR.invalidArgument, 'loadPinnedMessages() needs a groupID.');
    const sessionID = session.id;
    const version = this.versions.get(groupID) ?? 0;
    const pins = await service.getPinnedMessages(groupID);
    // A pin or a backend update that came while the answer was on its way is newer than the answer.
    if (sessionID === session.id && (this.versions.get(groupID) ?? 0) === version) this.set(groupID, pins);
    return this.deps.state.get().pinnedMessages[groupID] ?? [];
  }

  async pin(message: Message, pinned: boolean): Promise<void> {
    const { service, session } = this.deps;
    if (!this.supported || !service.pinGroupMessage) throw unsupportedFeature('pinned messages', 'This backend');
    const target = parseConversationID(message?.conversationID);
    if (target?.type !== 'GROUP') throw new ChatError(CHAT_ERROR.invalidArgument, 'Only group messages can be pinned.');
    if (!this.canManage(message.conversationID)) {
      throw new ChatError(CHAT_ERROR.pinNotAllowed, 'Only the group owner and admins can pin messages.');
    }
    if (pinned && !isPinnable(message)) throw new ChatError(CHAT_ERROR.invalidArgument, 'This message cannot be pinned.');
    const max = service.features?.pinnedMessages?.max ?? Infinity;
    const pins = this.deps.state.get().pinnedMessages[target.targetID] ?? [];
    if (pinned && pins.length >= max && !pins.some((p) => p.message.ID === message.ID)) {
      throw new ChatError(CHAT_ERROR.pinLimit, `A group holds at most ${max} pinned messages.`);
    }
    const sessionID = session.id;
    await service.pinGroupMessage(message, pinned);
    if (sessionID !== session.id) return;
    // Show it at once; the backend's pinnedMessagesUpdated brings the list as the server has it.
    const rest = (this.deps.state.get().pinnedMessages[target.targetID] ?? []).filter((p) => p.message.ID !== message.ID);
    this.set(target.targetID, pinned ? [...rest, { message, pinnedBy: session.userID }] : rest);
  }

  /** A backend's `pinnedMessagesUpdated`: the group's pins as they are now. */
  apply(groupID: string, pins: readonly PinnedMessage[]): void {
    if (typeof groupID === 'string' && groupID && Array.isArray(pins)) this.set(groupID, pins);
  }

  private set(groupID: string, pins: readonly PinnedMessage[]): void {
    this.versions.set(groupID, (this.versions.get(groupID) ?? 0) + 1);
    const valid = pins.filter(
      (p) => p && p.message && typeof p.message.ID === 'string' && p.message.conversationID === groupConversationID(groupID),
    );
    this.deps.state.set((state) => ({ pinnedMessages: Object.freeze({ ...state.pinnedMessages, [groupID]: Object.freeze([...valid]) }) }));
  }
}

/** Pinned group messages as a store feature (`store.use(pinsFeature)`: `pinMessage`, `state.pinnedMessages`). */
export const pinsFeature: StoreFeature<PinnedMessages> = {
  name: 'pins',
  create: (store) => new PinnedMessages(store),
};
