import { ConversationBatches } from './conversation-batches.js';
import { CHAT_ERROR, ChatError, unsupportedFeature } from '../errors.js';
import { compareMessages, type Message } from '../model/message.js';
import type { ChatService, ChatServiceEvents, GroupReadReceipt, ReadMembersPage } from '../service/chat-service.js';
import type { MessageListState } from './chat-store-api.js';
import type { MessageLists } from './message-lists.js';
import { mergeReceipt, receiptsToSend, showsReadCount } from './selectors/read-receipt-rules.js';
import { StateStore } from './state-store.js';
import { WatchedLists } from './watched-lists.js';
import type { OnServiceEvent, StoreExtension, StoreFeature } from './store-extension.js';
import type { SessionView } from './store-session.js';

/** Own messages per `getReadReceipts` call (one conversation each, like the reactions' batches). */
const READ_RECEIPTS_BATCH = 20;
/** Messages per `sendReadReceipts` call; more wait for the next call. */
const ACKNOWLEDGE_BATCH = 30;
/** Members per page of "who has read" (the SDK gives at most 100). */
const READ_MEMBERS_PAGE = 50;

export interface ReadReceiptsState {
  /** messageID → how many members have read one's own message, and how many have not; absent until loaded. */
  readonly byMessage: Readonly<Record<string, GroupReadReceipt>>;
}

export interface ReadReceiptsDeps {
  readonly service: ChatService;
  readonly session: SessionView;
  readonly lists: Pick<MessageLists, 'findList'>;
  /** The names of readers the store has not met are fetched (`state.users`). */
  wantProfiles(userIDs: readonly string[]): void;
  /** Failures of background loads. */
  reportError(error: unknown): void;
}

/** The part of the store elements use for group read receipts (`store.readReceipts`). */
export interface ReadReceiptsApi {
  readonly state: StateStore<ReadReceiptsState>;
  /** The backend has group read receipts (`ServiceFeatures.groupReadReceipts`). */
  readonly supported: boolean;
  /** The counts under one's own message, or null when it shows none (not asked for, not loaded yet, no backend support). */
  of(message: Message): GroupReadReceipt | null;
  /** A page of the members who have read (`'read'`) or not read a group message. */
  readMembers(message: Message, filter: 'read' | 'unread', cursor?: string, count?: number): Promise<ReadMembersPage>;
}

/**
 * Group read receipts (TIM's `needReadReceipt`), both sides of them:
 * - the sender's: the counts of one's own messages that asked for receipts, loaded for the messages
 *   of loaded pages in batches of one conversation and kept live by `messageReadReceipt`;
 * - the reader's: when the store marks a conversation read (the reader saw it), the messages of
 *   others that asked for receipts, up to what was seen, are acknowledged once each — gathered over
 *   the task and sent one call at a time per conversation; a failed call is tried at the next read.
 */
export class ReadReceipts implements ReadReceiptsApi, StoreExtension {
  readonly state = new StateStore<ReadReceiptsState>({ byMessage: Object.freeze({}) });
  /** Own messages whose counts were asked for in this session (or are being). */
  private readonly asked = new Set<string>();
  /** Messages of others acknowledged in this session (or being). */
  private readonly acknowledged = new Set<string>();
  private readonly watched = new WatchedLists((messages) => this.want(messages));
  private readonly loads = new ConversationBatches<Message>(READ_RECEIPTS_BATCH, (batch) => this.load(batch));
  /** conversationID → read up to this message (null: everything loaded), waiting to be acknowledged. */
  private readonly dueAcks = new Map<string, Message | null>();
  private acking = false;
  private session = -1;

  constructor(private readonly deps: ReadReceiptsDeps) {}

  get supported(): boolean {
    const { service } = this.deps;
    return service.features?.groupReadReceipts === true && typeof service.getReadReceipts === 'function';
  }

  subscribe(on: OnServiceEvent): void {
    on('messageReadReceipt', (event) => this.applyReceipts(event));
  }

  of(message: Message): GroupReadReceipt | null {
    if (!this.supported || !message || !showsReadCount(message)) return null;
    return this.state.get().byMessage[message.ID] ?? null;
  }

  /** Load the counts of a list's own messages, now and as pages and sends come in (once per list). */
  listOpened(list: StateStore<MessageListState>): void {
    this.watched.watch(list);
  }

  /** Signed in again: receipts may have come meanwhile; load the watched lists afresh. */
  connected(): void {
    this.asked.clear();
    this.watched.wantAll();
  }

  reset(): void {
    this.asked.clear();
    this.acknowledged.clear();
    this.loads.clear();
    this.dueAcks.clear();
    this.state.set({ byMessage: Object.freeze({}) });
  }

  /** The reader has seen the conversation up to `upTo` (everything when absent): acknowledge what asked for receipts. */
  markedRead(conversationID: string, upTo?: Message): void {
    const { service } = this.deps;
    if (service.features?.groupReadReceipts !== true || typeof service.sendReadReceipts !== 'function') return;
    if (!conversationID.startsWith('GROUP')) return;
    const before = this.dueAcks.get(conversationID);
    // Everything (null) covers any limit; otherwise the later of the two limits.
    const limit = !upTo || before === null ? null : before && compareMessages(before, upTo) > 0 ? before : upTo;
    this.dueAcks.set(conversationID, limit);
    // Gathered over the task: the store commits the messages it is marking before this runs.
    if (!this.acking) {
      this.acking = true;
      queueMicrotask(() => void this.flushAcks());
    }
  }

  /** `messageReadReceipt`: the counts of one's own messages as they are now. */
  applyReceipts(event: ChatServiceEvents['messageReadReceipt']): void {
    if (!event || !Array.isArray(event.receipts)) return;
    const valid = event.receipts.filter(isReceipt);
    if (valid.length) this.put(valid);
  }

  async readMembers(message: Message, filter: 'read' | 'unread', cursor = '', count = READ_MEMBERS_PAGE): Promise<ReadMembersPage> {
    const { service } = this.deps;
    if (!this.supported || !service.getReadMembers) throw unsupportedFeature('group read receipts', backendName(service));
    if (!message || message.conversationType !== 'GROUP' || !message.needReadReceipt) {
      throw new ChatError(CHAT_ERROR.invalidArgument, 'Only a group message that asked for read receipts has readers.');
    }
    if (filter !== 'read' && filter !== 'unread') throw new ChatError(CHAT_ERROR.invalidArgument, 'filter is "read" or "unread".');
    const page = await service.getReadMembers(message, {
      filter,
      cursor: typeof cursor === 'string' ? cursor : '',
      count: Math.max(1, Math.min(100, Math.floor(count) || READ_MEMBERS_PAGE)),
    });
    this.deps.wantProfiles(page.userIDs);
    return page;
  }

  private put(receipts: readonly GroupReadReceipt[]): void {
    this.state.set((s) => {
      const byMessage = { ...s.byMessage };
      let changed = false;
      for (const receipt of receipts) {
        const next = mergeReceipt(byMessage[receipt.messageID], Object.freeze({ ...receipt }));
        if (next !== byMessage[receipt.messageID]) {
          byMessage[receipt.messageID] = next;
          changed = true;
        }
      }
      return changed ? { byMessage: Object.freeze(byMessage) } : {};
    });
  }

  /** Queue one's own messages whose counts were not asked for yet; one load runs at a time. */
  private want(messages: readonly Message[]): void {
    const { session } = this.deps;
    if (!this.supported || !session.serviceReady) return;
    this.newSession();
    const wanted: Message[] = [];
    for (const message of messages) {
      if (this.asked.has(message.ID) || !showsReadCount(message)) continue;
      this.asked.add(message.ID);
      wanted.push(message);
    }
    this.loads.push(wanted);
  }

  private newSession(): void {
    if (this.session === this.deps.session.id) return;
    this.session = this.deps.session.id;
    this.asked.clear();
    this.acknowledged.clear();
  }

  private async load(batch: readonly Message[]): Promise<void> {
    const { service, session } = this.deps;
    const sessionID = session.id;
    try {
      const receipts = (await service.getReadReceipts?.(batch)) ?? [];
      if (sessionID === session.id) this.put(receipts.filter(isReceipt));
    } catch (error) {
      // Asked again at the next sign-in; counts are not worth an error banner offline.
      if (sessionID === session.id) for (const message of batch) this.asked.delete(message.ID);
      if (service.getConnectionState() === 'connected') this.deps.reportError(error);
    }
  }

  /** Send the due acknowledgements, one call at a time per conversation. */
  private async flushAcks(): Promise<void> {
    const { service, session, lists } = this.deps;
    try {
      while (this.dueAcks.size) {
        const [conversationID, limit] = this.dueAcks.entries().next().value as [string, Message | null];
        this.dueAcks.delete(conversationID);
        if (!session.serviceReady) continue;
        this.newSession();
        const messages = lists.findList(conversationID)?.messages ?? [];
        const due = receiptsToSend(messages, this.acknowledged, limit ?? undefined);
        for (let i = 0; i < due.length; i += ACKNOWLEDGE_BATCH) {
          const batch = due.slice(i, i + ACKNOWLEDGE_BATCH);
          for (const m of batch) this.acknowledged.add(m.ID);
          const sessionID = session.id;
          try {
            await service.sendReadReceipts!(batch);
          } catch {
            // Tried again the next time the reader reads the conversation (offline, a refused call).
            if (sessionID === session.id) for (const m of batch) this.acknowledged.delete(m.ID);
            break;
          }
        }
      }
    } finally {
      this.acking = false;
    }
  }
}

function isReceipt(value: unknown): value is GroupReadReceipt {
  const r = value as GroupReadReceipt | null;
  return (
    !!r &&
    typeof r.messageID === 'string' &&
    r.messageID !== '' &&
    Number.isFinite(r.readCount) &&
    r.readCount >= 0 &&
    Number.isFinite(r.unreadCount) &&
    r.unreadCount >= 0
  );
}

function backendName(service: ChatService): string {
  return service.constructor?.name && service.constructor.name !== 'Object' ? service.constructor.name : 'This backend';
}

/** Group read receipts as a store feature: `store.use(readReceiptsFeature)` gives `store.readReceipts`. */
export const readReceiptsFeature: StoreFeature<ReadReceipts> = {
  name: 'readReceipts',
  create: (store) =>
    new ReadReceipts({
      service: store.service,
      session: store.session,
      lists: store.lists,
      wantProfiles: (userIDs) => store.wantProfiles(userIDs),
      reportError: (error) => store.errors.reportError(error),
    }),
};
