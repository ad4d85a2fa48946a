import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { errorText } from '../../core/i18n/index.js';
import type { Message } from '../../core/model/index.js';
import type { GroupReadReceipt } from '../../core/service/index.js';
import {
  ReadMemberPages,
  type ChatState,
  type ChatStoreApi,
  type ReadMemberFilter,
  type ReadMemberPagesState,
} from '../../core/store/index.js';
import { RovingFocusController } from '../base/roving-focus-controller.js';
import { StoreController } from '../base/store-controller.js';
import { TimElement } from '../base/tim-element.js';
import { icon } from '../icons/icons.js';
import { deepActiveElement } from '../base/deep-active-element.js';
import { readReceiptStrings } from '../message/read-receipt/strings.js';
import { timReadReceiptsStyles } from './tim-read-receipts.styles.js';

const FILTERS: readonly ReadMemberFilter[] = ['read', 'unread'];

/** What `show` is given: the message, its store, its counts and how the list names people. */
export interface ReadReceiptsRequest {
  readonly message: Message;
  readonly store: ChatStoreApi;
  /** The counts shown under the message (the tabs' numbers). */
  readonly receipt: GroupReadReceipt | null;
  /** A person as the list names them (name card, nick, else the ID). */
  readonly nameOf: (userID: string) => string;
  /** Where the focus goes back on close (default: what held it). */
  readonly returnFocusTo?: HTMLElement;
}

/**
 * @summary Who has read one's own group message and who has not, in a modal dialog: two tabs, Read
 * and Unread (with their counts), each a list of members with avatar and name, paged ("Show more"
 * asks the backend for the next page). ←/→ move between the tabs, Escape or Close closes and the
 * focus goes back to "N read". The lists are the store's (`store.readReceipts.readMembers`; the
 * paging state is the core's `ReadMemberPages`). Loaded by `<tim-message-list>` on first use.
 *
 * @csspart dialog - The dialog box.
 * @csspart header - The title bar with Close.
 * @csspart title - The dialog's title.
 * @csspart close-button - Close.
 * @csspart tabs - The Read / Unread switch.
 * @csspart tab - Each tab (`aria-selected` on the one shown).
 * @csspart list - The members of the tab shown.
 * @csspart member - One member: avatar and name.
 * @csspart more-button - "Show more": the next page.
 * @csspart status - Loading, empty and error lines.
 *
 * @cssprop --tim-dialog-bg - Background (default `--tim-color-surface-raised`).
 * @cssprop --tim-dialog-backdrop - The backdrop behind the dialog (default `--tim-color-overlay`).
 */
export class TimReadReceipts extends TimElement {
  static override styles = timReadReceiptsStyles;

  @state() private tab: ReadMemberFilter = 'read';
  @state() private request: ReadReceiptsRequest | null = null;
  @state() private pages: ReadMemberPages | null = null;
  private returnFocusTo?: HTMLElement;

  private readonly lists = new StoreController<ReadMemberPagesState, ReadMemberPagesState>(
    this,
    () => this.pages?.state,
    (s) => s,
  );
  /** Names and avatars arrive as the store fetches the readers' profiles. */
  private readonly users = new StoreController<ChatState, ChatState['users']>(
    this,
    () => this.request?.store.state,
    (s) => s.users,
  );
  private readonly tabKeys = new RovingFocusController<ReadMemberFilter>(this, {
    items: () => FILTERS,
    home: () => this.tab,
    focus: (tab) => {
      this.select(tab);
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
    },
    move: { orientation: 'horizontal', wrap: true, keys: ['ArrowLeft', 'ArrowRight'] },
  });

  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  /** The tab shown. */
  get shownTab(): ReadMemberFilter {
    return this.tab;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Open for a message: the Read tab first (Unread when nobody has read it yet), its first page loading. */
  async show(request: ReadReceiptsRequest): Promise<void> {
    const receipts = request.store.readReceipts;
    if (!receipts) return;
    this.request = request;
    this.returnFocusTo = request.returnFocusTo ?? deepActiveElement();
    this.pages = new ReadMemberPages(request.message, (message, filter, cursor) => receipts.readMembers(message, filter, cursor));
    this.tab = request.receipt && request.receipt.readCount === 0 ? 'unread' : 'read';
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
    this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus();
    await this.pages.more(this.tab);
  }

  close(): void {
    if (this.dialog?.open) this.dialog.close();
    this.request = null;
    this.pages = null;
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (target?.isConnected) target.focus({ preventScroll: true });
  }

  private select(tab: ReadMemberFilter): void {
    this.tab = tab;
    const list = this.pages?.state.get()[tab];
    if (list && list.userIDs.length === 0 && !list.complete && !list.loading) void this.pages?.more(tab);
  }

  override render() {
    const t = this.strings(readReceiptStrings);
    const receipt = this.request?.receipt;
    return html`<dialog part="dialog" aria-modal="true" aria-labelledby="title" @cancel=${this.onCancel}>
      ${
        this.request
          ? html`<div class="header" part="header">
              <h2 id="title" part="title">${t.title}</h2>
              <button type="button" class="close" part="close-button" aria-label=${t.close} title=${t.close} @click=${() => this.close()}>
                ${icon('close', 20)}
              </button>
            </div>
            <div class="tabs" part="tabs" role="tablist" aria-labelledby="title" @keydown=${this.onTabsKeyDown}>
              ${FILTERS.map((filter) => {
                const count = receipt ? (filter === 'read' ? receipt.readCount : receipt.unreadCount) : null;
                const label = filter === 'read' ? t.readTab(count ?? 0) : t.unreadTab(count ?? 0);
                return html`<button class="tab" part="tab" role="tab" id="tab-${filter}" type="button"
                  aria-selected=${this.tab === filter ? 'true' : 'false'} aria-controls="panel" tabindex=${this.tabKeys.tabIndexOf(filter)}
                  @click=${() => this.select(filter)}>${label}</button>`;
              })}
            </div>
            <div class="panel" id="panel" role="tabpanel" aria-labelledby="tab-${this.tab}">${this.renderList(this.tab)}</div>`
          : nothing
      }
    </dialog>`;
  }

  private renderList(filter: ReadMemberFilter): TemplateResult {
    const t = this.strings(readReceiptStrings);
    const list = this.lists.value?.[filter];
    if (!list) return html``;
    const nameOf = this.request?.nameOf ?? ((id: string) => id);
    const users = this.users.value ?? {};
    const rows = list.userIDs.map((userID) => {
      const name = nameOf(userID);
      const avatar = Object.prototype.hasOwnProperty.call(users, userID) ? users[userID]?.avatar : '';
      return html`<li class="member" part="member">
        <tim-avatar decorative .src=${avatar ?? ''} .name=${name} .seed=${userID}></tim-avatar>
        <span class="name" dir="auto">${name}</span>
      </li>`;
    });
    let status: TemplateResult | typeof nothing = nothing;
    if (list.error) {
      status = html`<div class="status" part="status" role="alert">
        <span>${t.failed} ${errorText(this.resolvedLocale, list.error)}</span>
        <button type="button" @click=${() => void this.pages?.more(filter)}>${t.retry}</button>
      </div>`;
    } else if (list.loading) {
      status = html`<div class="status" part="status" role="status"><span class="spinner" aria-hidden="true"></span>${t.loading}</div>`;
    } else if (list.complete && list.userIDs.length === 0) {
      status = html`<div class="status" part="status" role="status">${filter === 'read' ? t.nobodyRead : t.everyoneRead}</div>`;
    }
    const more =
      !list.complete && !list.loading && !list.error && list.userIDs.length > 0
        ? html`<button type="button" class="more" part="more-button" @click=${() => void this.pages?.more(filter)}>${t.loadMore}</button>`
        : nothing;
    return html`${rows.length ? html`<ul class="list" part="list">${rows}</ul>` : nothing}${status}${more}`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request = null;
    this.pages = null;
  }

  private readonly onTabsKeyDown = (event: KeyboardEvent): void => {
    this.tabKeys.handleKey(event, this.tab);
  };

  private readonly onCancel = (event: Event): void => {
    event.preventDefault();
    this.close();
  };
}
