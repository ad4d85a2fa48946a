import { CHAT_ERROR, ChatError, toChatError } from '../../errors.js';
import type { Conversation, Draft, MessageRemindType } from '../../model/conversation.js';
import type { Message, MessageLocator } from '../../model/message.js';
import type { GroupApplication } from '../../model/group-application.js';
import type { GroupMember, GroupProfile, UserProfile } from '../../model/profile.js';
import type {
  BatchSendResult,
  ChatService,
  ChatServiceEvents,
  ConnectionState,
  FoundGroup,
  GroupMemberPage,
  GroupMemberPageOptions,
  GroupProfileEdit,
  JoinGroupResult,
  LoginOptions,
  MessageListQuery,
  MessagePage,
  SendOptions,
  ServiceFeatures,
  TransferOptions,
  TranslateOptions,
  MessageReactions,
  ReactionUsersPage,
  GroupReadReceipt,
  ReadMembersOptions,
  ReadMembersPage,
  UserStatus,
  UserStatusType,
} from '../chat-service.js';
import { attachedFiles } from '../chat-service.js';
import { translateTexts, voiceTranscript } from './server-conversions.js';
import { EventHub } from '../../util/event-hub.js';
import type { Caller, LocalServer, ServerSendOptions, ServerSession } from './local-server.js';
import type { ServerNotification } from './server-notifications.js';
import { simulateTransfer, wait } from './simulated-transfer.js';
import { MAX_PINNED_MESSAGES } from './server-pins.js';
import type { PinnedMessage } from '../../model/pinned-message.js';

export interface LocalChatServiceOptions {
  /** Round-trip time of every call in milliseconds (half before the server, half after). */
  latencyMs?: number;
  /** Share of calls that fail with a network error, 0..1. */
  failureRate?: number;
  /** Random source for failures (inject for determinism); Math.random by default. */
  random?: () => number;
}

/**
 * Where an injected failure strikes: 'request' — the call never reached the server;
 * 'response' — the server did it but the answer was lost (a retry must not duplicate).
 */
export type FailurePhase = 'request' | 'response' | 'either';

let sessionCounter = 0;

/**
 * One signed-in client of a `LocalServer`, behind the `ChatService` contract. It simulates the
 * network between client and server: latency, random failures and an offline switch. While
 * offline, calls reject with `CHAT_ERROR.offline` and events wait until the connection returns
 * (online-only messages are lost, as they would be).
 */
export class LocalChatService implements ChatService {
  /** The embedded server delivers online-only messages to every member: typing works in groups too. */
  readonly features: ServiceFeatures = Object.freeze({
    groupTyping: true,
    multiElementMessages: true,
    recallWindowSeconds: this.server.revokeTimeLimit,
    // The demo's dictionary and the transcripts stored with voice messages (server-conversions.ts).
    translate: true,
    voiceToText: true,
    reactions: true,
    mergedForward: true,
    editWindowSeconds: this.server.editTimeLimit,
    pinnedMessages: { max: MAX_PINNED_MESSAGES },
    groupApplications: true,
    directory: true,
    groupManagement: true,
    groupMemberManagement: true,
    // Per group on this server (Work groups by default; `createGroup({ readReceipts })`).
    groupReadReceipts: true,
    markUnread: true,
    // Who has a tab signed in, across the page's tabs (server-presence.ts).
    userStatus: true,
  });
  private currentUser = '';
  private sessionID = '';
  private detach: (() => void) | null = null;
  private connection: ConnectionState = 'disconnected';
  private readonly events = new EventHub<ChatServiceEvents>();
  private latencyMs: number;
  private failureRate: number;
  private failurePhase: FailurePhase = 'request';
  private random: () => number;
  private offline = false;
  /** Notifications waiting to become events (in order). */
  private queue: ServerNotification[] = [];
  /** Notifications that arrived while offline. */
  private missed: ServerNotification[] = [];
  private draining = false;
  /** The last total unread told to this session (-1: none yet). */
  private lastTotalUnread = -1;
  /** Users whose online status this client watches (subscribeUserStatus), and the last status told. */
  private readonly watchedStatus = new Map<string, UserStatusType>();
  private stopPresence: (() => void) | null = null;

  constructor(
    readonly server: LocalServer,
    options: LocalChatServiceOptions = {},
  ) {
    this.latencyMs = Math.max(0, options.latencyMs ?? 0);
    this.failureRate = clamp01(options.failureRate ?? 0);
    this.random = options.random ?? Math.random;
  }

  get userID(): string {
    return this.currentUser;
  }

  // ── Network simulation ────────────────────────────────────────────────────────────────

  setLatency(ms: number): void {
    this.latencyMs = Math.max(0, Number(ms) || 0);
  }

  get latency(): number {
    return this.latencyMs;
  }

  /** Make calls fail with `CHAT_ERROR.network` at this rate; `random` makes it deterministic. */
  setFailureRate(rate: number, options: { random?: () => number; phase?: FailurePhase } = {}): void {
    this.failureRate = clamp01(rate);
    if (options.random) this.random = options.random;
    if (options.phase) this.failurePhase = options.phase;
  }

  /** Cut or restore the connection; connectionStateChanged tells the app. */
  setOffline(offline: boolean): void {
    if (this.offline === offline) return;
    this.offline = offline;
    if (!this.currentUser) return;
    if (offline) {
      this.setConnection('disconnected');
      return;
    }
    this.setConnection('connecting');
    const sessionID = this.sessionID;
    void wait(this.latencyMs / 2).then(() => {
      if (this.offline || this.sessionID !== sessionID) return;
      this.setConnection('connected');
      this.queue.push(...this.missed);
      this.missed = [];
      void this.drain();
    });
  }

  get isOffline(): boolean {
    return this.offline;
  }

  private setConnection(state: ConnectionState): void {
    if (this.connection === state) return;
    this.connection = state;
    this.events.emit('connectionStateChanged', { state });
  }

  private offlineError(): ChatError {
    return new ChatError(CHAT_ERROR.offline, 'You are offline.');
  }

  private injectedFailure(phase: 'request' | 'response'): ChatError | null {
    if (this.failureRate <= 0) return null;
    if (this.failurePhase !== 'either' && this.failurePhase !== phase) return null;
    if (this.random() >= this.failureRate) return null;
    if (this.failurePhase === 'either' && this.random() < 0.5 !== (phase === 'request')) return null;
    return new ChatError(
      CHAT_ERROR.network,
      phase === 'request' ? 'The network failed before the server got the request.' : 'The network failed before the answer arrived.',
    );
  }

  private requireLogin(): Caller {
    if (!this.currentUser) throw new ChatError(CHAT_ERROR.notLoggedIn, 'Not logged in.');
    return { userID: this.currentUser, sessionID: this.sessionID };
  }

  /** One call to the server, through the simulated network. */
  private async call<T>(work: (caller: Caller) => Promise<T>): Promise<T> {
    const caller = this.requireLogin();
    if (this.offline) throw this.offlineError();
    await wait(this.latencyMs / 2);
    this.checkStillSignedIn(caller);
    if (this.offline) throw this.offlineError();
    const before = this.injectedFailure('request');
    if (before) throw before;
    let result: T;
    try {
      result = await work(caller);
    } catch (error) {
      throw toChatError(error, CHAT_ERROR.unknown);
    }
    await wait(this.latencyMs / 2);
    if (this.offline) throw this.offlineError();
    const after = this.injectedFailure('response');
    if (after) throw after;
    return result;
  }

  private checkStillSignedIn(caller: Caller): void {
    if (this.sessionID !== caller.sessionID || !this.currentUser)
      throw new ChatError(CHAT_ERROR.notLoggedIn, 'Signed out during the call.');
  }

  // ── Session ───────────────────────────────────────────────────────────────────────────

  async login(options: LoginOptions): Promise<UserProfile> {
    const userID = typeof options?.userID === 'string' ? options.userID.trim() : '';
    if (!userID) throw new ChatError(CHAT_ERROR.invalidArgument, 'A userID is needed to log in.');
    if (this.offline) throw this.offlineError();
    if (this.currentUser && this.currentUser !== userID) await this.logout();
    this.setConnection('connecting');
    try {
      await wait(this.latencyMs / 2);
      if (this.offline) throw this.offlineError();
      const failure = this.injectedFailure('request');
      if (failure) throw failure;
      const profile = await this.server.signIn(userID);
      await wait(this.latencyMs / 2);
      if (this.offline) throw this.offlineError();
      if (this.currentUser !== userID) this.attach(userID);
      this.setConnection('connected');
      if (this.server.storageWarning) this.events.emit('error', { error: this.server.storageWarning });
      return profile;
    } catch (error) {
      if (!this.currentUser) this.setConnection('disconnected');
      throw toChatError(error);
    }
  }

  private attach(userID: string): void {
    this.currentUser = userID;
    this.sessionID = `session-${++sessionCounter}-${Math.random().toString(36).slice(2, 10)}`;
    this.lastTotalUnread = -1;
    const session: ServerSession = { userID, sessionID: this.sessionID, notify: (n) => this.notify(session.sessionID, n) };
    this.detach = this.server.attach(session);
    this.watchedStatus.clear();
    this.stopPresence = this.server.presence.onChange((userIDs) => this.presenceChanged(userIDs));
  }

  /** Tell the app about watched users whose status changed (not while offline: it is asked again on return). */
  private presenceChanged(userIDs: readonly string[]): void {
    if (this.offline || !this.currentUser) return;
    const statuses: UserStatus[] = [];
    for (const userID of userIDs) {
      const before = this.watchedStatus.get(userID);
      if (before === undefined) continue;
      const status = this.statusOf(userID);
      if (status.status === before) continue;
      this.watchedStatus.set(userID, status.status);
      statuses.push(status);
    }
    if (statuses.length) this.events.emit('userStatusUpdated', { statuses });
  }

  private statusOf(userID: string): UserStatus {
    return Object.freeze({ userID, status: this.server.presence.isOnline(userID) ? 'online' : 'offline', customStatus: '' });
  }

  async logout(): Promise<void> {
    this.stopPresence?.();
    this.stopPresence = null;
    this.watchedStatus.clear();
    this.detach?.();
    this.detach = null;
    this.currentUser = '';
    this.sessionID = '';
    this.queue = [];
    this.missed = [];
    this.setConnection('disconnected');
  }

  getConnectionState(): ConnectionState {
    return this.connection;
  }

  on<K extends keyof ChatServiceEvents>(event: K, handler: (payload: ChatServiceEvents[K]) => void): () => void {
    return this.events.on(event, handler);
  }

  // ── Events from the server ────────────────────────────────────────────────────────────

  private notify(sessionID: string, notification: ServerNotification): void {
    if (sessionID !== this.sessionID) return;
    if (notification.kind === 'kickedOut') {
      const reason = notification.reason;
      void this.logout().then(() => this.events.emit('kickedOut', { reason }));
      return;
    }
    if (this.offline) {
      // What was sent to connected clients only is lost while we are away.
      if (notification.kind !== 'onlineMessage') this.missed.push(notification);
      return;
    }
    this.queue.push(notification);
    void this.drain();
  }

  /** Turn queued notifications into events, in order, a batch at a time. */
  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.queue.length && !this.offline) {
        const sessionID = this.sessionID;
        const batch = this.queue;
        this.queue = [];
        let events;
        try {
          events = await this.server.materialize(this.currentUser, batch);
        } catch (error) {
          this.events.emit('error', { error: toChatError(error, CHAT_ERROR.storage) });
          continue;
        }
        if (sessionID !== this.sessionID) return;
        for (const event of events) {
          // The total goes out when it changed, not with every conversation update.
          if (event.name === 'totalUnreadUpdated') {
            if (event.payload.totalUnread === this.lastTotalUnread) continue;
            this.lastTotalUnread = event.payload.totalUnread;
          }
          this.events.emit(event.name, event.payload as never);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  // ── Profiles and groups ───────────────────────────────────────────────────────────────

  getUserProfiles(userIDs: readonly string[]): Promise<UserProfile[]> {
    return this.call(() => this.server.getUserProfiles(userIDs));
  }

  getGroupProfile(groupID: string): Promise<GroupProfile> {
    return this.call((caller) => this.server.getGroupProfile(caller, groupID));
  }

  getGroupMembers(groupID: string): Promise<GroupMember[]> {
    return this.call(() => this.server.getGroupMembers(groupID));
  }

  // ── Conversations ─────────────────────────────────────────────────────────────────────

  getConversationList(): Promise<Conversation[]> {
    return this.call((caller) => this.server.getConversationList(caller));
  }

  getConversation(conversationID: string): Promise<Conversation> {
    return this.call((caller) => this.server.getConversation(caller, conversationID));
  }

  deleteConversation(conversationID: string, options: { clearHistory: boolean }): Promise<void> {
    return this.call((caller) => this.server.deleteConversation(caller, conversationID, options?.clearHistory ?? false));
  }

  pinConversation(conversationID: string, pinned: boolean): Promise<void> {
    return this.call((caller) => this.server.pinConversation(caller, conversationID, pinned));
  }

  markConversationUnread(conversationID: string, marked: boolean): Promise<void> {
    return this.call((caller) => this.server.markConversationUnread(caller, conversationID, !!marked));
  }

  /** Statuses now; changes follow as `userStatusUpdated` (the server's presence, across tabs). */
  subscribeUserStatus(userIDs: readonly string[]): Promise<UserStatus[]> {
    return this.call(async () => {
      const ids = validUserIDs(userIDs);
      return ids.map((userID) => {
        const status = this.statusOf(userID);
        this.watchedStatus.set(userID, status.status);
        return status;
      });
    });
  }

  unsubscribeUserStatus(userIDs: readonly string[]): Promise<void> {
    return this.call(async () => {
      for (const userID of validUserIDs(userIDs)) this.watchedStatus.delete(userID);
    });
  }

  setMessageRemindType(conversationID: string, type: MessageRemindType): Promise<void> {
    return this.call((caller) => this.server.setMessageRemindType(caller, conversationID, type));
  }

  setConversationDraft(conversationID: string, draft: Draft | null): Promise<void> {
    return this.call((caller) => this.server.setConversationDraft(caller, conversationID, draft));
  }

  // ── Messages ──────────────────────────────────────────────────────────────────────────

  getMessageList(query: MessageListQuery): Promise<MessagePage> {
    return this.call((caller) => this.server.getMessageList(caller, query));
  }

  async sendMessage(message: Message, options: SendOptions = {}): Promise<Message> {
    this.requireLogin();
    await this.uploadAll(attachedFiles(options), options);
    return this.call((caller) => this.server.sendMessage(caller, message, serverOptions(options)));
  }

  async sendToUsers(message: Message, userIDs: readonly string[], options: SendOptions = {}): Promise<BatchSendResult[]> {
    this.requireLogin();
    if (!Array.isArray(userIDs) || userIDs.length === 0) throw new ChatError(CHAT_ERROR.invalidArgument, 'No users to send to.');
    await this.uploadAll(attachedFiles(options), options);
    return this.call((caller) => this.server.sendToUsers(caller, message, userIDs, serverOptions(options)));
  }

  revokeMessage(message: Message): Promise<Message> {
    return this.call((caller) => this.server.revokeMessage(caller, idOf(message)));
  }

  editMessage(message: Message, text: string): Promise<Message> {
    return this.call((caller) => this.server.editMessage(caller, idOf(message), text));
  }

  pinGroupMessage(message: Message, pinned: boolean): Promise<void> {
    return this.call((caller) => this.server.pinMessage(caller, idOf(message), pinned));
  }

  getPinnedMessages(groupID: string): Promise<PinnedMessage[]> {
    return this.call((caller) => this.server.pinnedMessages(caller, groupID));
  }

  deleteMessages(messages: readonly Message[]): Promise<void> {
    return this.call((caller) => this.server.deleteMessages(caller, messages.map(idOf)));
  }

  markRead(conversationID: string, upTo?: Message): Promise<void> {
    return this.call((caller) => this.server.markRead(caller, conversationID, upTo ? idOf(upTo) : undefined));
  }

  addReaction(message: Message, reactionID: string): Promise<void> {
    return this.call((caller) => this.server.react(caller, idOf(message), reactionID, true));
  }

  removeReaction(message: Message, reactionID: string): Promise<void> {
    return this.call((caller) => this.server.react(caller, idOf(message), reactionID, false));
  }

  sendReadReceipts(messages: readonly Message[]): Promise<void> {
    return this.call((caller) => this.server.sendReadReceipts(caller, messages.map(idOf)));
  }

  getReadReceipts(messages: readonly Message[]): Promise<GroupReadReceipt[]> {
    return this.call((caller) => this.server.getReadReceipts(caller, messages.map(idOf)));
  }

  getReadMembers(message: Message, options: ReadMembersOptions): Promise<ReadMembersPage> {
    return this.call((caller) =>
      this.server.getReadMembers(caller, idOf(message), options.filter, options.cursor ?? '', options.count ?? 100),
    );
  }

  getReactions(messages: readonly Message[]): Promise<MessageReactions[]> {
    return this.call((caller) => this.server.getReactions(caller, messages.map(idOf)));
  }

  getReactionUsers(message: Message, reactionID: string, options: { cursor?: number; count?: number } = {}): Promise<ReactionUsersPage> {
    return this.call((caller) =>
      this.server.getReactionUsers(caller, idOf(message), reactionID, options.cursor ?? 0, options.count ?? 100),
    );
  }

  getGroupApplications(): Promise<GroupApplication[]> {
    return this.call((caller) => this.server.getGroupApplications(caller));
  }

  answerGroupApplication(application: GroupApplication, accept: boolean, note?: string): Promise<void> {
    return this.call((caller) => this.server.answerGroupApplication(caller, application, accept, note));
  }

  findUsers(keyword: string): Promise<UserProfile[]> {
    return this.call((caller) => this.server.findUsers(caller, String(keyword ?? '')));
  }

  findGroups(keyword: string): Promise<FoundGroup[]> {
    return this.call((caller) => this.server.findGroups(caller, String(keyword ?? '')));
  }

  joinGroup(groupID: string, note?: string): Promise<JoinGroupResult> {
    return this.call((caller) => this.server.joinGroup(caller, groupID, note));
  }

  updateGroupProfile(groupID: string, edit: GroupProfileEdit): Promise<GroupProfile> {
    const { name, avatar, notification, introduction } = edit ?? {};
    return this.call((caller) => this.server.editGroupProfile(caller, String(groupID), { name, avatar, notification, introduction }));
  }

  async getGroupMemberPage(groupID: string, options: GroupMemberPageOptions = {}): Promise<GroupMemberPage> {
    const offset = Math.max(0, Math.floor(Number(options.cursor || 0)) || 0);
    const count = Math.min(100, Math.max(1, Math.floor(options.count ?? 50)));
    const page = await this.call((caller) => this.server.groupMemberPage(caller, String(groupID), offset, count));
    return { members: page.members, nextCursor: page.next ? String(page.next) : '', isCompleted: page.next === 0 };
  }

  setGroupNameCard(groupID: string, nameCard: string): Promise<void> {
    return this.call((caller) => this.server.setOwnNameCard(caller, String(groupID), String(nameCard ?? '')));
  }

  quitGroup(groupID: string): Promise<void> {
    return this.call((caller) => this.server.leaveGroup(caller, String(groupID)));
  }

  dismissGroup(groupID: string): Promise<void> {
    return this.call((caller) => this.server.dismissOwnGroup(caller, String(groupID)));
  }

  removeGroupMembers(groupID: string, userIDs: readonly string[], reason = ''): Promise<void> {
    const ids = (Array.isArray(userIDs) ? userIDs : []).map(String);
    return this.call((caller) => this.server.removeMembers(caller, String(groupID), ids, String(reason ?? '')));
  }

  setGroupMemberRole(groupID: string, userID: string, role: 'Admin' | 'Member'): Promise<void> {
    if (role !== 'Admin' && role !== 'Member')
      return Promise.reject(new ChatError(CHAT_ERROR.invalidArgument, `No role "${String(role)}" to set.`));
    return this.call((caller) => this.server.setMemberRole(caller, String(groupID), String(userID), role));
  }

  changeGroupOwner(groupID: string, newOwnerID: string): Promise<void> {
    return this.call((caller) => this.server.handOverGroup(caller, String(groupID), String(newOwnerID)));
  }

  setGroupMemberMuteTime(groupID: string, userID: string, seconds: number): Promise<void> {
    return this.call((caller) => this.server.muteMember(caller, String(groupID), String(userID), Number(seconds)));
  }

  findMessages(messageIDs: readonly string[]): Promise<Message[]> {
    return this.call((caller) => this.server.findMessages(caller, messageIDs));
  }

  findMessagesByLocators(conversationID: string, locators: readonly MessageLocator[]): Promise<Message[]> {
    return this.call((caller) => this.server.findMessagesByLocators(caller, conversationID, locators));
  }

  /** The stored messages of a merged message (the server keeps them with it; see server-forwarding.ts). */
  downloadMergedMessages(message: Message): Promise<Message[]> {
    return this.call((caller) => this.server.mergedMessages(caller, idOf(message)));
  }

  async downloadElement(message: Message, elementIndex: number, options: TransferOptions = {}): Promise<Blob> {
    const blob = await this.call((caller) => this.server.elementBlob(caller, idOf(message), elementIndex));
    if (!blob) throw new ChatError(CHAT_ERROR.messageNotFound, 'The content of this element is not stored on the local server.');
    await simulateTransfer({
      total: blob.size,
      stepMs: this.latencyMs / 2,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      connectionLost: () => (this.offline ? this.offlineError() : null),
      cancelled: () => new ChatError(CHAT_ERROR.uploadCancelled, 'The download was cancelled.'),
    });
    return blob;
  }

  translateText(texts: readonly string[], options: TranslateOptions): Promise<string[]> {
    return this.call(async () => translateTexts(texts, options?.targetLanguage));
  }

  convertVoiceToText(message: Message): Promise<string> {
    return this.call((caller) => voiceTranscript(this.server, caller, idOf(message)));
  }

  /** The attachments' uploads one after another, their progress told as one (the bytes of all of them). */
  private async uploadAll(files: readonly Blob[], options: TransferOptions): Promise<void> {
    const total = files.reduce((sum, file) => sum + file.size, 0);
    let before = 0;
    for (const file of files) {
      const done = before;
      await this.upload(file, {
        ...options,
        ...(options.onProgress ? { onProgress: (loaded) => options.onProgress!(done + loaded, total) } : {}),
      });
      before += file.size;
    }
  }

  /** The simulated upload of an attachment: progress in chunks, abortable, broken by going offline. */
  private async upload(file: Blob, options: TransferOptions): Promise<void> {
    if (this.offline) throw this.offlineError();
    await simulateTransfer({
      total: file.size,
      stepMs: this.latencyMs / 2,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      connectionLost: () => (this.offline ? this.offlineError() : null),
      cancelled: () => new ChatError(CHAT_ERROR.uploadCancelled, 'The upload was cancelled.'),
    });
  }
}

function serverOptions(options: SendOptions): ServerSendOptions {
  return {
    ...(options.priority ? { priority: options.priority } : {}),
    ...(options.onlineOnly !== undefined ? { onlineOnly: options.onlineOnly } : {}),
    ...(options.file ? { file: options.file } : {}),
    ...(options.files?.length ? { files: options.files } : {}),
  };
}

function validUserIDs(userIDs: readonly string[]): string[] {
  if (!Array.isArray(userIDs)) throw new ChatError(CHAT_ERROR.invalidArgument, 'A list of userIDs is needed.');
  return [...new Set(userIDs.filter((id): id is string => typeof id === 'string' && id !== ''))];
}

function idOf(message: Message): string {
  if (!message || typeof message.ID !== 'string' || !message.ID)
    throw new ChatError(CHAT_ERROR.invalidArgument, 'A message with an ID is needed.');
  return message.ID;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, Number(value) || 0));
}
