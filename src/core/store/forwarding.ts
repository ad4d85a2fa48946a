import { CHAT_ERROR, ChatError, toChatError, unsupportedFeature } from '../errors.js';
import { forwardOrder, MERGE_LIMITS, mergeNames, relayOf } from '../forward/merge-basics.js';
import type { MergedMessageInput } from '../forward/merged-message.js';
import type { RelayElem } from '../model/elements.js';
import { isSelectable } from './message-selection.js';
import type { MessageElement } from '../model/elements.js';
import { parseConversationID } from '../model/ids.js';
import { EMPTY_MESSAGE, type Message } from '../model/message.js';
import type { ChatService, SendOptions } from '../service/chat-service.js';
import type { ChatState } from './chat-store-api.js';
import type { MessageSender } from './message-sender.js';
import { createMessageID, randomUint32 } from './outgoing-message.js';
import type { StateStore } from './state-store.js';
import type { StoreExtension, StoreFeature } from './store-extension.js';

/** One by one (each message a new message with the same content), or combined into one "chat history" message. */
export type ForwardMode = 'separate' | 'merged';

export interface ForwardOptions {
  readonly mode?: ForwardMode;
  /** A merged message's title instead of the default ("Alice and Bob's chat history"). */
  readonly title?: string;
  /** The language a merged message's title and lines are written in (default: the store's `state.locale`, else English). */
  readonly locale?: string;
  /**
   * Writes a merged message (title, abstract lines, compatible text): `buildMergedElement` from
   * `tim-elements/core`, which `<tim-message-list>` passes. Needed for `mode: 'merged'`; kept out of
   * the store so that a store alone does not carry the translation tables it writes them with.
   */
  readonly mergedElement?: (input: MergedMessageInput) => RelayElem;
}

/** What forwarding did for one target conversation: the messages sent there, or why it failed. */
export interface ForwardResult {
  readonly conversationID: string;
  readonly messages: readonly Message[];
  readonly error?: ChatError;
}

export interface ForwardingDeps {
  readonly service: Pick<ChatService, 'features' | 'downloadMergedMessages'>;
  readonly state: Pick<StateStore<ChatState>, 'get'>;
  readonly sender: Pick<MessageSender, 'sendPrepared'>;
  readonly userID: () => string;
  /** The local clock (epoch ms). */
  now(): number;
  /** The time (seconds) for a message made here now in a conversation. */
  stampSeconds(conversationID: string): number;
}

/**
 * Forwarding (TUIKit's semantics): one by one makes, in each target, a new message with the same
 * content as each original, oldest first; combined makes one merged message (`TIMRelayElem`) with
 * a title, the first lines and the messages. Each goes through the store's durable send (it shows
 * at once, survives a reload). One target failing does not stop the others.
 */
export class Forwarding implements StoreExtension {
  private readonly downloaded = new Map<string, readonly Message[]>();

  constructor(private readonly deps: ForwardingDeps) {}

  /** Can this backend send and open merged messages. */
  get canMerge(): boolean {
    return this.deps.service.features?.mergedForward === true;
  }

  async forward(messages: readonly Message[], conversationIDs: readonly string[], options: ForwardOptions = {}): Promise<ForwardResult[]> {
    const mode = options.mode ?? 'separate';
    if (mode !== 'separate' && mode !== 'merged') throw invalid(`Unknown forward mode "${String(mode)}".`);
    if (mode === 'merged' && !this.canMerge) throw unsupportedFeature('forwarding messages combined', 'This backend');
    if (!Array.isArray(messages) || messages.length === 0) throw invalid('forwardMessages() needs at least one message.');
    const originals = forwardOrder(messages);
    const unfit = originals.find((m) => !m || typeof m !== 'object' || !isSelectable(m));
    if (unfit) throw invalid(`Message "${String(unfit?.ID)}" cannot be forwarded: only delivered messages with content can.`);
    if (mode === 'merged' && originals.length > MERGE_LIMITS.maxMessages) {
      throw invalid(`At most ${MERGE_LIMITS.maxMessages} messages can be forwarded combined.`);
    }
    const targets = [...new Set(Array.isArray(conversationIDs) ? conversationIDs : [])];
    if (targets.length === 0) throw invalid('forwardMessages() needs at least one conversation to forward to.');
    for (const id of targets) {
      const type = parseConversationID(id)?.type;
      if (type !== 'C2C' && type !== 'GROUP') throw invalid(`Cannot forward to "${String(id)}": not a C2C or GROUP conversation ID.`);
    }
    const merged = mode === 'merged' ? this.mergedElement(originals, options) : null;
    const results: ForwardResult[] = [];
    for (const conversationID of targets) {
      const sent: Message[] = [];
      try {
        if (merged) sent.push(await this.send(conversationID, [merged]));
        else for (const original of originals) sent.push(await this.send(conversationID, original.elements, { forwardOf: original }));
        results.push({ conversationID, messages: sent });
      } catch (error) {
        results.push({ conversationID, messages: sent, error: toChatError(error, CHAT_ERROR.sendFailed) });
      }
    }
    return results;
  }

  /** The forwarded messages of a merged message: carried in it, else downloaded once from the server. */
  async messagesOf(message: Message): Promise<readonly Message[]> {
    const relay = relayOf(message);
    if (!relay) throw invalid('loadMergedMessages() needs a merged ("chat history") message.');
    if (relay.messageList.length > 0) return relay.messageList;
    const known = this.downloaded.get(message.ID);
    if (known) return known;
    const download = this.deps.service.downloadMergedMessages;
    if (!this.canMerge || !download) throw unsupportedFeature('opening merged messages', 'This backend');
    const messages = forwardOrder(await download.call(this.deps.service, message));
    this.downloaded.set(message.ID, messages);
    return messages;
  }

  /** Forget downloads (a new session). */
  actionRules(): { forward: boolean } {
    return { forward: true };
  }

  reset(): void {
    this.downloaded.clear();
  }

  private mergedElement(originals: readonly Message[], options: ForwardOptions): MessageElement {
    const state = this.deps.state.get();
    const source = originals[0]!;
    const groupID = source.conversationType === 'GROUP' ? source.to : '';
    const build = options.mergedElement;
    if (!build) throw invalid('Forwarding combined needs options.mergedElement (buildMergedElement from tim-elements/core).');
    const names = mergeNames({ users: state.users, ...(groupID ? { members: state.groupMembers[groupID] ?? [] } : {}) });
    return build({
      messages: originals,
      source: { type: source.conversationType, groupName: groupID ? (state.groups[groupID]?.name ?? groupID) : '' },
      selfID: this.deps.userID(),
      names,
      ...((options.locale ?? state.locale) ? { locale: options.locale ?? state.locale } : {}),
      ...(options.title ? { title: options.title } : {}),
    });
  }

  private send(conversationID: string, elements: readonly MessageElement[], options: SendOptions = {}): Promise<Message> {
    const parsed = parseConversationID(conversationID)!;
    const state = this.deps.state.get();
    const userID = this.deps.userID();
    const nowMs = this.deps.now();
    const random = randomUint32();
    const seconds = Math.floor(nowMs / 1000);
    const message: Message = {
      ...EMPTY_MESSAGE,
      ID: createMessageID(userID, nowMs, random),
      conversationID,
      conversationType: parsed.type,
      from: userID,
      to: parsed.targetID,
      flow: 'out',
      time: this.deps.stampSeconds(conversationID),
      clientTime: seconds,
      random,
      status: 'unSend',
      isRead: true,
      nick: state.me?.nick ?? '',
      avatar: state.me?.avatar ?? '',
      // A copy carries the content only: not the original's reply quote, mentions or local data.
      elements: Object.freeze([...elements]),
    };
    return this.deps.sender.sendPrepared(message, options);
  }
}

function invalid(message: string): ChatError {
  return new ChatError(CHAT_ERROR.invalidArgument, message);
}

/** Forwarding and merged messages as a store feature (`store.use(forwardingFeature)`: `forwardMessages`). */
export const forwardingFeature: StoreFeature<Forwarding> = {
  name: 'forwarding',
  create: (store) =>
    new Forwarding({
      service: store.service,
      state: store.state,
      sender: store.sender,
      userID: () => store.session.userID,
      now: () => store.now(),
      stampSeconds: (conversationID) => store.stampSeconds(conversationID),
    }),
};
