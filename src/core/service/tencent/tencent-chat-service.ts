/**
 * TencentChatService — the ChatService contract over a real `@tencentcloud/chat` instance that
 * the app creates and passes in:
 *
 *   const chat = TencentCloudChat.create({ SDKAppID });
 *   const store = new ChatStore({ service: new TencentChatService(chat) });
 *
 * The SDK is never imported at run time (it is an optional peer dependency); its objects are
 * read defensively and never mutated; its failures become ChatErrors.
 *
 * Longer than 500 lines because it is the whole ChatService contract in one class, each call a
 * short mapping onto the SDK; the work lives beside it: mapping (map-*.ts), paging
 * (message-paging.ts), events (sdk-events.ts), bookkeeping (message-index.ts, sent-messages.ts,
 * group-tracker.ts), downloads (download.ts).
 */
import { CHAT_ERROR, ChatError, unsupportedFeature } from '../../errors.js';
import type { Conversation, Draft, MessageRemindType } from '../../model/conversation.js';
import { c2cConversationID, parseConversationID } from '../../model/ids.js';
import { compareMessages, type Message, type MessageLocator } from '../../model/message.js';
import type { GroupMember, GroupProfile, UserProfile } from '../../model/profile.js';
import type { GroupApplication } from '../../model/group-application.js';
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
  MessageSearchPage,
  MessageSearchQuery,
  OfflinePushInfo,
  LoginOptions,
  MessageListQuery,
  MessagePage,
  MessageReactions,
  ReactionUsersPage,
  GroupReadReceipt,
  ReadMembersOptions,
  ReadMembersPage,
  SendOptions,
  ServiceFeatures,
  TransferOptions,
  TranslateOptions,
  VoiceToTextOptions,
  UserStatus,
} from '../chat-service.js';
import { translateWithSdk, voiceToTextWithSdk } from './conversions.js';
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
import { downloadedPayload, isForward, mergerOptions, relayFromSdk, targetOf } from './forwarding.js';
import { elementFromSdk } from './map-element.js';
import { FriendRemarks } from './friend-remarks.js';
import { GroupTracker } from './group-tracker.js';
import { messageFromSdk, messagesFromSdk } from './map-message.js';
import { downloadBlob, remoteOf } from './download.js';
import { MessageIndex } from './message-index.js';
import {
  fetchPageHolding,
  findByLocators,
  HoppingMemory,
  pageByHopping,
  pageOlder,
  type Anchor,
  type PagingDeps,
} from './message-paging.js';
import { ReadySignal } from './ready-signal.js';
import { sdkEventHandlers, subscribeToSdk } from './sdk-events.js';
import { checkEditable, DEFAULT_TENCENT_EDIT_WINDOW_SECONDS, editedSdkMessage, pinnedFromSdk } from './edit-and-pins.js';
import type { PinnedMessage } from '../../model/pinned-message.js';
import { SentMessages } from './sent-messages.js';
import * as reactions from './reactions.js';
import * as receipts from './read-receipts.js';
import * as applications from './group-applications.js';
import * as management from './group-management.js';
import * as directory from './directory.js';
import * as messageSearch from './message-search.js';
import * as extras from './conversation-extras.js';
import { createRequestFor, createSdkMessage } from './outgoing.js';
import { bag, count, field, list, responseData, str } from './sdk-read.js';
import {
  DEFAULT_SDK_EVENTS,
  sdkType,
  type SdkEventNames,
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
  /**
   * Offer "Translate" (`translateText`) and "Convert to text" (`convertVoiceToText`), Tencent's
   * paid add-ons. Default true; set false when the app's account has not enabled them.
   */
  readonly translation?: boolean;
  readonly voiceToText?: boolean;
  /**
   * Offer message reactions (the SDK's "message reaction" feature, Ultimate edition). Default
   * true; set false when the app's plan lacks it, and the kit shows none.
   */
  readonly reactions?: boolean;
  /**
   * Seconds after sending during which one's own text message can be edited (`modifyMessage`):
   * 15 minutes by default, `Infinity` for no limit, `false` to offer no editing. The SDK sets no
   * limit of its own.
   */
  readonly editWindowSeconds?: number | false;
  /**
   * Ask for group read receipts and show them (the console's "Read receipts for group messages",
   * set per group type; a paid edition). Default true; false sends no `needReadReceipt` and shows no counts.
   */
  readonly groupReadReceipts?: boolean;
  /** Offer "Mark as unread" (`markConversation`, a Pro edition feature). Default true. */
  readonly conversationMarks?: boolean;
  /**
   * Show people's online status (`subscribeUserStatus`; needs the console switch, and the plan for
   * non-friends). Default true; when the SDK refuses, the kit shows no status and no error.
   */
  readonly userStatus?: boolean;
  /**
   * `false` turns server message search off (`features.cloudMessageSearch`). It needs the cloud
   * search plugin; without it the first search finds out (60020) and the kit asks no more.
   */
  readonly cloudMessageSearch?: boolean;
  /** Offer pinned group messages (a Premium edition feature of Tencent Cloud Chat). Default true. */
  readonly pinnedMessages?: boolean;
  /** Clock in epoch ms for the edit window (message times are the server's); `Date.now` by default. */
  readonly now?: () => number;
}

/** The SDK deletes at most 30 messages per call. */
const DELETE_BATCH = 30;
/** The SDK returns at most 100 user profiles per call. */
const PROFILE_BATCH = 100;
export class TencentChatService implements ChatService {
  readonly features: ServiceFeatures;
  private readonly events = new EventHub<ChatServiceEvents>('TencentChatService');
  private readonly eventNames: SdkEventNames;
  private readonly options: TencentChatServiceOptions;
  private selfID = '';
  private loggedIn = false;
  private connection: ConnectionState = 'disconnected';
  private unsubscribe: (() => void) | null = null;
  private readonly readiness = new ReadySignal();
  private readonly sent = new SentMessages();
  /** Forwards whose SDK message is being made, and those made and not yet sent, by client ID. */
  private readonly forwardsPreparing = new Map<string, Promise<Message>>();
  private readonly prepared = new Map<string, SdkMessage>();
  private readonly index = new MessageIndex();
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
    const editWindow = options.editWindowSeconds ?? DEFAULT_TENCENT_EDIT_WINDOW_SECONDS;
    // Merged forwarding: createMergerMessage and downloadMergerMessage (forwarding.ts).
    this.features = Object.freeze({
      translate: options.translation !== false,
      voiceToText: options.voiceToText !== false,
      reactions: options.reactions !== false,
      mergedForward: true,
      ...(editWindow !== false && editWindow >= 0 ? { editWindowSeconds: editWindow } : {}),
      // Tencent: "A group chat supports up to 10 pinned messages."
      ...(options.pinnedMessages !== false ? { pinnedMessages: { max: 10 } } : {}),
      groupApplications: true,
      directory: true,
      groupManagement: true,
      groupMemberManagement: true,
      ...(options.groupReadReceipts !== false ? { groupReadReceipts: true } : {}),
      ...(options.conversationMarks !== false ? { markUnread: true } : {}),
      ...(options.userStatus !== false ? { userStatus: true } : {}),
      ...(options.cloudMessageSearch !== false ? { cloudMessageSearch: true } : {}),
    });
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
    const ready = this.readiness.wait(this.options.readyTimeoutMs ?? 30_000);
    try {
      await this.call(() => this.sdk.login({ userID, userSig }));
      // A repeated login on an SDK that is already ready sends no new ready event.
      if (this.sdkIsReady()) this.readiness.ready();
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
      throw new ChatError(
        CHAT_ERROR.invalidArgument,
        'login needs a userSig: your server signs it for this user (or pass the userSig option).',
      );
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
    this.index.forgetConversation(conversationID);
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
      type === 'AcceptNotNotify'
        ? sdkType('MSG_REMIND_ACPT_NOT_NOTE')
        : type === 'Discard'
          ? sdkType('MSG_REMIND_DISCARD')
          : sdkType('MSG_REMIND_ACPT_AND_NOTE');
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
    const known = this.sent.get(message.ID);
    if (known?.stored) return known.stored;
    if (known?.inFlight) return known.inFlight;
    if (options.signal?.aborted) throw new ChatError(CHAT_ERROR.uploadCancelled, 'The upload was cancelled before it started.');

    const resend = !!known && str(field(known.sdkMessage, 'status')) === 'fail';
    if (!resend && !this.prepared.has(message.ID) && isForward(message, options)) {
      // Made from the originals' SDK objects, which may have to be found first (forwarding.ts).
      const running = this.forwardsPreparing.get(message.ID);
      if (running) return running;
      const prepare = this.createForward(message, options)
        .then((sdkMessage) => {
          this.prepared.set(message.ID, sdkMessage);
          return this.sendMessage(message, options);
        })
        .finally(() => this.forwardsPreparing.delete(message.ID));
      this.forwardsPreparing.set(message.ID, prepare);
      return prepare;
    }
    const prepared = this.prepared.get(message.ID);
    this.prepared.delete(message.ID);
    const entry = known && resend ? known : { sdkMessage: prepared ?? this.createFor(message, options) };
    this.sent.set(message.ID, entry);
    const sendOptions = {
      ...((options.onlineOnly ?? message.onlineOnly) ? { onlineUserOnly: true } : {}),
      ...(options.offlinePushInfo ? { offlinePushInfo: sdkOfflinePushInfo(options.offlinePushInfo) } : {}),
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
      this.sent.delivered(message.ID, entry, result);
      this.index.note(result);
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
    return Object.freeze({
      ...revoked,
      isRevoked: true,
      revoker: revoked.revoker || this.selfID,
      customInt: message.customInt,
      customStr: message.customStr,
    });
  }

  translateText(texts: readonly string[], options: TranslateOptions): Promise<string[]> {
    this.requireOnline();
    return translateWithSdk(this.sdk, (request) => this.call(request), texts, options);
  }

  async convertVoiceToText(message: Message, options?: VoiceToTextOptions): Promise<string> {
    this.requireOnline();
    if (!message?.elements?.some((e) => e?.type === 'TIMSoundElem'))
      throw new ChatError(CHAT_ERROR.invalidArgument, 'Only a voice message can be converted to text.');
    const sdkMessage = await this.locate(message);
    if (!sdkMessage) throw notFound(message.ID);
    return voiceToTextWithSdk(this.sdk, (request) => this.call(request), sdkMessage, options);
  }

  addReaction(message: Message, reactionID: string): Promise<void> {
    this.requireOnline();
    return reactions.addReaction(this.reactionCalls, message, reactionID);
  }

  removeReaction(message: Message, reactionID: string): Promise<void> {
    this.requireOnline();
    return reactions.removeReaction(this.reactionCalls, message, reactionID);
  }

  getReactions(messages: readonly Message[]): Promise<MessageReactions[]> {
    this.requireOnline();
    return reactions.getReactions(this.reactionCalls, messages);
  }

  getReactionUsers(message: Message, reactionID: string, options?: { cursor?: number; count?: number }): Promise<ReactionUsersPage> {
    this.requireOnline();
    return reactions.getReactionUsers(this.reactionCalls, message, reactionID, options);
  }

  getGroupApplications(): Promise<GroupApplication[]> {
    this.requireOnline();
    return applications.getGroupApplications(this.applicationCalls);
  }

  answerGroupApplication(application: GroupApplication, accept: boolean, note = ''): Promise<void> {
    this.requireOnline();
    const notPending = () => new ChatError(CHAT_ERROR.invalidArgument, 'This request was already answered.');
    return applications.answerGroupApplication(this.applicationCalls, application, accept, note, notPending);
  }

  findUsers(keyword: string): Promise<UserProfile[]> {
    this.requireOnline();
    return directory.findUsers(this.directoryCalls, String(keyword ?? ''));
  }

  findGroups(keyword: string): Promise<FoundGroup[]> {
    this.requireOnline();
    return directory.findGroups(this.directoryCalls, String(keyword ?? ''));
  }

  joinGroup(groupID: string, note = ''): Promise<JoinGroupResult> {
    this.requireOnline();
    return directory.joinGroup(this.directoryCalls, groupID, note);
  }

  searchMessages(query: MessageSearchQuery): Promise<MessageSearchPage> {
    this.requireOnline();
    return messageSearch.searchMessages(this.messageSearchCalls, query);
  }

  private readonly messageSearchCalls: messageSearch.MessageSearchCalls = {
    sdk: this.sdk,
    selfID: () => this.selfID,
    call: (request) => this.call(request),
  };

  updateGroupProfile(groupID: string, edit: GroupProfileEdit): Promise<GroupProfile> {
    this.requireOnline();
    return management.updateGroupProfile(this.managementCalls, String(groupID), edit);
  }

  getGroupMemberPage(groupID: string, options?: GroupMemberPageOptions): Promise<GroupMemberPage> {
    this.requireOnline();
    return management.getGroupMemberPage(this.managementCalls, String(groupID), options);
  }

  setGroupNameCard(groupID: string, nameCard: string): Promise<void> {
    this.requireOnline();
    return management.setGroupNameCard(this.managementCalls, String(groupID), String(nameCard ?? ''));
  }

  quitGroup(groupID: string): Promise<void> {
    this.requireOnline();
    return management.quitGroup(this.managementCalls, String(groupID));
  }

  dismissGroup(groupID: string): Promise<void> {
    this.requireOnline();
    return management.dismissGroup(this.managementCalls, String(groupID));
  }

  removeGroupMembers(groupID: string, userIDs: readonly string[], reason = ''): Promise<void> {
    this.requireOnline();
    const ids = Array.isArray(userIDs) ? userIDs : [];
    return management.removeGroupMembers(this.managementCalls, String(groupID), ids, String(reason ?? ''));
  }

  setGroupMemberRole(groupID: string, userID: string, role: 'Admin' | 'Member'): Promise<void> {
    this.requireOnline();
    if (role !== 'Admin' && role !== 'Member') throw new ChatError(CHAT_ERROR.invalidArgument, `No role "${String(role)}" to set.`);
    return management.setGroupMemberRole(this.managementCalls, String(groupID), String(userID), role);
  }

  changeGroupOwner(groupID: string, newOwnerID: string): Promise<void> {
    this.requireOnline();
    return management.changeGroupOwner(this.managementCalls, String(groupID), String(newOwnerID));
  }

  setGroupMemberMuteTime(groupID: string, userID: string, seconds: number): Promise<void> {
    this.requireOnline();
    return management.setGroupMemberMuteTime(this.managementCalls, String(groupID), String(userID), Number(seconds));
  }

  private readonly managementCalls: management.GroupManagementCalls = {
    sdk: this.sdk,
    call: (request) => this.call(request),
    remember: (group) => this.groups.remember(group),
  };

  private readonly directoryCalls: directory.DirectoryCalls = {
    sdk: this.sdk,
    selfID: () => this.selfID,
    knownGroup: (groupID) => this.groups.known(groupID),
    call: (request) => this.call(request),
  };
  markConversationUnread(conversationID: string, marked: boolean): Promise<void> {
    this.requireOnline();
    return extras.markConversationUnread(this.extrasCalls, conversationID, !!marked);
  }

  subscribeUserStatus(userIDs: readonly string[]): Promise<UserStatus[]> {
    this.requireOnline();
    return extras.subscribeUserStatus(this.extrasCalls, userIDs);
  }

  unsubscribeUserStatus(userIDs: readonly string[]): Promise<void> {
    this.requireOnline();
    return extras.unsubscribeUserStatus(this.extrasCalls, userIDs);
  }

  private readonly extrasCalls: extras.ExtrasCalls = { sdk: this.sdk, call: (request) => this.call(request) };

  sendReadReceipts(messages: readonly Message[]): Promise<void> {
    this.requireOnline();
    return receipts.sendReadReceipts(this.receiptCalls, Array.isArray(messages) ? messages : []);
  }

  getReadReceipts(messages: readonly Message[]): Promise<GroupReadReceipt[]> {
    this.requireOnline();
    return receipts.getReadReceipts(this.receiptCalls, Array.isArray(messages) ? messages : []);
  }

  getReadMembers(message: Message, options: ReadMembersOptions): Promise<ReadMembersPage> {
    this.requireOnline();
    return receipts.getReadMembers(this.receiptCalls, message, options);
  }

  private readonly receiptCalls: receipts.ReadReceiptCalls = {
    sdk: this.sdk,
    selfID: () => this.selfID,
    locate: (message) => this.locate(message),
    call: (request) => this.call(request),
    notFound: (messageID) => notFound(messageID),
  };

  private readonly applicationCalls: applications.ApplicationCalls = {
    sdk: this.sdk,
    selfID: () => this.selfID,
    call: (request) => this.call(request),
  };

  private readonly reactionCalls: reactions.ReactionCalls = {
    sdk: this.sdk,
    locate: (message) => this.locate(message),
    call: (request) => this.call(request),
    notFound: (messageID) => notFound(messageID),
  };

  /** `modifyMessage` with a copy carrying the new text; the kit's rule (own text, in the window) is checked first. */
  async editMessage(message: Message, text: string): Promise<Message> {
    this.requireOnline();
    const window = this.features.editWindowSeconds;
    if (window === undefined) throw unsupportedFeature('editing messages', 'TencentChatService');
    checkEditable(message, this.selfID, window, Math.floor((this.options.now ?? Date.now)() / 1000));
    const sdkMessage = await this.locate(message);
    if (!sdkMessage) throw notFound(message.ID);
    const response = await this.call(() => this.sdk.modifyMessage(editedSdkMessage(sdkMessage, text)));
    const edited = this.mapOne(field(responseData(response), 'message')) ?? message;
    return Object.freeze({ ...edited, isModified: true, customInt: message.customInt, customStr: message.customStr });
  }

  /** The SDK lets any member pin; the kit's rule (owner and admins) is checked on a fresh group profile first. */
  async pinGroupMessage(message: Message, pinned: boolean): Promise<void> {
    this.requireOnline();
    const target = parseConversationID(message.conversationID);
    if (target?.type !== 'GROUP') throw new ChatError(CHAT_ERROR.invalidArgument, 'Only group messages can be pinned.');
    const role = (await this.getGroupProfile(target.targetID)).selfRole;
    if (role !== 'Owner' && role !== 'Admin')
      throw new ChatError(CHAT_ERROR.pinNotAllowed, 'Only the group owner and admins can pin messages.');
    const sdkMessage = await this.locate(message);
    if (!sdkMessage) throw notFound(message.ID);
    await this.call(() => this.sdk.pinGroupMessage({ groupID: target.targetID, message: sdkMessage, isPinned: pinned }));
  }

  async getPinnedMessages(groupID: string): Promise<PinnedMessage[]> {
    this.requireOnline();
    const response = await this.call(() => this.sdk.getPinnedGroupMessageList(groupID));
    return pinnedFromSdk(field(responseData(response), 'messageList'), (raw) => this.mapOne(raw));
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
      const newest = this.index.newestIn(conversationID);
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
      const anchor = this.index.anchorOf(serverID);
      if (!sdkMessage && anchor && this.connection !== 'disconnected') {
        sdkMessage = await fetchPageHolding(this.pagingDeps(), anchor, () => this.held(serverID));
      }
      const message = this.mapOne(sdkMessage);
      if (message && !message.isDeleted) found.push(message);
    }
    return found;
  }

  /** The page holding each locator's message, by getMessageListHopping (the SDK has no search by locator). */
  async findMessagesByLocators(conversationID: string, locators: readonly MessageLocator[]): Promise<Message[]> {
    this.requireLogin();
    return findByLocators(this.pagingDeps(), conversationID, Array.isArray(locators) ? locators : []);
  }

  async downloadElement(message: Message, elementIndex: number, options: TransferOptions = {}): Promise<Blob> {
    this.requireLogin();
    const element = message.elements[elementIndex];
    const { url, size } = element ? remoteOf(element) : { url: '', size: 0 };
    if (url === '')
      throw new ChatError(CHAT_ERROR.invalidArgument, `Element ${elementIndex} of message ${message.ID} has no downloadable URL.`);
    return downloadBlob(this.options.fetch ?? globalThis.fetch, url, size, options);
  }

  // ── SDK events ─────────────────────────────────────────────────────────────

  private listen(): void {
    if (this.unsubscribe) return;
    const handlers = sdkEventHandlers({
      events: this.events,
      groups: this.groups,
      friends: this.friends,
      sdkReady: () => {
        this.readiness.ready();
        if (this.loggedIn) this.setConnection('connected');
      },
      sessionEnded: () => {
        this.loggedIn = false;
        this.setConnection('disconnected');
      },
      setConnection: (state) => this.setConnection(state),
      mapList: (raw) => this.mapList(raw),
      timeOf: (messageID) => this.anchorOf(messageID)?.time ?? 0,
      conversationOfMessage: (messageID) => this.conversationOfMessage(messageID),
      messagesReceived: (data) => this.onMessagesReceived(data),
      conversationListUpdated: (data) => this.onConversationList(data),
      refreshGroup: (groupID, attributes) => void this.refreshGroup(groupID, attributes),
      pinsChanged: (groupID) => {
        this.getPinnedMessages(groupID).then(
          (pinned) => this.events.emit('pinnedMessagesUpdated', { groupID, pinned }),
          () => {},
        );
      },
    });
    this.unsubscribe = subscribeToSdk(this.sdk, this.eventNames, handlers);
  }

  private unlisten(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /**
   * New messages. One the SDK did not keep (`findMessage` does not know it right after it
   * arrived) was sent online-only: the SDK stores every other received message in its list.
   * Group tips also change the group: its new profile goes out as `groupUpdated`.
   */
  private onMessagesReceived(data: unknown): void {
    const messages = messagesFromSdk(data, { selfUserID: this.selfID, isOnlineOnly: (ID) => this.held(ID) === null });
    for (const message of messages) this.index.note(message);
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
    return str(field(this.held(messageID), 'conversationID')) || (this.index.anchorOf(messageID)?.conversationID ?? '');
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
      still = new Set(
        conversationsFromSdk(field(responseData(response), 'conversationList'), this.mapContext()).map((c) => c.conversationID),
      );
    } catch {
      return;
    }
    if (!this.loggedIn || !this.conversationIDs) return;
    const gone = candidates.filter((id) => !still.has(id) && this.conversationIDs!.has(id));
    if (gone.length === 0) return;
    for (const id of gone) {
      this.conversationIDs.delete(id);
      this.index.forgetConversation(id);
    }
    this.events.emit('conversationDeleted', { conversationIDs: gone });
  }

  /** Group conversations carry the group's profile: the tracker keeps it for later tips. */
  private rememberGroups(conversations: Conversation[]): Conversation[] {
    for (const c of conversations) if (c.groupProfile) this.groups.remember(c.groupProfile);
    return conversations;
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
    this.sent.clear();
    this.index.clear();
    this.conversationIDs = null;
    this.readiness.clear();
    this.hopping.clear();
    this.groups.clear();
    this.friends.clear();
  }

  private mapContext(): ConversationMapContext {
    return { selfUserID: this.selfID, lastSeen: (id) => this.index.newestIn(id) };
  }

  private mapOne(raw: unknown): Message | null {
    const message = messageFromSdk(raw, { selfUserID: this.selfID });
    if (message) this.index.note(message);
    return message;
  }

  private mapList(raw: unknown): Message[] {
    const messages = messagesFromSdk(raw, { selfUserID: this.selfID });
    for (const message of messages) this.index.note(message);
    return messages;
  }

  private pagingDeps(): PagingDeps {
    return { sdk: this.sdk, hopping: this.hopping, call: (request) => this.call(request), map: (raw) => this.mapList(raw) };
  }

  private serverIDOf(id: string): string {
    return this.sent.serverIDOf(id);
  }

  private anchorOf(id: string): Anchor | null {
    const sdkMessage = this.held(id);
    if (sdkMessage) {
      const m = bag(sdkMessage);
      const conversationType = m.conversationType === 'GROUP' ? 'GROUP' : m.conversationType === '@TIM#SYSTEM' ? '@TIM#SYSTEM' : 'C2C';
      return { ID: id, conversationType, time: count(m.time), sequence: count(m.sequence) };
    }
    return this.index.anchorOf(id);
  }

  /** A forward (`createForwardMessage`) or a merged message (`createMergerMessage`), from the originals' SDK objects. */
  private async createForward(message: Message, options: SendOptions): Promise<SdkMessage> {
    const relay = message.elements.length === 1 && message.elements[0]!.type === 'TIMRelayElem' ? message.elements[0] : undefined;
    const originalOf = async (original: Message): Promise<SdkMessage> => {
      const sdkMessage = await this.locate(original);
      if (!sdkMessage) throw notFound(original.ID);
      return sdkMessage;
    };
    try {
      if (relay?.type === 'TIMRelayElem') {
        const originals: SdkMessage[] = [];
        for (const original of relay.messageList) originals.push(await originalOf(original));
        return this.sdk.createMergerMessage(mergerOptions(message.conversationID, relay, originals));
      }
      const original = await originalOf(options.forwardOf!);
      return this.sdk.createForwardMessage({ ...targetOf(message.conversationID), payload: original });
    } catch (error) {
      throw chatErrorFromSdk(error, CHAT_ERROR.invalidArgument);
    }
  }

  /**
   * The messages of a merged message: those it carries, else `downloadMergerMessage` by its
   * `downloadKey`. The SDK takes any `{ type, payload: { downloadKey } }` and fills that object in,
   * so it gets one of ours (never an SDK message to change), which also opens merged messages nested
   * in another, which the SDK holds no message object for.
   */
  async downloadMergedMessages(message: Message): Promise<Message[]> {
    this.requireOnline();
    const relay = message.elements.find((e) => e.type === 'TIMRelayElem');
    if (relay?.type !== 'TIMRelayElem') throw new ChatError(CHAT_ERROR.invalidArgument, 'Not a merged message.');
    const container = { conversationID: message.conversationID, conversationType: message.conversationType };
    if (relay.messageList.length > 0 || relay.downloadKey === '') return [...relay.messageList];
    const request = { type: 'TIMRelayElem', payload: { downloadKey: relay.downloadKey } };
    const response = await this.call(() => this.sdk.downloadMergerMessage(request as unknown as SdkMessage));
    const downloaded = relayFromSdk(downloadedPayload(response ?? request), (type, payload) => elementFromSdk(type, payload), container);
    return [...downloaded.messageList];
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
    const sent = this.sent.get(message.ID);
    if (sent?.stored) return sent.sdkMessage;
    if (message.status !== 'success' || (message.time === 0 && message.sequence === 0)) return null;
    return fetchPageHolding(this.pagingDeps(), { ...message, ID: serverID }, () => this.held(serverID));
  }
}

function notFound(messageID: string): ChatError {
  return new ChatError(CHAT_ERROR.messageNotFound, `Message "${messageID}" is not known here; open its conversation first.`);
}

/** A copy of the push settings for the SDK (the app's object, and its nested ones, are never handed over). */
function sdkOfflinePushInfo(info: OfflinePushInfo): OfflinePushInfo {
  return {
    ...info,
    ...(info.androidInfo ? { androidInfo: { ...info.androidInfo } } : {}),
    ...(info.apnsInfo ? { apnsInfo: { ...info.apnsInfo } } : {}),
  };
}
