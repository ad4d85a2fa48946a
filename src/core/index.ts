/**
 * tim-elements/core: the chat without the elements — the store, the model, the caches, the backend
 * contract and the Tencent Cloud Chat adapter, desktop JSON interop and emoji sets. No Lit, no DOM
 * rendering, no embedded backend (that is `tim-elements/local`) and no demo data
 * (`tim-elements/demo`); Dexie is loaded only by the Dexie cache. Runs in Node and the browser.
 *
 * ```ts
 * import { ChatStore, TencentChatService, createChatCache } from 'tim-elements/core';
 * const store = new ChatStore({ service: new TencentChatService(chat), cache: createChatCache({ app: 1400000000, userID: 'alice' }) });
 * document.querySelector('tim-chat').store = store; // shows the cache at once
 * await store.start('alice'); // signs in
 * ```
 */

// ── The store ─────────────────────────────────────────────────────────────────────────────────
export { ChatStore, type ChatStoreOptions } from './store/chat-store.js';
export type { ChatState, ChatStoreApi, MessageListState, OutgoingContent, StoreSendOptions } from './store/chat-store-api.js';
export type { StateStore, Unsubscribe } from './store/state-store.js';
export type { ForwardMode, ForwardOptions, ForwardResult } from './store/forwarding.js';

// ── Message features a store is given (`store.use`; <tim-message-list> installs them all) ───────
export { installMessageFeatures, MESSAGE_FEATURES } from './store/message-features.js';
export type { StoreExtension, StoreFeature } from './store/store-extension.js';
export { reactionsFeature } from './store/message-reactions.js';
export { conversionsFeature } from './store/message-conversions.js';
export { editsFeature } from './store/message-edits.js';
export { pinsFeature } from './store/pinned-messages.js';
export { forwardingFeature } from './store/forwarding.js';
export { readReceiptsFeature, type ReadReceiptsApi, type ReadReceiptsState } from './store/read-receipts.js';
export { conversationMarksFeature } from './store/conversation-marks.js';
export { presenceFeature } from './store/user-presence.js';

// ── Link previews (the app's resolver: `new ChatStore({ linkPreview })`) ─────────────────────────
export { firstLink, LinkPreviewCache, type LinkPreview, type LinkPreviewResolver } from './link-preview/index.js';

// ── Forwarding and multi-select (merged "chat history" messages; the selection state machine) ──
export * from './forward/index.js';
export {
  enterSelection,
  extendSelection,
  isSelectable,
  MessageSelection,
  pruneSelection,
  selectedMessages,
  SELECTION_LIMIT,
  SELECTION_OFF,
  toggleSelected,
  type SelectionState,
} from './store/message-selection.js';
export type { Timers } from './util/timers.js';

// ── Typing indicators (TUIKit's protocol), for an app's own composer ─────────────────────────
export { TypingSignal, TYPING_PAUSE_MS, TYPING_REFRESH_MS, TYPING_SHOWN_MS } from './typing/typing-signal.js';
export { typingUserIDs, type TypingState } from './typing/typing-state.js';

// ── The composer's state (text, mentions, reply, drafts, typing, send-block), for an app's own input ──
export {
  MessageComposer,
  type ComposerNotice,
  type ComposerSettings,
  type ComposerStore,
  type MessageComposerState,
} from './composer/message-composer.js';
export { sendBlockReason, type SendBlockReason } from './store/selectors/send-block-reason.js';
// Voice messages: the recorder's state machine and the platform's facts, for an app's own recorder UI.
export {
  VoiceRecording,
  VOICE_LIMIT_MS,
  VOICE_MIN_MS,
  VOICE_WARNING_MS,
  type VoiceCancelReason,
  type VoiceMode,
  type VoicePhase,
  type VoiceRecorder,
  type VoiceRecordingState,
  type VoiceTake,
} from './composer/voice-recording.js';
export { pickVoiceMimeType, voiceFailureOf, VoiceUnavailableError, type VoiceFailure } from './composer/voice-capability.js';
export { voiceUnavailable, type VoicePlatform } from './composer/voice-platform.js';

// ── The backend contract and the Tencent Cloud Chat adapter ──────────────────────────────────
export type * from './service/chat-service.js';
export { deferredService } from './service/deferred-chat-service.js';
export { TencentChatService, type TencentChatServiceOptions } from './service/tencent/tencent-chat-service.js';
export { DEFAULT_SDK_EVENTS, type SdkEventNames, type TencentChatSDK } from './service/tencent/sdk-types.js';

// ── Caches ───────────────────────────────────────────────────────────────────────────────────
export type { CacheChange, CacheLimits, CacheWarning, ChatCache, MessageCursor, OutboxEntry } from './cache/chat-cache.js';
export { MemoryCache } from './cache/memory-cache.js';
export { DexieCache, DEFAULT_CACHE_LIMITS, type DexieCacheOptions } from './cache/dexie-cache.js';
export { createChatCache, type CreateChatCacheOptions } from './cache/create-chat-cache.js';

// ── The model (Web SDK shapes as plain data) and errors ──────────────────────────────────────
export type * from './model/elements.js';
export type * from './model/message.js';
export type * from './model/conversation.js';
export type * from './model/profile.js';
export {
  CONVERSATION_TYPES,
  SYSTEM_CONVERSATION_ID,
  c2cConversationID,
  groupConversationID,
  parseConversationID,
  conversationIDFor,
  type ConversationType,
} from './model/ids.js';
export { ELEMENT_TYPES, IMAGE_SIZE, GROUP_TIP_OPERATION, GROUP_SYSTEM_NOTICE_OPERATION } from './model/elements.js';
export { MESSAGE_STATUSES, MESSAGE_PRIORITIES, AT_ALL, locatorOf, compareMessages } from './model/message.js';
export { compareConversations, displayNameOf } from './model/conversation.js';
export { displayNameOfMember } from './model/profile.js';
export {
  createMessage,
  textElem,
  faceElem,
  imageElem,
  soundElem,
  videoElem,
  fileElem,
  locationElem,
  customElem,
  type MessageInit,
  type ImageInit,
} from './model/factories.js';
export { safeUrl, isSafeUrl } from './model/url.js';
// Markdown messages: which are (TUIKit's chatbot format, or text flagged so) and how to send one.
export { isBotMessage, markdownOf, withMarkdownFormat, MARKDOWN_TEXT_FORMAT } from './model/markdown-wire.js';
// Translations and transcripts under messages (`store.conversions`), and the reader's translation language.
export { conversionOf, translationTarget, type ConversionKind, type ConversionStatus, type MessageConversion } from './store/index.js';
// Join requests and invitations in System notifications, answered (`ServiceFeatures.groupApplications`).
export {
  GroupApplications,
  groupApplicationsFeature,
  groupApplicationView,
  type GroupApplicationsDeps,
  type GroupApplicationsState,
  type GroupApplicationStatus,
  type GroupApplicationView,
} from './store/index.js';
export { applicationOfNotice, type GroupApplication, type NoticeApplication } from './model/group-application.js';
// "New chat": people and groups found through the backend (`ServiceFeatures.directory`), and joining a group.
export { newChatFeature, newChatResults, NewChat, type GroupJoinState, type NewChatResult, type NewChatState } from './store/index.js';
export {
  messageSearchFeature,
  messageSearchResults,
  MessageSearch,
  type MessageSearchGroup,
  type MessageSearchResult,
  type MessageSearchState,
} from './store/index.js';
export type { SnippetPart } from './search/tokenize.js';
export { ChatError, CHAT_ERROR, isChatError, type ChatErrorCode, type ChatErrorName } from './errors.js';

// ── Untrusted input → model; the desktop SDK's C/JSON format ↔ model ─────────────────────────
export { normalizeMessage, normalizeMessages, type NormalizedMessage, type NormalizeMessageOptions } from './interop/normalize-message.js';
export { normalizeConversation } from './interop/normalize-conversation.js';
export type { Repair, RepairKind, RepairLog } from './interop/repair.js';
export * from './interop/desktop-json.js';

// ── Emoji sets (for `<tim-emoji-parser>`, `<tim-emoji-picker>`, `<tim-composer>`) ───────────────
export {
  createEmojiSet,
  mergeEmojiSets,
  type CreateEmojiSetOptions,
  type EmojiEntry,
  type EmojiEntryInput,
  type EmojiSet,
} from './emoji/emoji-set.js';
export { defaultEmojiSet } from './emoji/default-emoji-set.js';
export { parseEmoji, type EmojiSegment, type Segment, type TextSegment } from './emoji/parse-emoji.js';

// ── Languages ────────────────────────────────────────────────────────────────────────────────
export { LOCALES, BUILT_IN_LOCALES, DEFAULT_LOCALE, isRtlLocale, normalizeLocale, type Locale, type ShippedLocale } from './i18n/locale.js';
export { localeChain } from './i18n/fallback.js';
export { registerLocale, type CoreLocaleStrings } from './i18n/translate.js';
export { plural, type PluralForms } from './i18n/plural.js';
