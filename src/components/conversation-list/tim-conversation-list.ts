import { withoutBidiControls } from '../../core/util/index.js';
import { html, nothing, type PropertyValues } from 'lit';
import { inlineStyle } from '../base/inline-style.js';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Conversation } from '../../core/model/index.js';
import { displayNameOf } from '../../core/model/index.js';
import { parseConversationID, targetIDOf } from '../../core/model/index.js';
import type { GroupProfile, UserProfile } from '../../core/model/index.js';
import type { ChatState, StoreFeature, UserPresenceState } from '../../core/store/index.js';
import { conversationMarksFeature, presenceFeature, showsUnread, type ConversationMarks } from '../../core/store/index.js';
import {
  groupApplicationsFeature,
  useFeature,
  type GroupApplications,
  type GroupApplicationsState,
  type GroupApplicationView,
} from '../../core/store/index.js';
import { createNameLookup } from '../../core/notices/index.js';
import { announce } from '../base/live-region.js';
import { TimGroupApplicationAnswerEvent } from '../message/group-application/events.js';
import { groupApplicationStrings } from '../message/group-application/strings.js';
import { presenceDot, presenceOf } from '../base/presence.js';
import { formatListTime } from '../../core/i18n/index.js';
import '../avatar/define.js';
import type { TimConfirmDialog } from '../confirm-dialog/tim-confirm-dialog.js';
import { loadPart } from '../base/lazy-part.js';
import { lazyPartStyles } from '../styles/lazy-part.styles.js';
import { icon } from '../icons/icons.js';
import { StoreConsumerElement } from '../base/store-consumer.js';
import { StoreController } from '../base/store-controller.js';
import { TimConversationActionEvent, TimConversationSelectEvent, TimMessageSearchSelectEvent, type ConversationAction } from './events.js';
import { conversationListStrings } from './strings.js';
import { renderConversationSummary } from './conversation-summary.js';
import { ownValue } from '../../core/util/index.js';
import { RovingFocusController } from '../base/roving-focus-controller.js';
import { LongPressController } from '../base/long-press-controller.js';
import { placeMenu, pointBox, type Box } from '../base/menu-placement.js';
import { neighbourAfterRemoval } from '../base/neighbour-after-removal.js';
import { ArrivalAnnouncements } from '../base/arrival-announcements.js';
import { announcementStrings } from '../base/announcement-strings.js';
import { timConversationListStyles } from './tim-conversation-list.styles.js';
import { NewChatFlow } from './new-chat-flow.js';
import { openMessageSearch } from '../message-search/message-search-flow.js';
import { messageSearchStrings } from '../message-search/strings.js';
import { deepActiveElement } from '../base/deep-active-element.js';
import { newChatStrings } from '../new-chat/strings.js';

/**
 * @summary The list of conversations: avatar, name, last message, time, unread badge; pinned
 * first; a search filter; per-conversation actions; full keyboard and touch use.
 *
 * A row's actions (pin, mute, mark read or unread, delete) open in a menu beside the row: from its "…" button
 * (shown on hover and focus, always on touch screens), a right-click, a long press on a touch
 * screen, or the ContextMenu key / Shift+F10 on the focused row. Escape closes it and gives the
 * focus back to the row. When the focused row leaves the list (deleted, here or elsewhere) the
 * focus goes to its neighbour; when it moves (pinned, a new message) the focus goes with it.
 * New messages in the conversations not open (and not muted) are announced to screen readers,
 * at most once in 10 s.
 *
 * @fires tim-conversation-select - A conversation was chosen (cancelable: the store then does not open it).
 * @fires tim-conversation-action - Pin, mute, mark read, mark unread, delete, or accept / decline the System notifications row's request was chosen from a row's menu (cancelable: the store then does nothing; a delete asks to confirm first).
 * @fires tim-message-search-select - A message found by "Search messages" was chosen (cancelable: its conversation then does not open).
 * @fires tim-group-application-answer - Accept or Decline of the System notifications row's join request or invitation (cancelable: the store then does not answer).
 *
 * A "Search messages" button beside the search box opens a dialog, loaded on first use, that
 * finds messages kept on this device in every chat; choosing one opens its chat, and `<tim-chat>`
 * shows the message there.
 *
 * A "New chat" button beside the search box (on backends that find people and groups,
 * `ServiceFeatures.directory`) opens a dialog, loaded on first use, that finds people and groups by
 * ID or name; the chat chosen opens as a row does (`tim-conversation-select`), a free group is
 * joined first, and a group that approves gets a request.
 *
 * @csspart search - The search input.
 * @csspart new-chat-button - "New chat" beside the search box.
 * @csspart search-messages-button - "Search messages" beside the search box.
 * @csspart list - The listbox.
 * @csspart item - A conversation row.
 * @csspart avatar - A row's avatar.
 * @csspart name - A row's name.
 * @csspart summary - A row's last-message line.
 * @csspart time - A row's time.
 * @csspart badge - The unread badge (a dot when muted, or when marked unread).
 * @csspart presence - The online-status dot on a one-to-one avatar (when the backend tells status).
 * @csspart more-button - A row's "…" that opens its actions menu (shown on hover and focus; always on touch screens).
 * @csspart row-application - Under the System notifications row whose newest notice is a join request or an invitation: Accept / Decline, or where the answer stands.
 * @csspart row-accept - Accept in that row (a pointer's; the keyboard answers from the row's menu, which lists "Accept …" and "Decline …").
 * @csspart row-decline - Decline in that row.
 * @csspart row-application-status - "Accepting…", "Accepted", "Declined"… in that row.
 * @csspart row-application-error - Why the answer was not sent (the buttons come back).
 * @csspart menu - The actions menu.
 *
 * @cssprop --tim-conversation-list-bg - Background.
 * @cssprop --tim-conversation-item-hover-bg - Row background on hover.
 * @cssprop --tim-conversation-item-selected-bg - Background of the open conversation.
 * @cssprop --tim-conversation-item-pinned-bg - Background of pinned rows.
 * @cssprop --tim-conversation-badge-bg - Unread badge colour.
 * @cssprop --tim-presence-online-color - The online dot.
 * @cssprop --tim-presence-offline-color - The offline dot.
 */
export class TimConversationList extends StoreConsumerElement {
  static override styles = [lazyPartStyles, timConversationListStyles];

  /** The highlighted conversation; follows the store's open conversation unless set. */
  @property({ attribute: 'selected' }) selected?: string;
  /** Filter text (also typed into the search box). */
  @property() filter = '';
  /** Hide the search box. */
  @property({ type: Boolean, attribute: 'no-search' }) noSearch = false;
  /** Hide the "New chat" button (shown when the backend finds people and groups). */
  @property({ type: Boolean, attribute: 'no-new-chat' }) noNewChat = false;

  /** Hide the "Search messages" button. */
  @property({ type: Boolean, attribute: 'no-message-search' }) noMessageSearch = false;

  /** "New chat": its dialog is loaded on first use. */
  private readonly newChat = new NewChatFlow(this);

  /** New messages in conversations not open are announced politely, throttled (see ArrivalAnnouncements). */
  protected readonly arrivals = new ArrivalAnnouncements(
    this,
    () => this.activeStore,
    () => this.strings(announcementStrings),
  );
  /** Arrow keys over the rows (by conversation ID: a row can re-render or move as messages arrive). */
  private readonly rows = new RovingFocusController<string>(this, {
    items: () => this.visibleConversations.map((c) => c.conversationID),
    home: () => this.selectedID ?? undefined,
    focus: (id) => this.focusRow(id),
    move: { pageSize: 8, leaveAtStart: true },
    // Up from the first row goes back to the search box above the list.
    leave: () => this.renderRoot.querySelector<HTMLInputElement>('input')?.focus(),
  });
  /** Arrow keys in the row's menu: round from the last item to the first. */
  private readonly menuKeys = new RovingFocusController<HTMLElement>(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.menu button')],
    move: { wrap: true },
  });
  /**
   * The open actions menu: whose, the box it opens beside (the "…" button, or a right-click's
   * point), and where its row was then (the menu follows the row when the list scrolls).
   */
  @state() private menu?: { conversationID: string; anchor: Box; rowTop: number };
  @query('[role="listbox"]') private listbox!: HTMLElement;
  /** Hold a row on a touch screen: its actions menu. Its `timers` are replaced in tests. */
  readonly longPress = new LongPressController<string>(this, {
    target: (event) => this.rowIn(event.composedPath())?.dataset.id,
    onLongPress: (id) => this.openMenuBeside(id),
  });
  /** The IDs of the rows as last drawn, and the row that held the focus before this update. */
  private shownIDs: readonly string[] = [];
  private focusBefore?: string;

  private readonly chat = new StoreController<ChatState, ChatState>(
    this,
    () => this.activeStore?.state,
    (s) => s,
  );
  private nowTimer?: ReturnType<typeof setInterval>;
  /** Online status of the one-to-one peers shown (when the backend tells it). */
  private readonly presence = new StoreController<UserPresenceState, UserPresenceState>(
    this,
    () => presenceOf(this.activeStore)?.state,
    (s) => s,
  );
  /** This list's name for the people it shows (the presence feature watches every view's). */
  private readonly presenceView = `conversation-list-${Math.random().toString(36).slice(2)}`;
  private watchedPeers = '';

  /** Join requests and invitations, answered from the System notifications row (where the backend answers them). */
  private readonly applicationsState = new StoreController<GroupApplicationsState, GroupApplicationsState>(
    this,
    () => this.applications?.state,
    (s) => s,
  );

  protected override get storeFeatures(): readonly StoreFeature[] {
    return [conversationMarksFeature, presenceFeature, groupApplicationsFeature];
  }

  private get applications(): GroupApplications | undefined {
    return useFeature(this.activeStore, groupApplicationsFeature);
  }

  /** What the System notifications row offers: its newest notice's join request or invitation, or null. */
  private applicationOf(conversation: Conversation): GroupApplicationView | null {
    if (conversation.type !== '@TIM#SYSTEM' || !this.applicationsState.value) return null;
    return this.applications?.viewOfConversation(conversation) ?? null;
  }

  /** "Accept Emma Wilson's invitation to join Book Club": who and which group, as the reader knows them. */
  private applicationLabels(view: GroupApplicationView): { accept: string; decline: string } {
    const t = this.strings(groupApplicationStrings);
    const names = createNameLookup({ users: this.state?.users });
    const personID = view.kind === 'invite' ? view.notice.operatorID : view.userID;
    const person = names(personID) ?? personID;
    const group = view.notice.groupName || view.groupID;
    return view.kind === 'invite'
      ? { accept: t.acceptInvitation(person, group), decline: t.declineInvitation(person, group) }
      : { accept: t.acceptRequest(person, group), decline: t.declineRequest(person, group) };
  }

  /**
   * Answer the row's request without opening System notifications: the cancelable
   * `tim-group-application-answer`, then the store; the row shows the answer going out, then its
   * outcome (said politely too), or the failure with the buttons again.
   */
  private answerFromRow(conversation: Conversation, accept: boolean): void {
    const message = conversation.lastMessage;
    const applications = this.applications;
    if (!message || !applications || !this.emit(new TimGroupApplicationAnswerEvent(message, accept))) return;
    const t = this.strings(groupApplicationStrings);
    applications.answer(message, accept).then(
      () => announce(accept ? t.accepted : t.declined),
      () => announce(t.failed),
    );
  }

  private renderRowApplication(conversation: Conversation, view: GroupApplicationView) {
    const t = this.strings(groupApplicationStrings);
    const said: Partial<Record<GroupApplicationView['status'], string>> = {
      accepting: t.accepting,
      declining: t.declining,
      accepted: t.accepted,
      declined: t.declined,
    };
    const status = said[view.status];
    if (view.status === 'handled') return nothing;
    if (status) {
      return html`<div part="row-application" class="row-application"><span class="visually-hidden">, </span><span
        part="row-application-status" class="row-application-status ${view.status}">${status}</span></div>`;
    }
    const labels = this.applicationLabels(view);
    // Not buttons: an option's content is presentational; the keyboard answers from the row's menu (ContextMenu, Shift+F10).
    const action = (accept: boolean) => (e: Event) => {
      e.stopPropagation();
      this.answerFromRow(conversation, accept);
    };
    return html`<div part="row-application" class="row-application">
      ${view.status === 'failed' ? html`<span class="visually-hidden">, </span><span class="row-application-error" part="row-application-error">${t.failed}</span>` : nothing}
      <span part="row-accept" class="row-action accept" aria-hidden="true" title=${labels.accept} @click=${action(true)}>${t.accept}</span>
      <span part="row-decline" class="row-action" aria-hidden="true" title=${labels.decline} @click=${action(false)}>${t.decline}</span>
    </div>`;
  }

  private get marks(): ConversationMarks | undefined {
    const use = (this.activeStore as { use?: (f: StoreFeature<ConversationMarks>) => ConversationMarks } | undefined)?.use;
    return typeof use === 'function' ? use.call(this.activeStore, conversationMarksFeature) : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Times like "14:05" become "Yesterday" at midnight: refresh once a minute.
    this.nowTimer = setInterval(() => this.requestUpdate(), 60_000);
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.nowTimer);
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
    this.watchedPeers = '';
    void presenceOf(this.activeStore)?.show(this.presenceView, []);
  }

  /** Watch the online status of the one-to-one peers in the list (the presence feature subscribes them). */
  private watchPeers(): void {
    const peers = this.visibleConversations.filter((c) => c.type === 'C2C').map((c) => targetIDOf(c.conversationID));
    const key = peers.join('\n');
    if (key === this.watchedPeers) return;
    this.watchedPeers = key;
    void presenceOf(this.activeStore)?.show(this.presenceView, peers);
  }

  private get state(): ChatState | undefined {
    return this.chat.value;
  }

  private get selectedID(): string | null {
    return this.selected ?? this.state?.activeConversationID ?? null;
  }

  /** The conversations shown, after the filter. */
  get visibleConversations(): readonly Conversation[] {
    const all = this.state?.conversations ?? [];
    const query = this.filter.trim().toLocaleLowerCase();
    if (!query) return all;
    return all.filter((c) => {
      const name = this.nameOf(c).toLocaleLowerCase();
      return name.includes(query) || c.conversationID.toLocaleLowerCase().includes(query);
    });
  }

  /** Shown without directional controls, which could reorder the row ("invoice\u202Efdp.exe"). */
  private nameOf(conversation: Conversation): string {
    return withoutBidiControls(this.rawNameOf(conversation));
  }

  private rawNameOf(conversation: Conversation): string {
    if (conversation.type === '@TIM#SYSTEM') return this.strings(conversationListStrings).system;
    const id = targetIDOf(conversation.conversationID);
    if (conversation.type === 'C2C') {
      const user = this.userOf(conversation);
      return user?.remark || user?.nick || displayNameOf(conversation) || id;
    }
    return this.groupOf(conversation)?.name || displayNameOf(conversation) || id;
  }

  private userOf(conversation: Conversation): UserProfile | undefined {
    return this.state && ownValue(this.state.users, targetIDOf(conversation.conversationID));
  }

  private groupOf(conversation: Conversation): GroupProfile | undefined {
    return this.state && ownValue(this.state.groups, targetIDOf(conversation.conversationID));
  }

  private avatarOf(conversation: Conversation): string {
    if (conversation.type === 'C2C') return this.userOf(conversation)?.avatar || conversation.userProfile?.avatar || '';
    if (conversation.type === 'GROUP') return this.groupOf(conversation)?.avatar || conversation.groupProfile?.avatar || '';
    return '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A row that moves (pinned, a new message) or goes is taken out of the document, and the
    // focus with it: note whose it was, to give it back (or to a neighbour) once drawn.
    const active = this.shadowRoot?.activeElement;
    this.focusBefore = active instanceof HTMLElement && active.matches('[data-id]') ? active.dataset.id : undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.watchPeers();
    this.restoreLostFocus();
    if (this.menu && changed.has('menu')) {
      this.placeMenu();
      const first = this.renderRoot.querySelector<HTMLButtonElement>('.menu button');
      first?.focus();
    }
  }

  /** The focused row moved or went in this update and the focus fell to `<body>`: the row again, else its neighbour, else the search box or the list. */
  private restoreLostFocus(): void {
    const before = this.focusBefore;
    const previous = this.shownIDs;
    this.focusBefore = undefined;
    this.shownIDs = this.visibleConversations.map((c) => c.conversationID);
    if (before === undefined || this.shadowRoot?.activeElement) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    const next = neighbourAfterRemoval(previous, this.shownIDs, before);
    if (next !== undefined) this.focusItem(next);
    else this.focusOutsideRows();
  }

  private focusOutsideRows(): void {
    const search = this.renderRoot.querySelector<HTMLInputElement>('input');
    if (search) search.focus();
    else this.listbox?.focus();
  }

  /** Put the open menu beside its anchor, inside the viewport (it is drawn first, then measured). */
  private placeMenu(): void {
    const menu = this.renderRoot.querySelector<HTMLElement>('.menu');
    if (!menu || !this.menu) return;
    const size = menu.getBoundingClientRect();
    const dir = getComputedStyle(this).direction === 'rtl' ? 'rtl' : 'ltr';
    const at = placeMenu(this.menu.anchor, size, { width: window.innerWidth, height: window.innerHeight }, { dir });
    menu.style.left = `${at.x}px`;
    menu.style.top = `${at.y}px`;
    menu.style.visibility = 'visible';
  }

  override render() {
    const t = this.strings(conversationListStrings);
    const list = this.visibleConversations;
    const focused = this.rows.active;
    return html`
      ${
        this.noSearch
          ? nothing
          : html`<div class="search">
        <input part="search" type="search" dir="auto" .value=${this.filter} placeholder=${t.search} aria-label=${t.searchLabel}
          @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)}
          @keydown=${this.onSearchKey} />
        ${this.renderMessageSearchButton()}${this.renderNewChatButton()}
      </div>`
      }
      <ul part="list" role="listbox" aria-label=${t.label} tabindex="-1" @keydown=${this.onListKey}
        @scroll=${this.onListScroll}>
        ${
          this.state && !this.state.conversationsLoaded
            ? [0, 1, 2, 3].map(
                () =>
                  html`<li class="skeleton" aria-hidden="true"><div class="circle"></div><div></div><div style=${inlineStyle({ 'inline-size': '60%' })}></div></li>`,
              )
            : nothing
        }
        ${repeat(
          list,
          (c) => c.conversationID,
          (c) => this.renderItemSafely(c, c.conversationID === focused),
        )}
      </ul>
      ${
        this.state?.conversationsLoaded && list.length === 0
          ? html`<div class="empty" role="status">${this.filter.trim() ? t.noMatch(this.filter.trim()) : t.empty}</div>`
          : nothing
      }
      ${this.menu ? this.renderMenu() : nothing}
      <tim-confirm-dialog></tim-confirm-dialog>
    `;
  }

  private renderMessageSearchButton() {
    if (this.noMessageSearch || !this.activeStore) return nothing;
    const label = this.strings(messageSearchStrings).open;
    return html`<button type="button" class="new-chat search-messages" part="search-messages-button" aria-label=${label} title=${label} aria-haspopup="dialog"
      @click=${(e: Event) => void this.searchMessages(e.currentTarget as HTMLElement)}>${icon('search', 20)}</button>`;
  }

  /** "Search messages" in every chat; the message chosen opens its chat (and `<tim-chat>` shows it). */
  async searchMessages(returnFocusTo?: HTMLElement): Promise<void> {
    const choice = await openMessageSearch(this.renderRoot, this.activeStore, { returnFocusTo });
    if (!choice.messageID) return;
    if (!this.emit(new TimMessageSearchSelectEvent(choice.conversationID, choice.messageID))) return;
    this.select(choice.conversationID);
  }

  private renderNewChatButton() {
    if (this.noNewChat || !this.newChat.of(this.activeStore)) return nothing;
    const label = this.strings(newChatStrings).open;
    return html`<button type="button" class="new-chat" part="new-chat-button" aria-label=${label} title=${label} aria-haspopup="dialog"
      @click=${(e: Event) => void this.newChat.open(this.activeStore, e.currentTarget as HTMLElement)}>${icon('plus', 20)}</button>`;
  }

  /** One row whose data nothing expected costs that row only: a placeholder, the rest renders. */
  private renderItemSafely(conversation: Conversation, tabbable: boolean) {
    try {
      return this.renderItem(conversation, tabbable);
    } catch (error) {
      console.warn('tim-conversation-list: a conversation could not be shown', conversation?.conversationID, error);
      const id = String(conversation?.conversationID ?? '');
      return html`<li part="item" class="item unrenderable" role="option" aria-selected="false" tabindex=${tabbable ? 0 : -1}
        data-id=${id} @click=${() => this.select(id)}><div part="name" class="name"><span>${this.strings(conversationListStrings).cannotShow}</span></div></li>`;
    }
  }

  private renderItem(conversation: Conversation, tabbable: boolean) {
    const t = this.strings(conversationListStrings);
    const id = conversation.conversationID;
    const name = this.nameOf(conversation);
    const muted = conversation.messageRemindType !== 'AcceptAndNotify';
    const unread = conversation.unreadCount;
    const marked = !unread && conversation.markedUnread === true;
    const status = conversation.type === 'C2C' ? this.presence.value?.statuses[targetIDOf(id)] : undefined;
    const time = formatListTime(Math.max(conversation.lastMessage?.time ?? 0, conversation.draft?.editTime ?? 0), this.resolvedLocale);
    // The row's name comes from its text, drawn in the order read: "Bob, last message, 14:05,
    // 3 unread, Pinned, Muted". The avatar and the badge are for the eye only; the commas and the
    // states are for the ear only. (Not an aria-label: the name then holds what is on screen, for
    // voice control.)
    const states = [
      status === 'online' ? t.online : '',
      unread ? t.unread(unread) : '',
      marked ? t.markedUnread : '',
      conversation.isPinned ? t.pinned : '',
      muted ? t.muted : '',
    ]
      .filter(Boolean)
      .join(', ');
    const comma = html`<span class="visually-hidden">, </span>`;
    const key = encodeURIComponent(id);
    const application = this.applicationOf(conversation);
    return html`<li
      part="item"
      class="item ${conversation.isPinned ? 'pinned' : ''}"
      role="option"
      id="item-${key}"
      data-id=${id}
      aria-selected=${id === this.selectedID ? 'true' : 'false'}
      tabindex=${tabbable ? 0 : -1}
      @click=${() => this.select(id)}
      @focus=${() => this.rows.setActive(id)}
      @contextmenu=${(e: MouseEvent) => this.onContextMenu(e, id)}
    >
      ${
        conversation.type === '@TIM#SYSTEM'
          ? html`<span part="avatar" class="system-avatar" aria-hidden="true">${icon('bell', 22)}</span>`
          : html`<tim-avatar part="avatar" decorative .src=${this.avatarOf(conversation)} .name=${name} .seed=${parseConversationID(id)?.targetID || id} aria-hidden="true"></tim-avatar>`
      }
      ${status ? presenceDot(status) : nothing}
      <div part="name" class="name"><span dir="auto">${name}</span>
        ${muted ? icon('bellOff') : nothing}
      </div>
      ${comma}
      <div part="summary" class="summary" dir="auto">${renderConversationSummary(conversation, this.state, this.resolvedLocale)}</div>
      ${application ? this.renderRowApplication(conversation, application) : nothing}
      ${comma}
      <div part="time" class="time">${time}</div>
      <div class="meta">
        ${conversation.isPinned ? icon('pin') : nothing}
        ${
          unread > 0
            ? muted
              ? html`<span part="badge" class="badge dot" aria-hidden="true"></span>`
              : html`<span part="badge" class="badge" aria-hidden="true">${unread > 99 ? '99+' : unread}</span>`
            : marked
              ? html`<span part="badge" class="badge dot marked" aria-hidden="true"></span>`
              : nothing
        }
        ${states ? html`<span class="visually-hidden">, ${states}</span>` : nothing}
      </div>
      ${
        // Not a button: an option's content is presentational, and the menu has its keys (ContextMenu, Shift+F10).
        html`<span part="more-button" class="more" aria-hidden="true" title=${t.actions}
          @click=${(e: MouseEvent) => {
            e.stopPropagation();
            this.openMenuBeside(id);
          }}>${icon('more', 18)}</span>`
      }
    </li>`;
  }

  private renderMenu() {
    const t = this.strings(conversationListStrings);
    const menu = this.menu!;
    const conversation = this.state?.conversations.find((c) => c.conversationID === menu.conversationID);
    if (!conversation) return nothing;
    const muted = conversation.messageRemindType !== 'AcceptAndNotify';
    const items: [ConversationAction, string, boolean?][] = [
      [conversation.isPinned ? 'unpin' : 'pin', conversation.isPinned ? t.unpin : t.pin],
      [muted ? 'unmute' : 'mute', muted ? t.unmute : t.mute],
      ...(showsUnread(conversation)
        ? [['mark-read', t.markRead] as [ConversationAction, string]]
        : this.marks?.supported && conversation.type !== '@TIM#SYSTEM'
          ? [['mark-unread', t.markUnread] as [ConversationAction, string]]
          : []),
      ...this.applicationMenuItems(conversation),
      ['delete', t.delete, true],
      ['delete-with-messages', t.deleteWithMessages, true],
    ];
    // Drawn hidden, then measured and placed beside its row (placeMenu, after the render).
    return html`<div part="menu" class="menu" role="menu" aria-label=${t.actions} @keydown=${this.onMenuKey}>
      ${items.map(
        ([action, text, danger]) => html`<button role="menuitem" tabindex="-1" class=${danger ? 'danger' : ''}
        @click=${() => this.runAction(menu.conversationID, action)}>${text}</button>`,
      )}
    </div>`;
  }

  /** "Accept …" and "Decline …" in the System notifications row's menu while its request waits (the keyboard's way to answer). */
  private applicationMenuItems(conversation: Conversation): [ConversationAction, string][] {
    const view = this.applicationOf(conversation);
    if (view?.status !== 'pending' && view?.status !== 'failed') return [];
    const labels = this.applicationLabels(view);
    return [
      ['accept-request', labels.accept],
      ['decline-request', labels.decline],
    ];
  }

  /** Choose a conversation: fires tim-conversation-select; unless cancelled, the store opens it. */
  select(conversationID: string): void {
    this.rows.setActive(conversationID);
    if (!this.emit(new TimConversationSelectEvent(conversationID))) return;
    void this.activeStore?.openConversation(conversationID);
  }

  /** A right-click opens the menu at the pointer; a touch's context menu (a long press) beside the row. */
  private onContextMenu(event: MouseEvent, conversationID: string): void {
    event.preventDefault();
    const touch = (event as PointerEvent).pointerType === 'touch';
    const row = this.rowElement(conversationID);
    if (event.clientX && !touch && row) {
      this.menu = { conversationID, anchor: pointBox(event.clientX, event.clientY), rowTop: row.getBoundingClientRect().top };
    } else this.openMenuBeside(conversationID);
  }

  /** Open a row's menu beside it: under its "…" button (the row itself when that is not drawn). */
  private openMenuBeside(conversationID: string): void {
    const row = this.rowElement(conversationID);
    if (!row) return;
    const more = row.querySelector<HTMLElement>('.more');
    const box = more && more.getClientRects().length ? more.getBoundingClientRect() : row.getBoundingClientRect();
    const anchor = { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
    this.menu = { conversationID, anchor, rowTop: row.getBoundingClientRect().top };
  }

  /** The list scrolled under an open menu: move the menu with its row. */
  private readonly onListScroll = () => {
    const menu = this.menu;
    const row = menu && this.rowElement(menu.conversationID);
    if (!menu || !row) return;
    const top = row.getBoundingClientRect().top;
    const dy = top - menu.rowTop;
    const { left, right } = menu.anchor;
    menu.anchor = { left, right, top: menu.anchor.top + dy, bottom: menu.anchor.bottom + dy };
    menu.rowTop = top;
    this.placeMenu();
  };

  private rowElement(conversationID: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(conversationID)}"]`);
  }

  /** The row an event happened in (its composed path crosses this shadow root). */
  private rowIn(path: readonly EventTarget[]): HTMLElement | undefined {
    return path.find((n): n is HTMLElement => n instanceof HTMLElement && n.matches('[data-id]') && this.renderRoot.contains(n));
  }

  private closeMenu(restoreFocus: boolean): void {
    const id = this.menu?.conversationID;
    this.menu = undefined;
    if (restoreFocus && id) this.focusItem(id);
  }

  private readonly onOutsidePointer = (event: Event) => {
    if (!this.menu) return;
    const menu = this.renderRoot.querySelector('.menu');
    if (menu && event.composedPath().includes(menu)) return;
    this.closeMenu(false);
  };

  private runAction(conversationID: string, action: ConversationAction): void {
    this.closeMenu(true);
    if (!this.emit(new TimConversationActionEvent(conversationID, action))) return;
    const store = this.activeStore;
    if (!store) return;
    switch (action) {
      case 'pin':
      case 'unpin':
        void store.pinConversation(conversationID, action === 'pin');
        break;
      case 'mute':
      case 'unmute':
        void store.muteConversation(conversationID, action === 'mute');
        break;
      case 'mark-read': {
        const conversation = this.state?.conversations.find((c) => c.conversationID === conversationID);
        if (conversation?.unreadCount) void store.markConversationRead(conversationID);
        if (conversation?.markedUnread) this.marks?.setUnread(conversationID, false).catch(() => {});
        break;
      }
      case 'mark-unread':
        // A failure shows in the store's lastError; the mark is undone.
        this.marks?.setUnread(conversationID, true).catch(() => {});
        break;
      case 'delete':
      case 'delete-with-messages':
        void this.confirmAndDelete(conversationID, action === 'delete-with-messages');
        break;
      case 'accept-request':
      case 'decline-request': {
        const conversation = this.state?.conversations.find((c) => c.conversationID === conversationID);
        if (conversation) this.answerFromRow(conversation, action === 'accept-request');
        break;
      }
    }
  }

  /** Ask first; then delete (with its history when asked). Focus moves to the conversation that takes its place. */
  private async confirmAndDelete(conversationID: string, clearHistory: boolean): Promise<void> {
    const store = this.activeStore;
    const conversation = this.state?.conversations.find((c) => c.conversationID === conversationID);
    if (!store || !conversation) return;
    // The dialog's module loads on first use.
    const dialog = await loadPart<TimConfirmDialog>(this, 'tim-confirm-dialog', () => import('../confirm-dialog/define.js'));
    const t = this.strings(conversationListStrings);
    const name = this.nameOf(conversation);
    const row = this.rowElement(conversationID);
    const confirmed = await dialog.confirm({
      title: clearHistory ? t.deleteWithMessagesTitle(name) : t.deleteTitle(name),
      message: clearHistory ? t.deleteWithMessagesText : t.deleteText,
      confirmLabel: t.deleteConfirm,
      danger: true,
      // Back to the row either way: once it goes, restoreLostFocus moves the focus to its neighbour.
      returnFocusTo: row ?? undefined,
    });
    if (!confirmed) return;
    await store.deleteConversation(conversationID, { clearHistory }).catch(() => {
      // The store shows the failure in lastError; the conversation stays in the list.
    });
  }

  private focusItem(conversationID: string): void {
    this.rows.focus(conversationID);
  }

  /**
   * The focus goes to a conversation's row: now, or when the row comes (a chat just started or a
   * group just joined arrives a moment later), unless the focus moved on meanwhile.
   */
  focusConversation(conversationID: string): void {
    const store = this.activeStore;
    const listed = () => !!store?.state.get().conversations.some((c) => c.conversationID === conversationID);
    if (listed() || !store) return this.focusItem(conversationID);
    const focusedBefore = deepActiveElement();
    const stop = store.state.subscribe(
      (s) => s.conversations,
      () => {
        if (!listed()) return;
        stop();
        if (deepActiveElement() === focusedBefore) this.focusItem(conversationID);
      },
    );
  }

  private focusRow(conversationID: string): void {
    void this.updateComplete.then(() => this.rowElement(conversationID)?.focus());
  }

  private readonly onSearchKey = (event: KeyboardEvent) => {
    // An IME is composing (Chinese, Japanese…): Enter and the arrows pick its candidates, not a conversation.
    if (event.isComposing || event.keyCode === 229) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      const first = this.visibleConversations[0];
      if (first) this.focusItem(first.conversationID);
    } else if (event.key === 'Escape' && this.filter) {
      this.filter = '';
    } else if (event.key === 'Enter') {
      const first = this.visibleConversations[0];
      if (first) this.select(first.conversationID);
    }
  };

  private readonly onListKey = (event: KeyboardEvent) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-id]');
    if (!item) return;
    if (this.rows.handleKey(event, item.dataset.id)) return;
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.select(item.dataset.id!);
        return;
      case 'ContextMenu':
        event.preventDefault();
        this.openMenuBeside(item.dataset.id!);
        return;
      case 'F10':
        if (!event.shiftKey) return;
        event.preventDefault();
        this.openMenuBeside(item.dataset.id!);
        return;
    }
  };

  private readonly onMenuKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      this.closeMenu(true);
      return;
    }
    this.menuKeys.handleKey(event, this.shadowRoot!.activeElement as HTMLElement);
  };

  /** Focus the list (the open conversation's row, or the first). */
  override focus(): void {
    const id = this.selectedID ?? this.visibleConversations[0]?.conversationID;
    if (id) this.focusItem(id);
    else this.listbox?.focus();
  }
}
