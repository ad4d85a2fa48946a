/**
 * TencentChatService — the ChatService contract over a real `@tencentcloud/chat` instance that
 * the app creates and passes in:
 *
 *   const chat = TencentCloudChat.create({ SDKAppID });
 *   const store = new ChatStore({ service: new TencentChatService(chat) });
 *
 * The SDK is never imported at run time (it is an optional peer dependency); its objects are
 * read defensively and never mutated; its failures become ChatErrors.
 */
import { CHAT_ERROR, ChatError } from '../../errors.js';
import type { Conversation, Draft, MessageRemindType } from '../../model/conversation.js';
import type { MessageElement } from '../../model/elements.js';
import { c2cConversationID, groupConversationID, parseConversationID } from '../../model/ids.js';
import { compareMessages, type Message } from '../../model/message.js';
import type { GroupMember, GroupProfile, UserProfile } from '../../model/profile.js';
import { safeUrl } from '../../model/url.js';
import type {
  BatchSendResult,
  ChatService,
  ChatServiceEvents,
  ConnectionState,
  KickedOutReason,
  LoginOptions,
  MessageListQuery,
  MessagePage,
  SendOptions,
  TransferOptions,
} from '../chat-service.js';
import {
  conversationFromSdk,
  conversationsFromSdk,
  encodeDraft,
  groupMemberFromSdk,
  groupProfileFromSdk,
  userProfileFromSdk,
  type ConversationMapContext,
} from './map-conversation.js';
import { chatErrorFromSdk } from './map-error.js';
import {
  friendRemarksFromSdk,
  groupAttributesFromSdk,
  profileUpdatesFromSdk,
  reactionsFromSdk,
  readReceiptsFromSdk,
  userStatusesFromSdk,
} from './map-events.js';
import { FriendRemarks } from './friend-remarks.js';
import { GroupTracker } from './group-tracker.js';
import { messageFromSdk, messagesFromSdk } from './map-message.js';
import { HoppingMemory, pageByHopping, pageOlder, SDK_PAGE_SIZE, type Anchor, type PagingDeps } from './message-paging.js';
import { createRequestFor, createSdkMessage } from './outgoing.js';
import { bag, bool, count, field, list, responseData, str } from './sdk-read.js';
import {
  DEFAULT_SDK_EVENTS,
  SDK_TYPES,
  sdkType,
  type ListenedSdkEventKey,
  type SdkEventNames,
  type SdkGetMessageListHoppingOptions,
  type SdkMessage,
  type SdkRemindTypeOptions,
  type TencentChatSDK,
} from './sdk-types.js';
import { EventHub } from '../../util/event-hub.js';

export interface TencentChatServiceOptions {
  /**
   * Where `login` gets the userSig when the caller passes none. A userSig is signed by your
   * server with the app's secret key; never compute it in the browser.
   */
  readonly userSig?: (userID: string) => string | Promise<string>;
  /**
   * The SDK's event names. Pass `TencentCloudChat.EVENT` to be exact for your SDK version;
   * by default the documented names are used.
   */
  readonly events?: Partial<SdkEventNames>;
  /** How long `login` waits for the SDK to become ready (`sdkStateReady`). Default 30 s. */
  readonly readyTimeoutMs?: number;
  /** Add TUIKit's `messageFeature` to C2C messages so TUIKit peers show our typing. Default true. */
  readonly announceTyping?: boolean;
  /** Most group members `getGroupMembers` loads (the SDK pages 100 at a time). Default 5000. */
  readonly maxGroupMembers?: number;
  /** Used by `downloadElement`; defaults to the global fetch. */
  readonly fetch?: typeof fetch;
}

/** The most message IDs the adapter remembers (time and sequence, for paging from them). */
const INDEX_LIMIT = 20_000;
/** The SDK deletes at most 30 messages per call. */
const DELETE_BATCH = 30;
/** The SDK returns at most 100 user profiles per call. */
const PROFILE_BATCH = 100;
/** Sent messages remembered for retries and recalls (the oldest delivered ones go first). */
const OUTGOING_LIMIT = 2000;

const KICK_REASONS: Readonly<Record<string, KickedOutReason>> = {
  [SDK_TYPES.KICKED_OUT_MULT_ACCOUNT]: 'multipleAccount',
  [SDK_TYPES.KICKED_OUT_MULT_DEVICE]: 'multipleDevice',
  [SDK_TYPES.KICKED_OUT_USERSIG_EXPIRED]: 'userSigExpired',
  [SDK_TYPES.KICKED_OUT_REST_API]: 'REST',
};

interface IndexEntry {
  readonly conversationID: string;
  readonly conversationType: Message['conversationType'];
  readonly time: number;
  readonly sequence: number;
}

interface Outgoing {
  readonly sdkMessage: SdkMessage;
  /** The send (or resend) in flight, so a second call for the same message joins it. */
  inFlight?: Promise<Message>;
  /** The stored result once it succeeded (a retry returns it instead of sending again). */
  stored?: Message;
}

export class TencentChatService implements ChatService {
  private readonly events = new EventHub<ChatServiceEvents>('TencentChatService');
  private readonly eventNames: SdkEventNames;
  private readonly options: TencentChatServiceOptions;
  private selfID = '';
  private loggedIn = false;
  private connection: ConnectionState = 'disconnected';
  private listeners: Array<[string, (event: unknown) => void]> = [];
  private readyWaiters: Array<() => void> = [];
  /** Messages this adapter created, by the kit's client ID. */
  private readonly outgoing = new Map<string, Outgoing>();
  /** Client ID → the SDK's (server) ID of the same message. */
  private readonly serverIDs = new Map<string, string>();
  private readonly index = new Map<string, IndexEntry>();
  private readonly lastSeen = new Map<string, Message>();
  private conversationIDs: Set<string> | null = null;
  private readonly hopping = new HoppingMemory();
  private readonly groups = new GroupTracker();
  private readonly groupFetches = new Set<string>();
  private readonly friends = new FriendRemarks();

  constructor(
    private readonly sdk: TencentChatSDK,
    options: TencentChatServiceOptions = {},
  ) {
    this.options = options;
    this.eventNames = { ...DEFAULT_SDK_EVENTS, ...options.events };
  }

  get userID(): string {
    return this.loggedIn ? this.selfID : '';
  }

  on<K extends keyof ChatServiceEvents>(event: K, handler: (payload: ChatServiceEvents[K]) => void): () => void {
    return this.events.on(event, handler);
  }

  getConnectionState(): ConnectionState {
    return this.connection;
  }

  // ── Session ────────────────────────────────────────────────────────────────

  async login(options: LoginOptions): Promise<UserProfile> {
    const userID = typeof options?.userID === 'string' ? options.userID.trim() : '';
    if (userID === '') throw new ChatError(CHAT_ERROR.invalidArgument, 'login needs a userID.');
    const userSig = options.userSig || (await this.userSigFor(userID));
    if (this.loggedIn && this.selfID !== userID) await this.logout();
    this.selfID = userID;
    this.listen();
    this.setConnection('connecting');
    const ready = this.waitForReady();
    try {
      await this.call(() => this.sdk.login({ userID, userSig }));
      // A repeated login on an SDK that is already ready sends no new ready event.
      if (this.sdkIsReady()) this.resolveReady();
      await ready.promise;
    } catch (error) {
      ready.cancel();
      this.unlisten();
      this.setConnection('disconnected');
      throw chatErrorFromSdk(error);
    }
    this.loggedIn = true;
    this.setConnection('connected');
    try {
      const response = await this.call(() => this.sdk.getMyProfile());
      return userProfileFromSdk(responseData(response), userID);
    } catch {
      // Signed in all the same; the profile fills in when the app asks again.
      return Object.freeze({ userID, nick: '', avatar: '' });
    }
  }

  private async userSigFor(userID: string): Promise<string> {
    const provide = this.options.userSig;
    if (!provide) {
      throw new ChatError(CHAT_ERROR.invalidArgument, 'login needs a userSig: your server signs it for this user (or pass the userSig option).');
    }
    let userSig: unknown;
    try {
      userSig = await provide(userID);
    } catch (error) {
      throw new ChatError(CHAT_ERROR.network, `Could not get a userSig for "${userID}".`, error);
    }
    if (typeof userSig !== 'string' || userSig === '') throw new ChatError(CHAT_ERROR.invalidArgument, `No userSig for "${userID}".`);
    return userSig;
  }

  async logout(): Promise<void> {
    const wasLoggedIn = this.loggedIn;
    this.loggedIn = false;
    try {
      if (wasLoggedIn) await this.call(() => this.sdk.logout());
    } finally {
      this.unlisten();
      this.reset();
      this.setConnection('disconnected');
    }
  }

  // ── Profiles and groups ────────────────────────────────────────────────────

  async getUserProfiles(userIDs: readonly string[]): Promise<UserProfile[]> {
    this.requireOnline();
    const ids = [...new Set(userIDs.filter((id) => typeof id === 'string' && id !== ''))];
    const profiles: UserProfile[] = [];
    for (let i = 0; i < ids.length; i += PROFILE_BATCH) {
      const userIDList = ids.slice(i, i + PROFILE_BATCH);
      const response = await this.call(() => this.sdk.getUserProfile({ userIDList }));
      for (const raw of list(responseData(response))) {
        const profile = userProfileFromSdk(raw);
        if (profile.userID) profiles.push(profile);
      }
    }
    return profiles;
  }

  async getGroupProfile(groupID: string): Promise<GroupProfile> {
    this.requireOnline();
    const response = await this.call(() => this.sdk.getGroupProfile({ groupID }));
    return this.groups.remember(groupProfileFromSdk(field(responseData(response), 'group'), groupID));
  }

  async getGroupMembers(groupID: string): Promise<GroupMember[]> {
    this.requireOnline();
    const limit = this.options.maxGroupMembers ?? 5000;
    const members = new Map<string, GroupMember>();
    let offset = 0;
    while (members.size < limit) {
      const response = await this.call(() => this.sdk.getGroupMemberList({ groupID, count: 100, offset }));
      const data = responseData(response);
      const page = list(field(data, 'memberList'));
      for (const raw of page) {
        const member = groupMemberFromSdk(raw);
        if (member) members.set(member.userID, member);
      }
      const next = count(field(data, 'offset'));
      if (page.length === 0 || next === 0 || next <= offset) break;
      offset = next;
    }
    return [...members.values()].slice(0, limit);
  }

  // ── Conversations ──────────────────────────────────────────────────────────

  async getConversationList(): Promise<Conversation[]> {
    this.requireOnline();
    const response = await this.call(() => this.sdk.getConversationList());
    const conversations = this.rememberGroups(conversationsFromSdk(field(responseData(response), 'conversationList'), this.mapContext()));
    this.conversationIDs = new Set(conversations.map((c) => c.conversationID));
    return conversations;
  }

  async getConversation(conversationID: string): Promise<Conversation> {
    this.requireOnline();
    if (!parseConversationID(conversationID)) {
      throw new ChatError(CHAT_ERROR.invalidArgument, `"${conversationID}" is not a conversation ID (C2C…, GROUP… or @TIM#SYSTEM).`);
    }
    // The SDK's getConversationProfile makes the conversation when it does not exist yet.
    const response = await this.call(() => this.sdk.getConversationProfile(conversationID));
    const conversation = conversationFromSdk(field(responseData(response), 'conversation'), this.mapContext());
    if (!conversation) throw new ChatError(CHAT_ERROR.conversationNotFound, `Conversation "${conversationID}" is not available.`);
    return conversation;
  }

  async deleteConversation(conversationID: string, options: { clearHistory: boolean }): Promise<void> {
    this.requireOnline();
    await this.call(() =>
      this.sdk.deleteConversation({ conversationIDList: [conversationID], clearHistoryMessage: options.clearHistory === true }),
    );
    this.conversationIDs?.delete(conversationID);
    this.lastSeen.delete(conversationID);
    this.events.emit('conversationDeleted', { conversationIDs: [conversationID] });
  }

  async pinConversation(conversationID: string, pinned: boolean): Promise<void> {
    this.requireOnline();
    await this.call(() => this.sdk.pinConversation({ conversationID, isPinned: pinned }));
  }

  async setMessageRemindType(conversationID: string, type: MessageRemindType): Promise<void> {
    this.requireOnline();
    const parsed = parseConversationID(conversationID);
    if (!parsed || parsed.type === '@TIM#SYSTEM') {
      throw new ChatError(CHAT_ERROR.invalidArgument, `Only C2C and group conversations can be muted, not "${conversationID}".`);
    }
    const messageRemindType =
      type === 'AcceptNotNotify' ? sdkType('MSG_REMIND_ACPT_NOT_NOTE') : type === 'Discard' ? sdkType('MSG_REMIND_DISCARD') : sdkType('MSG_REMIND_ACPT_AND_NOTE');
    const options: SdkRemindTypeOptions =
      parsed.type === 'C2C' ? { userIDList: [parsed.targetID], messageRemindType } : { groupID: parsed.targetID, messageRemindType };
    await this.call(() => this.sdk.setMessageRemindType(options));
  }

  async setConversationDraft(conversationID: string, draft: Draft | null): Promise<void> {
    this.requireLogin();
    await this.call(() => this.sdk.setConversationDraft({ conversationID, draftText: draft ? encodeDraft(draft) : '' }));
  }

  // ── Messages ───────────────────────────────────────────────────────────────

  async getMessageList(query: MessageListQuery): Promise<MessagePage> {
    this.requireOnline();
    const parsed = parseConversationID(query.conversationID);
    if (!parsed) throw new ChatError(CHAT_ERROR.invalidArgument, `"${query.conversationID}" is not a conversation ID.`);
    const wanted = Math.max(1, Math.floor(Number(query.count) || 20));
    const deps = this.pagingDeps();
    if (!query.fromMessageID) return pageOlder(deps, query.conversationID, wanted);

    const fromID = this.serverIDOf(query.fromMessageID);
    const anchor = this.anchorOf(fromID);
    if (query.direction === 'newer') {
      if (!anchor) throw notFound(query.fromMessageID);
      if (parsed.type === '@TIM#SYSTEM') return { messages: [], isCompleted: true };
      return pageByHopping(deps, query.conversationID, anchor, 1, wanted);
    }
    // Older: the SDK pages from a message it holds; for one it has forgotten, hop by time/sequence.
    if (this.held(fromID)) return pageOlder(deps, query.conversationID, wanted, fromID);
    if (!anchor || parsed.type === '@TIM#SYSTEM') throw notFound(query.fromMessageID);
    return pageByHopping(deps, query.conversationID, anchor, 0, wanted);
  }

  /**
   * Sends a message the kit built. The SDK makes its own message (and its own ID) from it;
   * the result carries the SDK's ID, which is what every other client sees. A second call for
   * the same client ID joins the send in flight, returns the stored message, or — after a
   * failure — resends the same SDK message (same random, so the server drops a duplicate).
   */
  async sendMessage(message: Message, options: SendOptions = {}): Promise<Message> {
    this.requireOnline();
    const known = this.outgoing.get(message.ID);
    if (known?.stored) return known.stored;
    if (known?.inFlight) return known.inFlight;
    if (options.signal?.aborted) throw new ChatError(CHAT_ERROR.uploadCancelled, 'The upload was cancelled before it started.');

    const resend = !!known && str(field(known.sdkMessage, 'status')) === 'fail';
    const entry = known && resend ? known : { sdkMessage: this.createFor(message, options) };
    this.outgoing.set(message.ID, entry);
    const sendOptions = {
      ...(options.onlineOnly ?? message.onlineOnly ? { onlineUserOnly: true } : {}),
      ...(options.offlinePushInfo ? { offlinePushInfo: { ...options.offlinePushInfo } } : {}),
    };
    const send = async (): Promise<Message> => {
      const response = await this.call(
        () => (resend ? this.sdk.resendMessage(entry.sdkMessage, sendOptions) : this.sdk.sendMessage(entry.sdkMessage, sendOptions)),
        CHAT_ERROR.sendFailed,
      );
      const stored = this.mapOne(field(responseData(response), 'message')) ?? this.mapOne(entry.sdkMessage);
      if (!stored) throw new ChatError(CHAT_ERROR.sendFailed, 'The SDK answered without the sent message.');
      const result: Message = Object.freeze({
        ...stored,
        status: 'success',
        onlineOnly: options.onlineOnly ?? message.onlineOnly,
        customInt: message.customInt,
        customStr: message.customStr,
      });
      entry.stored = result;
      this.serverIDs.set(message.ID, result.ID);
      this.noteSeen(result);
      this.trimOutgoing();
      return result;
    };
    entry.inFlight = send().finally(() => {
      entry.inFlight = undefined;
    });
    return entry.inFlight;
  }

  async revokeMessage(message: Message): Promise<Message> {
    this.requireOnline();
    const sdkMessage = await this.locate(message);
    if (!sdkMessage) throw notFound(message.ID);
    const response = await this.call(() => this.sdk.revokeMessage(sdkMessage), CHAT_ERROR.revokeFailed);
    const revoked = this.mapOne(field(responseData(response), 'message')) ?? this.mapOne(sdkMessage) ?? message;
    return Object.freeze({ ...revoked, isRevoked: true, revoker: revoked.revoker || this.selfID, customInt: message.customInt, customStr: message.customStr });
  }

  /**
   * Deletes from this user's roaming history. A message the SDK no longer holds is looked up by
   * its time and sequence first; one that is not in the history at all is already deleted.
   */
  async deleteMessages(messages: readonly Message[]): Promise<void> {
    this.requireOnline();
    const byConversation = new Map<string, SdkMessage[]>();
    for (const message of messages) {
      const sdkMessage = await this.locate(message);
      if (!sdkMessage) continue;
      const key = str(field(sdkMessage, 'conversationID')) || message.conversationID;
      byConversation.set(key, [...(byConversation.get(key) ?? []), sdkMessage]);
    }
    // The SDK deletes messages of one conversation at a time, 30 at most.
    for (const batch of byConversation.values()) {
      for (let i = 0; i < batch.length; i += DELETE_BATCH) {
        const slice = batch.slice(i, i + DELETE_BATCH);
        await this.call(() => this.sdk.deleteMessage(slice));
      }
    }
  }

  /**
   * The Web SDK can only mark a whole conversation read (`setMessageRead`). Asked to read up
   * to a message older than the newest one here, we leave the conversation unread rather than
   * report unseen messages as read (the peer would get a receipt for them).
   */
  async markRead(conversationID: string, upTo?: Message): Promise<void> {
    this.requireOnline();
    if (upTo) {
      const newest = this.lastSeen.get(conversationID);
      const upToID = this.serverIDOf(upTo.ID);
      if (newest && newest.ID !== upToID && compareMessages(upTo, newest) < 0) return;
    }
    await this.call(() => this.sdk.setMessageRead({ conversationID }));
  }

  async sendToUsers(message: Message, userIDs: readonly string[], options: SendOptions = {}): Promise<BatchSendResult[]> {
    this.requireOnline();
    const results: BatchSendResult[] = [];
    for (const userID of [...new Set(userIDs)]) {
      if (typeof userID !== 'string' || userID === '') continue;
      const copy: Message = {
        ...message,
        // One client ID per recipient, stable across retries of the same batch.
        ID: `${message.ID}>${userID}`,
        conversationID: c2cConversationID(userID),
        conversationType: 'C2C',
        to: userID,
        atUserList: [],
      };
      try {
        results.push({ userID, message: await this.sendMessage(copy, options) });
      } catch (error) {
        results.push({ userID, error: chatErrorFromSdk(error, CHAT_ERROR.sendFailed) });
      }
    }
    return results;
  }

  /** Messages the SDK holds (or, for ones seen here before, finds again by time and sequence). */
  async findMessages(messageIDs: readonly string[]): Promise<Message[]> {
    this.requireLogin();
    const found: Message[] = [];
    for (const id of messageIDs) {
      const serverID = this.serverIDOf(id);
      let sdkMessage = this.held(serverID);
      const entry = this.index.get(serverID);
      if (!sdkMessage && entry && this.connection !== 'disconnected') {
        sdkMessage = await this.fetchAround(serverID, { ID: serverID, ...entry });
      }
      const message = this.mapOne(sdkMessage);
      if (message && !message.isDeleted) found.push(message);
    }
    return found;
  }

  async downloadElement(message: Message, elementIndex: number, options: TransferOptions = {}): Promise<Blob> {
    this.requireLogin();
    const element = message.elements[elementIndex];
    const { url, size } = element ? remoteOf(element) : { url: '', size: 0 };
    if (url === '') throw new ChatError(CHAT_ERROR.invalidArgument, `Element ${elementIndex} of message ${message.ID} has no downloadable URL.`);
    const fetchImpl = this.options.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== 'function') throw new ChatError(CHAT_ERROR.network, 'No fetch is available to download the file.');
    let response: Response;
    try {
      response = await fetchImpl(url, options.signal ? { signal: options.signal } : {});
    } catch (error) {
      if (options.signal?.aborted) throw new ChatError(CHAT_ERROR.uploadCancelled, 'The download was cancelled.', error);
      throw new ChatError(CHAT_ERROR.network, `Download failed: ${error instanceof Error ? error.message : String(error)}`, error);
    }
    if (!response.ok) throw new ChatError(CHAT_ERROR.network, `Download failed: HTTP ${response.status}.`);
    const total = Number(response.headers.get('content-length')) || size;
    const type = response.headers.get('content-type') ?? '';
    if (!response.body) {
      const blob = await response.blob();
      options.onProgress?.(blob.size, blob.size);
      return blob;
    }
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        loaded += value.byteLength;
        options.onProgress?.(loaded, Math.max(total, loaded));
      }
    } catch (error) {
      if (options.signal?.aborted) throw new ChatError(CHAT_ERROR.uploadCancelled, 'The download was cancelled.', error);
      throw new ChatError(CHAT_ERROR.network, 'The download was interrupted.', error);
    }
    return new Blob(chunks as BlobPart[], type ? { type } : {});
  }

  // ── SDK events ─────────────────────────────────────────────────────────────

  private listen(): void {
    if (this.listeners.length > 0) return;
    const handlers: Record<ListenedSdkEventKey, (data: unknown) => void> = {
      SDK_READY: () => {
        this.resolveReady();
        if (this.loggedIn) this.setConnection('connected');
      },
      SDK_NOT_READY: () => this.setConnection('disconnected'),
      // The app destroyed the SDK instance: nothing works on it any more.
      SDK_DESTROY: () => {
        this.loggedIn = false;
        this.setConnection('disconnected');
      },
      NET_STATE_CHANGE: (data) => {
        const state = field(data, 'state');
        if (state === SDK_TYPES.NET_STATE_CONNECTED || state === SDK_TYPES.NET_STATE_CONNECTING || state === SDK_TYPES.NET_STATE_DISCONNECTED) {
          this.setConnection(state);
        }
      },
      KICKED_OUT: (data) => {
        const reason = KICK_REASONS[str(field(data, 'type'))] ?? 'multipleAccount';
        this.loggedIn = false;
        this.setConnection('disconnected');
        this.events.emit('kickedOut', { reason });
      },
      MESSAGE_RECEIVED: (data) => this.onMessagesReceived(data),
      MESSAGE_MODIFIED: (data) => {
        const messages = this.mapList(data);
        if (messages.length > 0) this.events.emit('messageModified', { messages });
      },
      MESSAGE_REVOKED: (data) => {
        const messages = this.mapList(data).map((m) => Object.freeze({ ...m, isRevoked: true }));
        if (messages.length > 0) this.events.emit('messageRevoked', { messages });
      },
      MESSAGE_READ_BY_PEER: (data) => {
        // The SDK hands over the messages the peer has now read; the newest time is the mark.
        const marks = new Map<string, number>();
        for (const m of this.mapList(data)) marks.set(m.conversationID, Math.max(marks.get(m.conversationID) ?? 0, m.time));
        for (const [conversationID, peerReadTime] of marks) this.events.emit('messageReadByPeer', { conversationID, peerReadTime });
      },
      MESSAGE_READ_RECEIPT_RECEIVED: (data) => {
        const { c2c, groups } = readReceiptsFromSdk(data);
        // A C2C receipt names one message the peer read: the kit keeps a read time per peer.
        const marks = new Map<string, number>();
        for (const { userID, messageID } of c2c) {
          const time = this.anchorOf(messageID)?.time ?? 0;
          const conversationID = c2cConversationID(userID);
          if (time > 0) marks.set(conversationID, Math.max(marks.get(conversationID) ?? 0, time));
        }
        for (const [conversationID, peerReadTime] of marks) this.events.emit('messageReadByPeer', { conversationID, peerReadTime });
        for (const [groupID, receipts] of groups) this.events.emit('messageReadReceipt', { conversationID: groupConversationID(groupID), receipts });
      },
      MESSAGE_REACTIONS_UPDATED: (data) => {
        const update = reactionsFromSdk(data);
        const conversationID = update ? this.conversationOfMessage(update.messageID) : '';
        if (!update || conversationID === '') return;
        this.events.emit('messageReactionsUpdated', { conversationID, messageID: update.messageID, reactions: update.reactions });
      },
      CONVERSATION_LIST_UPDATED: (data) => this.onConversationList(data),
      TOTAL_UNREAD_MESSAGE_COUNT_UPDATED: (data) => this.events.emit('totalUnreadUpdated', { totalUnread: count(data) }),
      GROUP_LIST_UPDATED: (data) => {
        const changed = this.groups.changedIn(list(data).map((raw) => groupProfileFromSdk(raw)).filter((g) => g.groupID !== ''));
        for (const group of changed) this.events.emit('groupUpdated', { group });
      },
      GROUP_ATTRIBUTES_UPDATED: (data) => {
        const update = groupAttributesFromSdk(data);
        if (!update) return;
        const group = this.groups.withAttributes(update.groupID, update.attributes);
        if (group) this.events.emit('groupUpdated', { group });
        else void this.refreshGroup(update.groupID, update.attributes);
      },
      PROFILE_UPDATED: (data) => {
        const profiles = profileUpdatesFromSdk(data);
        if (profiles.length > 0) this.events.emit('profileUpdated', { profiles });
      },
      FRIEND_LIST_UPDATED: (data) => {
        const profiles = this.friends.changes(friendRemarksFromSdk(data));
        if (profiles.length > 0) this.events.emit('profileUpdated', { profiles });
      },
      USER_STATUS_UPDATED: (data) => {
        const statuses = userStatusesFromSdk(data);
        if (statuses.length > 0) this.events.emit('userStatusUpdated', { statuses });
      },
      ERROR: (data) => this.events.emit('error', { error: chatErrorFromSdk(data) }),
    };
    for (const key of Object.keys(handlers) as ListenedSdkEventKey[]) {
      const name = String(this.eventNames[key]);
      const handler = (event: unknown) => {
        try {
          handlers[key](field(event, 'data'));
        } catch (error) {
          console.error(`TencentChatService: handling "${name}" failed:`, error);
        }
      };
      this.sdk.on(name, handler);
      this.listeners.push([name, handler]);
    }
  }

  private unlisten(): void {
    for (const [name, handler] of this.listeners) {
      try {
        this.sdk.off(name, handler);
      } catch {
        // An SDK that cannot remove a listener leaves it: our handler checks nothing else.
      }
    }
    this.listeners = [];
  }

  /**
   * New messages. One the SDK did not keep (`findMessage` does not know it right after it
   * arrived) was sent online-only: the SDK stores every other received message in its list.
   * Group tips also change the group: its new profile goes out as `groupUpdated`.
   */
  private onMessagesReceived(data: unknown): void {
    const messages = messagesFromSdk(data, { selfUserID: this.selfID, isOnlineOnly: (ID) => this.held(ID) === null });
    for (const message of messages) this.noteSeen(message);
    if (messages.length === 0) return;
    this.events.emit('messageReceived', { messages });
    const now = Math.floor(Date.now() / 1000);
    for (const message of messages) {
      for (const element of message.elements) {
        if (element.type !== 'TIMGroupTipElem' || !element.groupID) continue;
        const group = this.groups.afterTip(element, this.selfID, now);
        if (group) this.events.emit('groupUpdated', { group });
        else if (!this.groups.known(element.groupID)) void this.refreshGroup(element.groupID);
      }
    }
  }

  /** Fetches a group this adapter has not seen yet and tells the kit about it. */
  private async refreshGroup(groupID: string, attributes?: Readonly<Record<string, string>>): Promise<void> {
    if (this.groupFetches.has(groupID) || !this.loggedIn) return;
    this.groupFetches.add(groupID);
    try {
      const response = await this.call(() => this.sdk.getGroupProfile({ groupID }));
      const fetched = groupProfileFromSdk(field(responseData(response), 'group'), groupID);
      const group = this.groups.remember(attributes ? Object.freeze({ ...fetched, attributes }) : fetched);
      if (this.loggedIn) this.events.emit('groupUpdated', { group });
    } catch {
      // Not a group we may read (left, dismissed): nothing to tell.
    } finally {
      this.groupFetches.delete(groupID);
    }
  }

  /** The conversation of a message this adapter has seen ('' when it has not). */
  private conversationOfMessage(messageID: string): string {
    return str(field(this.held(messageID), 'conversationID')) || (this.index.get(messageID)?.conversationID ?? '');
  }

  /**
   * The SDK sends its whole list, or (created with `partialUpdatedConversations`) only the
   * conversations that changed. Either way a conversation missing from the event is asked for:
   * only one the SDK no longer has was deleted.
   */
  private onConversationList(data: unknown): void {
    if (!this.loggedIn) return;
    const conversations = this.rememberGroups(conversationsFromSdk(data, this.mapContext()));
    const ids = new Set(conversations.map((c) => c.conversationID));
    const missing = this.conversationIDs ? [...this.conversationIDs].filter((id) => !ids.has(id)) : [];
    for (const id of ids) this.conversationIDs?.add(id);
    if (conversations.length > 0) this.events.emit('conversationUpdated', { conversations });
    if (missing.length > 0) void this.confirmDeleted(missing);
  }

  private async confirmDeleted(candidates: readonly string[]): Promise<void> {
    let still: Set<string>;
    try {
      const response = await this.call(() => this.sdk.getConversationList([...candidates]));
      still = new Set(conversationsFromSdk(field(responseData(response), 'conversationList'), this.mapContext()).map((c) => c.conversationID));
    } catch {
      return;
    }
    if (!this.loggedIn || !this.conversationIDs) return;
    const gone = candidates.filter((id) => !still.has(id) && this.conversationIDs!.has(id));
    if (gone.length === 0) return;
    for (const id of gone) {
      this.conversationIDs.delete(id);
      this.lastSeen.delete(id);
    }
    this.events.emit('conversationDeleted', { conversationIDs: gone });
  }

  /** Group conversations carry the group's profile: the tracker keeps it for later tips. */
  private rememberGroups(conversations: Conversation[]): Conversation[] {
    for (const c of conversations) if (c.groupProfile) this.groups.remember(c.groupProfile);
    return conversations;
  }

  /** Resolves on `sdkStateReady`; rejects after the timeout. Registered before `login` is called. */
  private waitForReady(): { promise: Promise<void>; cancel: () => void } {
    const timeoutMs = this.options.readyTimeoutMs ?? 30_000;
    let cancel = () => {};
    const promise = new Promise<void>((resolve, reject) => {
      const remove = () => {
        this.readyWaiters = this.readyWaiters.filter((waiter) => waiter !== done);
      };
      const timer = setTimeout(() => {
        remove();
        reject(new ChatError(CHAT_ERROR.timeout, `Tencent Cloud Chat did not become ready within ${Math.round(timeoutMs / 1000)} s.`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        remove();
        resolve();
      };
      cancel = () => {
        clearTimeout(timer);
        remove();
      };
      this.readyWaiters.push(done);
    });
    // A timeout before anyone awaits must not count as an unhandled rejection.
    promise.catch(() => {});
    return { promise, cancel };
  }

  private resolveReady(): void {
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const resolve of waiters) resolve();
  }

  // ── Helpers ────────────────────────────────────────────────────────────────

  /** The SDK's in-memory copy of a message (findMessage), or null; never throws. */
  private held(messageID: string): SdkMessage | null {
    try {
      return this.sdk.findMessage(messageID) ?? null;
    } catch {
      return null;
    }
  }

  private sdkIsReady(): boolean {
    try {
      return this.sdk.isReady() === true;
    } catch {
      return false;
    }
  }

  private requireLogin(): void {
    if (!this.loggedIn) throw new ChatError(CHAT_ERROR.notLoggedIn, 'Not signed in to Tencent Cloud Chat: call login first.');
  }

  /** Signed in and connected: calls that need the server are refused at once while offline. */
  private requireOnline(): void {
    this.requireLogin();
    if (this.connection === 'disconnected') {
      throw new ChatError(CHAT_ERROR.offline, 'Offline: the connection to Tencent Cloud Chat is down; it reconnects by itself.');
    }
  }

  /** Runs an SDK call and turns its failure (sync or async) into a ChatError. */
  private async call<T>(request: () => Promise<T>, fallbackCode: number = CHAT_ERROR.unknown): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw chatErrorFromSdk(error, fallbackCode);
    }
  }

  private setConnection(state: ConnectionState): void {
    if (state === this.connection) return;
    this.connection = state;
    this.events.emit('connectionStateChanged', { state });
  }

  private reset(): void {
    this.outgoing.clear();
    this.serverIDs.clear();
    this.index.clear();
    this.lastSeen.clear();
    this.conversationIDs = null;
    this.readyWaiters = [];
    this.hopping.clear();
    this.groups.clear();
    this.friends.clear();
  }

  private mapContext(): ConversationMapContext {
    return { selfUserID: this.selfID, lastSeen: (id) => this.lastSeen.get(id) };
  }

  private mapOne(raw: unknown): Message | null {
    const message = messageFromSdk(raw, { selfUserID: this.selfID });
    if (message) this.noteSeen(message);
    return message;
  }

  private mapList(raw: unknown): Message[] {
    const messages = messagesFromSdk(raw, { selfUserID: this.selfID });
    for (const message of messages) this.noteSeen(message);
    return messages;
  }

  private pagingDeps(): PagingDeps {
    return { sdk: this.sdk, hopping: this.hopping, call: (request) => this.call(request), map: (raw) => this.mapList(raw) };
  }

  /** Remembers where a message sits (for paging from it) and the newest one per conversation. */
  private noteSeen(message: Message): void {
    if (this.index.size >= INDEX_LIMIT) {
      const oldest = this.index.keys().next().value;
      if (oldest !== undefined) this.index.delete(oldest);
    }
    this.index.set(message.ID, {
      conversationID: message.conversationID,
      conversationType: message.conversationType,
      time: message.time,
      sequence: message.sequence,
    });
    const last = this.lastSeen.get(message.conversationID);
    if (message.status === 'success' && !message.onlineOnly && (!last || compareMessages(last, message) <= 0)) {
      this.lastSeen.set(message.conversationID, message);
    }
  }

  private trimOutgoing(): void {
    for (const [clientID, entry] of this.outgoing) {
      if (this.outgoing.size <= OUTGOING_LIMIT) break;
      if (!entry.stored) continue;
      this.outgoing.delete(clientID);
      this.serverIDs.delete(clientID);
    }
  }

  private serverIDOf(id: string): string {
    return this.serverIDs.get(id) ?? id;
  }

  private anchorOf(id: string): Anchor | null {
    const sdkMessage = this.held(id);
    if (sdkMessage) {
      const m = bag(sdkMessage);
      const conversationType = m.conversationType === 'GROUP' ? 'GROUP' : m.conversationType === '@TIM#SYSTEM' ? '@TIM#SYSTEM' : 'C2C';
      return { ID: id, conversationType, time: count(m.time), sequence: count(m.sequence) };
    }
    const entry = this.index.get(id);
    return entry ? { ID: id, conversationType: entry.conversationType, time: entry.time, sequence: entry.sequence } : null;
  }

  /** Makes the SDK message for one of ours (validation errors become invalidArgument). */
  private createFor(message: Message, options: SendOptions): SdkMessage {
    const total = options.file?.size ?? 0;
    const request = createRequestFor(options.priority ? { ...message, priority: options.priority } : message, {
      ...(options.file ? { file: options.file } : {}),
      ...(options.onProgress ? { onUploadProgress: (fraction: number) => options.onProgress!(Math.round(fraction * total), total) } : {}),
      announceTyping: this.options.announceTyping !== false,
    });
    let sdkMessage: SdkMessage | null | undefined;
    try {
      sdkMessage = createSdkMessage(this.sdk, request);
    } catch (error) {
      throw chatErrorFromSdk(error, CHAT_ERROR.invalidArgument);
    }
    if (!sdkMessage) throw new ChatError(CHAT_ERROR.sendFailed, 'The SDK did not create the message.');
    return sdkMessage;
  }

  /**
   * The SDK's own object for one of our messages: the one it holds in memory, else one sent
   * here, else fetched again around the message's time and sequence (the SDK forgets older
   * messages of a conversation when its newest page is loaded again).
   */
  private async locate(message: Message): Promise<SdkMessage | null> {
    const serverID = this.serverIDOf(message.ID);
    const held = this.held(serverID);
    if (held) return held;
    const sent = this.outgoing.get(message.ID);
    if (sent?.stored) return sent.sdkMessage;
    if (message.status !== 'success' || (message.time === 0 && message.sequence === 0)) return null;
    return this.fetchAround(serverID, message);
  }

  /**
   * Loads the page that holds a message into the SDK (by sequence for GROUP, by time for C2C,
   * walking back through messages of the same second), so the SDK can act on it. Null when it
   * is not in this user's history.
   */
  private async fetchAround(serverID: string, anchor: Anchor & { conversationID: string }): Promise<SdkMessage | null> {
    if (anchor.conversationType === '@TIM#SYSTEM') return null;
    const isGroup = anchor.conversationType === 'GROUP';
    let time = this.hopping.freshTime(anchor.conversationID, 0, anchor.time);
    for (let calls = 0; calls < 10; calls++) {
      const options: SdkGetMessageListHoppingOptions & { count: number } = {
        conversationID: anchor.conversationID,
        direction: 0,
        count: SDK_PAGE_SIZE,
        ...(isGroup ? { sequence: anchor.sequence } : { time }),
      };
      const response = await this.call(() => this.sdk.getMessageListHopping(options));
      const data = responseData(response);
      const page = this.mapList(field(data, 'messageList'));
      const held = this.held(serverID);
      if (held) return held;
      const passed = page.some((m) => m.time < anchor.time || (m.time === anchor.time && m.sequence < anchor.sequence));
      const next = count(field(data, 'nextMessageTime'));
      const completed = bool(field(data, 'isCompleted'));
      if (!isGroup) this.hopping.note(anchor.conversationID, 0, next, completed);
      if (isGroup || passed || page.length === 0 || completed || next === 0) return null;
      time = next;
    }
    return null;
  }
}

function notFound(messageID: string): ChatError {
  return new ChatError(CHAT_ERROR.messageNotFound, `Message "${messageID}" is not known here; open its conversation first.`);
}

/** The URL to download for an element, with its size when known. */
function remoteOf(element: MessageElement): { url: string; size: number } {
  switch (element.type) {
    case 'TIMImageElem': {
      const order = [0, 2, 1];
      const info = [...element.imageInfoArray].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type)).find((i) => safeUrl(i.url) !== '');
      return { url: safeUrl(info?.url), size: info?.size ?? 0 };
    }
    case 'TIMSoundElem':
      return { url: safeUrl(element.url), size: element.size };
    case 'TIMVideoFileElem':
      return { url: safeUrl(element.videoUrl), size: element.videoSize };
    case 'TIMFileElem':
      return { url: safeUrl(element.fileUrl), size: element.fileSize };
    default:
      return { url: '', size: 0 };
  }
}
