import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { DEFAULT_FACE_STICKERS, defaultEmojiSet } from '../../core/emoji/default-emoji-set.js';
import type { EmojiSet } from '../../core/emoji/emoji-set.js';
import type { FaceSticker } from '../../core/emoji/face-sticker.js';
import { canonicalEmojiCodes } from '../../core/emoji/parse-emoji.js';
import { CHAT_ERROR, toChatError } from '../../core/errors.js';
import { errorText } from '../../core/i18n/error-text.js';
import { localize } from '../../core/i18n/translate.js';
import type { Draft } from '../../core/model/conversation.js';
import { parseConversationID } from '../../core/model/ids.js';
import { MESSAGE_PRIORITIES, type Message, type MessagePriority } from '../../core/model/message.js';
import type { GroupMember, GroupProfile } from '../../core/model/profile.js';
import { buildMessageReply, withMessageReply, type MessageReply } from '../../core/model/tuikit-wire.js';
import { summarizeElement } from '../../core/notices/message-summary.js';
import { TypingSignal } from '../../core/typing/typing-signal.js';
import type { OfflinePushInfo } from '../../core/service/chat-service.js';
import type { ChatState, OutgoingContent, StoreSendOptions } from '../../core/store/chat-store-api.js';
import { shallowEqual } from '../../core/store/state-store.js';
import { formatBytes, formatClock, formatListTime } from '../../core/util/format-time.js';
import { StoreConsumerElement } from '../base/store-consumer.js';
import { StoreController } from '../base/store-controller.js';
import '../avatar/define.js';
import '../emoji-picker/define.js';
import type { TimEmojiSelectEvent, TimStickerSelectEvent } from '../emoji-picker/events.js';
import type { TimEmojiPicker } from '../emoji-picker/tim-emoji-picker.js';
import type { TimMessageReplyEvent } from '../message/events.js';
import {
  acceptFor,
  checkAttachment,
  DEFAULT_IMAGE_TYPES,
  DEFAULT_MAX_FILE_SIZE,
  DEFAULT_VIDEO_TYPES,
  kindForFile,
  type AttachmentKind,
  type AttachmentRules,
} from './attachment-rules.js';
import { icon, type IconName } from '../icons/icons.js';
import { decodeDraftExtras, encodeDraftExtras } from './draft-data.js';
import { TimAttachmentErrorEvent, TimMessageSendEvent, type AttachmentErrorReason, type MessageSendDetail } from './events.js';
import { MAX_IMAGE_PIXELS } from '../../core/model/limits.js';
import { oversizedImage, readImageSize, readVideoInfo } from './media-info.js';
import { atUserListFor, filterMentionCandidates, findMentionQuery, type ChosenMention, type MentionCandidate, type MentionQuery } from './mentions.js';
import { enterAction, isSendKey, type SendKey } from './send-key.js';
import { composerStrings, type ComposerStrings } from './strings.js';
import { DEFAULT_MAX_TEXT_BYTES, utf8ByteLength } from './text-limit.js';
import { ownValue } from '../../core/util/own-value.js';
import { listKeyTarget } from '../base/list-navigation.js';
import { visuallyHiddenStyles } from '../styles/visually-hidden.styles.js';

/** The toolbar's buttons, in order; `tools` picks which show. */
export const COMPOSER_TOOLS = ['emoji', 'image', 'video', 'file'] as const;
export type ComposerTool = (typeof COMPOSER_TOOLS)[number];

/** Where files can be dropped: the open conversation (inside `<tim-chat>`), the composer only, or nowhere. */
export const COMPOSER_DROP_ZONES = ['auto', 'self', 'none'] as const;
export type ComposerDropZone = (typeof COMPOSER_DROP_ZONES)[number];

/** Draft saves wait for a pause in typing this long. */
export const DEFAULT_DRAFT_DELAY_MS = 500;

type ChatSlice = Pick<ChatState, 'me' | 'connection' | 'kickedOut' | 'groups' | 'groupMembers' | 'users'> & {
  /** The open conversation's draft as the store has it (to follow changes from another tab or the cache). */
  readonly draft: Draft | null | undefined;
};

interface Blocked {
  /** Why nothing can be sent ('' when there is nothing to say, e.g. no store yet). */
  readonly reason: string;
}

interface MentionState {
  readonly query: MentionQuery;
  readonly active: number;
}

const toolsConverter = {
  fromAttribute(value: string | null): readonly ComposerTool[] {
    if (value === null) return COMPOSER_TOOLS;
    return value
      .split(/[\s,]+/)
      .filter((tool): tool is ComposerTool => (COMPOSER_TOOLS as readonly string[]).includes(tool));
  },
  toAttribute(value: readonly ComposerTool[]): string {
    return value.join(' ');
  },
};

const onOffConverter = {
  fromAttribute: (value: string | null) => value === null || !['off', 'false', '0', 'no'].includes(value.trim().toLowerCase()),
  toAttribute: (value: boolean) => (value ? 'on' : 'off'),
};

let instances = 0;

/**
 * @summary The message input of a conversation: multi-line text that grows to a limit, emoji
 * and stickers, image/video/file attachments (buttons, paste, drag-and-drop), reply quotes,
 * @mentions in groups, drafts kept per conversation, the typing indicator for one-to-one chats,
 * and a disabled state that says why.
 *
 * Enter sends and Shift+Enter starts a new line (`send-key="ctrl-enter"`: Ctrl/Cmd+Enter sends
 * and Enter starts a new line); Enter never sends while an input method is composing. Text over
 * `max-text-bytes` (12 KB, TIM's limit) is refused with a message and stays in the box. Files
 * over `max-file-size` (100 MB) or of a type that cannot be sent as an image or video are
 * refused before upload, with a message and a `tim-attachment-error` event. Each file becomes its
 * own message, which shows in the list at once with its upload progress (the list offers cancel
 * and, on failure, the reason and a retry).
 *
 * Inside `<tim-chat>` it takes the store from context and files can be dropped anywhere on the
 * open conversation; on its own, give it `store` and `conversation-id`. While offline the user
 * can keep writing: messages queue and go out when the connection returns.
 *
 * @fires tim-message-send - Before anything is sent (cancelable): `detail.content` and
 *   `detail.options` (priority, onlineOnly, offlinePushInfo, atUserList, cloudCustomData) may be
 *   replaced by a listener; `preventDefault()` sends nothing (the text then stays in the box).
 * @fires tim-attachment-error - A file was refused before upload: `detail.reason` ('too-large',
 *   'type', 'empty', 'unreadable'), `detail.file`, `detail.name`, `detail.kind`, `detail.limit`,
 *   `detail.message` (the text shown).
 *
 * @slot toolbar-end - Extra buttons after the built-in tools (a voice recorder, a location button…).
 *
 * @csspart base - The composer's box.
 * @csspart reply - The quote of the message being replied to.
 * @csspart reply-cancel - The button that cancels the reply.
 * @csspart notice - A line above the input: why it is disabled, offline, too long, a refused file.
 * @csspart toolbar - The row of tool buttons.
 * @csspart tool-button - Each tool button (also `emoji-button`, `image-button`, `video-button`, `file-button`).
 * @csspart input - The text area.
 * @csspart send-button - The Send button.
 * @csspart mention-list - The listbox of group members offered after '@'.
 * @csspart mention-option - A member in that list.
 * @csspart emoji-popup - The popup holding `<tim-emoji-picker>` (its parts are exported as `picker-*`).
 * @csspart drop-overlay - What covers the drop zone while files are dragged over it.
 *
 * @cssprop --tim-composer-bg - Background of the composer.
 * @cssprop --tim-composer-border - Colour of its top border and the input's outline.
 * @cssprop --tim-composer-input-bg - Background of the text area.
 * @cssprop --tim-composer-input-max-height - Height at which the text area stops growing and scrolls (default 160px).
 * @cssprop --tim-composer-padding - Inner spacing (default 8px 16px 12px).
 * @cssprop --tim-composer-tool-color - Colour of the tool icons.
 * @cssprop --tim-composer-send-bg - Background of the Send button.
 * @cssprop --tim-composer-send-color - Text colour of the Send button.
 * @cssprop --tim-composer-reply-bg - Background of the reply quote.
 * @cssprop --tim-composer-drop-bg - Background of the drop overlay.
 * @cssprop --tim-composer-error-color - Colour of error notices.
 */
export class TimComposer extends StoreConsumerElement {
  static override styles = [visuallyHiddenStyles, css`
    :host {
      --_bg: var(--tim-composer-bg, var(--tim-color-bg));
      --_border: var(--tim-composer-border, var(--tim-color-border));
      --_input-bg: var(--tim-composer-input-bg, var(--tim-color-surface));
      --_max-height: var(--tim-composer-input-max-height, 160px);
      --_padding: var(--tim-composer-padding, var(--tim-space-3) var(--tim-space-5) var(--tim-space-4));
      --_tool: var(--tim-composer-tool-color, var(--tim-color-text-muted));
      --_send-bg: var(--tim-composer-send-bg, var(--tim-color-primary));
      --_send-color: var(--tim-composer-send-color, var(--tim-color-on-primary));
      --_reply-bg: var(--tim-composer-reply-bg, var(--tim-color-surface));
      --_drop-bg: var(--tim-composer-drop-bg, var(--tim-color-selected));
      --_error: var(--tim-composer-error-color, var(--tim-color-danger));
      display: block;
      position: relative;
      color: var(--tim-color-text);
      font-family: var(--tim-font-family);
      font-size: var(--tim-font-size-m);
      line-height: var(--tim-line-height);
    }
    .base {
      display: flex;
      flex-direction: column;
      gap: var(--tim-space-2);
      padding: var(--_padding);
      background: var(--_bg);
      border-block-start: 1px solid var(--_border);
    }
    .toolbar {
      display: flex;
      align-items: center;
      gap: var(--tim-space-1);
      margin-inline-start: calc(-1 * var(--tim-space-2));
    }
    .tool {
      display: inline-grid;
      place-items: center;
      inline-size: 32px;
      block-size: 32px;
      padding: 0;
      border: 0;
      border-radius: var(--tim-radius-s);
      background: transparent;
      color: var(--_tool);
      cursor: pointer;
    }
    .tool:hover:not(:disabled),
    .tool[aria-expanded='true'] {
      background: var(--tim-color-hover);
      color: var(--tim-color-text);
    }
    .tool:disabled {
      opacity: 0.45;
      cursor: default;
    }
    .input-row {
      display: flex;
      align-items: flex-end;
      gap: var(--tim-space-3);
    }
    textarea {
      flex: 1;
      min-inline-size: 0;
      box-sizing: border-box;
      min-block-size: 40px;
      max-block-size: var(--_max-height);
      margin: 0;
      padding: var(--tim-space-3) var(--tim-space-4);
      border: 1px solid transparent;
      border-radius: var(--tim-radius-m);
      background: var(--_input-bg);
      color: inherit;
      font: inherit;
      line-height: 1.45;
      resize: none;
      overflow-y: hidden;
    }
    textarea.scrolls {
      overflow-y: auto;
    }
    textarea:focus {
      outline: none;
      border-color: var(--tim-color-focus);
    }
    textarea:disabled {
      cursor: not-allowed;
      opacity: 0.7;
    }
    textarea::placeholder {
      color: var(--tim-color-text-muted);
    }
    .send {
      display: inline-flex;
      align-items: center;
      gap: var(--tim-space-2);
      block-size: 40px;
      padding: 0 var(--tim-space-5);
      border: 0;
      border-radius: var(--tim-radius-m);
      background: var(--_send-bg);
      color: var(--_send-color);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
      white-space: nowrap;
    }
    .send:disabled {
      opacity: 0.45;
      cursor: default;
    }
    .tool:focus-visible,
    .send:focus-visible,
    .reply button:focus-visible,
    .notice button:focus-visible {
      outline: 2px solid var(--tim-color-focus);
      outline-offset: 1px;
    }
    .reply {
      display: flex;
      align-items: center;
      gap: var(--tim-space-3);
      padding: var(--tim-space-2) var(--tim-space-3);
      border-inline-start: 3px solid var(--tim-color-primary);
      border-radius: var(--tim-radius-s);
      background: var(--_reply-bg);
      font-size: var(--tim-font-size-s);
    }
    .reply .icon {
      flex: none;
      color: var(--tim-color-primary);
    }
    .reply-text {
      flex: 1;
      min-inline-size: 0;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
      color: var(--tim-color-text-muted);
    }
    .reply-text strong {
      color: var(--tim-color-text);
      font-weight: 600;
    }
    .icon-button {
      display: inline-grid;
      place-items: center;
      flex: none;
      padding: var(--tim-space-1);
      border: 0;
      border-radius: var(--tim-radius-full);
      background: transparent;
      color: var(--tim-color-text-muted);
      cursor: pointer;
    }
    .icon-button:hover {
      background: var(--tim-color-hover);
      color: var(--tim-color-text);
    }
    .notice {
      display: flex;
      align-items: center;
      gap: var(--tim-space-2);
      font-size: var(--tim-font-size-s);
      color: var(--tim-color-text-muted);
    }
    .notice.error {
      color: var(--_error);
    }
    .notice.warning {
      color: var(--tim-color-warning);
    }
    .notice span {
      flex: 1;
    }
    .popup {
      position: absolute;
      inset-block-end: calc(100% - var(--tim-space-2));
      inset-inline-start: var(--tim-space-4);
      z-index: 10;
    }
    .mentions {
      box-sizing: border-box;
      inline-size: 320px;
      max-inline-size: calc(100vw - 2 * var(--tim-space-5));
      max-block-size: 240px;
      overflow-y: auto;
      margin: 0;
      padding: var(--tim-space-2);
      list-style: none;
      background: var(--tim-color-surface-raised);
      border: 1px solid var(--tim-color-border);
      border-radius: var(--tim-radius-m);
      box-shadow: var(--tim-shadow-popup);
    }
    .mention {
      display: flex;
      align-items: center;
      gap: var(--tim-space-3);
      padding: var(--tim-space-2) var(--tim-space-3);
      border-radius: var(--tim-radius-s);
      cursor: pointer;
    }
    .mention[aria-selected='true'] {
      background: var(--tim-color-selected);
    }
    .mention:hover {
      background: var(--tim-color-hover);
    }
    .mention .name {
      flex: 1;
      min-inline-size: 0;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .mention .sub {
      flex: none;
      max-inline-size: 45%;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
      color: var(--tim-color-text-muted);
      font-size: var(--tim-font-size-xs);
    }
    .mention.all .name {
      font-weight: 600;
    }
    .mentions .status {
      padding: var(--tim-space-2) var(--tim-space-3);
      color: var(--tim-color-text-muted);
      font-size: var(--tim-font-size-s);
    }
    tim-avatar {
      --tim-avatar-size: 24px;
    }
    .drop {
      display: none;
      margin: 0;
      padding: 0;
      box-sizing: border-box;
      position: fixed;
      inset: auto;
      place-items: center;
      border: 2px dashed var(--tim-color-primary);
      border-radius: var(--tim-radius-m);
      background: color-mix(in srgb, var(--_drop-bg) 88%, transparent);
      color: var(--tim-color-primary);
      font-size: var(--tim-font-size-l);
      font-weight: 600;
      pointer-events: none;
      overflow: hidden;
    }
    .drop .label {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: var(--tim-space-3);
    }
    .drop.showing {
      display: grid;
    }
  `];

  /** The conversation to write in ('C2Cuser', 'GROUPid'). */
  @property({ attribute: 'conversation-id', reflect: true }) conversationId?: string;
  /** 'enter' (Enter sends, Shift+Enter new line) or 'ctrl-enter' (Ctrl/Cmd+Enter sends, Enter new line). */
  @property({ attribute: 'send-key', reflect: true }) sendKey: SendKey = 'enter';
  /** Disable writing; `disabled-reason` says why. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Shown while `disabled` is set by the app. */
  @property({ attribute: 'disabled-reason' }) disabledReason = '';
  /** Placeholder of the text area (a localized default otherwise). */
  @property() placeholder?: string;
  /** The longest text, in UTF-8 bytes, that may be sent (TIM's limit: 12 KB). */
  @property({ type: Number, attribute: 'max-text-bytes' }) maxTextBytes = DEFAULT_MAX_TEXT_BYTES;
  /** The largest file, in bytes, that may be sent (TIM's limit: 100 MB). */
  @property({ type: Number, attribute: 'max-file-size' }) maxFileSize = DEFAULT_MAX_FILE_SIZE;
  /** MIME types sent as image messages. */
  @property({ attribute: false }) imageTypes: readonly string[] = DEFAULT_IMAGE_TYPES;
  /** MIME types sent as video messages. */
  @property({ attribute: false }) videoTypes: readonly string[] = DEFAULT_VIDEO_TYPES;
  /** Which tool buttons show, e.g. `tools="emoji image"`. */
  @property({ converter: toolsConverter }) tools: readonly ComposerTool[] = COMPOSER_TOOLS;
  /** Where files can be dropped: 'auto' (the open conversation inside `<tim-chat>`, else the composer), 'self', 'none'. */
  @property({ attribute: 'drop-zone' }) dropZone: ComposerDropZone = 'auto';
  /** Priority of the messages sent ('High', 'Normal', 'Low', 'Lowest'); the store's default when unset. */
  @property() priority?: MessagePriority;
  /** Send to connected users only (not stored, not counted as unread). */
  @property({ type: Boolean, attribute: 'online-only' }) onlineOnly = false;
  /** Offline push title, description, extension passed with every message. */
  @property({ attribute: false }) offlinePushInfo?: OfflinePushInfo;
  /** Tell the others that this user is typing: one-to-one, and in groups where the backend carries it (`typing-status="off"` to stop). */
  @property({ attribute: 'typing-status', converter: onOffConverter }) typingStatus = true;
  /** Milliseconds of quiet before a draft is saved. */
  @property({ type: Number, attribute: 'draft-delay' }) draftDelay = DEFAULT_DRAFT_DELAY_MS;
  /** The emoji set of the picker (the default TUIKit-compatible set unless given). */
  @property({ attribute: false }) emojiSet: EmojiSet = defaultEmojiSet;
  /** "Big face" stickers offered in the picker; an empty list hides them. */
  @property({ attribute: false }) stickers: readonly FaceSticker[] = DEFAULT_FACE_STICKERS;

  @state() private text = '';
  @state() private reply: MessageReply | null = null;
  @state() private mentions: readonly ChosenMention[] = [];
  @state() private mention: MentionState | null = null;
  @state() private membersStatus: 'idle' | 'loading' | 'error' = 'idle';
  @state() private error: string | null = null;
  @state() private pickerOpen = false;
  @state() private dragging = false;

  @query('textarea') private textarea?: HTMLTextAreaElement;
  @query('.drop') private dropOverlay?: HTMLElement;
  @query('.emoji-popup') private emojiPopup?: HTMLElement;
  @query('[part~="emoji-button"]') private emojiButton?: HTMLButtonElement;

  private readonly chat = new StoreController<ChatState, ChatSlice>(
    this,
    () => this.activeStore?.state,
    (s) => ({
      me: s.me,
      connection: s.connection,
      kickedOut: s.kickedOut,
      groups: s.groups,
      groupMembers: s.groupMembers,
      users: s.users,
      draft: s.conversations.find((c) => c.conversationID === this.conversationId)?.draft,
    }),
    shallowEqual,
  );

  private readonly uid = `tim-composer-${++instances}`;
  /** IME composition in progress (between compositionstart and compositionend). */
  private composing = false;
  /** The user changed the text, reply or mentions since the draft was last loaded. */
  private dirty = false;
  private draftTimer?: ReturnType<typeof setTimeout>;
  private pendingDraft?: { conversationID: string; draft: { text: string; userDefine: string } | null };
  private seenDraft: Draft | null | undefined;
  private loadedStore?: unknown;
  /** Tells the others in the open conversation that this user types (null: not told there). */
  private typingSignal: TypingSignal | null = null;
  /** Groups where sending failed because this user is not a member. */
  private readonly notMemberOf = new Set<string>();
  private readonly memberLoads = new Map<string, Promise<unknown>>();
  private muteTimer?: ReturnType<typeof setTimeout>;
  private dropTarget?: HTMLElement;
  private dragDepth = 0;

  // ───────────────────────────── public API ─────────────────────────────

  /** The text in the box (emoji codes as typed). Setting it replaces the text. */
  get value(): string {
    return this.text;
  }

  set value(text: string) {
    this.setText(typeof text === 'string' ? text : '');
  }

  /** Focus the text area. */
  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() => this.textarea?.focus(options));
  }

  /** Insert text at the caret (replacing the selection), as if typed. */
  insertText(text: string): void {
    const area = this.textarea;
    if (!area || typeof text !== 'string' || !text) return;
    area.setRangeText(text, area.selectionStart, area.selectionEnd, 'end');
    this.onTextChanged(area.value);
  }

  /** Start replying to a message of this conversation: shows its quote above the input. */
  replyTo(message: Message): void {
    if (!message || message.conversationID !== this.conversationId) return;
    this.reply = this.replyReference(message);
    this.dirty = true;
    this.scheduleDraft();
    this.focus();
  }

  /** Drop the reply quote. */
  cancelReply(): void {
    if (!this.reply) return;
    this.reply = null;
    this.dirty = true;
    this.scheduleDraft();
  }

  /**
   * Send files as attachments: each is checked (type, size) and becomes an image, video or file
   * message (`kind` forces one; otherwise it follows the file's type).
   */
  async attachFiles(files: Iterable<File | Blob>, kind?: AttachmentKind): Promise<void> {
    for (const file of files) {
      await this.sendAttachment(file, kind);
    }
  }

  /** Send what is in the box (as Enter would). Resolves when it was handed to the store. */
  async send(): Promise<void> {
    await this.sendText();
  }

  // ───────────────────────────── lifecycle ─────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('tim-message-reply', this.onReplyRequest);
    this.attachDropZone();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('tim-message-reply', this.onReplyRequest);
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    this.detachDropZone();
    this.flushDraft();
    this.stopTyping();
    clearTimeout(this.muteTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!isSendKey(this.sendKey)) this.sendKey = 'enter';
    if (changed.has('conversationId')) {
      // Keep what was typed in the conversation we leave, then show this one's draft.
      this.flushDraft();
      this.stopTyping();
      this.resetForConversation();
      this.loadDraft();
    } else if (this.activeStore !== this.loadedStore && !this.dirty) {
      this.loadDraft();
    }
    const draft = this.chat.value?.draft;
    if (draft !== this.seenDraft) {
      this.seenDraft = draft;
      // A draft that arrived later (the cache at start-up, another tab) fills a box not yet touched.
      if (!this.dirty) this.loadDraft();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('text')) this.fitHeight();
    if (changed.has('dropZone')) this.attachDropZone();
    if (changed.has('dragging')) this.showDropOverlay(this.dragging);
    if (changed.has('pickerOpen')) {
      if (this.pickerOpen) document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
      else document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    }
    this.scheduleMuteEnd();
  }

  private resetForConversation(): void {
    this.reply = null;
    this.mentions = [];
    this.mention = null;
    this.error = null;
    this.pickerOpen = false;
    this.dirty = false;
    this.membersStatus = 'idle';
  }

  // ───────────────────────────── state from the store ─────────────────────────────

  private get target(): { type: 'C2C' | 'GROUP' | '@TIM#SYSTEM'; targetID: string } | null {
    return this.conversationId ? parseConversationID(this.conversationId) : null;
  }

  private get group(): GroupProfile | undefined {
    const target = this.target;
    return target?.type === 'GROUP' ? (this.chat.value && ownValue(this.chat.value.groups, target.targetID)) : undefined;
  }

  /** Why nothing can be sent now, or null when sending is possible (also offline: it queues). */
  private blocked(t: ComposerStrings): Blocked | null {
    if (this.disabled) return { reason: this.disabledReason };
    const target = this.target;
    if (!target) return { reason: t.noConversation };
    if (target.type === '@TIM#SYSTEM') return { reason: t.system };
    const value = this.chat.value;
    if (!this.activeStore || !value) return { reason: '' };
    if (value.kickedOut) return { reason: t.signedOut };
    if (!value.me) return { reason: t.starting };
    if (target.type === 'GROUP') {
      const group = ownValue(value.groups, target.targetID);
      if (group?.isDismissed) return { reason: t.dismissed };
      if (this.notMemberOf.has(target.targetID) && !group?.selfRole) return { reason: t.notMember };
      if (group) {
        // A group profile without this user's role is one they are not in (left, removed).
        if (!group.selfRole) return { reason: t.notMember };
        const until = group.selfMuteUntil ?? 0;
        if (until * 1000 > Date.now()) return { reason: t.mutedUntil(this.muteEndText(until)) };
        if (group.muteAllMembers && group.selfRole === 'Member') return { reason: t.mutedAll };
      }
    }
    return null;
  }

  private muteEndText(seconds: number): string {
    const sameDay = new Date(seconds * 1000).toDateString() === new Date().toDateString();
    return sameDay ? formatClock(seconds, this.resolvedLocale) : `${formatListTime(seconds, this.resolvedLocale)} ${formatClock(seconds, this.resolvedLocale)}`;
  }

  /** Re-render when a mute ends, so the composer enables itself. */
  private scheduleMuteEnd(): void {
    clearTimeout(this.muteTimer);
    const until = (this.group?.selfMuteUntil ?? 0) * 1000;
    const wait = until - Date.now();
    if (wait > 0 && wait < 2 ** 31 - 1) this.muteTimer = setTimeout(() => this.requestUpdate(), wait + 50);
  }

  private get isOffline(): boolean {
    const value = this.chat.value;
    // 'connecting' is not offline: <tim-chat> says "Connecting…" while the store signs in.
    return Boolean(value?.me && !value.kickedOut && value.connection === 'disconnected');
  }

  private get canMentionAll(): boolean {
    const role = this.group?.selfRole;
    return role === 'Owner' || role === 'Admin';
  }

  // ───────────────────────────── drafts ─────────────────────────────

  /** Show the store's draft of this conversation (text, reply quote, mentions). */
  private loadDraft(): void {
    const store = this.activeStore;
    this.loadedStore = store;
    const id = this.conversationId;
    const draft = store && id && this.target ? store.getDraft(id) : null;
    const extras = decodeDraftExtras(draft?.userDefine);
    this.text = draft?.text ?? '';
    this.reply = extras.reply;
    this.mentions = extras.mentions;
    this.dirty = false;
  }

  private scheduleDraft(): void {
    const id = this.conversationId;
    const store = this.activeStore;
    if (!id || !store || !this.target || this.target.type === '@TIM#SYSTEM' || !this.chat.value?.me) return;
    const userDefine = encodeDraftExtras({ reply: this.reply, mentions: this.mentions.filter((m) => this.text.includes(`@${m.label}`)) });
    const draft = this.text.trim() || userDefine ? { text: this.text, userDefine } : null;
    this.pendingDraft = { conversationID: id, draft };
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => this.flushDraft(), Math.max(0, this.draftDelay));
  }

  /** Save a draft waiting for its debounce now (leaving the conversation, the page, or sending). */
  private flushDraft(): void {
    clearTimeout(this.draftTimer);
    this.draftTimer = undefined;
    const pending = this.pendingDraft;
    this.pendingDraft = undefined;
    if (!pending || !this.activeStore) return;
    const current = this.activeStore.getDraft(pending.conversationID);
    if (!pending.draft && !current) return;
    if (pending.draft && current && current.text === pending.draft.text && current.userDefine === pending.draft.userDefine) return;
    this.activeStore.setDraft(pending.conversationID, pending.draft).catch(() => {
      // The store reports it in lastError; the text stays in the box either way.
    });
  }

  private clearDraft(conversationID: string): void {
    clearTimeout(this.draftTimer);
    this.draftTimer = undefined;
    this.pendingDraft = undefined;
    const store = this.activeStore;
    if (store?.getDraft(conversationID)) store.setDraft(conversationID, null).catch(() => {});
  }

  // ───────────────────────────── text input ─────────────────────────────

  private setText(text: string): void {
    this.text = text;
    this.dirty = true;
    this.scheduleDraft();
  }

  private onTextChanged(text: string): void {
    this.setText(text);
    this.updateMentionQuery();
    this.maybeSendTyping();
  }

  private readonly onInput = (event: Event): void => {
    this.onTextChanged((event.target as HTMLTextAreaElement).value);
  };

  private readonly onCompositionStart = (): void => {
    this.composing = true;
  };

  private readonly onCompositionEnd = (): void => {
    this.composing = false;
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (this.mention && this.handleMentionKey(event)) return;
    if (event.key === 'Escape' && !event.isComposing) {
      if (this.pickerOpen) {
        event.preventDefault();
        this.closePicker(true);
      } else if (this.reply) {
        event.preventDefault();
        this.cancelReply();
      }
      return;
    }
    const action = enterAction(event, this.sendKey, this.composing);
    if (action === 'send') {
      event.preventDefault();
      void this.sendText();
    } else if (action === 'newline') {
      event.preventDefault();
      this.insertText('\n');
    }
  };

  /** The caret moved (arrows, click): the mention being typed may have changed. */
  private readonly onCaretMove = (event: Event): void => {
    if (event instanceof KeyboardEvent && !['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    this.updateMentionQuery();
  };

  /** Grow with the text up to the maximum height, then scroll. */
  private fitHeight(): void {
    const area = this.textarea;
    // An empty box never sized yet has its natural one-line height: measuring would lay out the page.
    if (!area || (!this.text && !area.style.blockSize)) return;
    area.style.blockSize = 'auto';
    const border = area.offsetHeight - area.clientHeight;
    area.style.blockSize = `${area.scrollHeight + border}px`;
    const max = parseFloat(getComputedStyle(area).maxBlockSize);
    area.classList.toggle('scrolls', Number.isFinite(max) && area.scrollHeight + border > max);
  }

  /** A keystroke: the typing protocol (`TypingSignal`) decides what the others are told. */
  private maybeSendTyping(): void {
    const hasText = this.text.trim() !== '';
    if (!hasText) {
      this.typingSignal?.stop();
      return;
    }
    const store = this.activeStore;
    const id = this.conversationId;
    if (!this.typingStatus || !store || !id || !store.supportsTyping(id) || this.chat.value?.connection !== 'connected') return;
    this.typingSignal ??= new TypingSignal((isTyping) => {
      store.sendTyping(id, isTyping).catch(() => {
        // A lost typing signal is not worth a message: the others' indicator expires on its own.
      });
    });
    this.typingSignal.input(true);
  }

  /** Leaving the conversation (or the page): the others see the typing stop now. */
  private stopTyping(): void {
    this.typingSignal?.stop();
    this.typingSignal = null;
  }

  // ───────────────────────────── sending ─────────────────────────────

  private baseOptions(): StoreSendOptions {
    const priority = this.priority && (MESSAGE_PRIORITIES as readonly string[]).includes(this.priority) ? this.priority : undefined;
    return {
      ...(priority ? { priority } : {}),
      ...(this.onlineOnly ? { onlineOnly: true } : {}),
      ...(this.offlinePushInfo ? { offlinePushInfo: { ...this.offlinePushInfo } } : {}),
    };
  }

  /** The text to send: emoji codes in the form TUIKit clients read (`[TUIEmoji_Smile]`). */
  private outgoingText(): string {
    return canonicalEmojiCodes(this.text, this.emojiSet);
  }

  /**
   * The size of the text when it is over the limit, else null. Measured only when it could be:
   * a UTF-16 unit is at most 3 bytes, and sending spells emoji codes out (`[微笑]` → `[TUIEmoji_Smile]`),
   * so no text of under a quarter of the limit in units can exceed it.
   */
  private textOverLimit(): { bytes: number } | null {
    if (this.text.length * 4 <= this.maxTextBytes) return null;
    const bytes = utf8ByteLength(this.outgoingText());
    return bytes > this.maxTextBytes ? { bytes } : null;
  }

  private async sendText(): Promise<void> {
    const t = this.strings(composerStrings);
    const id = this.conversationId;
    const store = this.activeStore;
    if (!id || !store || this.blocked(t) || this.text.trim() === '') return;
    if (this.textOverLimit()) {
      // The notice is already shown; keep the text so the user can shorten it.
      this.textarea?.focus();
      return;
    }
    const options: StoreSendOptions = this.baseOptions();
    const atUserList = this.target?.type === 'GROUP' ? atUserListFor(this.text, this.mentions) : [];
    const withMentions: StoreSendOptions = atUserList.length ? { ...options, atUserList } : options;
    const withReply: StoreSendOptions = this.reply
      ? { ...withMentions, cloudCustomData: withMessageReply(withMentions.cloudCustomData ?? '', this.reply) }
      : withMentions;
    const detail = this.announce({ type: 'text', text: this.outgoingText() }, withReply);
    if (!detail) return;
    // Sent: the box empties at once (the message shows in the list as sending).
    this.text = '';
    this.reply = null;
    this.mentions = [];
    this.mention = null;
    this.error = null;
    this.dirty = false;
    this.typingSignal?.sent();
    this.clearDraft(id);
    await this.deliver(detail);
  }

  private sendSticker(sticker: FaceSticker): void {
    const t = this.strings(composerStrings);
    if (!this.conversationId || this.blocked(t)) return;
    const detail = this.announce({ type: 'face', index: sticker.index, data: sticker.data }, this.baseOptions());
    if (detail) void this.deliver(detail);
  }

  /** Fire `tim-message-send`; the (possibly replaced) content and options, or null when cancelled. */
  private announce(content: OutgoingContent, options: StoreSendOptions): MessageSendDetail | null {
    const event = new TimMessageSendEvent(this.conversationId!, content, options);
    return this.emit(event) ? event.detail : null;
  }

  /** Hand a message to the store. Failures of delivery show on the message in the list; the rest here. */
  private async deliver(detail: MessageSendDetail): Promise<void> {
    const store = this.activeStore;
    if (!store) return;
    try {
      await store.send(detail.conversationID, detail.content, detail.options);
    } catch (thrown) {
      const error = toChatError(thrown);
      const target = parseConversationID(detail.conversationID);
      if (error.code === CHAT_ERROR.notGroupMember && target?.type === 'GROUP') {
        this.notMemberOf.add(target.targetID);
        this.requestUpdate();
        return;
      }
      const shownOnMessage: readonly number[] = [
        CHAT_ERROR.network,
        CHAT_ERROR.timeout,
        CHAT_ERROR.offline,
        CHAT_ERROR.sendFailed,
        CHAT_ERROR.uploadFailed,
        CHAT_ERROR.uploadCancelled,
      ];
      if (!shownOnMessage.includes(error.code) && detail.conversationID === this.conversationId) {
        this.error = errorText(this.resolvedLocale, error);
      }
    }
  }

  // ───────────────────────────── attachments ─────────────────────────────

  private get rules(): AttachmentRules {
    const size = Number(this.maxFileSize);
    return {
      maxFileSize: Number.isFinite(size) && size > 0 ? size : DEFAULT_MAX_FILE_SIZE,
      imageTypes: this.imageTypes,
      videoTypes: this.videoTypes,
    };
  }

  private async sendAttachment(file: File | Blob, forced?: AttachmentKind): Promise<void> {
    const t = this.strings(composerStrings);
    if (!this.conversationId || this.blocked(t)) return;
    const rules = this.rules;
    const kind = forced ?? kindForFile(file as File, rules);
    const problem = checkAttachment(file as File, kind, rules);
    if (problem) {
      this.refuse(file, kind, problem.reason, problem.limit);
      return;
    }
    const conversationID = this.conversationId;
    let content: OutgoingContent;
    if (kind === 'image') {
      const oversized = await oversizedImage(file);
      if (oversized) {
        this.refuse(file, kind, 'too-many-pixels', undefined, oversized);
        return;
      }
      const size = await readImageSize(file);
      if (!size) {
        this.refuse(file, kind, 'unreadable');
        return;
      }
      content = { type: 'image', file, width: size.width, height: size.height };
    } else if (kind === 'video') {
      const info = await readVideoInfo(file);
      // What the browser cannot decode is not a video anyone here can play: it goes as a file.
      content = info.decodable
        ? { type: 'video', file, second: info.second, ...(info.thumb ? { thumb: info.thumb } : {}) }
        : { type: 'file', file, name: nameOf(file) || 'file' };
    } else {
      content = { type: 'file', file, name: nameOf(file) || 'file' };
    }
    // The user may have switched conversations while the file was read.
    if (conversationID !== this.conversationId) return;
    const detail = this.announce(content, this.baseOptions());
    if (!detail) return;
    this.error = null;
    await this.deliver(detail);
  }

  private refuse(file: Blob, kind: AttachmentKind, reason: AttachmentErrorReason, limit?: number, pixels?: { width: number; height: number }): void {
    const t = this.strings(composerStrings);
    const name = nameOf(file);
    const shown = name || t.unnamedFile;
    const locale = this.resolvedLocale;
    const message =
      reason === 'too-large'
        ? t.fileTooLarge(shown, formatBytes(file.size, locale), formatBytes(limit ?? this.rules.maxFileSize, locale))
        : reason === 'type'
          ? kind === 'video'
            ? t.videoType(shown)
            : t.imageType(shown)
          : reason === 'empty'
            ? t.fileEmpty(shown)
            : reason === 'too-many-pixels' && pixels
              ? t.imageTooManyPixels(shown, pixels.width, pixels.height, MAX_IMAGE_PIXELS / 1_000_000)
              : t.imageUnreadable(shown);
    this.error = message;
    this.emit(new TimAttachmentErrorEvent({ file, name, kind, reason, ...(limit !== undefined ? { limit } : {}), message }));
  }

  private openFilePicker(kind: AttachmentKind): void {
    this.renderRoot.querySelector<HTMLInputElement>(`input[data-kind="${kind}"]`)?.click();
  }

  private readonly onFilesChosen = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const kind = input.dataset.kind as AttachmentKind;
    const files = [...(input.files ?? [])];
    // Cleared so that choosing the same file again fires change again.
    input.value = '';
    void this.attachFiles(files, kind);
    this.textarea?.focus();
  };

  private readonly onPaste = (event: ClipboardEvent): void => {
    const data = event.clipboardData;
    const files = data ? [...data.files] : [];
    if (files.length === 0) return;
    // Rich text copied from an editor may carry a picture of itself: the text is what was meant.
    if ((data?.getData('text/plain') ?? '').trim() !== '') return;
    event.preventDefault();
    // Copies: some browsers empty clipboard files once the paste is over.
    void this.attachFiles(files.map((file) => new File([file], file.name || 'pasted', { type: file.type, lastModified: file.lastModified })));
  };

  // ───────────────────────────── drag and drop ─────────────────────────────

  /** The element files can be dropped on: the open conversation when inside `<tim-chat>`, else this composer. */
  private resolveDropTarget(): HTMLElement | undefined {
    if (this.dropZone === 'none') return undefined;
    if (this.dropZone === 'auto') {
      const slot = this.assignedSlot ?? (this.parentElement instanceof HTMLSlotElement ? this.parentElement : null);
      const root = slot?.getRootNode();
      if (slot && root instanceof ShadowRoot && root.host.localName === 'tim-chat' && slot.parentElement) return slot.parentElement;
    }
    return this;
  }

  private attachDropZone(): void {
    const target = this.isConnected ? this.resolveDropTarget() : undefined;
    if (target === this.dropTarget) return;
    this.detachDropZone();
    this.dropTarget = target;
    if (!target) return;
    target.addEventListener('dragenter', this.onDragEnter);
    target.addEventListener('dragover', this.onDragOver);
    target.addEventListener('dragleave', this.onDragLeave);
    target.addEventListener('drop', this.onDrop);
  }

  private detachDropZone(): void {
    const target = this.dropTarget;
    this.dropTarget = undefined;
    this.dragDepth = 0;
    this.dragging = false;
    if (!target) return;
    target.removeEventListener('dragenter', this.onDragEnter);
    target.removeEventListener('dragover', this.onDragOver);
    target.removeEventListener('dragleave', this.onDragLeave);
    target.removeEventListener('drop', this.onDrop);
  }

  private acceptsDrag(event: DragEvent): boolean {
    return Boolean(event.dataTransfer?.types?.includes('Files')) && !this.blocked(this.strings(composerStrings));
  }

  private readonly onDragEnter = (event: DragEvent): void => {
    if (!this.acceptsDrag(event)) return;
    event.preventDefault();
    this.dragDepth++;
    this.dragging = true;
  };

  private readonly onDragOver = (event: DragEvent): void => {
    if (!this.acceptsDrag(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    // A drag that started before we listened never sent dragenter.
    if (!this.dragging) this.dragging = true;
  };

  private readonly onDragLeave = (): void => {
    if (!this.dragging) return;
    // Moving onto a child fires dragenter there before dragleave here: the zone is left when the count is back to 0.
    this.dragDepth = Math.max(0, this.dragDepth - 1);
    if (this.dragDepth === 0) this.dragging = false;
  };

  private readonly onDrop = (event: DragEvent): void => {
    const files = [...(event.dataTransfer?.files ?? [])];
    this.dragDepth = 0;
    this.dragging = false;
    if (files.length === 0 || this.blocked(this.strings(composerStrings))) return;
    event.preventDefault();
    void this.attachFiles(files);
  };

  /** The overlay sits in the top layer over the drop zone, whatever clips or contains the composer. */
  private showDropOverlay(show: boolean): void {
    const overlay = this.dropOverlay as (HTMLElement & { showPopover?: () => void; hidePopover?: () => void }) | undefined;
    if (!overlay) return;
    const supported = typeof overlay.showPopover === 'function';
    if (!show) {
      if (supported && overlay.matches(':popover-open')) overlay.hidePopover!();
      return;
    }
    const rect = (this.dropTarget ?? this).getBoundingClientRect();
    Object.assign(overlay.style, {
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
    if (supported && !overlay.matches(':popover-open')) overlay.showPopover!();
  }

  // ───────────────────────────── reply ─────────────────────────────

  private readonly onReplyRequest = (event: TimMessageReplyEvent): void => {
    if (event.defaultPrevented) return;
    const message = event.detail?.message;
    if (message?.conversationID === this.conversationId && !this.blocked(this.strings(composerStrings))) this.replyTo(message);
  };

  /** TUIKit's reply reference; the abstract of a non-text message is its summary ("[Image]"). */
  private replyReference(message: Message): MessageReply {
    const first = message.elements[0];
    const users = this.chat.value?.users ?? {};
    const sender = message.nameCard || message.nick || ownValue(users, message.from)?.nick || message.from;
    const abstract = first && first.type !== 'TIMTextElem' ? localize(this.resolvedLocale, summarizeElement(first)) : undefined;
    return buildMessageReply(message, { sender, ...(abstract !== undefined ? { abstract } : {}) });
  }

  // ───────────────────────────── mentions ─────────────────────────────

  private updateMentionQuery(): void {
    const area = this.textarea;
    const target = this.target;
    if (!area || target?.type !== 'GROUP' || area.selectionStart !== area.selectionEnd) {
      this.mention = null;
      return;
    }
    const found = findMentionQuery(area.value, area.selectionStart);
    if (!found) {
      this.mention = null;
      return;
    }
    const changed = !this.mention || this.mention.query.query !== found.query || this.mention.query.start !== found.start;
    this.mention = { query: found, active: changed ? 0 : this.mention!.active };
    this.loadMembers(target.targetID);
  }

  private loadMembers(groupID: string): void {
    const store = this.activeStore;
    if (!store || this.chat.value?.groupMembers[groupID] || this.memberLoads.has(groupID)) return;
    this.membersStatus = 'loading';
    const load = store
      .loadGroupMembers(groupID)
      .then(() => {
        if (this.target?.targetID === groupID) this.membersStatus = 'idle';
      })
      .catch(() => {
        this.memberLoads.delete(groupID);
        if (this.target?.targetID === groupID) this.membersStatus = 'error';
      });
    this.memberLoads.set(groupID, load);
  }

  private candidates(): MentionCandidate[] {
    const target = this.target;
    if (!this.mention || target?.type !== 'GROUP') return [];
    const members: readonly GroupMember[] = this.chat.value?.groupMembers[target.targetID] ?? [];
    return filterMentionCandidates(members, this.mention.query.query, {
      selfID: this.chat.value?.me?.userID ?? '',
      canMentionAll: this.canMentionAll,
      allLabel: this.strings(composerStrings).mentionAll,
    });
  }

  /** Arrow keys, Enter/Tab and Escape while the member list is open. True when the key was used. */
  private handleMentionKey(event: KeyboardEvent): boolean {
    if (event.isComposing || this.composing || event.keyCode === 229) return false;
    const mention = this.mention!;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.mention = null;
      return true;
    }
    const candidates = this.candidates();
    if (candidates.length === 0) return false;
    // Up and Down choose among the candidates; Home and End stay the text box's.
    const next = listKeyTarget(event.key, mention.active, candidates.length, { wrap: true, keys: ['ArrowUp', 'ArrowDown'] });
    if (next !== null) {
      event.preventDefault();
      this.mention = { ...mention, active: next };
      void this.updateComplete.then(() => this.renderRoot.querySelector(`#${this.uid}-mention-${this.mention?.active}`)?.scrollIntoView({ block: 'nearest' }));
      return true;
    }
    if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Tab') {
      event.preventDefault();
      this.chooseMention(candidates[Math.min(mention.active, candidates.length - 1)]!);
      return true;
    }
    return false;
  }

  private chooseMention(candidate: MentionCandidate): void {
    const area = this.textarea;
    const mention = this.mention;
    if (!area || !mention) return;
    const inserted = `@${candidate.label} `;
    area.setRangeText(inserted, mention.query.start, mention.query.end, 'end');
    if (!this.mentions.some((m) => m.userID === candidate.userID && m.label === candidate.label)) {
      this.mentions = [...this.mentions, { userID: candidate.userID, label: candidate.label }];
    }
    this.mention = null;
    this.setText(area.value);
    area.focus();
  }

  // ───────────────────────────── emoji picker ─────────────────────────────

  private togglePicker(): void {
    if (this.pickerOpen) {
      this.closePicker(true);
      return;
    }
    this.mention = null;
    this.pickerOpen = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<TimEmojiPicker>('tim-emoji-picker')?.focus());
  }

  /** Close the picker; `returnFocus` puts the caret back in the text where the emoji went. */
  private closePicker(returnFocus: boolean): void {
    if (!this.pickerOpen) return;
    this.pickerOpen = false;
    if (returnFocus) this.textarea?.focus();
  }

  private readonly onEmojiSelect = (event: TimEmojiSelectEvent): void => {
    this.insertText(event.detail.code);
  };

  private readonly onStickerSelect = (event: TimStickerSelectEvent): void => {
    this.closePicker(true);
    this.sendSticker(event.detail.sticker);
  };

  private readonly onDocumentPointerDown = (event: PointerEvent): void => {
    const path = event.composedPath();
    if ((this.emojiPopup && path.includes(this.emojiPopup)) || (this.emojiButton && path.includes(this.emojiButton))) return;
    this.closePicker(false);
  };

  // ───────────────────────────── rendering ─────────────────────────────

  override render() {
    const t = this.strings(composerStrings);
    const blocked = this.blocked(t);
    const over = blocked ? null : this.textOverLimit();
    const canSend = !blocked && !over && this.text.trim() !== '';
    const mentionOpen = Boolean(this.mention) && !blocked;
    const hintID = `${this.uid}-hint`;
    const noticeID = `${this.uid}-notice`;
    const activeMention = mentionOpen ? `${this.uid}-mention-${this.mention!.active}` : '';
    return html`<div class="base" part="base">
        ${this.reply && !blocked ? this.renderReply(t) : nothing}
        <div id=${noticeID}>${this.renderNotices(t, blocked, over)}</div>
        ${this.renderToolbar(t, Boolean(blocked))}
        <div class="input-row">
          <textarea part="input" rows="1" aria-label=${t.inputLabel} aria-describedby="${hintID} ${noticeID}"
            aria-autocomplete=${this.target?.type === 'GROUP' ? 'list' : nothing}
            aria-controls=${mentionOpen ? `${this.uid}-mentions` : nothing}
            aria-activedescendant=${mentionOpen && this.candidates().length ? activeMention : nothing}
            aria-invalid=${over ? 'true' : 'false'}
            placeholder=${blocked ? '' : (this.placeholder ?? t.placeholder)}
            ?disabled=${Boolean(blocked)} enterkeyhint="send"
            .value=${live(this.text)}
            @input=${this.onInput} @keydown=${this.onKeyDown} @keyup=${this.onCaretMove} @click=${this.onCaretMove}
            @compositionstart=${this.onCompositionStart} @compositionend=${this.onCompositionEnd}
            @paste=${this.onPaste} @blur=${() => this.flushDraft()}></textarea>
          <button class="send" part="send-button" type="button" ?disabled=${!canSend}
            title=${this.sendKey === 'ctrl-enter' ? t.hintCtrlEnter : t.hintEnter} @click=${() => this.sendText()}>
            ${icon('send', 18)}<span>${t.send}</span>
          </button>
        </div>
        <span id=${hintID} class="visually-hidden">${this.sendKey === 'ctrl-enter' ? t.hintCtrlEnter : t.hintEnter}</span>
      </div>
      ${mentionOpen ? this.renderMentions(t) : nothing}
      ${this.pickerOpen && !blocked ? this.renderPicker(t) : nothing}
      <div class="drop ${this.dragging ? 'showing' : ''}" part="drop-overlay" popover="manual" aria-hidden="true">
        <div class="label">${icon('upload', 36)}<span>${t.dropHere}</span></div>
      </div>
      ${(['image', 'video', 'file'] as const).map(
        (kind) => html`<input type="file" hidden data-kind=${kind} accept=${acceptFor(kind, this.rules) || nothing}
          ?multiple=${kind !== 'video'} tabindex="-1" aria-hidden="true" @change=${this.onFilesChosen} />`,
      )}`;
  }

  private renderReply(t: ComposerStrings): TemplateResult {
    const reply = this.reply!;
    return html`<div class="reply" part="reply">
      ${icon('reply', 16)}
      <div class="reply-text"><strong>${t.replyingTo(reply.messageSender)}</strong>${reply.messageAbstract ? html`: ${reply.messageAbstract}` : nothing}</div>
      <button class="icon-button" part="reply-cancel" type="button" aria-label=${t.cancelReply} title=${t.cancelReply}
        @click=${() => {
          this.cancelReply();
          this.textarea?.focus();
        }}>${icon('close', 16)}</button>
    </div>`;
  }

  private renderNotices(t: ComposerStrings, blocked: Blocked | null, over: { bytes: number } | null): TemplateResult[] {
    const notices: TemplateResult[] = [];
    if (blocked?.reason) {
      notices.push(html`<div class="notice" part="notice" role="status">${icon('lock', 16)}<span>${blocked.reason}</span></div>`);
    } else if (!blocked && this.isOffline) {
      notices.push(html`<div class="notice warning" part="notice" role="status">${icon('offline', 16)}<span>${t.offline}</span></div>`);
    }
    if (over) {
      const locale = this.resolvedLocale;
      notices.push(html`<div class="notice error" part="notice" role="alert">${icon('alertOutline', 16)}<span>${t.textTooLong(
        formatBytes(over.bytes, locale),
        formatBytes(this.maxTextBytes, locale),
      )}</span></div>`);
    }
    if (this.error && !blocked) {
      notices.push(html`<div class="notice error" part="notice" role="alert">${icon('alertOutline', 16)}<span>${this.error}</span>
        <button class="icon-button" type="button" aria-label=${t.dismiss} title=${t.dismiss} @click=${() => (this.error = null)}>${icon('close', 14)}</button></div>`);
    }
    return notices;
  }

  private renderToolbar(t: ComposerStrings, disabled: boolean): TemplateResult {
    const tools: { tool: ComposerTool; icon: IconName; label: string; run: () => void }[] = [
      { tool: 'emoji', icon: 'smile', label: t.emoji, run: () => this.togglePicker() },
      { tool: 'image', icon: 'image', label: t.image, run: () => this.openFilePicker('image') },
      { tool: 'video', icon: 'video', label: t.video, run: () => this.openFilePicker('video') },
      { tool: 'file', icon: 'paperclip', label: t.file, run: () => this.openFilePicker('file') },
    ];
    const shown = tools.filter((item) => this.tools.includes(item.tool));
    return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${t.toolbar} @keydown=${this.onToolbarKeyDown}>
      ${shown.map(
        (item, index) => html`<button class="tool" part="tool-button ${item.tool}-button" type="button" aria-label=${item.label} title=${item.label}
          tabindex=${index === 0 ? 0 : -1} ?disabled=${disabled}
          aria-haspopup=${item.tool === 'emoji' ? 'dialog' : nothing}
          aria-expanded=${item.tool === 'emoji' ? (this.pickerOpen ? 'true' : 'false') : nothing}
          @click=${item.run}>${icon(item.icon, 20)}</button>`,
      )}
      <slot name="toolbar-end"></slot>
    </div>`;
  }

  /** Arrow keys move between the tool buttons (one tab stop for the toolbar). */
  private readonly onToolbarKeyDown = (event: KeyboardEvent): void => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.tool:not(:disabled)')];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index < 0 || buttons.length === 0) return;
    event.preventDefault();
    const rtl = getComputedStyle(this).direction === 'rtl';
    const forward = event.key === 'ArrowRight' ? !rtl : event.key === 'ArrowLeft' ? rtl : undefined;
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : (index + (forward ? 1 : -1) + buttons.length) % buttons.length;
    buttons.forEach((button, i) => (button.tabIndex = i === next ? 0 : -1));
    buttons[next]!.focus();
  };

  private renderMentions(t: ComposerStrings): TemplateResult {
    const candidates = this.candidates();
    const active = this.mention!.active;
    const query = this.mention!.query.query;
    let status: string | null = null;
    if (candidates.length === 0) {
      status = this.membersStatus === 'loading' ? t.loadingMembers : this.membersStatus === 'error' ? t.membersFailed : t.noMembers(query);
    }
    return html`<div class="popup">
      <ul class="mentions" part="mention-list" id="${this.uid}-mentions" role="listbox" aria-label=${t.mentionList}>
        ${status !== null
          ? html`<li class="status" role="presentation">${status}</li>`
          : candidates.map(
              (candidate, index) => html`<li class="mention ${candidate.member ? '' : 'all'}" part="mention-option" role="option"
                id="${this.uid}-mention-${index}" aria-selected=${index === active ? 'true' : 'false'}
                @pointerdown=${(e: Event) => e.preventDefault()}
                @click=${() => this.chooseMention(candidate)}>
                <tim-avatar .src=${candidate.member?.avatar ?? ''} .name=${candidate.label} .seed=${candidate.userID} aria-hidden="true"></tim-avatar>
                <span class="name">${candidate.label}</span>
                <span class="sub">${candidate.member ? (candidate.label !== candidate.userID ? candidate.userID : '') : t.mentionAllHint}</span>
              </li>`,
            )}
      </ul>
    </div>`;
  }

  private renderPicker(t: ComposerStrings): TemplateResult {
    return html`<div class="popup emoji-popup" part="emoji-popup" role="dialog" aria-label=${t.emoji}>
      <tim-emoji-picker locale=${this.resolvedLocale} .emojiSet=${this.emojiSet} .stickers=${this.stickers}
        exportparts="base: picker-base, search: picker-search, grid: picker-grid, option: picker-option, tab: picker-tab"
        @tim-emoji-select=${this.onEmojiSelect} @tim-sticker-select=${this.onStickerSelect}
        @tim-emoji-picker-close=${() => this.closePicker(true)}></tim-emoji-picker>
    </div>`;
  }
}

function nameOf(file: Blob): string {
  const name = (file as Partial<File>).name;
  return typeof name === 'string' ? name : '';
}
