import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { inlineStyle } from '../base/inline-style.js';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { DEFAULT_FACE_STICKERS } from '../../core/emoji/default-emoji-set.js';
import type { EmojiSet } from '../../core/emoji/emoji-set.js';
import type { FaceSticker } from '../../core/emoji/face-sticker.js';
import { errorText } from '../../core/i18n/error-text.js';
import { parseConversationID } from '../../core/model/ids.js';
import type { Message } from '../../core/model/message.js';
import { mentionsUser } from '../../core/model/tuikit-wire.js';
import { createNameLookup, type NameLookup } from '../../core/notices/name-lookup.js';
import type { ChatState, MessageListState, ReadingPosition } from '../../core/store/chat-store-api.js';
import { countsAsUnread, unreadBoundary, type UnreadBoundary } from '../../core/store/unread-boundary.js';
import { shallowEqual } from '../../core/store/state-store.js';
import { formatDayLabel } from '../../core/util/format-time.js';
import { StoreConsumerElement } from '../base/store-consumer.js';
import { StoreController } from '../base/store-controller.js';
import { icon } from '../icons/icons.js';
import { imageSources } from '../message/image/image-box.js';
import { messageActionEvent, TimMessageRequestEvent, type MessageAction, type MessageRequest } from '../message/events.js';
import { messageKind } from '../message/message-kind.js';
import { onCustomRenderersChange } from '../message/renderers/custom-registry.js';
import type { TimMessage } from '../message/tim-message.js';
import { availableActions, copyableText, DEFAULT_REVOKE_TIME_LIMIT_SECONDS } from '../message-actions/available-actions.js';
import { TimMessageActionSelectEvent } from '../message-actions/events.js';
import { deepActiveElement, type TimMessageActions } from '../message-actions/tim-message-actions.js';
import type { TimImageViewer } from '../image-viewer/tim-image-viewer.js';
import type { TimConfirmDialog } from '../confirm-dialog/tim-confirm-dialog.js';
import { ChatFlowLayout, type ChatFlowLayoutConfig } from './chat-flow-layout.js';
import { RowSlots } from './row-slots.js';
import { tuneVirtualizer } from './virtualizer-tuning.js';
import { DEFAULT_GROUPING_WINDOW_SECONDS, noticeText, runPositionOf, sameDay, senderName, visibleMessages } from './message-rows.js';
import { messageListStrings } from './strings.js';
import { ownValue } from '../../core/util/own-value.js';
import { listKeyTarget } from '../base/list-navigation.js';

/** Within this many px of the end counts as "at the bottom". */
const BOTTOM_SLOP = 32;
/**
 * For this long after the items change (an older page put in front, a message arriving), the
 * list keeps the reader's row in place even while they scroll.
 */
const ITEMS_SETTLE_MS = 600;
/** Keys that scroll a focused scroller. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);
/** How long a jumped-to message stays highlighted. */
const HIGHLIGHT_MS = 1800;
const TOAST_MS = 4000;
/** Pinning to an index past the end pins to the last item, however many arrive. */
const END = Number.MAX_SAFE_INTEGER;

type ChatSlice = Pick<ChatState, 'me' | 'users' | 'groupMembers' | 'missingConversationIDs'>;

interface VirtualizerHandle {
  element(index: number): { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined;
  updateLayoutConfig(config: object): Promise<boolean>;
}

/**
 * @summary The messages of one conversation, virtualized: the DOM holds only the rows near the
 * viewport whatever the length of the history. Loads older history as the reader nears the
 * top and keeps the message being read exactly where it was; sticks to the newest message only
 * when the reader is at the bottom (else shows "N new messages"); offers a jump to the first
 * unread message; date separators; runs of one sender's messages; every message type;
 * per-message actions (menu on right-click, long-press, Enter or the context-menu key).
 *
 * Keyboard: Tab reaches the list's current message; ArrowUp/ArrowDown move between messages,
 * Home/End go to the oldest loaded / newest, Enter or the context-menu key open the actions.
 *
 * @fires tim-message-copy - Copy chosen (cancelable: the list copies the text unless prevented).
 * @fires tim-message-reply - Reply chosen (cancelable); `<tim-composer>` shows the quote.
 * @fires tim-message-forward - Forward chosen; the app shows its own picker.
 * @fires tim-message-revoke - Recall chosen (cancelable: the store recalls unless prevented).
 * @fires tim-message-delete - "Delete for me" (`detail.scope: 'device'`) or "Delete from history" (`'history'`) chosen
 *   (cancelable: unless prevented, the list asks to confirm, then the store deletes).
 * @fires tim-message-resend - Resend chosen (cancelable: the store resends unless prevented).
 *
 * @csspart scroller - The scrolling log (role=log).
 * @csspart message - Each `<tim-message>` row; its own parts are exported: bubble, avatar, name,
 *   time, status, resend, notice, date-separator, unread-divider, quote, upload, row.
 * @csspart new-messages-button - "N new messages" at the bottom.
 * @csspart jump-to-latest-button - The round button to the newest message, while it is out of view.
 * @csspart unread-button - "N unread messages" at the top.
 * @csspart loading - The skeleton shown while the first page loads.
 * @csspart empty - The "No messages yet" state.
 * @csspart error - The error state with its retry button.
 * @csspart not-found - The state of a conversation the service does not have (unknown group or user).
 * @csspart older-status - "Loading earlier messages…" / its error, at the top.
 * @csspart toast - The small notice for action results ("Copied", a refused recall).
 *
 * @cssprop --tim-message-list-bg - Background (default `--tim-color-bg`).
 * @cssprop --tim-message-list-padding - Space above the first and below the last message (default `--tim-space-4`).
 * @cssprop --tim-message-list-button-bg - Background of the floating buttons (default `--tim-color-surface-raised`).
 */
export class TimMessageList extends StoreConsumerElement {
  static override styles = css`
    :host {
      --_bg: var(--tim-message-list-bg, var(--tim-color-bg));
      --_pad: var(--tim-message-list-padding, var(--tim-space-4));
      position: relative;
      display: flex;
      flex-direction: column;
      min-block-size: 0;
      block-size: 100%;
      background: var(--_bg);
      color: var(--tim-color-text);
      font-family: var(--tim-font-family);
      font-size: var(--tim-font-size-m);
      overflow: hidden;
    }
    .scroller {
      flex: 1;
      min-block-size: 0;
      overflow-y: auto;
      overflow-x: hidden;
      /* The list keeps the reader's place itself; browser scroll anchoring would fight it. */
      overflow-anchor: none;
      overscroll-behavior: contain;
      outline: none;
    }
    .scroller:focus-visible {
      outline: 2px solid var(--tim-color-focus);
      outline-offset: -2px;
    }
    tim-message {
      inline-size: 100%;
    }
    tim-message.first {
      padding-block-start: var(--_pad);
    }
    tim-message.last {
      padding-block-end: var(--_pad);
    }
    .state {
      flex: 1;
      display: grid;
      place-items: center;
      align-content: center;
      gap: var(--tim-space-3);
      padding: var(--tim-space-6);
      color: var(--tim-color-text-muted);
      text-align: center;
    }
    .state .title {
      font-size: var(--tim-font-size-l);
      color: var(--tim-color-text);
    }
    .state button,
    .older button {
      font: inherit;
      padding: var(--tim-space-2) var(--tim-space-5);
      border-radius: var(--tim-radius-full);
      border: 1px solid var(--tim-color-border);
      background: var(--tim-color-surface-raised);
      color: var(--tim-color-text);
      cursor: pointer;
    }
    .state button:focus-visible,
    .older button:focus-visible,
    .floating:focus-visible,
    .toast button:focus-visible {
      outline: 2px solid var(--tim-color-focus);
      outline-offset: 2px;
    }
    .skeleton {
      flex: 1;
      display: flex;
      flex-direction: column;
      justify-content: flex-end;
      gap: var(--tim-space-4);
      padding: var(--tim-space-5);
      overflow: hidden;
    }
    .skeleton .bone {
      display: flex;
      gap: var(--tim-space-3);
      align-items: flex-end;
    }
    .skeleton .bone.out {
      flex-direction: row-reverse;
    }
    .skeleton .avatar {
      inline-size: 36px;
      block-size: 36px;
      border-radius: var(--tim-radius-full);
      background: var(--tim-color-placeholder);
    }
    .skeleton .bubble {
      block-size: 38px;
      border-radius: var(--tim-radius-l);
      background: var(--tim-color-placeholder);
      animation: pulse 1.4s ease-in-out infinite;
    }
    @keyframes pulse {
      50% { opacity: 0.55; }
    }
    .floating {
      position: absolute;
      inset-inline-start: 50%;
      transform: translateX(-50%);
      display: inline-flex;
      align-items: center;
      gap: var(--tim-space-2);
      padding: var(--tim-space-2) var(--tim-space-4);
      border: 1px solid var(--tim-color-border);
      border-radius: var(--tim-radius-full);
      background: var(--tim-message-list-button-bg, var(--tim-color-surface-raised));
      color: var(--tim-color-primary);
      box-shadow: var(--tim-shadow-popup);
      font: inherit;
      font-size: var(--tim-font-size-s);
      font-weight: 600;
      cursor: pointer;
      z-index: 2;
    }
    .new-messages,
    .latest {
      inset-block-end: var(--tim-space-4);
    }
    .latest {
      inset-inline-start: auto;
      inset-inline-end: var(--tim-space-5);
      transform: none;
      inline-size: 40px;
      block-size: 40px;
      justify-content: center;
      padding: 0;
    }
    /* At the top corner, clear of the day labels and the loading line at the top centre. */
    .unread {
      inset-block-start: var(--tim-space-4);
      inset-inline-start: auto;
      inset-inline-end: var(--tim-space-4);
      transform: none;
    }
    .older {
      position: absolute;
      inset-block-start: var(--tim-space-3);
      inset-inline-start: 50%;
      transform: translateX(-50%);
      display: inline-flex;
      align-items: center;
      gap: var(--tim-space-3);
      padding: var(--tim-space-1) var(--tim-space-4);
      border-radius: var(--tim-radius-full);
      background: var(--tim-color-surface-raised);
      box-shadow: var(--tim-shadow-popup);
      color: var(--tim-color-text-muted);
      font-size: var(--tim-font-size-s);
      z-index: 1;
      pointer-events: auto;
    }
    .older .spinner {
      inline-size: 12px;
      block-size: 12px;
      border-radius: 50%;
      border: 2px solid currentColor;
      border-inline-end-color: transparent;
      animation: spin 0.8s linear infinite;
    }
    @keyframes spin {
      to { transform: rotate(360deg); }
    }
    .toast {
      position: absolute;
      inset-block-end: var(--tim-space-5);
      inset-inline: var(--tim-space-5);
      margin-inline: auto;
      inline-size: fit-content;
      max-inline-size: calc(100% - 2 * var(--tim-space-5));
      display: flex;
      align-items: center;
      gap: var(--tim-space-3);
      padding: var(--tim-space-2) var(--tim-space-3) var(--tim-space-2) var(--tim-space-4);
      border-radius: var(--tim-radius-m);
      background: var(--tim-color-text);
      color: var(--tim-color-bg);
      font-size: var(--tim-font-size-s);
      box-shadow: var(--tim-shadow-popup);
      z-index: 3;
    }
    .toast.error {
      background: var(--tim-color-danger);
      color: var(--tim-color-on-primary);
    }
    .toast button {
      all: unset;
      display: grid;
      place-items: center;
      inline-size: 22px;
      block-size: 22px;
      border-radius: var(--tim-radius-full);
      cursor: pointer;
    }
    @media (prefers-reduced-motion: reduce) {
      .skeleton .bubble,
      .older .spinner {
        animation: none;
      }
    }
  `;

  /** The conversation to show ('C2C' + userID, 'GROUP' + groupID, '@TIM#SYSTEM'). */
  @property({ attribute: 'conversation-id', reflect: true }) conversationId = '';
  /** The emoji set for text messages (default: the TUIKit-compatible set). */
  @property({ attribute: false }) emojiSet?: EmojiSet;
  /** The stickers face messages refer to. */
  @property({ attribute: false }) faceStickers: readonly FaceSticker[] = DEFAULT_FACE_STICKERS;
  /** Seconds after sending during which one's own message can be recalled (TIM's default: 120). */
  @property({ type: Number, attribute: 'revoke-time-limit' }) revokeTimeLimit = DEFAULT_REVOKE_TIME_LIMIT_SECONDS;
  /** Messages by one sender at most this many seconds apart share one avatar and name. */
  @property({ type: Number, attribute: 'grouping-window' }) groupingWindow = DEFAULT_GROUPING_WINDOW_SECONDS;
  /** Older history is asked for when the reader is within this many px of the top. */
  @property({ type: Number, attribute: 'load-threshold' }) loadThreshold = 800;

  /** New messages that arrived while the reader was scrolled up. */
  @state() private newCount = 0;
  /** The first unread message when the conversation opened with unread messages above the fold. */
  @state() private unreadJump: UnreadBoundary | null = null;
  /** The message the "New messages" divider sits above ('' for none): where unread ones began. */
  @state() private dividerID = '';
  /** The newest message is out of view: a button takes the reader there. */
  @state() private newestOffScreen = false;
  @state() private highlightID = '';
  @state() private activeID = '';
  @state() private toast: { text: string; error: boolean } | null = null;
  @state() private renderVersion = 0;

  private readonly listState = new StoreController<MessageListState, MessageListState>(
    this,
    () => (this.conversationId && this.activeStore ? this.activeStore.messageList(this.conversationId) : undefined),
    (s) => s,
  );

  private readonly chatState = new StoreController<ChatState, ChatSlice>(
    this,
    () => this.activeStore?.state,
    (s) => ({ me: s.me, users: s.users, groupMembers: s.groupMembers, missingConversationIDs: s.missingConversationIDs }),
    shallowEqual,
  );

  /** The rows drawn last: visible messages of the list state, oldest first. */
  private items: readonly Message[] = [];
  private itemsSource?: readonly Message[];
  private names: NameLookup = () => undefined;
  private namesUsers?: unknown;
  private namesMembers?: unknown;
  private readonly layout: ChatFlowLayoutConfig & { type: typeof ChatFlowLayout } = {
    type: ChatFlowLayout,
    keyOf: (item) => (item as Message).ID,
    beforeReflow: () => this.measureReadingRow(),
    afterReflow: () => this.keepReadingRow(),
  };

  /** Which row element shows which message: rows leaving the range are reused for those coming in. */
  private readonly rowSlots = new RowSlots();

  private stickToBottom = true;
  /** When the items last changed (performance.now()). */
  private itemsChangedAt = -Infinity;
  /** The user is touching the scroller (wheel, touch, pointer): their scroll decides whether the list follows the end. */
  private userScrolling = false;
  private openedFor = '';
  private unreadCaptured = false;
  private lastMarkedReadID = '';
  private pageVisible = true;
  private onScreen = true;
  private intersection?: IntersectionObserver;
  private toastTimer?: ReturnType<typeof setTimeout>;
  private highlightTimer?: ReturnType<typeof setTimeout>;
  private unsubscribeRenderers?: () => void;
  private fillCheckPending = false;
  private now = Date.now();
  /** Where the reader is while scrolled up (null at the newest message): remembered on leaving. */
  private readingAt: ReadingPosition | null = null;
  /** The place to put back once this conversation's rows are drawn (where the reader left it). */
  private restoreTo: ReadingPosition | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onPageVisibility);
    this.pageVisible = document.visibilityState !== 'hidden';
    this.intersection = new IntersectionObserver((entries) => {
      this.onScreen = entries.some((e) => e.isIntersecting);
      this.reportVisibility();
    });
    this.intersection.observe(this);
    this.unsubscribeRenderers = onCustomRenderersChange(() => this.renderVersion++);
    this.addEventListener(TimMessageRequestEvent.type, this.onMessageRequest as EventListener);
    this.addEventListener(TimMessageActionSelectEvent.type, this.onActionSelect as EventListener);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onPageVisibility);
    this.intersection?.disconnect();
    this.resizeObserver?.disconnect();
    this.observedScroller = null;
    this.unsubscribeRenderers?.();
    this.removeEventListener(TimMessageRequestEvent.type, this.onMessageRequest as EventListener);
    this.removeEventListener(TimMessageActionSelectEvent.type, this.onActionSelect as EventListener);
    clearTimeout(this.toastTimer);
    clearTimeout(this.highlightTimer);
    this.rememberReadingPosition();
    if (this.onScreen) this.activeStore?.setConversationVisible(false);
  }

  // ───────────────────────── state → rows ─────────────────────────

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('conversationId') && this.conversationId !== this.openedFor) {
      this.rememberReadingPosition();
      this.resetForConversation();
    }
    const listMessages = this.listState.value?.messages;
    if (listMessages !== this.itemsSource) {
      const before = this.items;
      this.itemsSource = listMessages;
      this.items = visibleMessages(listMessages ?? []);
      this.itemsPending = true;
      this.itemsChangedAt = performance.now();
      this.onItemsChanged(before, this.items);
      this.completeUnreadBoundary();
    }
    const restore = this.restoreTo;
    if (restore) {
      // Back where the reader left off, when that message is still here; else at the newest.
      if (this.items.some((m) => m.ID === restore.messageID)) this.stickToBottom = false;
      else if (this.listState.value?.loaded) this.restoreTo = null;
    }
    const chat = this.chatState.value;
    const users = chat?.users;
    const members = this.groupID ? chat?.groupMembers[this.groupID] : undefined;
    if (users !== this.namesUsers || members !== this.namesMembers) {
      this.namesUsers = users;
      this.namesMembers = members;
      this.names = createNameLookup({ users, members });
    }
    // Before render, so the jump button comes with this update rather than scheduling another.
    this.captureUnread();
    this.now = Date.now();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    tuneVirtualizer(this.virtualizer);
    this.ensureMembers();
    const restore = this.restoreTo;
    if (restore && !this.stickToBottom && this.scroller) {
      this.restoreTo = null;
      void this.alignRow(restore.messageID, 'start', restore.offset);
    }
    if (this.stickToBottom && this.items.length) {
      void this.pinToEnd();
      this.watchEnd();
    }
    this.observeScrollerSize();
    this.scheduleFillCheck();
    this.maybeMarkRead();
  }

  private membersAskedFor = '';

  /** Group tips and senders are named by name card or nick: the member list says which. */
  private ensureMembers(): void {
    const groupID = this.groupID;
    const store = this.activeStore;
    if (!groupID || !store || this.membersAskedFor === groupID || this.chatState.value?.groupMembers[groupID]) return;
    this.membersAskedFor = groupID;
    store.loadGroupMembers(groupID).catch(() => {
      this.membersAskedFor = '';
    });
  }

  private get groupID(): string {
    const parsed = parseConversationID(this.conversationId);
    return parsed?.type === 'GROUP' ? parsed.targetID : '';
  }

  private get selfID(): string {
    return this.chatState.value?.me?.userID ?? '';
  }

  private resetForConversation(): void {
    this.openedFor = this.conversationId;
    this.stickToBottom = true;
    // A wheel or touch in the conversation just left says nothing about this one.
    this.endUserScroll();
    this.readingRow = undefined;
    this.newCount = 0;
    this.unreadJump = null;
    this.dividerID = '';
    this.newestOffScreen = false;
    this.unreadCaptured = false;
    this.highlightID = '';
    this.activeID = '';
    this.lastMarkedReadID = '';
    // What was said about the previous conversation's visibility is not said about this one.
    this.reportedVisible = undefined;
    this.items = [];
    this.itemsSource = undefined;
    this.rowSlots.clear();
    this.toast = null;
    this.readingAt = null;
    this.restoreTo = this.conversationId ? (this.activeStore?.readingPosition(this.conversationId) ?? null) : null;
  }

  /** Tell the store where the reader leaves this conversation (nothing when at the newest message). */
  private rememberReadingPosition(): void {
    if (!this.openedFor) return;
    this.activeStore?.rememberReadingPosition(this.openedFor, this.stickToBottom ? null : this.readingAt);
  }

  /** The row at the top of the view and how far below the view's top edge it starts. */
  private topRowPosition(): ReadingPosition | null {
    const scroller = this.scroller;
    if (!scroller) return null;
    const top = scroller.getBoundingClientRect().top;
    for (const row of scroller.querySelectorAll<TimMessage>('tim-message')) {
      const rect = row.getBoundingClientRect();
      if (rect.bottom > top + 1 && row.dataset.id) return { messageID: row.dataset.id, offset: rect.top - top };
    }
    return null;
  }

  /** New rows at the end: follow them when at the bottom (or when they are one's own), else count them. */
  private onItemsChanged(before: readonly Message[], after: readonly Message[]): void {
    if (!before.length || !after.length) return;
    const lastBefore = before[before.length - 1]!;
    if (after[after.length - 1]!.ID === lastBefore.ID) return;
    let i = after.length - 1;
    while (i >= 0 && after[i]!.ID !== lastBefore.ID) i--;
    if (i < 0) return;
    const appended = after.slice(i + 1);
    if (appended.some((m) => m.flow === 'out' && m.status === 'unSend')) {
      // The reader just sent something: show it, whatever their last gesture was.
      this.endUserScroll();
      this.stickToBottom = true;
      this.newCount = 0;
      return;
    }
    if (!this.stickToBottom) {
      const arrived = appended.filter(countsAsUnread);
      this.newCount += arrived.length;
      // Where the new ones begin, for the reader who comes down to them.
      if (!this.dividerID && arrived[0]) this.dividerID = arrived[0].ID;
    }
  }

  // ───────────────────────── rendering ─────────────────────────

  /**
   * What the rows are drawn from, besides the items. The virtualize directive re-renders its
   * rows whenever it is updated, using the index range it last laid out; between a change of
   * items and the virtualizer's next layout that range is stale, and re-rendering then would
   * draw the wrong messages into the rows (and recreate them). So rows are redrawn only when
   * these change, and not while new items are on their way (their layout redraws the rows).
   */
  private rowDeps(): readonly unknown[] {
    if (!this.itemsPending) {
      this.committedRowDeps = [
        this.resolvedLocale,
        this.locale,
        this.highlightID,
        this.activeID,
        this.dividerID,
        this.renderVersion,
        this.names,
        this.emojiSet,
        this.faceStickers,
        this.groupingWindow,
        this.activeStore,
        this.chatState.value,
      ];
    }
    return this.committedRowDeps;
  }

  private committedRowDeps: readonly unknown[] = [];
  /** New items were handed to the virtualizer and it has not laid them out yet. */
  private itemsPending = false;

  override render() {
    const t = this.strings(messageListStrings);
    const state = this.listState.value;
    if (this.conversationId && this.chatState.value?.missingConversationIDs.includes(this.conversationId)) {
      return html`<div class="state" part="not-found" role="alert">
        <div class="title">${t.notFound}</div><div>${t.notFoundText}</div>
      </div>`;
    }
    if (!this.activeStore || !this.conversationId || !state || (!state.loaded && !state.error)) {
      return this.renderSkeleton(t.loading);
    }
    if (this.items.length === 0) {
      if (state.error) {
        return html`<div class="state" part="error" role="alert">
          <div class="title">${t.loadFailed}</div>
          <div>${errorText(this.resolvedLocale, state.error)}</div>
          <button type="button" @click=${this.retry}>${t.retry}</button>
        </div>`;
      }
      if (state.loading) return this.renderSkeleton(t.loading);
      return html`<div class="state" part="empty" role="status">
        <div class="title">${t.empty}</div><div>${t.emptyHint}</div>
      </div>${this.renderToast()}`;
    }
    return html`
      ${keyed(
        this.conversationId,
        html`<div class="scroller" part="scroller" role="log" aria-live="polite" aria-relevant="additions"
            aria-label=${t.label} tabindex="-1"
            @scroll=${this.onScroll} @keydown=${this.onKeyDown} @focus=${this.onScrollerFocus}
            @wheel=${this.onUserScroll} @touchmove=${this.onUserScroll} @pointerdown=${this.onScrollbarPointer}
            @rangeChanged=${this.onRangeChanged} @visibilityChanged=${this.onVisibilityChanged} @unpinned=${this.onUnpinned}>
          ${guard([this.items, ...this.rowDeps()], () =>
            virtualize<Message | undefined>({
              items: this.items as Message[],
              // A stale range can ask past the end for a moment (after a delete): never throw.
              keyFunction: (m: Message | undefined) => (m ? this.rowSlots.keyOf(m.ID) : ''),
              renderItem: this.renderRow,
              layout: this.layout,
              scroller: true,
            }),
          )}
        </div>`,
      )}
      ${state.loading && state.loaded
        ? html`<div class="older" part="older-status" role="status"><span class="spinner" aria-hidden="true"></span>${t.loadingOlder}</div>`
        : state.error
          ? html`<div class="older" part="older-status" role="alert">${t.olderFailed}<button type="button" @click=${this.retry}>${t.retry}</button></div>`
          : nothing}
      ${this.unreadJump
        ? html`<button class="floating unread" part="unread-button" type="button" aria-label=${`${t.unreadAbove(this.unreadJump.count)}. ${t.jumpToUnread}`}
            @click=${this.jumpToFirstUnread}>${icon('arrowUp')} ${t.unreadAbove(this.unreadJump.count)}</button>`
        : nothing}
      ${this.newCount > 0
        ? html`<button class="floating new-messages" part="new-messages-button" type="button" aria-label=${`${t.newMessages(this.newCount)}. ${t.jumpToLatest}`}
            @click=${this.jumpToLatest}>${icon('arrowDown')} ${t.newMessages(this.newCount)}</button>`
        : this.newestOffScreen
          ? html`<button class="floating latest" part="jump-to-latest-button" type="button" aria-label=${t.jumpToLatest} title=${t.jumpToLatest}
              @click=${this.jumpToLatest}>${icon('arrowDown')}</button>`
          : nothing}
      ${this.renderToast()}
      <tim-message-actions></tim-message-actions>
      <tim-confirm-dialog></tim-confirm-dialog>
      <tim-image-viewer></tim-image-viewer>
    `;
  }

  private renderSkeleton(label: string): TemplateResult {
    const widths = [46, 62, 38, 70, 54];
    return html`<div class="skeleton" part="loading" role="status" aria-label=${label} aria-busy="true">
      ${widths.map(
        (w, i) => html`<div class="bone ${i % 2 ? 'out' : ''}">${i % 2 ? nothing : html`<span class="avatar"></span>`}<span class="bubble" style=${inlineStyle({ 'inline-size': `${w}%` })}></span></div>`,
      )}
    </div>`;
  }

  private renderToast(): TemplateResult | typeof nothing {
    const toast = this.toast;
    if (!toast) return nothing;
    const t = this.strings(messageListStrings);
    return html`<div class="toast ${toast.error ? 'error' : ''}" part="toast" role=${toast.error ? 'alert' : 'status'}>
      <span>${toast.text}</span>
      <button type="button" aria-label=${t.dismiss} @click=${() => (this.toast = null)}>${icon('close', 14)}</button>
    </div>`;
  }

  private readonly renderRow = (message: Message | undefined, index: number): TemplateResult => {
    if (!message) return html``;
    const items = this.items;
    const previous = items[index - 1];
    const next = items[index + 1];
    const locale = this.resolvedLocale;
    const kind = messageKind(message);
    const own = message.flow === 'out';
    const isGroup = message.conversationType === 'GROUP';
    const dateLabel = !previous || !sameDay(previous.time, message.time) ? formatDayLabel(message.time, locale, this.now) : '';
    const position = kind === 'bubble' ? runPositionOf(previous, message, next, this.groupingWindow) : 'single';
    const startsRun = position === 'single' || position === 'first';
    const user = this.chatState.value && ownValue(this.chatState.value.users, message.from);
    const activeID = this.activeID || items[items.length - 1]?.ID;
    const classes = `${index === 0 ? 'first' : ''} ${index === items.length - 1 ? 'last' : ''}`;
    return html`<tim-message
      class=${classes}
      part="message"
      exportparts="row, bubble, avatar, name, time, status, resend, notice, date-separator, unread-divider, quote, upload"
      data-id=${message.ID}
      tabindex=${message.ID === activeID ? '0' : '-1'}
      .message=${message}
      .senderName=${own ? '' : senderName(message, this.names)}
      .senderAvatar=${user?.avatar || message.avatar}
      .showAvatar=${!own && startsRun}
      .avatarColumn=${!own}
      .showName=${isGroup && !own && startsRun}
      .runPosition=${position}
      .dateLabel=${dateLabel}
      .unreadLabel=${message.ID === this.dividerID ? this.strings(messageListStrings).newDivider : ''}
      .noticeText=${kind === 'bubble' ? '' : noticeText(message, this.names, this.selfID, locale)}
      .readMarks=${message.conversationType === 'C2C'}
      .highlighted=${message.ID === this.highlightID}
      .mentionsMe=${!own && kind === 'bubble' && mentionsUser(message, this.selfID)}
      .store=${this.activeStore}
      .emojiSet=${this.emojiSet}
      .faceStickers=${this.faceStickers}
      .renderVersion=${this.renderVersion}
      @focus=${this.onRowFocus}
    ></tim-message>`;
  };

  // ───────────────────────── scrolling ─────────────────────────

  private get scroller(): HTMLElement | null {
    return this.renderRoot.querySelector('.scroller');
  }

  private get virtualizer(): VirtualizerHandle | undefined {
    const scroller = this.scroller as (HTMLElement & { [virtualizerRef]?: VirtualizerHandle }) | null;
    return scroller?.[virtualizerRef];
  }

  private rowFor(messageID: string): TimMessage | null {
    return this.scroller?.querySelector<TimMessage>(`tim-message[data-id="${CSS.escape(messageID)}"]`) ?? null;
  }

  private distanceFromBottom(): number {
    const s = this.scroller;
    return s ? s.scrollHeight - s.scrollTop - s.clientHeight : 0;
  }

  private endWatchFrames = 0;

  /**
   * For a few frames after a change, check that the view really reached the end. The layout
   * applies its pin on its next pass, and when nothing else asks for one (rows measured taller
   * than estimated, no scroll, no new item) it would stop short; asking again makes that pass.
   */
  private watchEnd(): void {
    const running = this.endWatchFrames > 0;
    this.endWatchFrames = 30;
    if (running) return;
    const tick = () => {
      if (!this.isConnected || !this.stickToBottom || --this.endWatchFrames <= 0) {
        this.endWatchFrames = 0;
        return;
      }
      if (this.distanceFromBottom() > 1) {
        void this.pinToEnd();
        // The layout can believe it is at the end while the browser stopped its scroll short: it was
        // applied before the list grew (a row measured taller). Then only a scroll of the DOM gets there.
        const scroller = this.scroller;
        if (scroller) scroller.scrollTop = scroller.scrollHeight;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }

  private resizeObserver?: ResizeObserver;
  private observedScroller: HTMLElement | null = null;

  /**
   * A list made narrower or shorter (a window resized, a phone turned, the composer grown) rewraps
   * its rows: one following the newest message goes back to the end once the layout settles.
   */
  private observeScrollerSize(): void {
    const scroller = this.scroller;
    if (scroller === this.observedScroller) return;
    this.resizeObserver?.disconnect();
    this.observedScroller = scroller;
    if (!scroller || typeof ResizeObserver !== 'function') return;
    let first = true;
    this.resizeObserver = new ResizeObserver(() => {
      // The first call only reports the size it started with.
      if (first) return void (first = false);
      if (this.stickToBottom && this.items.length) this.watchEnd();
    });
    this.resizeObserver.observe(scroller);
  }

  /** Keep the newest message in view: pin the layout to the last item (it follows new items). */
  private async pinToEnd(): Promise<void> {
    // The config names the layout type: without it the virtualizer refuses the update.
    await this.virtualizer?.updateLayoutConfig({ type: ChatFlowLayout, pin: { index: END, block: 'end' } });
  }

  /** The reader scrolled away from the end: stop following it. */
  private async unpin(): Promise<void> {
    await this.virtualizer?.updateLayoutConfig({ type: ChatFlowLayout, pin: null });
  }

  private readonly onScroll = (): void => {
    const scroller = this.scroller;
    if (!scroller) return;
    const atBottom = this.distanceFromBottom() <= BOTTOM_SLOP;
    if (this.userScrolling && !atBottom && this.stickToBottom) void this.unpin();
    if (this.userScrolling || atBottom) this.stickToBottom = atBottom;
    if (atBottom && this.newCount) this.newCount = 0;
    this.onVisibilityChanged();
    this.readingAt = this.stickToBottom ? null : this.topRowPosition();
    if (scroller.scrollTop < this.loadThreshold) this.loadOlder();
    this.reportVisibility();
    this.maybeMarkRead();
  };

  private readonly onUserScroll = (): void => {
    this.userScrolling = true;
    clearTimeout(this.userScrollTimer);
    this.userScrollTimer = setTimeout(() => (this.userScrolling = false), 250);
  };

  /** A press on the scroller itself (not on a message) is on its scrollbar: the reader drags it. */
  private readonly onScrollbarPointer = (event: PointerEvent): void => {
    if (event.composedPath()[0] === this.scroller) this.onUserScroll();
  };

  /** The reader asked for a place (a button, a key): their last wheel or touch no longer decides. */
  private endUserScroll(): void {
    clearTimeout(this.userScrollTimer);
    this.userScrolling = false;
  }
  private userScrollTimer?: ReturnType<typeof setTimeout>;

  /** The rows in view changed (after a layout): the unread button and the jump-to-latest button follow. */
  private readonly onVisibilityChanged = (): void => {
    this.maybeHideUnreadJump();
    const offScreen = this.isNewestOffScreen();
    if (offScreen !== this.newestOffScreen) this.newestOffScreen = offScreen;
  };

  private readonly onUnpinned = (): void => {
    this.stickToBottom = this.distanceFromBottom() <= BOTTOM_SLOP;
  };

  private loadOlder(): void {
    const state = this.listState.value;
    if (!state || !state.loaded || state.loading || state.isCompleted || state.error) return;
    void this.activeStore?.loadOlder(this.conversationId);
  }

  private readonly retry = (): void => {
    const store = this.activeStore;
    if (!store) return;
    void store.loadOlder(this.conversationId);
  };

  /** When the loaded messages do not fill the view yet, ask for more (until the history is complete). */
  private scheduleFillCheck(): void {
    if (this.fillCheckPending) return;
    this.fillCheckPending = true;
    requestAnimationFrame(() => {
      this.fillCheckPending = false;
      const scroller = this.scroller;
      if (scroller && scroller.scrollHeight <= scroller.clientHeight + this.loadThreshold / 2) this.loadOlder();
      // A list that fits without scrolling fires no scroll to tell that the first unread is in view.
      this.maybeHideUnreadJump();
      this.reportVisibility();
    });
  }

  // ───────────────────────── keeping the reader's place ─────────────────────────

  /**
   * Before the virtualizer reflows: measure the row being read. It stays the same row while it is
   * on screen, so several reflows in a row (older page put in front, then measured) all keep it.
   * A new one is the first row whose top is in view, never the oldest loaded row: its date
   * label and padding change when older messages arrive above it.
   */
  private measureReadingRow(): void {
    const scroller = this.scroller;
    const reading = this.readingRow;
    // While the reader scrolls (and nothing was put in front of them just now), where they are is
    // what they scrolled to. The layout keeps the rows on screen in place as rows out of view are
    // measured, and holding a row here besides would fight it: on a fling it corrected ~200 px a
    // frame back and forth, and made every such frame lay out twice. (Forced layouts, too.)
    if (!scroller || this.stickToBottom || (this.userScrolling && performance.now() - this.itemsChangedAt > ITEMS_SETTLE_MS)) {
      this.readingRow = undefined;
      return;
    }
    const view = scroller.getBoundingClientRect();
    // A row element can be reused for another message: it is the reading row only while it shows that message.
    if (reading?.row.isConnected && reading.row.dataset.id === reading.id) {
      const top = reading.row.getBoundingClientRect().top;
      if (top < view.bottom && top + reading.row.offsetHeight > view.top) {
        // The reader's own scrolling since the last reflow moves where they expect the row.
        reading.target -= scroller.scrollTop - reading.scrollTop;
        reading.scrollTop = scroller.scrollTop;
        reading.pending = true;
        return;
      }
    }
    this.readingRow = undefined;
    let partial: TimMessage | undefined;
    for (const row of scroller.querySelectorAll<TimMessage>('tim-message')) {
      const rect = row.getBoundingClientRect();
      if (rect.bottom <= view.top + 1) continue;
      if (rect.top >= view.bottom) break;
      if (rect.top >= view.top - 0.5 && !row.classList.contains('first')) {
        this.readingRow = { row, id: row.dataset.id ?? '', target: rect.top, scrollTop: scroller.scrollTop, pending: true };
        return;
      }
      partial ??= row;
    }
    if (partial) {
      const top = partial.getBoundingClientRect().top;
      this.readingRow = { row: partial, id: partial.dataset.id ?? '', target: top, scrollTop: scroller.scrollTop, pending: true };
    }
  }

  /**
   * After the reflow: if it moved the row being read (older messages put in front, a row above
   * it that changed height), scroll by the same amount so the reader sees no jump. Only what the
   * reflow did (or the virtualizer did between reflows) is undone; the reader's own scrolling
   * moves the target. The target is absolute, so whole-pixel rounding never adds up.
   */
  private keepReadingRow(): void {
    const reading = this.readingRow;
    const scroller = this.scroller;
    if (!reading?.pending || !scroller || !reading.row.isConnected || reading.row.dataset.id !== reading.id || this.stickToBottom) return;
    reading.pending = false;
    const delta = reading.row.getBoundingClientRect().top - reading.target;
    if (Math.abs(delta) >= 0.5) {
      scroller.scrollTop += delta;
      // At an edge the scroll cannot go far enough: then what the reader sees is the new truth.
      const now = reading.row.getBoundingClientRect().top;
      if (Math.abs(now - reading.target) > 1) reading.target = now;
    }
    reading.scrollTop = scroller.scrollTop;
  }

  /**
   * The row being read, where the reader expects it (`target`, viewport px) and the scroll offset
   * when that was last set: a scroll since then was the reader's, and moves the target with it.
   */
  private readingRow?: { row: TimMessage; id: string; target: number; scrollTop: number; pending: boolean };

  /**
   * Runs before the virtualize directive draws the new range (its listener was added after this
   * one): hand the rows of messages that left the range to those that came in.
   */
  private readonly onRangeChanged = (event: Event): void => {
    const { first, last } = event as Event & { first: number; last: number };
    const ids: string[] = [];
    if (first >= 0) for (let i = first; i <= last && i < this.items.length; i++) ids.push(this.items[i]!.ID);
    this.rowSlots.assign(ids, this.rowsToKeep());
    // The virtualizer has taken the new items: its rows are drawn from the current state now.
    this.itemsPending = false;
    this.syncScrollerTabIndex();
    if (this.stickToBottom) this.watchEnd();
  };

  /** Rows that must stay the element they are: the focused one, the one whose menu is open. */
  private rowsToKeep(): string[] {
    const keep: string[] = [];
    const active = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    if (active?.localName === 'tim-message' && active.dataset.id) keep.push(active.dataset.id);
    const menuFor = this.renderRoot.querySelector<TimMessageActions>('tim-message-actions')?.openFor?.ID;
    if (menuFor) keep.push(menuFor);
    return keep;
  }

  // ───────────────────────── reading ─────────────────────────

  private readonly onPageVisibility = (): void => {
    this.pageVisible = document.visibilityState !== 'hidden';
    this.reportVisibility();
    this.maybeMarkRead();
  };

  private reportedVisible?: boolean;

  /** The store reads arriving messages at once only while the reader can see the newest ones. */
  private reportVisibility(): void {
    const visible = this.pageVisible && this.onScreen && !!this.scroller && this.distanceFromBottom() <= BOTTOM_SLOP;
    if (visible === this.reportedVisible) return;
    this.reportedVisible = visible;
    this.activeStore?.setConversationVisible(visible);
  }

  /** Mark the conversation read when its newest message is on screen. */
  private maybeMarkRead(): void {
    const store = this.activeStore;
    const newest = this.items[this.items.length - 1];
    // Not before the list is on screen and the unread boundary has been noted (for the jump button).
    if (!store || !newest || !this.pageVisible || !this.onScreen || !this.scroller || !this.unreadCaptured) return;
    if (this.lastMarkedReadID === newest.ID) return;
    let unread = false;
    // Only the newest few can be unread while the reader sits at the bottom; never walk the whole history.
    for (let i = this.items.length - 1; i >= Math.max(0, this.items.length - 50) && !unread; i--) {
      const m = this.items[i]!;
      unread = m.flow === 'in' && !m.isRead;
    }
    // Measured last: reading the scroll position makes the browser lay the page out now.
    if (!unread || this.distanceFromBottom() > BOTTOM_SLOP) return;
    this.lastMarkedReadID = newest.ID;
    const conversationID = this.conversationId;
    // The store changes state at once; out of updated(), so that is a new render, not one nested in this.
    queueMicrotask(() => {
      store.markConversationRead(conversationID).catch(() => {
        this.lastMarkedReadID = '';
      });
    });
  }

  /** When the conversation opens with unread messages, remember where they start. */
  private captureUnread(): void {
    if (this.unreadCaptured || !this.items.length || !this.listState.value?.loaded) return;
    this.unreadCaptured = true;
    const conversation = this.activeStore?.state.get().conversations.find((c) => c.conversationID === this.conversationId);
    const boundary = unreadBoundary(this.items, conversation?.unreadCount ?? 0);
    if (!boundary) return;
    this.unreadJump = boundary;
    this.dividerID = boundary.messageID;
  }

  /** The first unread message was older than what was loaded: older pages may have brought it. */
  private completeUnreadBoundary(): void {
    const jump = this.unreadJump;
    if (!jump || jump.messageID) return;
    const boundary = unreadBoundary(this.items, jump.count);
    if (!boundary?.messageID) return;
    this.unreadJump = boundary;
    this.dividerID ||= boundary.messageID;
  }

  /** The reader has seen the first unread message (it is on screen once the list settled): drop the button. */
  private maybeHideUnreadJump(): void {
    const jump = this.unreadJump;
    const scroller = this.scroller;
    if (!jump || !jump.messageID || !scroller) return;
    // While the list is still settling onto the newest message, the top rows are not what the reader sees.
    if (this.stickToBottom && this.distanceFromBottom() > BOTTOM_SLOP) return;
    const row = this.rowFor(jump.messageID);
    if (row) {
      // Seen: in view (even in part), or scrolled past (below the view).
      if (row.getBoundingClientRect().bottom > scroller.getBoundingClientRect().top + 1) this.unreadJump = null;
      return;
    }
    // Not drawn: above the view (keep the button) unless the rows drawn are older than it.
    const index = this.items.findIndex((m) => m.ID === jump.messageID);
    const drawn = scroller.querySelector<TimMessage>('tim-message');
    const drawnIndex = drawn ? this.items.findIndex((m) => m.ID === drawn.dataset.id) : -1;
    if (index >= 0 && drawnIndex >= 0 && drawnIndex < index) this.unreadJump = null;
  }

  /** Is the newest message out of view (far up, or its top below the view's bottom). */
  private isNewestOffScreen(): boolean {
    const newest = this.items[this.items.length - 1];
    const scroller = this.scroller;
    // Following the newest (or settling onto it): it is, or is about to be, in view.
    if (!newest || !scroller || this.stickToBottom) return false;
    if (this.distanceFromBottom() <= BOTTOM_SLOP) return false;
    const row = this.rowFor(newest.ID);
    return !row || row.getBoundingClientRect().top >= scroller.getBoundingClientRect().bottom - 1;
  }

  private readonly jumpToFirstUnread = async (): Promise<void> => {
    const jump = this.unreadJump;
    const store = this.activeStore;
    if (!jump || !store) return;
    let target = jump.messageID;
    // The first unread was not loaded yet: page back until it is (or the history ends).
    for (let i = 0; !target && i < 50; i++) {
      target = unreadBoundary(this.items, jump.count)?.messageID ?? '';
      if (target || this.listState.value?.isCompleted) break;
      await store.loadOlder(this.conversationId);
      await this.updateComplete;
    }
    if (!target) target = this.items.find(countsAsUnread)?.ID ?? '';
    this.dividerID ||= target;
    this.unreadJump = null;
    if (target) await this.scrollToMessage(target, 'start');
  };

  private readonly jumpToLatest = async (): Promise<void> => {
    this.newCount = 0;
    this.newestOffScreen = false;
    this.endUserScroll();
    this.stickToBottom = true;
    await this.pinToEnd();
    const last = this.items[this.items.length - 1];
    if (last) this.focusRow(last.ID, false);
  };

  /** Scroll a loaded message into view, highlight it, and make it the focused row. */
  async scrollToMessage(messageID: string, block: ScrollLogicalPosition = 'center'): Promise<boolean> {
    if (!this.items.some((m) => m.ID === messageID)) return false;
    this.highlight(messageID);
    this.activeID = messageID;
    return this.alignRow(messageID, block, block === 'start' ? 8 : 0);
  }

  /**
   * Put a loaded message's row at a place in the view: its top `offset` px below the view's top
   * (`start`), its bottom `offset` px above the view's bottom (`end`), or its middle at the middle.
   * Stops following the newest message.
   */
  private async alignRow(messageID: string, block: ScrollLogicalPosition, offset = 0): Promise<boolean> {
    // Stop following the newest message first, or a pending pin to the end would pull the view back.
    this.stickToBottom = false;
    await this.unpin();
    // Rows far away are estimated until drawn: scroll, let them be measured, and correct once more.
    for (let attempt = 0; attempt < 3; attempt++) {
      this.stickToBottom = false;
      const scroller = this.scroller;
      const row = this.rowFor(messageID);
      if (scroller && row) {
        const s = scroller.getBoundingClientRect();
        const r = row.getBoundingClientRect();
        const delta =
          block === 'start' ? r.top - s.top - offset : block === 'end' ? r.bottom - s.bottom + offset : r.top + r.height / 2 - (s.top + s.height / 2);
        if (Math.abs(delta) < 1) break;
        scroller.scrollTop += delta;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      } else {
        const index = this.items.findIndex((m) => m.ID === messageID);
        if (index < 0) return false;
        this.virtualizer?.element(index)?.scrollIntoView({ block: block === 'end' ? 'end' : 'start' });
        await this.waitForRow(messageID);
      }
    }
    return this.rowFor(messageID) !== null;
  }

  /** Jump to a quoted message: load history around it when needed, then scroll and highlight. */
  async jumpToMessage(messageID: string): Promise<boolean> {
    const store = this.activeStore;
    if (!store || !messageID) return false;
    if (!this.items.some((m) => m.ID === messageID)) {
      const found = await store.loadAround(this.conversationId, messageID).catch(() => false);
      await this.updateComplete;
      if (!found || !this.items.some((m) => m.ID === messageID)) {
        this.showToast(this.strings(messageListStrings).originalNotFound, true);
        return false;
      }
    }
    return this.scrollToMessage(messageID, 'center');
  }

  private highlight(messageID: string): void {
    clearTimeout(this.highlightTimer);
    this.highlightID = messageID;
    this.highlightTimer = setTimeout(() => (this.highlightID = ''), HIGHLIGHT_MS);
  }

  private async waitForRow(messageID: string, frames = 30): Promise<TimMessage | null> {
    for (let i = 0; i < frames; i++) {
      const row = this.rowFor(messageID);
      if (row) return row;
      await new Promise((r) => requestAnimationFrame(r));
    }
    return null;
  }

  // ───────────────────────── keyboard ─────────────────────────

  private readonly onRowFocus = (event: FocusEvent): void => {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    if (id && id !== this.activeID) this.activeID = id;
  };

  private readonly onScrollerFocus = (event: FocusEvent): void => {
    if (event.target !== this.scroller) return;
    // Focus landed on the log itself (its current row was scrolled away): go to a row on screen.
    const scroller = this.scroller!;
    const top = scroller.getBoundingClientRect().top;
    const rows = [...scroller.querySelectorAll<TimMessage>('tim-message')];
    const row = rows.find((r) => r.dataset.id === this.activeID) ?? rows.find((r) => r.getBoundingClientRect().bottom > top + 1);
    row?.focus();
  };

  /** The log is a tab stop of its own only while its current row is not in the DOM. */
  private syncScrollerTabIndex(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const activeID = this.activeID || this.items[this.items.length - 1]?.ID || '';
    scroller.tabIndex = activeID && this.rowFor(activeID) ? -1 : 0;
  }

  private async focusRow(messageID: string, scroll = true): Promise<void> {
    this.activeID = messageID;
    let row = this.rowFor(messageID);
    if (!row || scroll) {
      const index = this.items.findIndex((m) => m.ID === messageID);
      if (!row && index >= 0) this.virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
      row = await this.waitForRow(messageID);
    }
    await this.updateComplete;
    row?.focus({ preventScroll: false });
    this.syncScrollerTabIndex();
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    // Keys that scroll the log are the reader's scrolling, like a wheel.
    if (SCROLL_KEYS.has(event.key)) this.onUserScroll();
    const row = event.composedPath().find((n): n is TimMessage => n instanceof HTMLElement && n.localName === 'tim-message');
    if (!row || event.target !== row) return;
    const id = row.dataset.id ?? '';
    const index = this.items.findIndex((m) => m.ID === id);
    if (index < 0) return;
    // Up from the oldest loaded message asks for older ones.
    if (event.key === 'ArrowUp' && index === 0) this.loadOlder();
    const next = listKeyTarget(event.key, index, this.items.length, { keys: ['ArrowUp', 'ArrowDown', 'Home', 'End'] });
    if (next !== null) {
      event.preventDefault();
      this.stickToBottom = next === this.items.length - 1 && this.distanceFromBottom() <= BOTTOM_SLOP;
      void this.focusRow(this.items[next]!.ID);
      return;
    }
    const opensMenu = event.key === 'Enter' || event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
    if (!opensMenu) return;
    event.preventDefault();
    this.openMenu(this.items[index]!, row);
  };

  // ───────────────────────── actions ─────────────────────────

  private readonly onMessageRequest = (event: TimMessageRequestEvent): void => {
    event.stopPropagation();
    const { message, request } = event.detail;
    this.handleRequest(message, request, event.composedPath()[0] as HTMLElement | undefined);
  };

  private handleRequest(message: Message, request: MessageRequest, origin?: HTMLElement): void {
    switch (request.kind) {
      case 'menu': {
        const row = this.rowFor(message.ID) ?? undefined;
        this.openMenu(message, row, request.x, request.y);
        return;
      }
      case 'action':
        void this.performAction(request.action, message);
        return;
      case 'open-image':
        this.openImage(message, request.elementIndex, origin);
        return;
      case 'jump-to':
        void this.jumpToMessage(request.messageID);
        return;
      case 'cancel-upload':
        this.activeStore?.cancelSend(message).catch((error) => this.showError(error));
        return;
    }
  }

  private openMenu(message: Message, row?: HTMLElement, x?: number, y?: number): void {
    const menu = this.renderRoot.querySelector<TimMessageActions>('tim-message-actions');
    if (!menu) return;
    if (menu.openFor?.ID === message.ID) return;
    const actions = availableActions(message, {
      revokeTimeLimitSeconds: this.revokeTimeLimit,
      deleteFromHistory: this.activeStore?.canDeleteFromHistory(message.conversationID) ?? false,
    });
    if (actions.length === 0) return;
    if (x === undefined || y === undefined) {
      const bubble = (row?.shadowRoot?.querySelector('.bubble, .notice') as HTMLElement | null) ?? row;
      const rect = bubble?.getBoundingClientRect();
      x = rect ? (message.flow === 'out' ? rect.right - 180 : rect.left) : 0;
      y = rect ? rect.bottom + 4 : 0;
    }
    if (row) this.activeID = message.ID;
    void menu.open({ message, actions, x, y, returnFocusTo: row ?? deepActiveElement() });
  }

  private readonly onActionSelect = (event: TimMessageActionSelectEvent): void => {
    event.stopPropagation();
    void this.performAction(event.detail.action, event.detail.message);
  };

  /** Fire the action's cancelable event; unless cancelled, do it (through the store). */
  async performAction(action: MessageAction, message: Message): Promise<void> {
    if (!this.dispatchEvent(messageActionEvent(action, message))) return;
    const store = this.activeStore;
    const t = this.strings(messageListStrings);
    try {
      switch (action) {
        case 'copy':
          await navigator.clipboard.writeText(copyableText(message));
          this.showToast(t.copied, false);
          return;
        case 'reply':
        case 'forward':
          // The composer (reply) or the app (forward) takes it from the event.
          return;
        case 'revoke':
          await store?.revoke(message);
          return;
        case 'delete':
        case 'delete-from-history':
          await this.confirmAndDelete(message, action === 'delete-from-history');
          return;
        case 'resend':
          this.stickToBottom = true;
          await store?.resend(message);
          return;
      }
    } catch (error) {
      if (action === 'copy') this.showToast(t.copyFailed, true);
      else this.showError(error);
    }
  }

  /**
   * Ask first, then delete: for me (this device's cache and view; the server keeps it) or from
   * the server's history too. Focus moves to the message that takes its place.
   */
  private async confirmAndDelete(message: Message, fromHistory: boolean): Promise<void> {
    const store = this.activeStore;
    const dialog = this.renderRoot.querySelector<TimConfirmDialog>('tim-confirm-dialog');
    if (!store || !dialog) return;
    const t = this.strings(messageListStrings);
    const row = this.rowFor(message.ID) ?? undefined;
    const confirmed = await dialog.confirm({
      ...(fromHistory
        ? { title: t.deleteFromHistoryTitle, message: t.deleteFromHistoryText, confirmLabel: t.deleteFromHistory }
        : { title: t.deleteForMeTitle, message: t.deleteForMeText, confirmLabel: t.deleteForMe }),
      danger: true,
      ...(row ? { returnFocusTo: row } : {}),
    });
    if (!confirmed) return;
    const index = this.items.findIndex((m) => m.ID === message.ID);
    await store.deleteMessages([message], { fromStorage: fromHistory });
    await this.updateComplete;
    // The focused row went with its message: the one that takes its place gets focus, not <body>.
    const next = this.items[Math.min(Math.max(0, index), this.items.length - 1)];
    const active = deepActiveElement();
    if (next && (!active || active === document.body || active === row)) void this.focusRow(next.ID, false);
  }

  private openImage(message: Message, elementIndex: number, origin?: HTMLElement): void {
    const elem = message.elements[elementIndex];
    const viewer = this.renderRoot.querySelector<TimImageViewer>('tim-image-viewer');
    if (!viewer || elem?.type !== 'TIMImageElem') return;
    const sources = imageSources(elem);
    void viewer.show(
      { preview: sources.thumbnail, large: sources.large, original: sources.original, width: sources.width, height: sources.height },
      deepActiveElement() ?? origin,
    );
  }

  private showError(error: unknown): void {
    this.showToast(errorText(this.resolvedLocale, error), true);
  }

  private showToast(text: string, error: boolean): void {
    clearTimeout(this.toastTimer);
    this.toast = { text, error };
    this.toastTimer = setTimeout(() => (this.toast = null), TOAST_MS);
  }
}
