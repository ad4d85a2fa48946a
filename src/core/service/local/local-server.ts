// Over 500 lines: LocalServer is the embedded backend's whole server (one method per server
// operation of the ChatService contract); records, messaging, storage and notifications live in
// the server-*.ts files beside it.
import { prepareRelay, storedRelay } from './server-forwarding.js';
import { CHAT_ERROR, ChatError } from '../../errors.js';
import type { Conversation, Draft, MessageRemindType } from '../../model/conversation.js';
import type { MessageElement } from '../../model/elements.js';
import type { GroupApplication } from '../../model/group-application.js';
import { c2cConversationID, parseConversationID } from '../../model/ids.js';
import { MESSAGE_PRIORITIES, type Message, type MessageLocator, type MessagePriority } from '../../model/message.js';
import type { GroupMember, GroupProfile, UserProfile } from '../../model/profile.js';
import type {
  BatchSendResult,
  ChatServiceEvents,
  FoundGroup,
  JoinGroupResult,
  KickedOutReason,
  MessageListQuery,
  MessagePage,
  MessageReactions,
  ReactionUsersPage,
  GroupReadReceipt,
  ReadMembersPage,
} from '../chat-service.js';
import { attachedFiles } from '../chat-service.js';
import { BlobUrls } from './blob-urls.js';
import { storableUrl } from './server-urls.js';
import { imageFormatOf, imageVariants } from './image-variants.js';
import { MemoryServerStorage } from './memory-server-storage.js';
import { fail, type OpContext } from './server-context.js';
import * as conversations from './server-conversations.js';
import * as groups from './server-groups.js';
import * as messaging from './server-messaging.js';
import * as reactions from './server-reactions.js';
import * as readReceipts from './server-read-receipts.js';
import * as applications from './server-group-applications.js';
import * as directory from './server-directory.js';
import { NotificationBatch, type ServerNotification } from './server-notifications.js';
import { DEFAULT_EDIT_TIME_LIMIT, editMessage } from './server-edits.js';
import { listPins, pinMessage, pinnedView } from './server-pins.js';
import type { PinnedMessage } from '../../model/pinned-message.js';
import { CrossTabChannel } from '../../util/cross-tab-channel.js';
import { ServerPresence } from './server-presence.js';
import { BLOB_REF, type BlobRecord, type GroupRecord, type UserRecord } from './server-records.js';
import type { ServerStorage, ServerTx } from './server-storage.js';
import { ServerViews, groupMemberOf, threadOf, userProfileOf } from './server-views.js';

export interface LocalServerOptions {
  /** Separates servers (and their IndexedDB databases): `tim-local-server-<namespace>`. */
  namespace?: string;
  /** 'auto' uses IndexedDB when the platform has it, else memory. */
  storage?: 'auto' | 'memory' | 'indexeddb';
  /** Seconds during which a sender may recall a message (TIM's default: 120). */
  revokeTimeLimit?: number;
  /** Seconds during which a sender may edit a text message (default 15 minutes). */
  editTimeLimit?: number;
  /** Wall clock in milliseconds (tests inject one). */
  clock?: () => number;
}

/** Who is calling: a user and the client session (tab, device) they call from. */
export interface Caller {
  readonly userID: string;
  readonly sessionID: string;
}

/** A signed-in client of this tab, told about what concerns its user. */
export interface ServerSession extends Caller {
  notify(notification: ServerNotification): void;
}

/** One event a client emits, typed by its name. */
export type SessionEvent = { [K in keyof ChatServiceEvents]: { name: K; payload: ChatServiceEvents[K] } }[keyof ChatServiceEvents];

/** What a client sends: the message it built plus, for attachments, the file. */
export interface ServerSendOptions {
  priority?: MessagePriority;
  onlineOnly?: boolean;
  file?: Blob;
  /** Several attachments (an album of images), one per attachment element of the message, in order. */
  files?: readonly Blob[];
}

/** A message an admin (the seed, a test, a bot) puts into a conversation as if a user sent it. */
export interface PostedMessage {
  from: string;
  /** A conversation ID as the sender sees it: 'C2C<peer>' or 'GROUP<groupID>'. */
  conversationID: string;
  elements: readonly MessageElement[];
  ID?: string;
  priority?: MessagePriority;
  atUserList?: readonly string[];
  cloudCustomData?: string;
  onlineOnly?: boolean;
  /** Server time in seconds (seeding); defaults to now. */
  time?: number;
  /** Attachments by element index, uploaded as a client would. */
  files?: Readonly<Record<number, Blob>>;
  /** Video posters by element index. */
  thumbnails?: Readonly<Record<number, Blob>>;
}

export interface AdminOptions {
  /** Server time (seconds) at which the operation happens; for seeding history. */
  at?: number;
}

export const LOCAL_SERVER_DB_PREFIX = 'tim-local-server-';
const CLIENT_ELEMENT_TYPES = new Set<MessageElement['type']>([
  'TIMRelayElem',
  'TIMTextElem',
  'TIMFaceElem',
  'TIMImageElem',
  'TIMSoundElem',
  'TIMVideoFileElem',
  'TIMFileElem',
  'TIMLocationElem',
  'TIMCustomElem',
]);

function randomID(): string {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** The user's unread messages over conversations that are not muted (the store's rule). */
async function totalUnreadOf(tx: ServerTx, userID: string): Promise<number> {
  let total = 0;
  for (const c of await tx.listConversations(userID)) if (!c.deleted && c.messageRemindType === 'AcceptAndNotify') total += c.unreadCount;
  return total;
}

/** What a server tells the servers of the page's other tabs (over one IndexedDB): the notifications it made. */
interface ServerBroadcast {
  origin: string;
  notifications: readonly ServerNotification[];
}

function isServerBroadcast(data: unknown): data is ServerBroadcast {
  const broadcast = data as Partial<ServerBroadcast> | null;
  return (
    typeof broadcast === 'object' && broadcast !== null && typeof broadcast.origin === 'string' && Array.isArray(broadcast.notifications)
  );
}

/**
 * The embedded IM server: users, groups, conversations and messages with TIM's rules (server
 * time and per-conversation sequence, revoke limits, unread counts, receipts, group tips and
 * notices, online-only delivery, dedupe of resends). `LocalChatService` is one signed-in
 * client of it; several clients can share one server, and with IndexedDB storage several
 * tabs share one state, told of each other's changes through BroadcastChannel.
 */
export class LocalServer {
  readonly namespace: string;
  private readonly sessions = new Set<ServerSession>();
  private readonly urls = new BlobUrls();
  private readonly clock: () => number;
  private clockOffset = 0;
  private revokeLimit: number;
  private channel: CrossTabChannel<ServerBroadcast> | null = null;
  private readonly instanceID = randomID();
  private closed = false;
  /** Who is online: clients signed in here or in the page's other tabs (server-presence.ts). */
  readonly presence = new ServerPresence(this.instanceID);

  /** Set when IndexedDB was asked for but could not be used, so the server runs in memory. */
  storageWarning: ChatError | null = null;

  constructor(
    readonly storage: ServerStorage = new MemoryServerStorage(),
    options: LocalServerOptions = {},
  ) {
    this.namespace = options.namespace ?? 'default';
    this.clock = options.clock ?? (() => Date.now());
    this.revokeLimit = options.revokeTimeLimit ?? 120;
    this.editTimeLimit = options.editTimeLimit ?? DEFAULT_EDIT_TIME_LIMIT;
  }

  /** A server in IndexedDB (shared with the page's other tabs) when possible, else in memory. */
  static async open(options: LocalServerOptions = {}): Promise<LocalServer> {
    const want = options.storage ?? 'auto';
    const namespace = options.namespace ?? 'default';
    if (want !== 'memory' && typeof indexedDB !== 'undefined') {
      try {
        const { DexieServerStorage } = await import('./dexie-server-storage.js');
        const storage = await DexieServerStorage.open(LOCAL_SERVER_DB_PREFIX + namespace);
        const server = new LocalServer(storage, options);
        server.listenToOtherTabs(LOCAL_SERVER_DB_PREFIX + namespace);
        return server;
      } catch (error) {
        const server = new LocalServer(new MemoryServerStorage(), options);
        server.storageWarning = new ChatError(
          CHAT_ERROR.storage,
          `IndexedDB is not available, so the local server keeps its data in memory only (${(error as Error)?.message ?? error}).`,
        );
        return server;
      }
    }
    if (want === 'indexeddb') {
      const server = new LocalServer(new MemoryServerStorage(), options);
      server.storageWarning = new ChatError(
        CHAT_ERROR.storage,
        'IndexedDB is not available, so the local server keeps its data in memory only.',
      );
      return server;
    }
    return new LocalServer(new MemoryServerStorage(), options);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.channel?.close();
    this.channel = null;
    this.presence.close();
    this.sessions.clear();
    this.urls.revokeAll();
    this.storage.close();
  }

  // ── Clock and rules ────────────────────────────────────────────────────────────────────

  /** Server time in seconds. */
  now(): number {
    return Math.floor(this.clock() / 1000) + this.clockOffset;
  }

  /** Move the server clock forward (tests of time limits). */
  advanceClock(seconds: number): void {
    this.clockOffset += seconds;
  }

  /** Seconds after sending during which a sender may edit a text message. */
  readonly editTimeLimit: number;

  get revokeTimeLimit(): number {
    return this.revokeLimit;
  }

  setRevokeTimeLimit(seconds: number): void {
    this.revokeLimit = Math.max(0, seconds);
  }

  // ── Sessions and notifications ─────────────────────────────────────────────────────────

  /** A client of this tab signs in; returns the sign-out. */
  attach(session: ServerSession): () => void {
    this.sessions.add(session);
    const leave = this.presence.attach(session.userID, session.sessionID);
    return () => {
      this.sessions.delete(session);
      leave();
    };
  }

  /** Is any client of this tab signed in as the user (other tabs are not counted). */
  hasSession(userID: string): boolean {
    for (const session of this.sessions) if (session.userID === userID) return true;
    return false;
  }

  private listenToOtherTabs(name: string): void {
    this.channel = new CrossTabChannel<ServerBroadcast>(name, {
      accept: isServerBroadcast,
      onMessage: (data) => {
        if (data.origin !== this.instanceID) this.deliverHere(data.notifications);
      },
    });
    this.presence.connect(name);
  }

  private dispatch(notifications: readonly ServerNotification[]): void {
    if (!notifications.length || this.closed) return;
    this.deliverHere(notifications);
    this.channel?.post({ origin: this.instanceID, notifications });
  }

  private deliverHere(notifications: readonly ServerNotification[]): void {
    for (const notification of notifications) {
      const except = 'exceptSession' in notification ? notification.exceptSession : undefined;
      for (const session of this.sessions) {
        if (session.userID === notification.userID && session.sessionID !== except) session.notify(notification);
      }
    }
  }

  /** Turn notifications into the events a user's client emits, as the state is now. */
  async materialize(userID: string, notifications: readonly ServerNotification[]): Promise<SessionEvent[]> {
    return this.storage.transaction('r', async (tx) => {
      const views = new ServerViews(tx, this.urls, userID);
      const events: SessionEvent[] = [];
      const push = (event: SessionEvent): void => {
        const last = events[events.length - 1];
        if (last && last.name === event.name && (event.name === 'messageReceived' || event.name === 'messageRevoked')) {
          (last.payload as { messages: Message[] }).messages.push(...(event.payload as { messages: Message[] }).messages);
        } else events.push(event);
      };
      for (const n of notifications) {
        if (n.userID !== userID) continue;
        switch (n.kind) {
          case 'messages': {
            const records = [];
            for (const id of n.messageIDs) {
              const record = await tx.getMessage(id);
              if (record && !record.hiddenFor.includes(userID)) records.push(record);
            }
            if (records.length) push({ name: 'messageReceived', payload: { messages: await views.messages(records) } });
            break;
          }
          case 'onlineMessage':
            push({ name: 'messageReceived', payload: { messages: [await views.message(n.record)] } });
            break;
          case 'revoked': {
            const records = [];
            for (const id of n.messageIDs) {
              const record = await tx.getMessage(id);
              if (record) records.push(record);
            }
            if (records.length) push({ name: 'messageRevoked', payload: { messages: await views.messages(records) } });
            break;
          }
          case 'peerRead': {
            const peer = parseConversationID(n.conversationID)?.targetID ?? '';
            const peerRecord = await tx.getConversation(peer, c2cConversationID(userID));
            push({ name: 'messageReadByPeer', payload: { conversationID: n.conversationID, peerReadTime: peerRecord?.readTime ?? 0 } });
            break;
          }
          case 'conversations': {
            const list: Conversation[] = [];
            for (const id of n.conversationIDs) {
              const record = await tx.getConversation(userID, id);
              if (record && !record.deleted) list.push(await views.conversation(record));
            }
            if (list.length) push({ name: 'conversationUpdated', payload: { conversations: list } });
            push({ name: 'totalUnreadUpdated', payload: { totalUnread: await totalUnreadOf(tx, userID) } });
            break;
          }
          case 'conversationDeleted':
            push({ name: 'conversationDeleted', payload: { conversationIDs: [...n.conversationIDs] } });
            break;
          case 'messageDeleted':
            push({ name: 'messageDeleted', payload: { conversationID: n.conversationID, messageIDs: [...n.messageIDs] } });
            break;
          case 'group': {
            const group = await tx.getGroup(n.groupID);
            if (group) push({ name: 'groupUpdated', payload: { group: await views.groupProfile(group) } });
            break;
          }
          case 'modified': {
            const records = [];
            for (const id of n.messageIDs) {
              const record = await tx.getMessage(id);
              if (record && !record.hiddenFor.includes(userID)) records.push(record);
            }
            if (records.length) push({ name: 'messageModified', payload: { messages: await views.messages(records) } });
            break;
          }
          case 'pins':
            push({
              name: 'pinnedMessagesUpdated',
              payload: { groupID: n.groupID, pinned: await pinnedView(tx, views, await tx.getGroup(n.groupID), userID) },
            });
            break;
          case 'profile': {
            const user = await tx.getUser(n.profileUserID);
            if (user) push({ name: 'profileUpdated', payload: { profiles: [userProfileOf(user, user.userID)] } });
            break;
          }
          case 'kickedOut':
            push({ name: 'kickedOut', payload: { reason: n.reason } });
            break;
          case 'readReceipts': {
            const receipts = await readReceipts.changedReceipts(tx, n.messageIDs);
            if (receipts.length) push({ name: 'messageReadReceipt', payload: { conversationID: n.conversationID, receipts } });
            break;
          }
          case 'reactions': {
            const changed = await reactions.changedReactions(tx, n.messageID, n.reactionIDs, userID);
            push({
              name: 'messageReactionsUpdated',
              payload: { conversationID: n.conversationID, messageID: n.messageID, reactions: changed },
            });
            break;
          }
        }
      }
      return events;
    });
  }

  // ── Running operations ────────────────────────────────────────────────────────────────

  /** Run an operation in one transaction; its notifications go out once it committed. */
  private async run<T>(mode: 'r' | 'rw', work: (ctx: OpContext) => Promise<T>, options: AdminOptions = {}): Promise<T> {
    if (this.closed) fail(CHAT_ERROR.network, 'The local server is closed.');
    const batch = new NotificationBatch();
    const result = await this.storage.transaction(mode, (tx) =>
      work({
        tx,
        now: options.at ?? this.now(),
        batch,
        revokeTimeLimit: this.revokeLimit,
        newID: (prefix) => `${prefix}-${randomID()}`,
      }),
    );
    this.dispatch(batch.items);
    return result;
  }

  private views(tx: ServerTx, userID: string): ServerViews {
    return new ServerViews(tx, this.urls, userID);
  }

  // ── Users ─────────────────────────────────────────────────────────────────────────────

  /** Make (or update) a user. Without an avatar (or with one the kit would not show) the kit draws initials. */
  async createUser(
    profile: { userID: string; nick?: string; avatar?: string; selfSignature?: string },
    options?: AdminOptions,
  ): Promise<UserProfile> {
    if (typeof profile.userID !== 'string' || !profile.userID.trim()) fail(CHAT_ERROR.invalidArgument, 'A user needs a userID.');
    return this.run(
      'rw',
      async (ctx) => {
        const existing = await ctx.tx.getUser(profile.userID);
        const nick = profile.nick ?? existing?.nick ?? profile.userID;
        const record: UserRecord = {
          userID: profile.userID,
          nick,
          avatar: storableUrl(profile.avatar, { avatar: true }) || storableUrl(existing?.avatar, { avatar: true }),
          selfSignature: profile.selfSignature ?? existing?.selfSignature ?? '',
          createTime: existing?.createTime ?? ctx.now,
        };
        await ctx.tx.putUser(record);
        return userProfileOf(record, record.userID);
      },
      options,
    );
  }

  /**
   * Change a user's nick or avatar (as the user does in their settings, or an admin): the user and
   * everyone who has a conversation or a group with them is told (profileUpdated).
   */
  async updateUserProfile(
    userID: string,
    patch: { nick?: string; avatar?: string; selfSignature?: string },
    options?: AdminOptions,
  ): Promise<UserProfile> {
    return this.run(
      'rw',
      async (ctx) => {
        const existing = await ctx.tx.getUser(userID);
        if (!existing) fail(CHAT_ERROR.invalidArgument, `There is no user "${userID}".`);
        const record: UserRecord = {
          ...existing,
          ...(patch.nick !== undefined ? { nick: patch.nick } : {}),
          ...(patch.avatar !== undefined ? { avatar: storableUrl(patch.avatar, { avatar: true }) || existing.avatar } : {}),
          ...(patch.selfSignature !== undefined ? { selfSignature: patch.selfSignature } : {}),
        };
        await ctx.tx.putUser(record);
        const audience = new Set<string>([userID]);
        for (const user of await ctx.tx.listUsers()) {
          if (await ctx.tx.getConversation(user.userID, c2cConversationID(userID))) audience.add(user.userID);
        }
        for (const group of await ctx.tx.listGroups()) {
          const members = await ctx.tx.listMembers(group.groupID);
          if (members.some((m) => m.userID === userID)) for (const m of members) audience.add(m.userID);
        }
        for (const viewer of audience) ctx.batch.add({ kind: 'profile', userID: viewer, profileUserID: userID });
        return userProfileOf(record, userID);
      },
      options,
    );
  }

  async listUsers(): Promise<UserProfile[]> {
    return this.run('r', async (ctx) => (await ctx.tx.listUsers()).map((u) => userProfileOf(u, u.userID)));
  }

  async listGroups(): Promise<GroupRecord[]> {
    return this.run('r', (ctx) => ctx.tx.listGroups());
  }

  /** Sign-in: the local server needs no account, so an unknown user is made on the spot. */
  async signIn(userID: string): Promise<UserProfile> {
    if (typeof userID !== 'string' || !userID.trim()) fail(CHAT_ERROR.invalidArgument, 'A userID is needed to sign in.');
    const existing = await this.run('r', (ctx) => ctx.tx.getUser(userID));
    return existing ? userProfileOf(existing, userID) : this.createUser({ userID });
  }

  /** Sign a user's clients out everywhere (multiple login, expired signature…). */
  async kickOut(userID: string, reason: KickedOutReason = 'multipleAccount'): Promise<void> {
    this.dispatch([{ kind: 'kickedOut', userID, reason }]);
  }

  getUserProfiles(userIDs: readonly string[]): Promise<UserProfile[]> {
    return this.run('r', async (ctx) => {
      const out: UserProfile[] = [];
      for (const id of new Set(userIDs)) {
        const record = await ctx.tx.getUser(id);
        if (record) out.push(userProfileOf(record, id));
      }
      return out;
    });
  }

  getGroupProfile(caller: Caller, groupID: string): Promise<GroupProfile> {
    return this.run('r', async (ctx) => {
      const group = await ctx.tx.getGroup(groupID);
      if (!group) fail(CHAT_ERROR.conversationNotFound, `There is no group "${groupID}".`);
      return this.views(ctx.tx, caller.userID).groupProfile(group);
    });
  }

  getGroupMembers(groupID: string): Promise<GroupMember[]> {
    return this.run('r', async (ctx) => {
      const group = await ctx.tx.getGroup(groupID);
      if (!group) fail(CHAT_ERROR.conversationNotFound, `There is no group "${groupID}".`);
      const out: GroupMember[] = [];
      for (const member of await ctx.tx.listMembers(groupID)) out.push(groupMemberOf(member, await ctx.tx.getUser(member.userID)));
      return out;
    });
  }

  // ── Conversations ─────────────────────────────────────────────────────────────────────

  getConversationList(caller: Caller): Promise<Conversation[]> {
    return this.run('r', async (ctx) => {
      const views = this.views(ctx.tx, caller.userID);
      const out: Conversation[] = [];
      for (const record of await ctx.tx.listConversations(caller.userID)) {
        if (!record.deleted) out.push(await views.conversation(record));
      }
      return out;
    });
  }

  getConversation(caller: Caller, conversationID: string): Promise<Conversation> {
    return this.run('rw', async (ctx) => {
      const record = await conversations.openConversation(ctx, caller.userID, conversationID);
      return this.views(ctx.tx, caller.userID).conversation(record);
    });
  }

  deleteConversation(caller: Caller, conversationID: string, clearHistory: boolean): Promise<void> {
    return this.run('rw', (ctx) => conversations.deleteConversation(ctx, caller.userID, conversationID, clearHistory, caller.sessionID));
  }

  pinConversation(caller: Caller, conversationID: string, pinned: boolean): Promise<void> {
    return this.run('rw', (ctx) => conversations.pinConversation(ctx, caller.userID, conversationID, pinned));
  }

  markConversationUnread(caller: Caller, conversationID: string, marked: boolean): Promise<void> {
    return this.run('rw', (ctx) => conversations.markUnread(ctx, caller.userID, conversationID, marked));
  }

  setMessageRemindType(caller: Caller, conversationID: string, type: MessageRemindType): Promise<void> {
    return this.run('rw', (ctx) => conversations.setRemindType(ctx, caller.userID, conversationID, type));
  }

  setConversationDraft(caller: Caller, conversationID: string, draft: Draft | null): Promise<void> {
    return this.run('rw', (ctx) => conversations.setDraft(ctx, caller.userID, conversationID, draft));
  }

  // ── Messages ──────────────────────────────────────────────────────────────────────────

  getMessageList(caller: Caller, query: MessageListQuery): Promise<MessagePage> {
    return this.run('r', async (ctx) => {
      const { records, isCompleted } = await messaging.listMessages(ctx, caller.userID, query);
      return { messages: await this.views(ctx.tx, caller.userID).messages(records), isCompleted };
    });
  }

  findMessages(caller: Caller, messageIDs: readonly string[]): Promise<Message[]> {
    return this.run('r', async (ctx) => {
      const records = [];
      for (const id of new Set(messageIDs)) {
        const record = await messaging.visibleMessage(ctx, caller.userID, id);
        if (record) records.push(record);
      }
      return this.views(ctx.tx, caller.userID).messages(records);
    });
  }

  /** The messages of a conversation at these locators (time, sequence, random, own or not), in order; unknown ones left out. */
  findMessagesByLocators(caller: Caller, conversationID: string, locators: readonly MessageLocator[]): Promise<Message[]> {
    return this.run('r', async (ctx) => {
      const threadID = threadOf(caller.userID, conversationID);
      if (!threadID || !Array.isArray(locators)) return [];
      const records = [];
      const seen = new Set<string>();
      for (const locator of locators) {
        if (!locator || !Number.isSafeInteger(locator.sequence) || locator.sequence <= 0) continue;
        const [record] = await ctx.tx.scanMessages(threadID, {
          afterSeq: locator.sequence - 1,
          beforeSeq: locator.sequence + 1,
          limit: 1,
          filter: (m) => m.time === locator.time && m.random === locator.random && (m.from === caller.userID) === Boolean(locator.isSelf),
        });
        const visible = record && !seen.has(record.ID) ? await messaging.visibleMessage(ctx, caller.userID, record.ID) : undefined;
        if (!visible) continue;
        seen.add(visible.ID);
        records.push(visible);
      }
      return this.views(ctx.tx, caller.userID).messages(records);
    });
  }

  /** Store a client's message (uploading its file) and deliver it; a resend returns the stored one. */
  async sendMessage(caller: Caller, message: Message, options: ServerSendOptions = {}): Promise<Message> {
    const [sent] = await this.sendMany(caller, [{ message, targetConversationID: message.conversationID }], options);
    const result = sent!;
    if ('error' in result) throw result.error;
    return result.message;
  }

  /** One message to many users, each a message of its own (IDs derived, so a retry dedupes too). */
  async sendToUsers(
    caller: Caller,
    message: Message,
    userIDs: readonly string[],
    options: ServerSendOptions = {},
  ): Promise<BatchSendResult[]> {
    const unique = [...new Set(userIDs)];
    const results = await this.sendMany(
      caller,
      unique.map((userID) => ({ message: { ...message, ID: `${message.ID}-${userID}` }, targetConversationID: c2cConversationID(userID) })),
      options,
    );
    return results.map((result, i) => ({ userID: unique[i]!, ...result }));
  }

  private async sendMany(
    caller: Caller,
    items: readonly { message: Message; targetConversationID: string }[],
    options: ServerSendOptions,
  ): Promise<({ message: Message } | { error: ChatError })[]> {
    const first = items[0]?.message;
    if (!first) return [];
    const { elements, blobs } = await this.prepareElements(first.elements, attachedFiles(options));
    return this.run('rw', async (ctx) => {
      for (const blob of blobs) await ctx.tx.putBlob(blob);
      const out: ({ message: Message } | { error: ChatError })[] = [];
      const stored = [];
      for (const { message, targetConversationID } of items) {
        try {
          const input = this.postInput(caller.userID, message, targetConversationID, elements, options);
          const { record } = await messaging.postMessage(ctx, input, caller.sessionID);
          stored.push({ index: out.length, record });
          out.push({ message: message as Message });
        } catch (error) {
          if (!(error instanceof ChatError) || items.length === 1) throw error;
          out.push({ error });
        }
      }
      const views = this.views(ctx.tx, caller.userID);
      for (const { index, record } of stored) out[index] = { message: await views.message(record) };
      return out;
    });
  }

  private postInput(
    userID: string,
    message: Message,
    conversationID: string,
    elements: readonly MessageElement[],
    options: ServerSendOptions,
  ): messaging.PostInput {
    if (!message || typeof message !== 'object') fail(CHAT_ERROR.invalidArgument, 'No message to send.');
    if (typeof message.ID !== 'string' || !message.ID) fail(CHAT_ERROR.invalidArgument, 'A message needs an ID.');
    const target = parseConversationID(conversationID);
    if (!target || target.type === '@TIM#SYSTEM') fail(CHAT_ERROR.invalidArgument, `Cannot send to "${conversationID}".`);
    const priority = options.priority ?? message.priority ?? 'Normal';
    if (!MESSAGE_PRIORITIES.includes(priority)) fail(CHAT_ERROR.invalidArgument, `"${String(priority)}" is not a priority.`);
    return {
      ID: message.ID,
      from: userID,
      conversationType: target.type,
      to: target.targetID,
      elements,
      random: Number.isFinite(message.random) ? message.random : Math.floor(Math.random() * 2 ** 31),
      clientTime: Number.isFinite(message.clientTime) ? message.clientTime : 0,
      priority,
      atUserList: Array.isArray(message.atUserList) ? message.atUserList.filter((id) => typeof id === 'string') : [],
      cloudCustomData: typeof message.cloudCustomData === 'string' ? message.cloudCustomData : '',
      onlineOnly: options.onlineOnly ?? message.onlineOnly ?? false,
      ...(message.needReadReceipt === true ? { needReadReceipt: true } : {}),
    };
  }

  /** Check a client's elements and turn its attachment into stored blobs with `blobref:` URLs. */
  private async prepareElements(
    elements: readonly MessageElement[],
    files: readonly Blob[],
  ): Promise<{ elements: MessageElement[]; blobs: BlobRecord[] }> {
    if (!Array.isArray(elements) || elements.length === 0) fail(CHAT_ERROR.invalidArgument, 'A message needs at least one element.');
    for (const element of elements) {
      if (!element || !CLIENT_ELEMENT_TYPES.has(element.type)) {
        fail(CHAT_ERROR.invalidArgument, `A client cannot send a "${String(element?.type)}" element.`);
      }
      if (element.type === 'TIMTextElem' && typeof element.text !== 'string')
        fail(CHAT_ERROR.invalidArgument, 'A text element needs a text.');
    }
    if (messaging.messageBodyBytes(elements) > messaging.MAX_MESSAGE_BYTES) {
      fail(CHAT_ERROR.textTooLong, `A message may hold at most ${messaging.MAX_MESSAGE_BYTES / 1024} KB of text.`);
    }
    const blobs: BlobRecord[] = [];
    // The files go to the attachment elements in order (one, or each image of an album).
    let nextFile = 0;
    const out: MessageElement[] = [];
    for (const element of elements) {
      const upload = ['TIMImageElem', 'TIMSoundElem', 'TIMVideoFileElem', 'TIMFileElem'].includes(element.type)
        ? files[nextFile]
        : undefined;
      if (upload) nextFile++;
      out.push(await this.prepareElement(element, upload, blobs));
    }
    return { elements: out, blobs };
  }

  private async prepareElement(element: MessageElement, file: Blob | undefined, blobs: BlobRecord[]): Promise<MessageElement> {
    const keep = (blob: Blob): { uuid: string; ref: string } => {
      const uuid = randomID();
      blobs.push({ uuid, blob });
      return { uuid, ref: BLOB_REF + uuid };
    };
    /** A URL the message may keep: ours (as a stored reference), a fetched blob of this page, or a safe remote one. */
    const stored = async (url: string, imageOnly: boolean): Promise<string> => {
      const ours = this.urls.toStored(url);
      if (ours !== url) return ours;
      if (typeof url === 'string' && /^blob:/i.test(url)) return (await this.adoptBlobUrl(url, keep)) ?? '';
      return storableUrl(url, { avatar: imageOnly });
    };
    const needsContent = (what: string): never => fail(CHAT_ERROR.invalidArgument, `A ${what} message needs a file to upload.`);
    switch (element.type) {
      case 'TIMImageElem': {
        if (file) {
          const declared = element.imageInfoArray?.find((i) => i.type === 0) ?? element.imageInfoArray?.[0];
          const variants = await imageVariants(file, declared);
          const original = keep(file);
          const refs = new Map<Blob, string>([[file, original.ref]]);
          return {
            type: 'TIMImageElem',
            uuid: original.uuid,
            imageFormat: imageFormatOf(file.type) !== 'UNKNOWN' ? imageFormatOf(file.type) : element.imageFormat || 'UNKNOWN',
            imageInfoArray: variants.map((v) => {
              let ref = refs.get(v.blob);
              if (!ref) refs.set(v.blob, (ref = keep(v.blob).ref));
              return { type: v.type, width: v.width, height: v.height, size: v.blob.size, url: ref };
            }),
          };
        }
        const infos = [];
        for (const info of element.imageInfoArray ?? []) infos.push({ ...info, url: await stored(info.url, true) });
        if (!infos.some((i) => i.url)) needsContent('image');
        return { ...element, imageInfoArray: infos };
      }
      case 'TIMSoundElem': {
        if (file) {
          const { uuid, ref } = keep(file);
          return { ...element, uuid, url: ref, size: file.size, second: Math.max(0, Number(element.second) || 0) };
        }
        const url = await stored(element.url, false);
        return url ? { ...element, url } : needsContent('sound');
      }
      case 'TIMVideoFileElem': {
        const thumbUrl = await stored(element.thumbUrl ?? '', true);
        if (file) {
          const { uuid, ref } = keep(file);
          return {
            ...element,
            uuid,
            videoUrl: ref,
            videoSize: file.size,
            videoFormat: element.videoFormat || file.type.replace(/^video\//, '') || 'mp4',
            thumbUrl,
          };
        }
        const videoUrl = await stored(element.videoUrl, false);
        return videoUrl ? { ...element, videoUrl, thumbUrl } : needsContent('video');
      }
      case 'TIMFileElem': {
        if (file) {
          const { uuid, ref } = keep(file);
          const name = element.fileName || (typeof (file as File).name === 'string' ? (file as File).name : '') || 'file';
          return { ...element, uuid, fileName: name, fileSize: file.size, fileUrl: ref };
        }
        const fileUrl = await stored(element.fileUrl, false);
        return fileUrl ? { ...element, fileUrl } : needsContent('file');
      }
      case 'TIMRelayElem':
        return prepareRelay(element, (inner) => this.prepareElement(inner, undefined, blobs));
      default:
        return element;
    }
  }

  /**
   * A `blob:` URL the client made in this page (e.g. a video poster) dies with the page, so the
   * server keeps the bytes instead; null when it cannot be read.
   */
  private async adoptBlobUrl(url: string, keep: (blob: Blob) => { ref: string }): Promise<string | null> {
    if (typeof fetch !== 'function') return null;
    try {
      const response = await fetch(url);
      if (!response.ok) return null;
      return keep(await response.blob()).ref;
    } catch {
      return null;
    }
  }

  revokeMessage(caller: Caller, messageID: string): Promise<Message> {
    return this.run('rw', async (ctx) => {
      const record = await messaging.revokeMessage(ctx, caller.userID, messageID, { exceptSession: caller.sessionID });
      return this.views(ctx.tx, caller.userID).message(record);
    });
  }

  /** Add or take back the caller's reaction (server-reactions.ts). */
  react(caller: Caller, messageID: string, reactionID: string, add: boolean): Promise<void> {
    return this.run('rw', (ctx) => reactions.react(ctx, caller.userID, messageID, reactionID, add));
  }

  getGroupApplications(caller: Caller): Promise<GroupApplication[]> {
    return this.run('r', (ctx) => applications.listApplications(ctx, caller.userID));
  }
  answerGroupApplication(caller: Caller, application: GroupApplication, accept: boolean, note = ''): Promise<void> {
    return this.run('rw', (ctx) => applications.answerApplication(ctx, caller.userID, application, accept, note));
  }

  /** People and groups to start a chat with (server-directory.ts). */
  findUsers(caller: Caller, keyword: string): Promise<UserProfile[]> {
    return this.run('r', (ctx) => directory.findUsers(ctx, caller.userID, keyword));
  }
  findGroups(caller: Caller, keyword: string): Promise<FoundGroup[]> {
    return this.run('r', (ctx) => directory.findGroups(ctx, this.views(ctx.tx, caller.userID), caller.userID, keyword));
  }
  joinGroup(caller: Caller, groupID: string, note = ''): Promise<JoinGroupResult> {
    return this.run('rw', (ctx) => directory.joinGroup(ctx, caller.userID, groupID, note));
  }

  /** The group info panel (server-groups.ts `memberEditsProfile`…): TIM's client rules by group type and role. */
  editGroupProfile(caller: Caller, groupID: string, patch: groups.GroupProfilePatch): Promise<GroupProfile> {
    return this.run('rw', async (ctx) =>
      this.views(ctx.tx, caller.userID).groupProfile(await groups.memberEditsProfile(ctx, groupID, caller.userID, patch)),
    );
  }
  groupMemberPage(caller: Caller, groupID: string, offset: number, count: number): Promise<{ members: GroupMember[]; next: number }> {
    return this.run('r', async (ctx) => {
      const page = await groups.memberPage(ctx, groupID, caller.userID, offset, count);
      const members: GroupMember[] = [];
      for (const member of page.members) members.push(groupMemberOf(member, await ctx.tx.getUser(member.userID)));
      return { members, next: page.next };
    });
  }
  setOwnNameCard(caller: Caller, groupID: string, nameCard: string): Promise<void> {
    return this.run('rw', (ctx) => groups.setNameCard(ctx, groupID, caller.userID, nameCard));
  }
  leaveGroup(caller: Caller, groupID: string): Promise<void> {
    return this.run('rw', (ctx) => groups.memberLeaves(ctx, groupID, caller.userID));
  }
  dismissOwnGroup(caller: Caller, groupID: string): Promise<void> {
    return this.run('rw', (ctx) => groups.ownerDismisses(ctx, groupID, caller.userID));
  }
  /** The member list's actions (server-groups.ts `memberRemoves`…): TIM's client rules by type and both roles. */
  removeMembers(caller: Caller, groupID: string, userIDs: readonly string[], reason = ''): Promise<void> {
    return this.run('rw', (ctx) => groups.memberRemoves(ctx, groupID, caller.userID, userIDs, reason));
  }
  setMemberRole(caller: Caller, groupID: string, userID: string, role: 'Admin' | 'Member'): Promise<void> {
    return this.run('rw', (ctx) => groups.ownerSetsRole(ctx, groupID, caller.userID, userID, role));
  }
  handOverGroup(caller: Caller, groupID: string, newOwnerID: string): Promise<void> {
    return this.run('rw', (ctx) => groups.ownerHandsOver(ctx, groupID, caller.userID, newOwnerID));
  }
  muteMember(caller: Caller, groupID: string, userID: string, seconds: number): Promise<void> {
    return this.run('rw', (ctx) => groups.memberMutes(ctx, groupID, caller.userID, userID, seconds));
  }

  getReactions(caller: Caller, messageIDs: readonly string[]): Promise<MessageReactions[]> {
    return this.run('r', (ctx) => reactions.reactionsOf(ctx, caller.userID, messageIDs));
  }

  getReactionUsers(caller: Caller, messageID: string, reactionID: string, cursor: number, count: number): Promise<ReactionUsersPage> {
    return this.run('r', (ctx) => reactions.reactionUsers(ctx, caller.userID, messageID, reactionID, cursor, count));
  }

  /** The caller has read these group messages: their senders hear the new counts (server-read-receipts.ts). */
  sendReadReceipts(caller: Caller, messageIDs: readonly string[]): Promise<void> {
    return this.run('rw', (ctx) => readReceipts.acknowledge(ctx, caller.userID, messageIDs));
  }

  getReadReceipts(caller: Caller, messageIDs: readonly string[]): Promise<GroupReadReceipt[]> {
    return this.run('r', (ctx) => readReceipts.receiptsOf(ctx, caller.userID, messageIDs));
  }

  getReadMembers(caller: Caller, messageID: string, filter: 'read' | 'unread', cursor: string, count: number): Promise<ReadMembersPage> {
    return this.run('r', (ctx) => readReceipts.readMembers(ctx, caller.userID, messageID, filter, cursor, count));
  }

  /** `userID` reads group messages as if from a client (tests, the demo's other users). */
  async sendReadReceiptsAsAdmin(userID: string, messageIDs: readonly string[]): Promise<void> {
    await this.run('rw', (ctx) => readReceipts.acknowledge(ctx, userID, messageIDs));
  }

  /** `userID` reacts as if from a client (tests, the demo's other users). */
  async reactAsAdmin(userID: string, messageID: string, reactionID: string, add = true): Promise<void> {
    await this.run('rw', (ctx) => reactions.react(ctx, userID, messageID, reactionID, add));
  }

  editMessage(caller: Caller, messageID: string, text: string): Promise<Message> {
    return this.run('rw', async (ctx) => {
      const record = await editMessage(ctx, caller.userID, messageID, text, this.editTimeLimit);
      return this.views(ctx.tx, caller.userID).message(record);
    });
  }

  pinMessage(caller: Caller, messageID: string, pinned: boolean): Promise<void> {
    return this.run('rw', (ctx) => pinMessage(ctx, caller.userID, messageID, pinned));
  }

  pinnedMessages(caller: Caller, groupID: string): Promise<PinnedMessage[]> {
    return this.run('r', async (ctx) =>
      pinnedView(ctx.tx, this.views(ctx.tx, caller.userID), await listPins(ctx, caller.userID, groupID), caller.userID),
    );
  }

  deleteMessages(caller: Caller, messageIDs: readonly string[]): Promise<void> {
    return this.run('rw', (ctx) => messaging.deleteMessages(ctx, caller.userID, messageIDs, caller.sessionID));
  }

  markRead(caller: Caller, conversationID: string, upToMessageID?: string): Promise<void> {
    return this.run('rw', (ctx) => messaging.markRead(ctx, caller.userID, conversationID, upToMessageID));
  }

  /** The stored content of an element (for downloads), or null when it has none here. */
  async elementBlob(caller: Caller, messageID: string, elementIndex: number): Promise<Blob | null> {
    return this.run('r', async (ctx) => {
      const record = await messaging.visibleMessage(ctx, caller.userID, messageID);
      if (!record) fail(CHAT_ERROR.messageNotFound, 'That message does not exist.');
      const element = record.elements[elementIndex];
      if (!element) fail(CHAT_ERROR.invalidArgument, `The message has no element ${elementIndex}.`);
      let ref = '';
      if (element.type === 'TIMImageElem') ref = (element.imageInfoArray.find((i) => i.type === 0) ?? element.imageInfoArray[0])?.url ?? '';
      else if (element.type === 'TIMSoundElem') ref = element.url;
      else if (element.type === 'TIMVideoFileElem') ref = element.videoUrl;
      else if (element.type === 'TIMFileElem') ref = element.fileUrl;
      else fail(CHAT_ERROR.invalidArgument, 'That element has nothing to download.');
      const uuid = this.urls.uuidOf(ref);
      if (uuid) return (await ctx.tx.getBlob(uuid))?.blob ?? null;
      return dataUrlToBlob(ref);
    });
  }

  /** The forwarded messages of a merged message the caller can see (server-forwarding.ts). */
  mergedMessages(caller: Caller, messageID: string): Promise<Message[]> {
    return this.run('r', async (ctx) => {
      const record = await messaging.visibleMessage(ctx, caller.userID, messageID);
      if (!record) fail(CHAT_ERROR.messageNotFound, 'That message does not exist.');
      const views = this.views(ctx.tx, caller.userID);
      const relay = await views.element(storedRelay(record.elements));
      return relay.type === 'TIMRelayElem' ? [...relay.messageList] : [];
    });
  }

  // ── Admin: messages as users, for seeding, tests and bots ─────────────────────────────

  /** Put messages into conversations as their senders would (one transaction, one event per user). */
  async postMessages(messages: readonly PostedMessage[], options?: AdminOptions): Promise<Message[]> {
    const prepared: { posted: PostedMessage; elements: MessageElement[]; blobs: BlobRecord[] }[] = [];
    for (const posted of messages) {
      const blobs: BlobRecord[] = [];
      const elements: MessageElement[] = [];
      for (const [index, element] of posted.elements.entries()) {
        const file = posted.files?.[index];
        const {
          elements: [one],
          blobs: more,
        } = await this.prepareElements([element], file ? [file] : []);
        const poster = posted.thumbnails?.[index];
        if (poster && one?.type === 'TIMVideoFileElem') {
          const uuid = randomID();
          more.push({ uuid, blob: poster });
          elements.push({ ...one, thumbUrl: BLOB_REF + uuid });
        } else elements.push(one!);
        blobs.push(...more);
      }
      prepared.push({ posted, elements, blobs });
    }
    return this.run(
      'rw',
      async (ctx) => {
        const records = [];
        for (const { posted, elements, blobs } of prepared) {
          for (const blob of blobs) await ctx.tx.putBlob(blob);
          const message = {
            ID: posted.ID ?? ctx.newID('msg'),
            random: Math.floor(Math.random() * 2 ** 31),
            clientTime: posted.time ?? ctx.now,
            priority: posted.priority ?? 'Normal',
            atUserList: posted.atUserList ?? [],
            cloudCustomData: posted.cloudCustomData ?? '',
            onlineOnly: posted.onlineOnly ?? false,
          } as Message;
          const input = {
            ...this.postInput(posted.from, message, posted.conversationID, elements, {}),
            ...(posted.time ? { time: posted.time } : {}),
          };
          records.push((await messaging.postMessage(ctx, input)).record);
        }
        return this.views(ctx.tx, messages[0]?.from ?? '').messages(records);
      },
      options,
    );
  }

  /** Recall a message for its sender regardless of the time limit (seeding, moderation). */
  async revokeAsAdmin(messageID: string, options?: AdminOptions): Promise<void> {
    await this.run(
      'rw',
      async (ctx) => {
        const record = await ctx.tx.getMessage(messageID);
        if (!record) fail(CHAT_ERROR.messageNotFound, 'That message does not exist.');
        await messaging.revokeMessage(ctx, record.from, messageID, { force: true });
      },
      options,
    );
  }

  /** Change a sent message's text, elements or cloudCustomData, as an edit elsewhere or moderation would. */
  async modifyMessage(
    messageID: string,
    patch: { elements?: readonly MessageElement[]; cloudCustomData?: string },
    options?: AdminOptions,
  ): Promise<void> {
    await this.run('rw', async (ctx) => void (await messaging.modifyMessage(ctx, messageID, patch)), options);
  }

  /** Conversation settings of a user without a signed-in client (seeding). */
  async setConversationStateAsAdmin(
    userID: string,
    conversationID: string,
    /** `read`: true reads everything; a number reads what was sent up to that server time. */
    state: { pinned?: boolean; remindType?: MessageRemindType; draft?: Draft | null; read?: boolean | number },
    options?: AdminOptions,
  ): Promise<void> {
    await this.run(
      'rw',
      async (ctx) => {
        await conversations.openConversation(ctx, userID, conversationID);
        if (state.pinned !== undefined) await conversations.pinConversation(ctx, userID, conversationID, state.pinned);
        if (state.remindType) await conversations.setRemindType(ctx, userID, conversationID, state.remindType);
        if (state.draft !== undefined) await conversations.setDraft(ctx, userID, conversationID, state.draft);
        if (state.read === true) await messaging.markRead(ctx, userID, conversationID);
        else if (typeof state.read === 'number') {
          const upTo = state.read;
          const threadID = threadOf(userID, conversationID);
          const [last] = threadID ? await ctx.tx.scanMessages(threadID, { reverse: true, limit: 1, filter: (m) => m.time <= upTo }) : [];
          if (last) await messaging.markRead(ctx, userID, conversationID, last.ID);
        }
      },
      options,
    );
  }

  // ── Admin: groups (each produces the group tips and system notices TIM would) ──────────

  createGroup(input: groups.CreateGroupInput, options?: AdminOptions): Promise<GroupRecord> {
    return this.run('rw', (ctx) => groups.createGroup(ctx, input), options);
  }
  addGroupMembers(groupID: string, operatorID: string, userIDs: readonly string[], options?: AdminOptions): Promise<string[]> {
    return this.run('rw', (ctx) => groups.addMembers(ctx, groupID, operatorID, userIDs), options);
  }
  requestToJoinGroup(groupID: string, userID: string, message = '', options?: AdminOptions): Promise<'joined' | 'pending'> {
    return this.run('rw', (ctx) => groups.requestJoin(ctx, groupID, userID, message), options);
  }
  answerJoinRequest(
    groupID: string,
    operatorID: string,
    userID: string,
    accept: boolean,
    message = '',
    options?: AdminOptions,
  ): Promise<void> {
    return this.run('rw', (ctx) => groups.answerJoinRequest(ctx, groupID, operatorID, userID, accept, message), options);
  }
  inviteToGroup(groupID: string, inviterID: string, userID: string, message = '', options?: AdminOptions): Promise<void> {
    return this.run('rw', (ctx) => groups.invite(ctx, groupID, inviterID, userID, message), options);
  }
  answerGroupInvite(groupID: string, userID: string, accept: boolean, message = '', options?: AdminOptions): Promise<void> {
    return this.run('rw', (ctx) => groups.answerInvite(ctx, groupID, userID, accept, message), options);
  }
  quitGroup(groupID: string, userID: string, options?: AdminOptions): Promise<void> {
    return this.run('rw', (ctx) => groups.quitGroup(ctx, groupID, userID), options);
  }
  kickGroupMembers(groupID: string, operatorID: string, userIDs: readonly string[], reason = '', options?: AdminOptions): Promise<void> {
    return this.run('rw', (ctx) => groups.kickMembers(ctx, groupID, operatorID, userIDs, reason), options);
  }
  setGroupAdmin(groupID: string, operatorID: string, userID: string, isAdmin: boolean, options?: AdminOptions): Promise<void> {
    return this.run('rw', (ctx) => groups.setAdmin(ctx, groupID, operatorID, userID, isAdmin), options);
  }
  muteGroupMember(groupID: string, operatorID: string, userID: string, seconds: number, options?: AdminOptions): Promise<void> {
    return this.run('rw', (ctx) => groups.muteMember(ctx, groupID, operatorID, userID, seconds), options);
  }
  updateGroupProfile(groupID: string, operatorID: string, patch: groups.GroupProfilePatch, options?: AdminOptions): Promise<GroupRecord> {
    return this.run('rw', (ctx) => groups.updateGroupProfile(ctx, groupID, operatorID, patch), options);
  }
  transferGroupOwner(groupID: string, operatorID: string, newOwnerID: string, options?: AdminOptions): Promise<void> {
    return this.run('rw', (ctx) => groups.transferOwner(ctx, groupID, operatorID, newOwnerID), options);
  }
  dismissGroup(groupID: string, operatorID: string, options?: AdminOptions): Promise<void> {
    return this.run('rw', (ctx) => groups.dismissGroup(ctx, groupID, operatorID), options);
  }
  sendGroupCustomNotice(
    groupID: string,
    operatorID: string,
    data: string,
    userIDs?: readonly string[],
    options?: AdminOptions,
  ): Promise<void> {
    return this.run('rw', (ctx) => groups.sendCustomNotice(ctx, groupID, operatorID, data, userIDs), options);
  }
  setGroupNameCard(groupID: string, userID: string, nameCard: string, options?: AdminOptions): Promise<void> {
    return this.run('rw', (ctx) => groups.setNameCard(ctx, groupID, userID, nameCard), options);
  }

  /** A value kept with the server's state (e.g. "demo seeded"). */
  getMeta<T>(key: string): Promise<T | undefined> {
    return this.run('r', (ctx) => ctx.tx.getMeta<T>(key));
  }
  setMeta(key: string, value: unknown): Promise<void> {
    return this.run('rw', (ctx) => ctx.tx.putMeta(key, value));
  }
}

/** The bytes of a `data:` URL, or null for anything else. */
function dataUrlToBlob(url: string): Blob | null {
  const match = /^data:([^,;]*)((?:;[^,;]*)*),(.*)$/s.exec(url);
  if (!match) return null;
  const type = match[1] || 'text/plain';
  const base64 = /;base64/i.test(match[2] ?? '');
  const body = match[3] ?? '';
  if (!base64) return new Blob([decodeURIComponent(body)], { type });
  const binary = atob(body);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
