import { withoutBidiControls } from '../../core/util/index.js';
import { html, nothing, type PropertyValues } from 'lit';
import { inlineStyle } from '../base/inline-style.js';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Conversation } from '../../core/model/index.js';
import { displayNameOf } from '../../core/model/index.js';
import { parseConversationID, targetIDOf } from '../../core/model/index.js';
import type { GroupProfile, UserProfile } from '../../core/model/index.js';
import type { ChatState } from '../../core/store/index.js';
import { formatListTime } from '../../core/i18n/index.js';
import '../avatar/define.js';
import '../confirm-dialog/define.js';
import type { TimConfirmDialog } from '../confirm-dialog/tim-confirm-dialog.js';
import { icon } from '../icons/icons.js';
import { StoreConsumerElement } from '../base/store-consumer.js';
import { StoreController } from '../base/store-controller.js';
import { TimConversationActionEvent, TimConversationSelectEvent, type ConversationAction } from './events.js';
import { conversationListStrings } from './strings.js';
import { renderConversationSummary } from './conversation-summary.js';
import { ownValue } from '../../core/util/index.js';
import { RovingFocusController } from '../base/roving-focus-controller.js';
import { timConversationListStyles } from './tim-conversation-list.styles.js';

/**
 * @summary The list of conversations: avatar, name, last message, time, unread badge; pinned
 * first; a search filter; per-conversation actions; full keyboard use.
 *
 * @fires tim-conversation-select - A conversation was chosen (cancelable: the store then does not open it).
 * @fires tim-conversation-action - Pin, mute, mark read or delete was chosen (cancelable: the store then does nothing; a delete asks to confirm first).
 *
 * @csspart search - The search input.
 * @csspart list - The listbox.
 * @csspart item - A conversation row.
 * @csspart avatar - A row's avatar.
 * @csspart name - A row's name.
 * @csspart summary - A row's last-message line.
 * @csspart time - A row's time.
 * @csspart badge - The unread badge (or dot when muted).
 * @csspart menu - The actions menu.
 *
 * @cssprop --tim-conversation-list-bg - Background.
 * @cssprop --tim-conversation-item-hover-bg - Row background on hover.
 * @cssprop --tim-conversation-item-selected-bg - Background of the open conversation.
 * @cssprop --tim-conversation-item-pinned-bg - Background of pinned rows.
 * @cssprop --tim-conversation-badge-bg - Unread badge colour.
 */
export class TimConversationList extends StoreConsumerElement {
  static override styles = timConversationListStyles;

  /** The highlighted conversation; follows the store's open conversation unless set. */
  @property({ attribute: 'selected' }) selected?: string;
  /** Filter text (also typed into the search box). */
  @property() filter = '';
  /** Hide the search box. */
  @property({ type: Boolean, attribute: 'no-search' }) noSearch = false;

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
  @state() private menu?: { conversationID: string; x: number; y: number };
  @query('[role="listbox"]') private listbox!: HTMLElement;

  private readonly chat = new StoreController<ChatState, ChatState>(
    this,
    () => this.activeStore?.state,
    (s) => s,
  );
  private nowTimer?: ReturnType<typeof setInterval>;

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

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.menu && changed.has('menu')) {
      const first = this.renderRoot.querySelector<HTMLButtonElement>('.menu button');
      first?.focus();
    }
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
        <input part="search" type="search" .value=${this.filter} placeholder=${t.search} aria-label=${t.searchLabel}
          @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)}
          @keydown=${this.onSearchKey} />
      </div>`
      }
      <ul part="list" role="listbox" aria-label=${t.label} @keydown=${this.onListKey}>
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
    const time = Math.max(conversation.lastMessage?.time ?? 0, conversation.draft?.editTime ?? 0);
    // Said after the visible text, so the accessible name starts with what is on screen.
    const status = [conversation.isPinned ? t.pinned : '', muted ? t.muted : '', unread ? t.unread(unread) : ''].filter(Boolean).join(', ');
    return html`<li
      part="item"
      class="item ${conversation.isPinned ? 'pinned' : ''}"
      role="option"
      id="item-${id}"
      data-id=${id}
      aria-selected=${id === this.selectedID ? 'true' : 'false'}
      tabindex=${tabbable ? 0 : -1}
      @click=${() => this.select(id)}
      @focus=${() => this.rows.setActive(id)}
      @contextmenu=${(e: MouseEvent) => this.openMenu(e, id)}
    >
      ${
        conversation.type === '@TIM#SYSTEM'
          ? html`<span part="avatar" class="system-avatar" aria-hidden="true">${icon('bell', 22)}</span>`
          : html`<tim-avatar part="avatar" .src=${this.avatarOf(conversation)} .name=${name} .seed=${parseConversationID(id)?.targetID || id} aria-hidden="true"></tim-avatar>`
      }
      <div part="name" class="name"><span>${name}</span>
        ${muted ? icon('bellOff') : nothing}
      </div>
      <div part="time" class="time">${formatListTime(time, this.resolvedLocale)}</div>
      <div part="summary" class="summary">${renderConversationSummary(conversation, this.state, this.resolvedLocale)}</div>
      <div class="meta">
        ${conversation.isPinned ? icon('pin') : nothing}
        ${
          unread > 0
            ? muted
              ? html`<span part="badge" class="badge dot" aria-hidden="true"></span>`
              : html`<span part="badge" class="badge" aria-hidden="true">${unread > 99 ? '99+' : unread}</span>`
            : nothing
        }
        ${status ? html`<span class="visually-hidden">, ${status}</span>` : nothing}
      </div>
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
      ...(conversation.unreadCount > 0 ? [['mark-read', t.markRead] as [ConversationAction, string]] : []),
      ['delete', t.delete, true],
      ['delete-with-messages', t.deleteWithMessages, true],
    ];
    const x = Math.min(menu.x, window.innerWidth - 220);
    const y = Math.min(menu.y, window.innerHeight - items.length * 40 - 16);
    return html`<div part="menu" class="menu" role="menu" aria-label=${t.actions} style=${inlineStyle({ left: `${x}px`, top: `${y}px` })}
      @keydown=${this.onMenuKey}>
      ${items.map(
        ([action, text, danger]) => html`<button role="menuitem" tabindex="-1" class=${danger ? 'danger' : ''}
        @click=${() => this.runAction(menu.conversationID, action)}>${text}</button>`,
      )}
    </div>`;
  }

  /** Choose a conversation: fires tim-conversation-select; unless cancelled, the store opens it. */
  select(conversationID: string): void {
    this.rows.setActive(conversationID);
    if (!this.emit(new TimConversationSelectEvent(conversationID))) return;
    void this.activeStore?.openConversation(conversationID);
  }

  private openMenu(event: MouseEvent | KeyboardEvent, conversationID: string): void {
    event.preventDefault();
    let x: number;
    let y: number;
    if (event instanceof MouseEvent && event.clientX) {
      x = event.clientX;
      y = event.clientY;
    } else {
      const rect =
        (event.currentTarget as HTMLElement | null)?.getBoundingClientRect() ??
        this.renderRoot.querySelector(`[data-id="${CSS.escape(conversationID)}"]`)?.getBoundingClientRect();
      x = (rect?.left ?? 0) + 48;
      y = (rect?.bottom ?? 0) - 8;
    }
    this.menu = { conversationID, x, y };
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
      case 'mark-read':
        void store.markConversationRead(conversationID);
        break;
      case 'delete':
      case 'delete-with-messages':
        void this.confirmAndDelete(conversationID, action === 'delete-with-messages');
        break;
    }
  }

  /** Ask first; then delete (with its history when asked). Focus moves to the conversation that takes its place. */
  private async confirmAndDelete(conversationID: string, clearHistory: boolean): Promise<void> {
    const store = this.activeStore;
    const dialog = this.renderRoot.querySelector<TimConfirmDialog>('tim-confirm-dialog');
    const conversation = this.state?.conversations.find((c) => c.conversationID === conversationID);
    if (!store || !dialog || !conversation) return;
    const t = this.strings(conversationListStrings);
    const name = this.nameOf(conversation);
    const confirmed = await dialog.confirm({
      title: clearHistory ? t.deleteWithMessagesTitle(name) : t.deleteTitle(name),
      message: clearHistory ? t.deleteWithMessagesText : t.deleteText,
      confirmLabel: t.deleteConfirm,
      danger: true,
    });
    if (!confirmed) return;
    const list = this.visibleConversations;
    const index = list.findIndex((c) => c.conversationID === conversationID);
    const next = list[index + 1] ?? list[index - 1];
    await store.deleteConversation(conversationID, { clearHistory }).catch(() => {
      // The store shows the failure in lastError; the conversation stays in the list.
    });
    if (next) this.focusItem(next.conversationID);
  }

  private focusItem(conversationID: string): void {
    this.rows.focus(conversationID);
  }

  private focusRow(conversationID: string): void {
    void this.updateComplete.then(() => {
      const item = this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(conversationID)}"]`);
      item?.focus();
    });
  }

  private readonly onSearchKey = (event: KeyboardEvent) => {
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
        this.openMenu(event, item.dataset.id!);
        return;
      case 'F10':
        if (event.shiftKey) this.openMenu(event, item.dataset.id!);
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
