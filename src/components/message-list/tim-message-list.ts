import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { DEFAULT_FACE_STICKERS } from '../../core/emoji/index.js';
import type { EmojiSet } from '../../core/emoji/index.js';
import type { FaceSticker } from '../../core/emoji/index.js';
import { errorText } from '../../core/i18n/index.js';
import { flattenSummary, summarizeMessage } from '../../core/notices/index.js';
import { parseConversationID } from '../../core/model/index.js';
import type { Message } from '../../core/model/index.js';
import { mentionsUser } from '../../core/model/index.js';
import { mayShowJumpToLatest, type ChatScrollState } from '../../core/scroll/index.js';
import type { ChatState, ChatStoreApi, ConversionsState, MessageListState } from '../../core/store/index.js';
import type { ForwardMode, MessageAction, SelectionState } from '../../core/store/index.js';
import { conversionOf, shallowEqual } from '../../core/store/index.js';
import { formatDayLabel } from '../../core/i18n/index.js';
import { ownValue, withoutBidiControls } from '../../core/util/index.js';
import { openProfileCard } from '../profile-card/profile-card-flow.js';
import { deepActiveElement } from '../base/deep-active-element.js';
import { newlyFailedSends } from '../../core/announcements/index.js';
import { announcementStrings } from '../base/announcement-strings.js';
import { inlineStyle } from '../base/inline-style.js';
import { announce } from '../base/live-region.js';
import { StoreConsumerElement } from '../base/store-consumer.js';
import { StoreController } from '../base/store-controller.js';
import { icon } from '../icons/icons.js';
import { messageKind } from '../message/message-kind.js';
import { onCustomRenderersChange } from '../message/renderers/custom-registry.js';
import type { TimMessage } from '../message/tim-message.js';
import { RowKeyboard } from './row-keyboard.js';
import { ForwardFlow } from './forward-flow.js';
import { lazyPartStyles } from '../styles/lazy-part.styles.js';
import { ReadReceiptFlow } from './read-receipt-flow.js';
import { SelectionController } from './selection-controller.js';
import { forwardStrings } from '../forward/strings.js';
import { UnreadJump } from './unread-jump.js';
import { MemberNames } from './member-names.js';
import { ChatScrollController } from './chat-scroll-controller.js';
import { MessageActionRunner } from './message-action-runner.js';
import { ReactionAnnouncements } from './reaction-announcements.js';
import { ReactionRunner } from './reaction-runner.js';
import { GroupApplicationRunner } from './group-application-runner.js';
import { messageReactionStrings } from '../message/reactions/strings.js';
import type { ReactionsState } from '../../core/store/index.js';
import type { MenuReactions } from '../message/reactions/menu-reactions.js';
import { PinnedBar } from './pinned-bar.js';
import { DEFAULT_GROUPING_WINDOW_SECONDS, noticeText, runPositionOf, sameDay, senderName, visibleMessages } from './message-rows.js';
import { ReadingController } from './reading-controller.js';
import { RowSlots } from './row-slots.js';
import { messageListStrings } from './strings.js';
import { messageListStyles } from './tim-message-list.styles.js';
import { MESSAGE_FEATURES, type StoreFeature } from '../../core/store/index.js';

const NO_REACTIONS: readonly never[] = Object.freeze([]);

/** How long a jumped-to message stays highlighted. */
const HIGHLIGHT_MS = 1800;

type ChatSlice = Pick<ChatState, 'me' | 'users' | 'groupMembers' | 'missingConversationIDs'>;

/**
 * @summary The messages of one conversation, virtualized: the DOM holds only the rows near the
 * viewport whatever the length of the history. Loads older history as the reader nears the
 * top and keeps the message being read exactly where it was; sticks to the newest message only
 * when the reader is at the bottom (else shows "N new messages"); offers a jump to the first
 * unread message; date separators; runs of one sender's messages; every message type;
 * per-message actions (menu on right-click, long-press, the "…" button, the context-menu key or
 * Shift+F10). A send that fails is announced to screen readers (a polite live region).
 *
 * Keyboard: Tab reaches the list's current message (the log is one tab stop; Tab again leaves it);
 * ArrowUp/ArrowDown move between messages, Home/End go to the oldest loaded / newest. Enter or F2
 * steps into the focused message's controls (links, picture, reply quote, play, download, "…"):
 * Tab/Shift+Tab and the arrows move among them, Enter/Space activate them, Escape or F2 step back
 * to the message. Enter on a message with no controls opens its actions; the context-menu key or
 * Shift+F10 open them from anywhere in a message. Each message is named for screen readers
 * ("Bob Martin, 13:03: rc3 is up…").
 *
 * Multi-select mode (the menu's "Select"): a checkbox on each message and a bar with the count,
 * Forward one by one, Forward combined (where the backend has merged messages), Delete for me and
 * Done. Space picks or unpicks the focused message, Shift+ArrowUp/Down extend from the last one
 * picked, a click or tap on a message picks it, Escape leaves.
 *
 * @fires tim-message-copy - Copy chosen (cancelable: the list copies the text unless prevented).
 * @fires tim-message-reply - Reply chosen (cancelable); `<tim-composer>` shows the quote.
 * @fires tim-message-forward - Forward chosen (cancelable: unless prevented, `<tim-forward-picker>` opens and the store forwards).
 * @fires tim-message-select - "Select" chosen (cancelable: unless prevented, the list enters multi-select mode).
 * @fires tim-messages-forward - Forward one by one (`detail.mode: 'separate'`) or combined (`'merged'`) chosen on the
 *   selection bar (cancelable: unless prevented, the picker opens).
 * @fires tim-forward-send - Targets picked (cancelable: unless prevented, the store forwards to `detail.conversationIDs`).
 * @fires tim-messages-delete - "Delete for me" on the selection bar (cancelable: unless prevented, confirm, then the store deletes).
 * @fires tim-merged-open - A merged ("chat history") message's card opened (cancelable: unless prevented, `<tim-merged-viewer>` shows it).
 * @fires tim-message-revoke - Recall chosen (cancelable: the store recalls unless prevented).
 * @fires tim-message-delete - "Delete for me" (`detail.scope: 'device'`) or "Delete from history" (`'history'`) chosen
 *   (cancelable: unless prevented, the list asks to confirm, then the store deletes).
 * @fires tim-message-resend - Resend chosen (cancelable: the store resends unless prevented).
 * @fires tim-message-translate - Translate chosen (cancelable: the store translates into `detail.targetLanguage`, the
 *   reader's language, and the result shows under the bubble, collapsible, with a retry when it fails).
 * @fires tim-message-convert-to-text - Convert to text chosen on a voice message (cancelable: the store converts it and
 *   the words show under the bubble).
 * @fires tim-group-application-answer - Accept or Decline pressed on a join request or an invitation in System
 *   notifications: `detail.message` (the notice), `detail.accept` (cancelable: the store answers unless prevented).
 * @fires tim-message-react - A reaction toggled from its chip, the quick bar, the menu or the picker: `detail.message`,
 *   `detail.reactionID` (TUIKit's code, `[TUIEmoji_Like]`), `detail.add` (cancelable: the store adds or removes it unless prevented).
 * @fires tim-message-edit - Edit chosen on one's own text message (cancelable); `<tim-composer>` enters edit mode.
 * @fires tim-message-pin - Pin chosen on a group message, by its owner or an admin (cancelable: the store pins unless prevented).
 * @fires tim-message-unpin - Unpin chosen, from the menu or the pinned list (cancelable: the store unpins unless prevented).
 * @fires tim-message-re-edit - "Re-edit" pressed in one's own recalled text (cancelable); `<tim-composer>` takes the text back.
 * @fires tim-conversation-select - "Send message" on a sender's profile card (their avatar opens it; cancelable: the one-to-one chat then does not open).
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
 * @csspart reaction-picker - The popup with the emoji picker for "More reactions".
 * @csspart selection-bar - Multi-select mode's bar: the count and its actions.
 * @csspart selection-button - Each action of the selection bar.
 * @csspart pinned-bar - A group's pinned messages above the log: the pin shown (the latest first; a click jumps to it and moves on to the next older one) and the list button.
 * @csspart pinned-message - The button of the pin shown in the bar.
 * @csspart pinned-list-button - The button that opens the list of all pins.
 * @csspart pinned-list - The list of all pins (a click jumps; owners and admins unpin).
 * @csspart pinned-row - A pin in the list.
 * @csspart unpin-button - Unpin, beside a pin in the list (owners and admins).
 *
 * @cssprop --tim-message-list-bg - Background (default `--tim-color-bg`).
 * @cssprop --tim-message-list-padding - Space above the first and below the last message (default `--tim-space-4`).
 * @cssprop --tim-message-list-button-bg - Background of the floating buttons (default `--tim-color-surface-raised`).
 * @cssprop --tim-message-list-pinned-bg - Background of the pinned bar (default `--tim-color-surface-raised`).
 */
export class TimMessageList extends StoreConsumerElement {
  static override styles = [lazyPartStyles, messageListStyles];

  /** The conversation to show ('C2C' + userID, 'GROUP' + groupID, '@TIM#SYSTEM'). */
  @property({ attribute: 'conversation-id', reflect: true }) conversationId = '';
  /** The emoji set for text messages (default: the TUIKit-compatible set). */
  @property({ attribute: false }) emojiSet?: EmojiSet;
  /** The stickers face messages refer to. */
  @property({ attribute: false }) faceStickers: readonly FaceSticker[] = DEFAULT_FACE_STICKERS;
  /**
   * Seconds after sending during which one's own message can be recalled. Unset: the backend's
   * window (`ServiceFeatures.recallWindowSeconds`), else TIM's default of 120.
   */
  @property({ type: Number, attribute: 'revoke-time-limit' }) revokeTimeLimit?: number;
  /** Messages by one sender at most this many seconds apart share one avatar and name. */
  @property({ type: Number, attribute: 'grouping-window' }) groupingWindow = DEFAULT_GROUPING_WINDOW_SECONDS;
  /** Draw markdown messages formatted (default); `markdown="false"` shows their plain text. */
  @property({ converter: { fromAttribute: (value) => value !== 'false' && value !== 'off' } }) markdown = true;
  /** Older history is asked for when the reader is within this many px of the top. */
  @property({ type: Number, attribute: 'load-threshold' }) loadThreshold = 800;

  /** The first unread message when the conversation opened with unread messages above the fold. */
  @state() private highlightID = '';
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

  /** Translations and transcripts under the rows (`store.conversions`). */
  private readonly conversionState = new StoreController<ConversionsState, ConversionsState>(
    this,
    () => this.activeStore?.conversions,
    (s) => s,
  );

  /** Pinned to the newest / reading / jumping: the list's scrolling (see ChatScrollController). */
  private readonly scrolling = new ChatScrollController(this);
  private readonly reading = new ReadingController(this);
  private readonly actions = new MessageActionRunner(this);
  /** One tab stop among the rows; arrows, Home, End; Enter opens the actions (see RowKeyboard). */
  private readonly keyboard = new RowKeyboard(this);
  /** The "N unread above" button (see UnreadJump). */
  private readonly unread = new UnreadJump(this);
  /** Reactions: chips, quick bar and menu toggle them through the store; the picker for more (see ReactionRunner). */
  private readonly reactionRunner = new ReactionRunner(this, () => this.resolvedLocale);
  /** Accept / Decline under join requests and invitations (System notifications; see GroupApplicationRunner). */
  private readonly applicationRunner = new GroupApplicationRunner(this);
  /** "Alice reacted 👍", politely, for reactions by others in this conversation. */
  readonly reactionAnnouncements = new ReactionAnnouncements(this, () => this.resolvedLocale);
  private readonly reactionsState = new StoreController<ReactionsState, ReactionsState['byMessage']>(
    this,
    () => this.activeStore?.reactions?.state,
    (s) => s.byMessage,
  );
  /** Multi-select mode: checkboxes, the selection bar (see SelectionController). */
  private readonly selecting = new SelectionController(this);
  /** The forward picker and the merged message viewer, loaded on first use (see ForwardFlow). */
  private readonly forwarding = new ForwardFlow(this);
  /** "N read" under one's own group messages, and who has read them (see ReadReceiptFlow). */
  private readonly readReceipts = new ReadReceiptFlow(this);
  /** A group's pinned messages above the log (see PinnedBar). */
  private readonly pinned = new PinnedBar(this);

  /** The rows drawn last: visible messages of the list state, oldest first. */
  items: readonly Message[] = [];
  private itemsSource?: readonly Message[];
  /** Senders and group tips are named by name card or nick (see MemberNames). */
  private readonly names = new MemberNames();
  /** Which row element shows which message: rows leaving the range are reused for those coming in. */
  private readonly rowSlots = new RowSlots();
  private openedFor = '';
  private highlightTimer?: ReturnType<typeof setTimeout>;
  private unsubscribeRenderers?: () => void;
  private now = Date.now();

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribeRenderers = onCustomRenderersChange(() => this.renderVersion++);
  }

  override disconnectedCallback(): void {
    this.rememberReadingPosition();
    super.disconnectedCallback();
    this.unsubscribeRenderers?.();
    clearTimeout(this.highlightTimer);
  }

  // ───────────────────────── what the controllers read ─────────────────────────

  get scroller(): HTMLElement | null {
    return this.renderRoot.querySelector('.scroller');
  }

  get listLoaded(): boolean {
    return !!this.listState.value?.loaded;
  }

  get readingStore(): ChatStoreApi | undefined {
    return this.activeStore;
  }

  get actionStore(): ChatStoreApi | undefined {
    return this.activeStore;
  }

  get listStateValue(): MessageListState | undefined {
    return this.listState.value;
  }

  get scrollState(): ChatScrollState {
    return this.scrolling.state;
  }

  unreadBegins(messageID: string): void {
    this.scrolling.unreadBegins(messageID);
  }

  get readyToRead(): boolean {
    return this.unread.captured && !!this.scroller;
  }

  atNewest(): boolean {
    return !!this.scroller && this.scrolling.atEnd();
  }

  rowFor(messageID: string): TimMessage | null {
    return this.scroller?.querySelector<TimMessage>(`tim-message[data-id="${CSS.escape(messageID)}"]`) ?? null;
  }

  listStrings() {
    return this.strings(messageListStrings);
  }

  readerLocale(): string {
    return this.resolvedLocale;
  }

  summaryOf(message: Message): string {
    return flattenSummary(summarizeMessage(message), this.resolvedLocale);
  }

  describeError(error: unknown): string {
    return errorText(this.resolvedLocale, error);
  }

  showActionError(error: unknown): void {
    this.actions.showError(error);
  }

  reactionWords() {
    return this.strings(messageReactionStrings);
  }

  /**
   * A person as the list names them: the reader is "You"; others by name card or nick, else the nick
   * their messages here carry (a profile the store has not fetched yet), else their ID.
   */
  personName(userID: string): string {
    if (userID === this.selfID) return this.reactionWords().you;
    const named = this.names.lookup(userID);
    if (named) return named;
    for (let i = this.items.length - 1; i >= 0; i--) {
      const m = this.items[i]!;
      if (m.from === userID && m.nick) return m.nick;
    }
    return userID;
  }

  private readonly reactorName = (userID: string): string => this.personName(userID);

  /** The menu's reactions row: the quick bar's emoji, the reader's own checked. */
  menuReactions(message: Message): MenuReactions | undefined {
    const reactions = this.activeStore?.reactions;
    if (!reactions?.canReact(message)) return undefined;
    const mine = reactions
      .of(message.ID)
      .filter((r) => r.reactedByMe)
      .map((r) => r.reactionID);
    return { quick: this.reactionRunner.quick, mine, ...(this.emojiSet ? { emojiSet: this.emojiSet } : {}) };
  }

  setActiveRow(messageID: string): void {
    this.keyboard.setActive(messageID);
  }

  followResend(): void {
    this.scrolling.resend();
  }

  get activeRowID(): string {
    return this.keyboard.activeID;
  }

  forwardTexts() {
    return this.strings(forwardStrings);
  }

  /** The language the list shows (merged messages forwarded from it are written in it). */
  writingLocale(): string {
    return this.resolvedLocale;
  }

  formatCount(count: number): string {
    return new Intl.NumberFormat(this.resolvedLocale).format(count);
  }

  showToast(text: string, error: boolean): void {
    this.actions.showToast(text, error);
  }

  showError(error: unknown): void {
    this.actions.showError(error);
  }

  /** Multi-select mode, with this message picked (the menu's "Select"). */
  enterSelection(message?: Message): void {
    this.selecting.enter(message);
  }

  /** Leave multi-select mode. */
  exitSelection(): void {
    this.selecting.exit();
  }

  /** The multi-select state: on or off, and the picked message IDs. */
  get selectionState(): SelectionState {
    return this.selecting.state;
  }

  toggleSelected(message: Message): void {
    this.selecting.toggle(message);
  }

  forwardMessages(messages: readonly Message[], mode: ForwardMode, returnFocusTo?: HTMLElement): Promise<boolean> {
    return this.forwarding.forward(messages, mode, returnFocusTo);
  }

  openReadReceipts(message: Message, returnFocusTo?: HTMLElement): Promise<void> {
    return this.readReceipts.open(message, returnFocusTo);
  }

  /** The sender's card (`<tim-profile-card>`, loaded on first use); "Send message" opens the one-to-one chat. */
  async openProfile(message: Message, returnFocusTo?: HTMLElement): Promise<void> {
    const store = this.actionStore;
    const userID = message.from;
    if (!store || !userID) return;
    const state = store.state.get();
    const user = ownValue(state.users, userID);
    const parsed = parseConversationID(message.conversationID);
    const member = parsed?.type === 'GROUP' ? ownValue(state.groupMembers, parsed.targetID)?.find((m) => m.userID === userID) : undefined;
    // The avatar itself when it holds the focus (a click, Enter on it), else its row.
    const row = returnFocusTo ?? this.rowFor(message.ID) ?? undefined;
    const active = deepActiveElement();
    const focusBack = active && row && (active === row || row.shadowRoot?.contains(active)) ? active : row;
    await openProfileCard(
      this,
      store,
      {
        userID,
        name: withoutBidiControls(user?.remark || user?.nick || member?.nick || message.nick || userID),
        avatar: user?.avatar || member?.avatar || message.avatar || '',
        nameCard: member?.nameCard || message.nameCard || '',
        isSelf: userID === this.selfID,
      },
      focusBack,
    );
  }

  openMerged(message: Message, returnFocusTo?: HTMLElement): Promise<void> {
    return this.forwarding.openMerged(message, returnFocusTo);
  }

  nearTop(): void {
    this.loadOlder();
  }

  /**
   * Runs before the virtualize directive draws the new range: hand the rows of messages that left
   * the range to those that came in (never the focused row, nor the one whose menu is open).
   */
  rangeChanged(first: number, last: number): void {
    const ids: string[] = [];
    if (first >= 0) for (let i = first; i <= last && i < this.items.length; i++) ids.push(this.items[i]!.ID);
    const keep: string[] = [];
    const active = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    if (active?.localName === 'tim-message' && active.dataset.id) {
      keep.push(active.dataset.id);
      // The focused row is leaving the drawn range (scrolled far away): the log keeps the focus, not <body>.
      if (!ids.includes(active.dataset.id)) this.keyboard.holdFocusInLog();
    }
    if (this.actions.menuFor) keep.push(this.actions.menuFor);
    this.rowSlots.assign(ids, keep);
    // The virtualizer has taken the new items: its rows are drawn from the current state now.
    this.itemsPending = false;
    this.keyboard.syncScrollerTabIndex();
  }

  /** After a layout or a scroll: more history when the rows do not fill the view, the unread button, read marks. */
  viewChanged(): void {
    const scroller = this.scroller;
    if (scroller && scroller.scrollHeight <= scroller.clientHeight + this.loadThreshold / 2) this.loadOlder();
    this.unread.maybeHide();
    this.reading.check();
  }

  /** Reactions, translate, edits, pins and forwarding: the actions the rows offer. */
  protected override get storeFeatures(): readonly StoreFeature[] {
    return MESSAGE_FEATURES;
  }

  // ───────────────────────── state → rows ─────────────────────────

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The buttons at the top move below the pinned bar while it shows.
    this.toggleAttribute('pinned-bar', this.pinned.showing);
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
      this.scrolling.itemsChanged(before, this.items);
      this.unread.itemsChanged();
      this.selecting.itemsChanged(this.items);
      this.announceFailedSends(before, this.items);
    }
    this.names.update(this.chatState.value, this.groupID);
    // Before render, so the jump button comes with this update rather than scheduling another.
    this.unread.capture();
    this.now = Date.now();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.names.ensureLoaded(this.activeStore, this.groupID, !!this.chatState.value?.groupMembers[this.groupID]);
    this.reading.maybeMarkRead();
  }

  /** A send that failed is said politely: the failed mark alone is silent to a screen reader. */
  private announceFailedSends(before: readonly Message[], after: readonly Message[]): void {
    const failed = newlyFailedSends(before, after);
    if (failed.length === 0) return;
    const t = this.strings(announcementStrings);
    const error = failed[failed.length - 1]!.error;
    announce(error ? t.sendFailedWithReason(errorText(this.resolvedLocale, error).replace(/[.。]\s*$/, '')) : t.sendFailed);
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
    this.unread.reset();
    this.highlightID = '';
    this.keyboard.setActive('');
    this.reading.reset();
    this.items = [];
    this.itemsSource = undefined;
    this.rowSlots.clear();
    this.actions.dismissToast();
    // Multi-select belongs to one conversation.
    this.selecting.selection.exit();
    this.scrolling.open(this.conversationId ? (this.activeStore?.readingPosition(this.conversationId) ?? null) : null);
  }

  /** Tell the store where the reader leaves this conversation (nothing when at the newest message). */
  private rememberReadingPosition(): void {
    if (this.openedFor) this.activeStore?.rememberReadingPosition(this.openedFor, this.scrolling.readingPosition());
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
        this.keyboard.activeID,
        this.scrolling.state.dividerID,
        this.renderVersion,
        this.names.lookup,
        this.emojiSet,
        this.faceStickers,
        this.groupingWindow,
        this.activeStore,
        this.chatState.value,
        this.conversionState.value,
        this.markdown,
        this.reactionsState.value,
        this.selecting.state,
        this.applicationRunner.version,
        this.readReceipts.version,
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
    const newCount = this.scrolling.state.newCount;
    return html`
      ${this.pinned.render()}
      ${keyed(
        this.conversationId,
        html`<div class="scroller" part="scroller" role="log" aria-live="polite" aria-relevant="additions"
            aria-label=${t.label} tabindex="-1"
            @keydown=${this.onRowsKeyDown} @focus=${this.keyboard.onScrollerFocus} @focusin=${this.keyboard.onScrollerFocusIn}
            @pointerdown=${this.keyboard.onPointerDown} @pointerup=${this.keyboard.onPointerUp} @pointercancel=${this.keyboard.onPointerUp}>
          ${guard([this.items, ...this.rowDeps()], () =>
            virtualize<Message | undefined>({
              items: this.items as Message[],
              // A stale range can ask past the end for a moment (after a delete): never throw.
              keyFunction: (m: Message | undefined) => (m ? this.rowSlots.keyOf(m.ID) : ''),
              renderItem: this.renderRow,
              layout: this.scrolling.layout,
              scroller: true,
            }),
          )}
        </div>`,
      )}
      ${
        state.loading && state.loaded
          ? html`<div class="older" part="older-status" role="status"><span class="spinner" aria-hidden="true"></span>${t.loadingOlder}</div>`
          : state.error
            ? html`<div class="older" part="older-status" role="alert">${t.olderFailed}<button type="button" @click=${this.retry}>${t.retry}</button></div>`
            : nothing
      }
      ${
        this.unread.boundary
          ? html`<button class="floating unread" part="unread-button" type="button" aria-label=${`${t.unreadAbove(this.unread.boundary.count)}. ${t.jumpToUnread}`}
            @click=${this.unread.jump}>${icon('arrowUp')} ${t.unreadAbove(this.unread.boundary.count)}</button>`
          : nothing
      }
      ${
        newCount > 0
          ? html`<button class="floating new-messages" part="new-messages-button" type="button" aria-label=${`${t.newMessages(newCount)}. ${t.jumpToLatest}`}
            @click=${this.jumpToLatest}>${icon('arrowDown')} ${t.newMessages(newCount)}</button>`
          : this.scrolling.newestOffScreen && mayShowJumpToLatest(this.scrolling.state)
            ? html`<button class="floating latest" part="jump-to-latest-button" type="button" aria-label=${t.jumpToLatest} title=${t.jumpToLatest}
              @click=${this.jumpToLatest}>${icon('arrowDown')}</button>`
            : nothing
      }
      ${this.selecting.renderBar()}
      ${this.renderToast()}
      <tim-message-actions></tim-message-actions>
      <tim-confirm-dialog></tim-confirm-dialog>
      <tim-image-viewer></tim-image-viewer>
      ${this.reactionRunner.render(this.reactionWords().chooseReaction)}
    `;
  }

  private renderSkeleton(label: string): TemplateResult {
    const widths = [46, 62, 38, 70, 54];
    return html`<div class="skeleton" part="loading" role="status" aria-label=${label} aria-busy="true">
      ${widths.map(
        (w, i) =>
          html`<div class="bone ${i % 2 ? 'out' : ''}">${i % 2 ? nothing : html`<span class="avatar"></span>`}<span class="bubble" style=${inlineStyle({ 'inline-size': `${w}%` })}></span></div>`,
      )}
    </div>`;
  }

  private renderToast(): TemplateResult | typeof nothing {
    const toast = this.actions.toast;
    if (!toast) return nothing;
    const t = this.strings(messageListStrings);
    return html`<div class="toast ${toast.error ? 'error' : ''}" part="toast" role=${toast.error ? 'alert' : 'status'}>
      <span>${toast.text}</span>
      <button type="button" aria-label=${t.dismiss} @click=${() => this.actions.dismissToast()}>${icon('close', 14)}</button>
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
    const activeID = this.keyboard.activeID;
    const classes = `${index === 0 ? 'first' : ''} ${index === items.length - 1 ? 'last' : ''}`;
    const conversions = this.conversionState.value;
    return html`<tim-message
      class=${classes}
      part="message"
      exportparts="row, bubble, avatar, name, time, status, resend, notice, date-separator, unread-divider, quote, upload"
      data-id=${message.ID}
      tabindex=${message.ID === activeID ? '0' : '-1'}
      .message=${message}
      .senderName=${own ? '' : senderName(message, this.names.lookup)}
      .senderAvatar=${user?.avatar || message.avatar}
      .showAvatar=${!own && startsRun}
      .avatarColumn=${!own}
      .showName=${isGroup && !own && startsRun}
      .runPosition=${position}
      .dateLabel=${dateLabel}
      .unreadLabel=${message.ID === this.scrolling.state.dividerID ? this.strings(messageListStrings).newDivider : ''}
      .noticeText=${kind === 'bubble' ? '' : noticeText(message, this.names.lookup, this.selfID, locale)}
      .readMarks=${message.conversationType !== '@TIM#SYSTEM'}
      .highlighted=${message.ID === this.highlightID}
      .mentionsMe=${!own && kind === 'bubble' && mentionsUser(message, this.selfID)}
      .store=${this.activeStore}
      .emojiSet=${this.emojiSet}
      .faceStickers=${this.faceStickers}
      .renderVersion=${this.renderVersion}
      .markdown=${this.markdown}
      .translation=${conversions ? conversionOf(conversions, 'translation', message.ID) : null}
      .transcript=${conversions ? conversionOf(conversions, 'transcript', message.ID) : null}
      .reactions=${this.reactionsState.value?.[message.ID] ?? NO_REACTIONS}
      .reactable=${!!this.activeStore?.reactions?.canReact(message)}
      .readReceipt=${own ? this.readReceipts.of(message) : null}
      .quickReactions=${this.reactionRunner.quick}
      .reactorName=${this.reactorName}
      .selecting=${this.selecting.active && kind === 'bubble'}
      .selected=${this.selecting.active && this.selecting.selection.isSelected(message.ID)}
      .application=${kind === 'notice' ? this.applicationRunner.rowOf(message) : null}
      @focus=${this.keyboard.onRowFocus}
    ></tim-message>`;
  };

  // ───────────────────────── jumping ─────────────────────────

  private readonly jumpToLatest = (): void => {
    this.scrolling.jumpToLatest();
    const last = this.items[this.items.length - 1];
    if (last) void this.focusRow(last.ID, false);
  };

  /** Scroll a loaded message into view, highlight it, and make it the focused row. */
  async scrollToMessage(messageID: string, block: ScrollLogicalPosition = 'center'): Promise<boolean> {
    if (!this.items.some((m) => m.ID === messageID)) return false;
    this.highlight(messageID);
    this.keyboard.setActive(messageID);
    await this.scrolling.jumpTo(messageID, block === 'nearest' ? 'center' : block, block === 'start' ? 8 : 0);
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
        this.actions.showToast(this.strings(messageListStrings).originalNotFound, true);
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

  loadOlder(): void {
    const state = this.listState.value;
    if (!state || !state.loaded || state.loading || state.isCompleted || state.error) return;
    void this.activeStore?.loadOlder(this.conversationId);
  }

  private readonly retry = (): void => {
    void this.activeStore?.loadOlder(this.conversationId);
  };

  // ───────────────────────── keyboard ─────────────────────────

  /** Multi-select keys first (Space, Escape), then the rows' own; Shift+arrows then extend the selection. */
  private readonly onRowsKeyDown = (event: KeyboardEvent): void => {
    const path = event.composedPath();
    const row = path.find((n): n is HTMLElement => n instanceof HTMLElement && n.localName === 'tim-message');
    if (this.selecting.onKeyDown(event, !!row && path[0] === row, row?.dataset.id ?? '')) return;
    this.keyboard.onKeyDown(event);
    this.selecting.afterKeyDown(event);
  };

  async focusRow(messageID: string, scroll = true): Promise<void> {
    return this.keyboard.focusRow(messageID, scroll);
  }

  bringRowIn(messageID: string): Promise<HTMLElement | null> {
    this.scrolling.bringIntoRange(messageID);
    return this.scrolling.rowDrawn(messageID);
  }

  focusMoved(toNewest: boolean): void {
    this.scrolling.focusMoved(toNewest);
  }

  openMenu(message: Message, row: HTMLElement, returnFocusTo?: HTMLElement): void {
    this.actions.openMenu(message, row, undefined, undefined, returnFocusTo);
  }

  // ───────────────────────── actions ─────────────────────────

  /** Fire the action's cancelable event; unless cancelled, do it (through the store). */
  performAction(action: MessageAction, message: Message): Promise<void> {
    return this.actions.perform(action, message);
  }
}
