import type { LinkPreviewCache } from '../link-preview/index.js';
import type { ForwardOptions, ForwardResult } from './forwarding.js';
import type { CacheWarning } from '../cache/chat-cache.js';
import type { ChatError } from '../errors.js';
import type { Conversation, Draft, MessageRemindType } from '../model/conversation.js';
import type { CustomElem, FaceElem, LocationElem, MessageElement } from '../model/elements.js';
import type { Message, MessageLocator } from '../model/message.js';
import type { PinnedMessage } from '../model/pinned-message.js';
import type { GroupMember, GroupProfile, UserProfile } from '../model/profile.js';
import type { BatchSendResult, ConnectionState, KickedOutReason, OfflinePushInfo } from '../service/chat-service.js';
import type { MessageAction } from './selectors/message-actions.js';
import type { ConversionKind, ConversionsState } from './message-conversions.js';
import type { ReactionsApi } from './message-reactions.js';
import type { ReadReceiptsApi } from './read-receipts.js';
import type { TypingState } from '../typing/typing-state.js';
import type { ReadingPosition } from './reading-positions.js';
import type { StateStore, Unsubscribe } from './state-store.js';

/**
 * The public face of `ChatStore`, which elements (and apps) use. Elements never call a
 * ChatService: they read these states and call these operations.
 */
export interface ChatState {
  /** The signed-in user, null before start. */
  readonly me: UserProfile | null;
  readonly connection: ConnectionState;
  /** Set when the service signed us out (another device, expired signature). */
  readonly kickedOut: KickedOutReason | null;
  /** Pinned first, then by last activity (compareConversations). */
  readonly conversations: readonly Conversation[];
  /** Sum of unread counts of conversations that are not muted. */
  readonly totalUnread: number;
  /** Has the conversation list been loaded (from cache or service) at least once. */
  readonly conversationsLoaded: boolean;
  readonly activeConversationID: string | null;
  /** Conversations the service said do not exist for this user (an unknown group or user ID). */
  readonly missingConversationIDs: readonly string[];
  readonly users: Readonly<Record<string, UserProfile>>;
  readonly groups: Readonly<Record<string, GroupProfile>>;
  readonly groupMembers: Readonly<Record<string, readonly GroupMember[]>>;
  /** groupID → its pinned messages, oldest pin first (loaded when the group opens; see `loadPinnedMessages`). */
  readonly pinnedMessages: Readonly<Record<string, readonly PinnedMessage[]>>;
  /** conversationID → userID → epoch ms until which that person shows as typing (see `typingUserIDs`). */
  readonly typing: TypingState;
  /** The latest storage warning, for the UI to show once. */
  readonly cacheWarning: CacheWarning | null;
  /** The latest failure of an operation that has no message to show it on. */
  readonly lastError: ChatError | null;
  /** The language the app asked for ('en', 'zh-CN'…), when it told the store one. */
  readonly locale?: string;
}

export interface MessageListState {
  readonly conversationID: string;
  /** Oldest first, deduped by ID, ordered by time then sequence; revoked kept (as placeholders). */
  readonly messages: readonly Message[];
  /** The oldest message has been reached. */
  readonly isCompleted: boolean;
  readonly loading: boolean;
  readonly error: ChatError | null;
  /** Has the first page been loaded (from cache or service). */
  readonly loaded: boolean;
}

export interface StoreSendOptions {
  priority?: Message['priority'];
  onlineOnly?: boolean;
  offlinePushInfo?: OfflinePushInfo;
  /** Users mentioned (groups). */
  atUserList?: readonly string[];
  cloudCustomData?: string;
  /**
   * Ask the group's members for read receipts ("N read" under the message). Default: yes in groups
   * on a backend with `ServiceFeatures.groupReadReceipts`, as TUIKit's switch is on by default;
   * `false` asks for none. Ignored one-to-one (C2C read state is always kept).
   */
  needReadReceipt?: boolean;
}

/** An element to send plus, for attachments, the file to upload. */
export type OutgoingContent =
  | { type: 'text'; text: string }
  | { type: 'face'; index: number; data: string }
  | { type: 'image'; file: Blob; width?: number; height?: number }
  | { type: 'sound'; file: Blob; second: number }
  | { type: 'video'; file: Blob; second?: number; thumb?: { url: string; width: number; height: number } }
  | { type: 'file'; file: Blob; name?: string }
  | { type: 'location'; description: string; longitude: number; latitude: number }
  | { type: 'custom'; data: string; description?: string; extension?: string };

export interface ChatStoreApi {
  /** Conversation list, profiles, connection… */
  readonly state: StateStore<ChatState>;
  /** Link previews through the app's resolver (`ChatStoreOptions.linkPreview`); absent or null: plain links. */
  readonly linkPreviews?: LinkPreviewCache | null;

  /** Start for a user: fill from the cache, then the service; deliver the outbox. */
  start(userID: string, userSig?: string): Promise<void>;
  /** Sign out; `clearCache` also deletes what this device kept for the user. */
  stop(options?: { clearCache?: boolean }): Promise<void>;
  /** Change `state.locale`. */
  setLocale?(locale: string): void;

  /**
   * The message list store of a conversation (created on first use; the same store for the
   * life of the ChatStore, emptied and reloaded across sign-outs). Its first page loads on first
   * use: from the cache at once, then from the service.
   */
  messageList(conversationID: string): StateStore<MessageListState>;

  // Conversations
  /** Make it the open conversation; resolves once its first page is in (a load failure is the list's `error`). */
  openConversation(conversationID: string | null): Promise<void>;
  /** Where the reader left this conversation scrolled up (null: at the newest message). */
  readingPosition(conversationID: string): ReadingPosition | null;
  /** Remember where the reader leaves a conversation, so coming back shows the same place (null: at the newest). */
  rememberReadingPosition(conversationID: string, position: ReadingPosition | null): void;
  /**
   * Whether the open conversation is on screen (messages arriving then are read at once). It speaks
   * of the conversation open now: after opening another, a view says so again once that one shows.
   */
  setConversationVisible(visible: boolean): void;
  getOrCreateConversation(conversationID: string): Promise<Conversation>;
  deleteConversation(conversationID: string, options?: { clearHistory?: boolean }): Promise<void>;
  pinConversation(conversationID: string, pinned: boolean): Promise<void>;
  muteConversation(conversationID: string, muted: boolean): Promise<void>;
  setMessageRemindType(conversationID: string, type: MessageRemindType): Promise<void>;
  setDraft(conversationID: string, draft: { text: string; userDefine?: string } | null): Promise<void>;
  getDraft(conversationID: string): Draft | null;
  markConversationRead(conversationID: string, upTo?: Message): Promise<void>;

  // Messages
  /** One older page. Never rejects: a failure is the list's `error`; `isCompleted` says when there is no more. */
  loadOlder(conversationID: string): Promise<void>;
  /** Load messages around a message (for jump-to-reply); resolves false when not found. */
  loadAround(conversationID: string, messageID: string): Promise<boolean>;
  /**
   * The message shows at once as `unSend`. Resolves with the delivered message (`success`), or
   * with the still-`unSend` message when there is no connection (it is queued and delivered
   * when the connection returns). Rejects with a ChatError when the service refused it; the
   * message is then `fail`, with `error`, and can be resent.
   */
  send(conversationID: string, content: OutgoingContent | readonly OutgoingContent[], options?: StoreSendOptions): Promise<Message>;
  sendText(conversationID: string, text: string, options?: StoreSendOptions): Promise<Message>;
  /** Retry a failed (or queued) message with the same ID and random. */
  resend(message: Message): Promise<Message>;
  /** Stop an upload in progress or drop a queued message; it becomes `fail` (cancelled) or disappears when queued. */
  cancelSend(message: Message): Promise<void>;
  revoke(message: Message): Promise<Message>;
  /** Translations and voice transcripts under messages, per message (`message-conversions.ts`); kept for the session. */
  readonly conversions?: StateStore<ConversionsState>;
  /**
   * Translate a text message (shown under it). `targetLanguage` defaults to the store's locale's
   * (`translationTarget`). Rejects with `unsupported` when the backend cannot translate, and with
   * the backend's error (also kept in `conversions`, for the retry).
   */
  translateMessage(message: Message, targetLanguage?: string): Promise<void>;
  /** Convert a sound message to text (shown under it), like `translateMessage`. */
  convertVoiceToText(message: Message): Promise<void>;
  /** Collapse a shown translation or transcript (kept), or show it again. */
  setConversionHidden(kind: ConversionKind, messageID: string, hidden: boolean): void;
  /** Close a failed conversion (back to idle). */
  dismissConversion(kind: ConversionKind, messageID: string): void;
  /** Can messages of this conversation be deleted from the server's history ("Delete from history"). */
  canDeleteFromHistory(conversationID: string): boolean;
  /**
   * What a message's menu offers now (`selectors/message-actions.ts`), by the backend's abilities
   * and recall window; `recallWindowSeconds` overrides the backend's window.
   */
  messageActions(message: Message, options?: { readonly recallWindowSeconds?: number }): MessageAction[];
  /**
   * Replace the text of one's own text message (`ServiceFeatures.editWindowSeconds`): rejects with
   * `unsupported` on a backend without editing, `editNotAllowed` or `editTimeLimit`. Resolves with
   * the edited message (`isModified: true`).
   */
  editMessage(message: Message, text: string): Promise<Message>;
  /** The text "Re-edit" takes back into the composer from a recalled row, or null (2 minutes after one's own recall). */
  reEditText(message: Message): string | null;
  /** When the recalled row's re-edit offer ends (epoch ms), or null when it has none. */
  reEditEndsAt(message: Message): number | null;
  /** Can this user pin and unpin messages in the conversation (a group's owner or admin, on a backend with pins). */
  canManagePins(conversationID: string): boolean;
  /** Pin or unpin a group message (`ServiceFeatures.pinnedMessages`); `state.pinnedMessages` follows. */
  pinMessage(message: Message, pinned: boolean): Promise<void>;
  /** Load a group's pinned messages into `state.pinnedMessages` (resolves [] on a backend without pins). */
  loadPinnedMessages(groupID: string): Promise<readonly PinnedMessage[]>;
  /** `fromStorage: false` hides it on this device only; true deletes it from the server too. */
  deleteMessages(messages: readonly Message[], options?: { fromStorage?: boolean }): Promise<void>;
  sendToUsers(userIDs: readonly string[], content: OutgoingContent, options?: StoreSendOptions): Promise<BatchSendResult[]>;
  /** Can messages be forwarded combined (the backend's `features.mergedForward`); one by one always can. */
  canForwardMerged(): boolean;
  /**
   * Forward delivered messages to conversations (store/forwarding.ts): `mode: 'separate'` sends each
   * as a new message with the same content, oldest first; `'merged'` sends one "chat history"
   * message (rejects with `CHAT_ERROR.unsupported` where the backend has none). A result per target.
   */
  forwardMessages(messages: readonly Message[], conversationIDs: readonly string[], options?: ForwardOptions): Promise<ForwardResult[]>;
  /** The messages inside a merged message, oldest first (downloaded from the server when not carried in it). */
  loadMergedMessages(message: Message): Promise<readonly Message[]>;
  importMessages(messages: readonly Message[]): Promise<void>;
  /** Save a message locally without sending (e.g. a local tip). */
  saveMessage(
    conversationID: string,
    elements: readonly MessageElement[],
    options?: { from?: string; customInt?: number; customStr?: string },
  ): Promise<Message>;
  setLocalCustomData(message: Message, data: { customInt?: number; customStr?: string }): Promise<Message>;
  findMessageByID(messageID: string): Promise<Message | undefined>;
  findMessageByLocator(locator: MessageLocator): Promise<Message | undefined>;
  /**
   * The messages of one conversation that `locators` point at, in their order (desktop
   * `TIMMsgFindByMsgLocatorList`): from memory, then the cache, then — for those this device does
   * not hold (a fresh device) — the service, in one call. Those found nowhere are left out.
   */
  findMessagesByLocators(conversationID: string, locators: readonly MessageLocator[]): Promise<Message[]>;
  /** The newest `count` (≤ 20) messages held in memory, synchronously. */
  getLastMessages(conversationID: string, count: number): readonly Message[];
  downloadElement(message: Message, elementIndex: number, onProgress?: (loaded: number, total: number) => void): Promise<Blob>;

  // Profiles, groups
  loadGroupMembers(groupID: string): Promise<readonly GroupMember[]>;
  /** Can typing status be told in this conversation (one-to-one always; groups when the backend carries it). */
  supportsTyping(conversationID: string): boolean;
  /**
   * Send the TUIKit typing status (`TypingSignal` decides when). `isTyping: false` says typing
   * stopped, so the others' "typing…" ends at once.
   */
  sendTyping(conversationID: string, isTyping?: boolean): Promise<void>;

  /** Emoji reactions on messages (message-reactions.ts); absent in stores without them. */
  readonly reactions?: ReactionsApi;
  /** Group read receipts (read-receipts.ts): counts under one's own messages, who has read; absent in stores without them. */
  readonly readReceipts?: ReadReceiptsApi;
}

export type { CustomElem, FaceElem, LocationElem, ReadingPosition, Unsubscribe };
