import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { DEFAULT_FACE_STICKERS, defaultEmojiSet } from '../../core/emoji/index.js';
import type { EmojiSet } from '../../core/emoji/index.js';
import type { FaceSticker } from '../../core/emoji/index.js';
import { attachmentRules } from '../../core/composer/index.js';
import { DEFAULT_DRAFT_DELAY_MS } from '../../core/composer/index.js';
import type { TextSelection } from '../../core/composer/index.js';
import type { MentionCandidate } from '../../core/composer/index.js';
import { composerChatView, type ComposerChatView } from '../../core/composer/index.js';
import { MessageComposer, type ComposedMessage } from '../../core/composer/index.js';
import { enterAction, isImeKey, isSendKey, type SendKey } from './send-key.js';
import { DEFAULT_MAX_TEXT_BYTES } from '../../core/composer/index.js';
import { MAX_IMAGES_PER_MESSAGE, safeUrl, type Message, type MessagePriority } from '../../core/model/index.js';
import type { OfflinePushInfo } from '../../core/service/index.js';
import type { ChatState } from '../../core/store/index.js';
import { shallowEqual } from '../../core/store/index.js';
import { StoreConsumerElement } from '../base/store-consumer.js';
import { RovingFocusController } from '../base/roving-focus-controller.js';
import { StoreController } from '../base/store-controller.js';
import { mirrorStyles } from '../styles/mirror.styles.js';
import { visuallyHiddenStyles } from '../styles/visually-hidden.styles.js';
import '../avatar/define.js';
import type { TimEmojiSelectEvent, TimStickerSelectEvent } from '../emoji-picker/events.js';
import type { TimEmojiPicker } from '../emoji-picker/tim-emoji-picker.js';
import { icon } from '../icons/icons.js';
import type { TimMessageEditEvent, TimMessageReEditEvent, TimMessageReplyEvent } from '../message/events.js';
import { editBarTemplate } from './edit-bar.js';
import { listConverter, onOffConverter } from './composer-attributes.js';
import { acceptFor, DEFAULT_IMAGE_TYPES, DEFAULT_MAX_FILE_SIZE, DEFAULT_VIDEO_TYPES, type AttachmentKind } from './attachment-rules.js';
import { attachmentErrorDetail } from './composer-notice-text.js';
import { DropZoneController } from './drop-zone-controller.js';
import { HeightFitter } from './fit-height.js';
import { mentionKeyAction } from './mention-keys.js';
import { mentionListTemplate } from './mention-list.js';
import { pastedFiles } from './pasted-files.js';
import { PopupController } from './popup-controller.js';
import { definePart } from '../base/lazy-part.js';
import { lazyPartStyles } from '../styles/lazy-part.styles.js';
import { RerenderController } from './rerender-controller.js';
import { noticeLinesTemplate } from './notice-lines.js';
import { replyQuoteTemplate } from './reply-quote.js';
import { imageTrayTemplate } from './image-tray.js';
import { toolbarMoveRule, toolbarTemplate } from './toolbar.js';
import { TimAttachmentErrorEvent, TimMessageSendEvent } from './events.js';
import { browserMediaReader } from './media-info.js';
import { composerStrings, type ComposerStrings } from './strings.js';
import { composerStyles } from './tim-composer.styles.js';
import { pageCanRecord } from './voice-availability.js';
import type { PositionReader, TrayImage, VoiceRecorder } from '../../core/composer/index.js';
import type { VoiceUi } from './voice/voice-ui.js';
import type { LocationUi } from './location/location-ui.js';
import { editsFeature, type StoreFeature } from '../../core/store/index.js';

/** The toolbar's buttons, in order; `tools` picks which show. */
export const COMPOSER_TOOLS = ['emoji', 'image', 'video', 'file', 'location', 'voice'] as const;
export type ComposerTool = (typeof COMPOSER_TOOLS)[number];

/** Where files can be dropped: the open conversation (inside `<tim-chat>`), the composer only, or nowhere. */
export const COMPOSER_DROP_ZONES = ['auto', 'self', 'none'] as const;
export type ComposerDropZone = (typeof COMPOSER_DROP_ZONES)[number];

export { DEFAULT_DRAFT_DELAY_MS };

const selectionOf = (area: HTMLTextAreaElement): TextSelection => ({ start: area.selectionStart, end: area.selectionEnd });

let instances = 0;

/**
 * @summary The message input of a conversation: multi-line text that grows to a limit, emoji
 * and stickers, image/video/file attachments (buttons, paste, drag-and-drop), reply quotes,
 * editing one's own text message (the list's "Edit", `tim-message-edit`: the text comes into the
 * box under "Editing message", Enter saves, Esc cancels and gives back what was being written) and
 * "Re-edit" of a recalled one (`tim-message-re-edit`),
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
 * Voice messages (where the page can record: a secure page with MediaRecorder): on touch, hold
 * the microphone to talk, release to send, slide up or away and release to cancel; with a mouse
 * or the keyboard, press it to start and again (or Send) to stop and send; Esc cancels. A live
 * timer and level meter show while recording; at 60 s the take stops and is sent (a warning
 * counts down the last 10 s); takes under 1 s are thrown away with a message, as are a refused
 * or missing microphone. The recorder loads on first use; `voiceRecorder` replaces the browser's.
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
 * @csspart image-tray - Pictures held above the input to go with the text as one message (chosen while the box has text).
 * @csspart tray-image - One held picture's thumbnail.
 * @csspart tray-remove - The button that takes a held picture out.
 * @csspart reply-cancel - The button that cancels the reply.
 * @csspart edit-bar - "Editing message" and the text before the edit, above the input in edit mode.
 * @csspart edit-cancel - The button that leaves edit mode (Esc does the same).
 * @csspart notice - A line above the input: why it is disabled, offline, too long, a refused file.
 * @csspart toolbar - The row of tool buttons.
 * @csspart tool-button - Each tool button (also `emoji-button`, `image-button`, `video-button`, `file-button`, `location-button`, `voice-button`).
 * @csspart location-panel - The location picker above the input (after the location button): "Use my current location", the place, its coordinates.
 * @csspart location-current - "Use my current location" (the browser asks the user's permission).
 * @csspart location-failure - Why the position could not be had (refused, not found, too slow, an insecure page, no Geolocation API).
 * @csspart location-description - The place's name field; also `location-latitude`, `location-longitude`.
 * @csspart location-cancel - Closes the picker (Esc does the same).
 * @csspart location-send - Sends the location.
 * @csspart voice-panel - While recording a voice message: the panel in place of the input row.
 * @csspart voice-timer - The recording's time.
 * @csspart voice-meter - The level meter (its bars are spans).
 * @csspart voice-hint - "Slide up to cancel", "Release to cancel", "Esc to cancel" or the last seconds' countdown.
 * @csspart voice-cancel - The button that throws the recording away.
 * @csspart voice-send - The button that stops recording and sends.
 * @csspart voice-notice - Why a recording could not be made or sent (also a `notice` part).
 * @csspart input - The text area.
 * @csspart send-button - The Send button.
 * @csspart mention-list - The listbox of group members offered after '@'.
 * @csspart mention-option - A member in that list.
 * @csspart emoji-popup - The popup holding `<tim-emoji-picker>` (its parts are exported as `picker-*`).
 * @csspart drop-overlay - What covers the drop zone while files are dragged over it.
 *
 * @cssprop --tim-composer-bg - Background of the composer.
 * @cssprop --tim-composer-border - Colour of its top border.
 * @cssprop --tim-composer-input-bg - Background of the text area.
 * @cssprop --tim-composer-input-border - Edge of the text area (default `--tim-color-control-border`, 3:1 on the surfaces).
 * @cssprop --tim-composer-input-max-height - Height at which the text area stops growing and scrolls (default 160px).
 * @cssprop --tim-composer-padding - Inner spacing (default 0.5rem 1rem 0.75rem).
 * @cssprop --tim-composer-tool-color - Colour of the tool icons.
 * @cssprop --tim-composer-send-bg - Background of the Send button.
 * @cssprop --tim-composer-send-color - Text colour of the Send button.
 * @cssprop --tim-composer-reply-bg - Background of the reply quote.
 * @cssprop --tim-composer-tray-size - Side of a held picture's thumbnail (default 56px).
 * @cssprop --tim-composer-drop-bg - Background of the drop overlay.
 * @cssprop --tim-composer-error-color - Colour of error notices.
 * @cssprop --tim-composer-voice-accent - The recording dot, the pressed microphone and "release to cancel" (default `--tim-color-danger`).
 * @cssprop --tim-composer-voice-meter - The level meter's bars (default `--tim-color-primary`).
 */
export class TimComposer extends StoreConsumerElement {
  static override styles = [visuallyHiddenStyles, mirrorStyles, lazyPartStyles, composerStyles];

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
  @property({ converter: listConverter(COMPOSER_TOOLS) }) tools: readonly ComposerTool[] = COMPOSER_TOOLS;
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
  @property({ type: Number, attribute: 'draft-delay' }) draftDelay: number = DEFAULT_DRAFT_DELAY_MS;
  /** The emoji set of the picker (the default TUIKit-compatible set unless given). */
  @property({ attribute: false }) emojiSet: EmojiSet = defaultEmojiSet;
  /** "Big face" stickers offered in the picker; an empty list hides them. */
  @property({ attribute: false }) stickers: readonly FaceSticker[] = DEFAULT_FACE_STICKERS;
  /**
   * Makes the recorder of each voice message (`VoiceRecorder`: start, stop, discard, level); the
   * browser's microphone and MediaRecorder when unset. Setting one also shows the microphone where
   * the page itself could not record.
   */
  @property({ attribute: false }) voiceRecorder?: () => VoiceRecorder;
  /**
   * Where "Use my current location" asks for the device's position (`PositionReader`); unset, the
   * browser's Geolocation API (the browser asks the user's permission first).
   */
  @property({ attribute: false }) positionReader?: () => PositionReader;

  @query('textarea') private textarea?: HTMLTextAreaElement;
  @query('.drop') private dropOverlay?: HTMLElement;
  @query('.emoji-popup') private emojiPopup?: HTMLElement;
  @query('[part~="emoji-button"]') private emojiButton?: HTMLButtonElement;

  /** The state and the decisions: text, mentions, reply, drafts, typing, what may be sent. */
  private readonly core = new MessageComposer({ media: browserMediaReader });

  /** What the composer decides with from the chat state: a change re-renders it. */
  private readonly chat = new StoreController<ChatState, ComposerChatView>(
    this,
    () => this.activeStore?.state,
    (s) => composerChatView(s, this.conversationId),
    shallowEqual,
  );

  private readonly drops = new DropZoneController(this, {
    zone: () => this.dropZone,
    accepts: () => !this.core.blockReason(),
    onFiles: (files) => void this.attachFiles(files),
    overlay: () => this.dropOverlay,
  });

  private readonly picker = new PopupController(this, {
    insiders: () => [this.emojiPopup, this.emojiButton],
    onOpened: () => void this.focusPicker(),
    returnFocus: () => this.textarea?.focus(),
  });

  /** One tab stop for the toolbar; Left and Right (mirrored right-to-left), Home and End move between the tools. */
  private readonly toolbarFocus = new RovingFocusController<ComposerTool>(this, {
    items: () => (this.core.blockReason() ? [] : this.shownTools()),
    focus: (tool) => this.renderRoot.querySelector<HTMLButtonElement>(`[part~="${tool}-button"]`)?.focus(),
    move: toolbarMoveRule(this),
  });

  /** The location picker, loaded on the first press of the location button. */
  private locationUi?: LocationUi;
  private locationLoading?: Promise<LocationUi>;

  /** The voice recorder, loaded on the first press of the microphone. */
  private voice?: VoiceUi;
  private voiceLoading?: Promise<VoiceUi>;

  private readonly uid = `tim-composer-${++instances}`;
  /** Thumbnail URLs of the pictures in the tray, by their tray ID. */
  private readonly trayUrls = new Map<number, string>();
  /** IME composition in progress (between compositionstart and compositionend). */
  private composing = false;
  private readonly height = new HeightFitter();

  constructor() {
    super();
    // The core's stores re-render the element when they change.
    new RerenderController(this, (listener) => this.core.subscribe(listener));
  }

  // ───────────────────────────── public API ─────────────────────────────

  /** The text in the box (emoji codes as typed). Setting it replaces the text. */
  get value(): string {
    return this.core.text.text;
  }

  set value(text: string) {
    this.core.setText(typeof text === 'string' ? text : '');
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
    this.core.edit(area.value, selectionOf(area));
  }

  /** Start replying to a message of this conversation: shows its quote above the input. */
  replyTo(message: Message): void {
    if (this.core.replyTo(message, this.resolvedLocale)) this.focus();
  }

  /** Drop the reply quote. */
  cancelReply(): void {
    this.core.cancelReply();
  }

  /**
   * Edit one's own text message of this conversation: its text goes into the box, "Editing
   * message" shows above it; Enter (or `send()`) saves, Esc or `cancelEdit()` gives back what was
   * being written before. False when the message cannot be edited here.
   */
  editMessage(message: Message): boolean {
    if (this.core.blockReason() || !this.core.startEdit(message)) return false;
    this.focus();
    return true;
  }

  /** Leave edit mode without saving. */
  cancelEdit(): void {
    if (this.core.cancelEdit()) this.textarea?.focus();
  }

  /**
   * Send files as attachments: each is checked (type, size) and becomes an image, video or file
   * message (`kind` forces one; otherwise it follows the file's type).
   */
  async attachFiles(files: Iterable<File | Blob>, kind?: AttachmentKind): Promise<void> {
    for (const file of files) await this.sendAttachment(file, kind);
  }

  /** Send what is in the box (as Enter would), or save the edit in edit mode. Resolves when it was handed to the store. */
  async send(): Promise<void> {
    await this.sendText();
  }

  // ───────────────────────────── lifecycle ─────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('tim-message-reply', this.onReplyRequest);
    document.addEventListener('tim-message-edit', this.onEditRequest);
    document.addEventListener('tim-message-re-edit', this.onReEditRequest);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('tim-message-reply', this.onReplyRequest);
    document.removeEventListener('tim-message-edit', this.onEditRequest);
    document.removeEventListener('tim-message-re-edit', this.onReEditRequest);
    this.core.disconnect();
    this.pruneTrayPreviews(new Set());
  }

  /** Edit mode saves through the store's edits. */
  protected override get storeFeatures(): readonly StoreFeature[] {
    return [editsFeature];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!isSendKey(this.sendKey)) this.sendKey = 'enter';
    if (changed.has('conversationId')) this.picker.close(false);
    this.configureCore();
    this.core.sync(this.activeStore, this.conversationId, this.chat.value?.draft);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.height.fit(this.textarea, this.core.text.text);
    if (changed.has('dropZone')) this.drops.attach();
    // Re-render when a mute ends, so the composer enables itself.
    this.core.watchMuteEnd(() => this.requestUpdate());
  }

  /** The core decides with the element's settings as they are now. */
  private configureCore(): void {
    const { disabled, disabledReason, maxTextBytes, draftDelay: draftDelayMs, typingStatus: typing, emojiSet } = this;
    this.core.configure({
      disabled,
      disabledReason,
      maxTextBytes,
      draftDelayMs,
      typing,
      emojiSet,
      rules: attachmentRules(this.maxFileSize, this.imageTypes, this.videoTypes),
      send: { priority: this.priority, onlineOnly: this.onlineOnly, offlinePushInfo: this.offlinePushInfo },
    });
  }

  // ───────────────────────────── input ─────────────────────────────

  private readonly onInput = (event: Event): void => {
    const area = event.target as HTMLTextAreaElement;
    this.core.edit(area.value, selectionOf(area));
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (this.core.mentions.query && this.handleMentionKey(event)) return;
    if (event.key === 'Escape' && !event.isComposing) {
      if (this.picker.open) {
        event.preventDefault();
        this.picker.close(true);
      } else if (this.core.editing.editing) {
        event.preventDefault();
        this.cancelEdit();
      } else if (this.core.reply.reply) {
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
    const area = this.textarea;
    if (area) this.core.caretMoved(area.value, selectionOf(area));
  };

  /** Arrow keys, Enter/Tab and Escape while the member list is open. True when the key was used. */
  private handleMentionKey(event: KeyboardEvent): boolean {
    if (isImeKey(event, this.composing)) return false;
    const candidates = this.core.mentionCandidates(this.strings(composerStrings).mentionAll);
    const action = mentionKeyAction(event, this.core.mentions.state.get().active, candidates.length);
    if (!action) return false;
    event.preventDefault();
    if (action.type === 'close') {
      event.stopPropagation();
      this.core.mentions.close();
    } else if (action.type === 'choose') {
      this.chooseMention(candidates[action.index]!);
    } else {
      this.core.mentions.setActive(action.index);
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector(`#${this.uid}-mention-${action.index}`)?.scrollIntoView({ block: 'nearest' }),
      );
    }
    return true;
  }

  private chooseMention(candidate: MentionCandidate): void {
    const area = this.textarea;
    const chosen = area && this.core.chooseMention(candidate, area.value);
    if (!area || !chosen) return;
    area.value = chosen.text;
    area.setSelectionRange(chosen.caret, chosen.caret);
    area.focus();
  }

  private readonly onReplyRequest = (event: TimMessageReplyEvent): void => {
    const message = event.detail?.message;
    if (!event.defaultPrevented && message && !this.core.blockReason()) this.replyTo(message);
  };

  private readonly onEditRequest = (event: TimMessageEditEvent): void => {
    const message = event.detail?.message;
    if (!event.defaultPrevented && message) this.editMessage(message);
  };

  /** "Re-edit" in a recalled row of this conversation: its text comes back into the box. */
  private readonly onReEditRequest = (event: TimMessageReEditEvent): void => {
    const { message, text } = event.detail ?? {};
    if (event.defaultPrevented || !message || message.conversationID !== this.conversationId || this.core.blockReason()) return;
    this.core.reEdit(text);
    this.focus();
  };

  // ───────────────────────────── sending ─────────────────────────────

  /** Fire `tim-message-send`; the (possibly replaced) content and options, or null when cancelled. */
  private announce(message: ComposedMessage): ComposedMessage | null {
    const event = new TimMessageSendEvent(message.conversationID, message.content, message.options);
    return this.emit(event) ? event.detail : null;
  }

  private async sendText(): Promise<void> {
    this.configureCore();
    if (this.core.editing.editing) {
      if ((await this.core.saveEdit()) !== 'failed') this.textarea?.focus();
      return;
    }
    const composed = this.core.composeText();
    if (!composed) return;
    if ('overLimit' in composed) {
      // The notice is already shown; keep the text so the user can shorten it.
      this.textarea?.focus();
      return;
    }
    const detail = this.announce(composed);
    if (!detail) return;
    this.core.textSent(composed.conversationID);
    await this.core.deliver(detail);
  }

  private async sendAttachment(file: File | Blob, kind?: AttachmentKind): Promise<void> {
    this.configureCore();
    const outcome = await this.core.composeAttachment(file, kind);
    if (outcome?.kind === 'refused') {
      const t = this.strings(composerStrings);
      this.emit(
        new TimAttachmentErrorEvent(attachmentErrorDetail(t, this.resolvedLocale, outcome.notice, this.core.settings.rules.maxFileSize)),
      );
      return;
    }
    if (outcome?.kind !== 'ready') return;
    const detail = this.announce(outcome);
    if (!detail) return;
    this.core.dismissNotice();
    await this.core.deliver(detail);
  }

  /** Thumbnails of the pictures in the tray: one blob: URL each while it is there. */
  private trayPreview(image: TrayImage): string {
    let url = this.trayUrls.get(image.id);
    if (url === undefined && typeof URL.createObjectURL === 'function') {
      url = safeUrl(URL.createObjectURL(image.content.file));
      this.trayUrls.set(image.id, url);
    }
    return url ?? '';
  }

  private pruneTrayPreviews(keep: ReadonlySet<number>): void {
    for (const [id, url] of this.trayUrls) {
      if (keep.has(id)) continue;
      if (url) URL.revokeObjectURL(url);
      this.trayUrls.delete(id);
    }
  }

  private removeTrayImage(image: TrayImage): void {
    const images = this.core.images.images;
    const index = images.findIndex((i) => i.id === image.id);
    this.core.images.remove(image.id);
    // The focus goes to the next picture's remove button, else the previous one's, else the input.
    void this.updateComplete.then(() => {
      const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="tray-remove"]')];
      (buttons[Math.min(index, buttons.length - 1)] ?? this.textarea)?.focus();
    });
  }

  /** The tools that show: the microphone only where recording can work. */
  private shownTools(): ComposerTool[] {
    return COMPOSER_TOOLS.filter((tool) => this.tools.includes(tool) && (tool !== 'voice' || this.voiceRecorder || pageCanRecord()));
  }

  private runTool(tool: ComposerTool, event?: MouseEvent): void {
    if (tool === 'voice') {
      // A touch holds to talk (from pointerdown); a mouse click or the keyboard starts and stops.
      if ((event as PointerEvent | undefined)?.pointerType !== 'touch') void this.loadVoice().then((voice) => voice.toggle());
      return;
    }
    if (tool === 'location') {
      this.picker.close(false);
      void this.loadLocation().then((location) => location.toggle());
      return;
    }
    if (tool !== 'emoji') {
      this.renderRoot.querySelector<HTMLInputElement>(`input[data-kind="${tool}"]`)?.click();
      return;
    }
    this.core.mentions.close();
    this.picker.toggle();
  }

  private readonly onToolDown = (tool: ComposerTool, event: PointerEvent): void => {
    if (tool !== 'voice' || event.pointerType !== 'touch' || this.core.blockReason()) return;
    const button = event.currentTarget as HTMLElement;
    // Captured now, so the release is known even if it comes before the recorder has loaded.
    button.setPointerCapture(event.pointerId);
    void this.loadVoice().then((voice) => voice.hold(event, button));
  };

  private loadVoice(): Promise<VoiceUi> {
    return (this.voiceLoading ??= import('./voice/voice-ui.js').then(
      ({ VoiceUi }) =>
        (this.voice = new VoiceUi(this, {
          locale: () => this.resolvedLocale,
          recorder: () => this.voiceRecorder?.(),
          send: (take) => this.sendVoice(take.blob, take.seconds),
          button: () => this.renderRoot.querySelector<HTMLElement>('[part~="voice-button"]'),
        })),
    ));
  }

  private loadLocation(): Promise<LocationUi> {
    return (this.locationLoading ??= import('./location/location-ui.js').then(
      ({ LocationUi }) =>
        (this.locationUi = new LocationUi(this, {
          locale: () => this.resolvedLocale,
          core: this.core,
          reader: () => this.positionReader?.(),
          send: () => this.sendLocation(),
          button: () => this.renderRoot.querySelector<HTMLElement>('[part~="location-button"]'),
          input: () => this.textarea,
        })),
    ));
  }

  /** Send the picker's location; false when nothing went (a wrong coordinate, blocked, or the app cancelled it). */
  private async sendLocation(): Promise<boolean> {
    this.configureCore();
    const composed = this.core.composeLocation();
    const detail = composed && this.announce(composed);
    if (!detail) return false;
    void this.core.deliver(detail);
    return true;
  }

  private async sendVoice(file: Blob, seconds: number): Promise<void> {
    this.configureCore();
    const composed = this.core.composeVoice(file, seconds);
    const detail = composed && this.announce(composed);
    if (detail) await this.core.deliver(detail);
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
    const files = pastedFiles(event.clipboardData);
    if (files.length === 0) return;
    event.preventDefault();
    void this.attachFiles(files);
  };

  // ───────────────────────────── emoji picker ─────────────────────────────

  /**
   * The picker's module loads on first use: the popup shows its placeholder meanwhile (the focus
   * stays where it was, so nothing typed is lost), then the picker takes the focus.
   */
  private async focusPicker(): Promise<void> {
    try {
      await definePart(this, 'tim-emoji-picker', () => import('../emoji-picker/define.js'));
    } catch {
      // Not loaded (offline with a new deploy): the popup closes, the caret back in the box.
      this.picker.close(true);
      return;
    }
    const picker = this.renderRoot.querySelector<TimEmojiPicker>('tim-emoji-picker');
    await picker?.updateComplete;
    if (this.picker.open) picker?.focus();
  }

  private readonly onEmojiSelect = (event: TimEmojiSelectEvent): void => {
    this.insertText(event.detail.code);
  };

  private readonly onStickerSelect = (event: TimStickerSelectEvent): void => {
    this.picker.close(true);
    this.configureCore();
    const composed = this.core.composeSticker(event.detail.sticker);
    const detail = composed && this.announce(composed);
    if (detail) void this.core.deliver(detail);
  };

  // ───────────────────────────── rendering ─────────────────────────────

  override render() {
    const t = this.strings(composerStrings);
    const block = this.core.blockReason();
    const blocked = Boolean(block);
    const text = this.core.text.text;
    const over = block ? null : this.core.overLimit();
    const canSend = !block && !over && this.core.canSend;
    const trayImages = block || this.core.editing.editing ? [] : this.core.images.images;
    this.pruneTrayPreviews(new Set(trayImages.map((image) => image.id)));
    const mention = this.core.mentions.state.get();
    const mentionOpen = Boolean(mention.query) && !block;
    const candidates = mentionOpen ? this.core.mentionCandidates(t.mentionAll) : [];
    const hintID = `${this.uid}-hint`;
    const noticeID = `${this.uid}-notice`;
    const hint = this.sendKey === 'ctrl-enter' ? t.hintCtrlEnter : t.hintEnter;
    const reply = this.core.reply.reply;
    const editing = block ? null : this.core.editing.editing;
    return html`<div class="base ${this.voice?.busy ? 'recording' : ''}" part="base">
        ${editing ? editBarTemplate(t, editing, () => this.cancelEdit()) : nothing}
        ${
          reply && !block
            ? replyQuoteTemplate(t, reply, () => {
                this.cancelReply();
                this.textarea?.focus();
              })
            : nothing
        }
        ${
          trayImages.length
            ? imageTrayTemplate({
                t,
                images: trayImages,
                max: MAX_IMAGES_PER_MESSAGE,
                previewOf: (image) => this.trayPreview(image),
                onRemove: (image) => this.removeTrayImage(image),
              })
            : nothing
        }
        <div id=${noticeID}>${noticeLinesTemplate({
          t,
          locale: this.resolvedLocale,
          now: this.core.timers.now(),
          block,
          offline: this.core.offline,
          over,
          maxTextBytes: this.maxTextBytes,
          notice: this.core.state.get().notice,
          maxFileSize: this.core.settings.rules.maxFileSize,
          onDismiss: () => this.core.dismissNotice(),
        })}</div>
        ${toolbarTemplate({
          t,
          tools: this.shownTools(),
          disabled: blocked,
          pickerOpen: this.picker.open,
          voiceOn: this.voice?.on ?? false,
          locationOpen: Boolean(this.locationUi?.open) && !blocked,
          onTool: (tool, event) => this.runTool(tool, event),
          onToolDown: this.onToolDown,
          tabIndexOf: (tool) => this.toolbarFocus.tabIndexOf(tool),
          onToolKey: (event, tool) => this.toolbarFocus.handleKey(event, tool),
        })}
        ${this.voice?.render()}
        ${this.locationUi?.render(blocked)}
        <div class="input-row">
          <textarea part="input" rows="1" dir="auto" aria-label=${t.inputLabel} aria-describedby="${hintID} ${noticeID}"
            aria-autocomplete=${this.conversationId?.startsWith('GROUP') ? 'list' : nothing}
            aria-controls=${mentionOpen ? `${this.uid}-mentions` : nothing}
            aria-activedescendant=${candidates.length ? `${this.uid}-mention-${mention.active}` : nothing}
            aria-invalid=${over ? 'true' : 'false'}
            placeholder=${block ? '' : (this.placeholder ?? t.placeholder)}
            ?disabled=${blocked} enterkeyhint="send"
            .value=${live(text)}
            @input=${this.onInput} @keydown=${this.onKeyDown} @keyup=${this.onCaretMove} @click=${this.onCaretMove}
            @compositionstart=${() => (this.composing = true)} @compositionend=${() => (this.composing = false)}
            @paste=${this.onPaste} @blur=${() => this.core.drafts.flush()}></textarea>
          <button class="send" part="send-button" type="button" ?disabled=${!canSend} title=${hint} @click=${() => this.sendText()}>
            ${editing ? html`${icon('check', 18)}<span>${t.saveEdit}</span>` : html`${icon('send', 18)}<span>${t.send}</span>`}
          </button>
        </div>
        <span id=${hintID} class="visually-hidden">${hint}</span>
      </div>
      ${
        mentionOpen
          ? mentionListTemplate({
              t,
              idPrefix: this.uid,
              candidates,
              active: mention.active,
              query: mention.query!.query,
              status: this.core.members.state.get().status,
              onChoose: (candidate) => this.chooseMention(candidate),
            })
          : nothing
      }
      ${this.picker.open && !block ? this.renderPicker(t) : nothing}
      <div class="drop ${this.drops.dragging ? 'showing' : ''}" part="drop-overlay" popover="manual" aria-hidden="true">
        <div class="label">${icon('upload', 36)}<span>${t.dropHere}</span></div>
      </div>
      ${(['image', 'video', 'file'] as const).map(
        (kind) => html`<input type="file" hidden data-kind=${kind} accept=${acceptFor(kind, this.core.settings.rules) || nothing}
          ?multiple=${kind !== 'video'} tabindex="-1" aria-hidden="true" @change=${this.onFilesChosen} />`,
      )}`;
  }

  private renderPicker(t: ComposerStrings): TemplateResult {
    return html`<div class="popup emoji-popup" part="emoji-popup" role="dialog" aria-label=${t.emoji}>
      <tim-emoji-picker locale=${this.resolvedLocale} .emojiSet=${this.emojiSet} .stickers=${this.stickers}
        exportparts="base: picker-base, search: picker-search, grid: picker-grid, option: picker-option, tab: picker-tab"
        @tim-emoji-select=${this.onEmojiSelect} @tim-sticker-select=${this.onStickerSelect}
        @tim-emoji-picker-close=${() => this.picker.close(true)}></tim-emoji-picker>
    </div>`;
  }
}
