import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { durationText, errorText, formatListTime } from '../../core/i18n/index.js';
import {
  displayNameOfMember,
  groupConversationID,
  isMemberMuted,
  MEMBER_MUTE_DURATIONS,
  type GroupMember,
  type GroupType,
} from '../../core/model/index.js';
import {
  groupInfoMembers,
  type GroupMemberRequest,
  shallowEqual,
  type ChatState,
  type ChatStoreApi,
  type GroupInfo,
  type GroupInfoField,
  type GroupInfoState,
} from '../../core/store/index.js';
import { ownValue, withoutBidiControls } from '../../core/util/index.js';
import { deepActiveElement } from '../base/deep-active-element.js';
import { placeMenu, pointBox, type Box } from '../base/menu-placement.js';
import { RovingFocusController } from '../base/roving-focus-controller.js';
import { StoreController } from '../base/store-controller.js';
import { TimElement } from '../base/tim-element.js';
import '../confirm-dialog/define.js';
import type { TimConfirmDialog } from '../confirm-dialog/tim-confirm-dialog.js';
import { TimConversationActionEvent } from '../conversation-list/events.js';
import { icon } from '../icons/icons.js';
import { openProfileCard } from '../profile-card/profile-card-flow.js';
import { TimGroupInfoSaveEvent, TimGroupLeaveEvent, TimGroupMemberActionEvent } from './events.js';
import { groupMemberStrings } from './member-strings.js';
import { groupInfoStrings } from './strings.js';
import { timGroupInfoStyles } from './tim-group-info.styles.js';

/** The fields in the order the panel lists them (TUIKit's group profile page). */
const FIELDS: readonly GroupInfoField[] = ['name', 'notification', 'introduction', 'avatar', 'nameCard'];
/** Fields edited in several lines (Shift+Enter makes a new line; Enter saves). */
const MULTILINE: ReadonlySet<GroupInfoField> = new Set(['notification', 'introduction']);

/** What `show` is given. */
export interface GroupInfoRequest {
  readonly store: ChatStoreApi;
  /** The store's group info feature (`groupInfoFeature`). */
  readonly groupInfo: GroupInfo;
  readonly groupID: string;
  /** Where the focus goes back on close (default: what held it). */
  readonly returnFocusTo?: HTMLElement;
}

/**
 * @summary The group's info panel (TUIKit's group profile page), a side sheet over the chat (the
 * whole screen on a phone): the group's picture, name, type and ID; its notice, introduction and
 * picture, and one's own nickname in the group, edited in place where one's role allows (Enter
 * saves, Escape cancels; changes reach every member as the group tips the message list shows);
 * muting its notifications; its members, virtualized and searchable, with their roles and a
 * "Muted" badge (a member opens their profile card); each member's menu (its "…" button, a
 * right-click, or Shift+F10 / the ContextMenu key on the row) with what one's role allows over
 * theirs (`memberActionsOf`): Make admin / Remove admin, Mute for 10 minutes … 1 day / Unmute,
 * Transfer ownership and Remove from group (the last two behind a confirmation); and Leave or
 * Dismiss behind a confirmation. The state is the core's
 * (`groupInfoFeature`: what one may change, edits on their way and their errors). Loaded by
 * `<tim-chat>` on first use, from the header's "Group info" button or a click on the group's name.
 *
 * Keyboard: Tab goes through the panel; on the member search ArrowDown enters the list, where
 * ArrowUp/ArrowDown/Home/End move, Enter opens a member's card and Shift+F10 (or ContextMenu) their
 * menu, where the arrows move, Enter chooses and Escape or Tab closes it; Escape cancels an edit,
 * else closes the panel, and the focus goes back where it was.
 *
 * @fires tim-group-info-save - A field is saved (cancelable; `detail.field`, `detail.value`).
 * @fires tim-group-leave - Leaving or dismissing was confirmed (cancelable; `detail.action`: 'quit' | 'dismiss').
 * @fires tim-group-member-action - A member's action was chosen (and confirmed) (cancelable; `detail.userID`,
 * `detail.action`: 'remove' | 'makeAdmin' | 'removeAdmin' | 'transferOwner' | 'mute', `detail.seconds` for a mute, 0 lifts it).
 * @fires tim-conversation-action - Mute or unmute was switched (cancelable; as the conversation list's menu).
 * @fires tim-conversation-select - "Send message" on a member's card (cancelable: the chat then does not open).
 *
 * @csspart dialog - The sheet.
 * @csspart header - The title bar with Close.
 * @csspart summary - The group's picture, name, type and ID.
 * @csspart field - One profile field (label, value, Edit).
 * @csspart edit-button - A field's Edit button.
 * @csspart mute - The mute switch's row.
 * @csspart members - The members section.
 * @csspart member-search - The member search box.
 * @csspart member-list - The members (virtualized: only the rows near the view are drawn; the sheet scrolls them).
 * @csspart member - One member: avatar, name, role.
 * @csspart role - A member's role badge (Owner, Admin).
 * @csspart muted-badge - A muted member's "Muted" badge (its title says until when).
 * @csspart member-more-button - A member's "…" button, which opens their menu.
 * @csspart member-menu - A member's actions menu.
 * @csspart member-error - Why the last action on a member failed, with Dismiss.
 * @csspart leave-button - Leave group / Dismiss group.
 *
 * @cssprop --tim-dialog-bg - Background (default `--tim-color-surface-raised`).
 * @cssprop --tim-dialog-backdrop - The backdrop behind the sheet (default `--tim-color-overlay`).
 * @cssprop --tim-group-info-width - The sheet's width on wide screens (default 380px).
 * @cssprop --tim-group-info-role-bg - The role badge's background (default `--tim-color-selected`).
 */
export class TimGroupInfo extends TimElement {
  static override styles = timGroupInfoStyles;

  @state() private request: GroupInfoRequest | null = null;
  /** The field being edited, and whether the Save button or Enter is on its way. */
  @state() private editing: GroupInfoField | null = null;
  /** The virtualizer has drawn the first rows (tests and styles wait on `data-drawn`). */
  @state() private listDrawn = false;
  /** A member's open menu: whose, and the box it opens beside (the "…" button, the row, a right-click's point). */
  @state() private memberMenu?: { userID: string; anchor: Box };
  private returnFocusTo?: HTMLElement;
  /** Draws again when the soonest mute in the list ends (its "Muted" badge goes). */
  private muteEndTimer: ReturnType<typeof setTimeout> | undefined;
  private resolveClosed?: () => void;

  private readonly info = new StoreController<GroupInfoState, GroupInfoState>(
    this,
    () => this.request?.groupInfo.state,
    (s) => s,
  );
  private readonly chat = new StoreController<ChatState, Pick<ChatState, 'conversations' | 'me' | 'users'>>(
    this,
    () => this.request?.store.state,
    (s) => ({ conversations: s.conversations, me: s.me, users: s.users }),
    shallowEqual,
  );
  private readonly memberKeys = new RovingFocusController<string>(this, {
    items: () => this.shownMembers.map((m) => m.userID),
    contains: (userID) => this.shownMembers.some((m) => m.userID === userID),
    focus: (userID) => this.focusMember(userID),
    leave: () => this.searchBox?.focus(),
    move: { leaveAtStart: true },
  });

  private readonly menuKeys = new RovingFocusController<HTMLElement>(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.menu [role="menuitem"]')],
    move: { wrap: true },
  });

  /** Is the panel showing. */
  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  /** The members listed now (searched, owner first). */
  get shownMembers(): GroupMember[] {
    const s = this.info.value;
    return s ? groupInfoMembers(s) : [];
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private get searchBox(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
  }

  /** Show a group's panel; resolves when it closes. */
  async show(request: GroupInfoRequest): Promise<void> {
    this.close();
    this.request = request;
    this.editing = null;
    this.listDrawn = false;
    this.returnFocusTo = request.returnFocusTo ?? deepActiveElement();
    const closed = new Promise<void>((resolve) => (this.resolveClosed = resolve));
    void request.groupInfo.open(request.groupID);
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog?.isConnected) {
      this.close();
      return closed;
    }
    if (!dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('.close')?.focus();
    return closed;
  }

  close(): void {
    const request = this.request;
    if (!request) return;
    if (this.dialog?.open) this.dialog.close();
    request.groupInfo.close();
    this.request = null;
    this.editing = null;
    this.memberMenu = undefined;
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (target?.isConnected) target.focus({ preventScroll: true });
    const resolve = this.resolveClosed;
    this.resolveClosed = undefined;
    resolve?.();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
    clearTimeout(this.muteEndTimer);
    this.close();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.watchMuteEnds();
    if (this.memberMenu && changed.has('memberMenu')) {
      this.placeMemberMenu();
      this.renderRoot.querySelector<HTMLElement>('.menu [role="menuitem"]')?.focus();
    }
  }

  override render() {
    const t = this.strings(groupInfoStrings);
    const s = this.info.value;
    return html`<dialog part="dialog" aria-modal="true" aria-labelledby="title" @cancel=${this.onCancel}>
        ${
          this.request && s
            ? html`<div class="header" part="header">
                  <h2 id="title">${t.title}</h2>
                  <button type="button" class="close" part="close-button" aria-label=${t.close} title=${t.close} @click=${() => this.close()}>
                    ${icon('close', 20)}
                  </button>
                </div>
                <div class="body" @scroll=${this.onBodyScroll}>
                  ${this.renderSummary(s)} ${this.renderFields(s)} ${this.renderMute(s)} ${this.renderMembers(s)} ${this.renderLeave(s)}
                </div>
                ${this.renderMemberMenu(s)}`
            : nothing
        }
      </dialog>
      <tim-confirm-dialog></tim-confirm-dialog>`;
  }

  private renderSummary(s: GroupInfoState): TemplateResult {
    const t = this.strings(groupInfoStrings);
    const profile = s.profile;
    const name = withoutBidiControls(profile?.name || s.groupID);
    const count = profile?.memberCount || s.members.length;
    const facts = [
      profile ? this.typeName(profile.type) : '',
      count ? t.members(new Intl.NumberFormat(this.resolvedLocale).format(count)) : '',
    ]
      .filter(Boolean)
      .join(' · ');
    const standing = profile?.isDismissed ? t.dismissed : profile && !profile.selfRole ? t.notMember : '';
    return html`<section class="summary" part="summary">
      <tim-avatar decorative .src=${profile?.avatar ?? ''} .name=${name} .seed=${s.groupID}></tim-avatar>
      <div class="summary-text">
        <div class="group-name" dir="auto">${name}</div>
        ${facts ? html`<div class="sub">${facts}</div>` : nothing}
        <div class="sub" dir="auto">${t.groupID(s.groupID)}</div>
      </div>
    </section>
    ${standing ? html`<p class="standing" role="status">${standing}</p>` : nothing}
    ${s.profileError && !profile ? html`<p class="error" role="alert">${errorText(this.resolvedLocale, s.profileError)}</p>` : nothing}`;
  }

  private renderFields(s: GroupInfoState): TemplateResult {
    const t = this.strings(groupInfoStrings);
    const permissions = this.request!.groupInfo.permissions;
    const fields = FIELDS.filter((field) =>
      field === 'nameCard' ? permissions.editNameCard : field === 'avatar' ? permissions.editProfile : true,
    );
    const readOnly = s.profile?.selfRole && !s.profile.isDismissed && !permissions.editProfile;
    return html`<section class="fields" aria-label=${t.title}>
      ${fields.map((field) => this.renderField(s, field, field === 'nameCard' ? permissions.editNameCard : permissions.editProfile))}
      ${readOnly ? html`<p class="hint">${t.readOnly}</p>` : nothing}
    </section>`;
  }

  private renderField(s: GroupInfoState, field: GroupInfoField, editable: boolean): TemplateResult {
    const t = this.strings(groupInfoStrings);
    const label = t[field];
    const value = field === 'nameCard' ? this.request!.groupInfo.ownNameCard() : (s.profile?.[field] ?? '');
    const save = s.saves[field];
    const editing = this.editing === field;
    const status =
      save?.status === 'saving'
        ? html`<p class="field-status" role="status">${t.saving}</p>`
        : save?.status === 'failed'
          ? html`<p class="field-status error" role="alert">${t.saveFailed(errorText(this.resolvedLocale, save.error))}</p>`
          : nothing;
    if (editing) {
      const draft = save?.value ?? value;
      const input = MULTILINE.has(field)
        ? html`<textarea id="edit-${field}" class="editor" rows="3" dir="auto" aria-labelledby="label-${field}" aria-describedby="hint-${field}"
            .value=${draft} ?disabled=${save?.status === 'saving'} @keydown=${(e: KeyboardEvent) => this.onEditorKey(e, field)}></textarea>`
        : html`<input id="edit-${field}" class="editor" type=${field === 'avatar' ? 'url' : 'text'} dir="auto" aria-labelledby="label-${field}"
            aria-describedby="hint-${field}" .value=${draft} ?disabled=${save?.status === 'saving'}
            @keydown=${(e: KeyboardEvent) => this.onEditorKey(e, field)} />`;
      return html`<div class="field editing" part="field">
        <div class="field-label" id="label-${field}">${label}</div>
        ${input}
        <div class="editor-bar">
          <span class="hint" id="hint-${field}">${t.editHint}</span>
          <button type="button" class="quiet" @click=${() => this.cancelEdit(field)}>${t.cancel}</button>
          <button type="button" class="primary" ?disabled=${save?.status === 'saving'} @click=${() => void this.saveEdit(field)}>${t.save}</button>
        </div>
        ${status}
      </div>`;
    }
    return html`<div class="field" part="field">
      <div class="field-text">
        <div class="field-label" id="label-${field}">${label}</div>
        <div class="value ${value ? '' : 'empty'}" dir="auto">${value || t.none}</div>
      </div>
      ${
        editable
          ? html`<button type="button" class="edit" part="edit-button" id="edit-button-${field}" aria-label=${t.edit(label)} title=${t.edit(label)}
              @click=${() => this.startEdit(field)}>${icon('edit', 18)}</button>`
          : nothing
      }
      ${status}
    </div>`;
  }

  private renderMute(s: GroupInfoState): TemplateResult | typeof nothing {
    const t = this.strings(groupInfoStrings);
    if (!s.profile?.selfRole || s.profile.isDismissed) return nothing;
    const conversationID = groupConversationID(s.groupID);
    const conversation = this.chat.value?.conversations.find((c) => c.conversationID === conversationID);
    const muted = conversation?.messageRemindType === 'AcceptNotNotify';
    return html`<label class="switch-row" part="mute">
      <span>${t.mute}</span>
      <input type="checkbox" role="switch" .checked=${muted} @change=${(e: Event) => this.setMuted((e.target as HTMLInputElement).checked)} />
    </label>`;
  }

  private renderMembers(s: GroupInfoState): TemplateResult {
    const t = this.strings(groupInfoStrings);
    const members = this.shownMembers;
    const total = s.profile?.memberCount || s.members.length;
    const heading = t.members(new Intl.NumberFormat(this.resolvedLocale).format(total));
    let status: TemplateResult | typeof nothing = nothing;
    if (s.membersError) {
      status = html`<div class="status" role="alert"><span>${t.membersFailed} ${errorText(this.resolvedLocale, s.membersError)}</span>
        <button type="button" class="quiet" @click=${() => void this.request?.groupInfo.loadMore()}>${t.retry}</button></div>`;
    } else if (s.membersLoading && members.length === 0) {
      status = html`<div class="status" role="status">${t.loadingMembers}</div>`;
    } else if (s.query.trim() && members.length === 0 && !s.membersLoading) {
      status = html`<div class="status" role="status">${t.noMatch(s.query.trim())}</div>`;
    }
    return html`<section class="members" part="members" aria-labelledby="members-title">
      <h3 id="members-title">${heading}</h3>
      <input part="member-search" type="search" dir="auto" .value=${s.query} placeholder=${t.searchMembers} aria-label=${t.searchMembers}
        aria-controls="member-list" @input=${(e: InputEvent) => void this.request?.groupInfo.search((e.target as HTMLInputElement).value)}
        @keydown=${this.onSearchKey} />
      <div id="member-list" class="member-list" part="member-list" role="listbox" aria-labelledby="members-title"
        ?hidden=${members.length === 0} ?data-drawn=${this.listDrawn} @keydown=${this.onListKey} @rangeChanged=${this.onRange}>
        ${virtualize<GroupMember>({ items: members, keyFunction: (m) => m.userID, renderItem: (m) => this.renderMember(m) })}
      </div>
      ${status} ${this.renderMemberActionStatus(s)}
    </section>`;
  }

  /** The action on a member under way, or why it failed (with Dismiss). */
  private renderMemberActionStatus(s: GroupInfoState): TemplateResult | typeof nothing {
    const m = this.strings(groupMemberStrings);
    const action = s.memberAction;
    if (!action) return nothing;
    const member = s.members.find((m) => m.userID === action.userID);
    const name = member ? displayNameOfMember(member) : withoutBidiControls(action.userID);
    if (action.status === 'working') return html`<div class="status" role="status">${m.updating(name)}</div>`;
    return html`<div class="status error" part="member-error" role="alert">
      <span>${m.memberActionFailed(name, errorText(this.resolvedLocale, action.error))}</span>
      <button type="button" class="quiet" @click=${() => this.request?.groupInfo.dismissMemberError()}>${m.dismissError}</button>
    </div>`;
  }

  private renderMember(member: GroupMember): TemplateResult {
    const t = this.strings(groupInfoStrings);
    const m = this.strings(groupMemberStrings);
    const self = this.chat.value?.me?.userID === member.userID;
    const name = displayNameOfMember(member);
    const role = member.role === 'Owner' ? t.owner : member.role === 'Admin' ? t.admin : '';
    const groupInfo = this.request!.groupInfo;
    const hasActions = Object.values(groupInfo.memberActions(member)).some(Boolean);
    const muted = isMemberMuted(member, groupInfo.nowSeconds());
    const mutedUntil = muted ? m.mutedUntil(formatListTime(member.muteUntil, this.resolvedLocale)) : '';
    const action = this.info.value?.memberAction;
    const busy = action?.userID === member.userID && action.status === 'working';
    return html`<div class="member" part="member" role="option" aria-selected="false" data-id=${member.userID}
      aria-busy=${busy ? 'true' : 'false'} aria-keyshortcuts=${hasActions ? 'Shift+F10' : nothing}
      tabindex=${this.memberKeys.tabIndexOf(member.userID)} @click=${(e: Event) => this.openMember(member, e.currentTarget as HTMLElement)}
      @contextmenu=${(e: MouseEvent) => this.onMemberContextMenu(e, member.userID, hasActions)}
      @focus=${() => this.memberKeys.setActive(member.userID)}>
      <tim-avatar decorative .src=${member.avatar} .name=${name} .seed=${member.userID}></tim-avatar>
      <span class="member-name" dir="auto">${name}${self ? html` <span class="you">(${t.you})</span>` : nothing}</span>
      ${
        muted
          ? html`<span class="badge muted" part="muted-badge" title=${mutedUntil}><span class="visually-hidden">, ${mutedUntil}</span><span
              aria-hidden="true">${m.muted}</span></span>`
          : nothing
      }
      ${role ? html`<span class="role" part="role"><span class="visually-hidden">, </span>${role}</span>` : nothing}
      ${
        // Not a button: an option's content is presentational; the keyboard opens the same menu (Shift+F10, ContextMenu).
        hasActions
          ? html`<span part="member-more-button" class="more" aria-hidden="true" title=${m.memberActions(name)}
              @click=${(e: MouseEvent) => {
                e.stopPropagation();
                this.openMemberMenu(member.userID);
              }}>${icon('more', 18)}</span>`
          : nothing
      }
    </div>`;
  }

  /** The open member menu: what one's role allows over theirs, in TUIKit's order. */
  private renderMemberMenu(s: GroupInfoState): TemplateResult | typeof nothing {
    const menu = this.memberMenu;
    const member = menu && s.members.find((m) => m.userID === menu.userID);
    if (!member) return nothing;
    const m = this.strings(groupMemberStrings);
    const actions = this.request!.groupInfo.memberActions(member);
    const name = displayNameOfMember(member);
    const item = (request: GroupMemberRequest, text: string, extra: { danger?: boolean; label?: string } = {}) =>
      html`<button type="button" role="menuitem" tabindex="-1" class=${extra.danger ? 'danger-item' : ''} data-action=${request.action}
        aria-label=${extra.label ?? nothing} @click=${() => void this.chooseMemberAction(member, request)}>${text}</button>`;
    const muted = isMemberMuted(member, this.request!.groupInfo.nowSeconds());
    // Drawn hidden, then measured and placed beside its anchor (placeMemberMenu, after the render).
    return html`<div part="member-menu" class="menu" role="menu" aria-label=${m.memberActions(name)} @keydown=${this.onMenuKey}>
      ${actions.makeAdmin ? item({ action: 'makeAdmin' }, m.makeAdmin) : nothing}
      ${actions.removeAdmin ? item({ action: 'removeAdmin' }, m.removeAdmin) : nothing}
      ${
        actions.mute
          ? html`<div role="group" aria-label=${m.muteFor}>
              <div class="menu-heading" aria-hidden="true">${m.muteFor}</div>
              ${MEMBER_MUTE_DURATIONS.map((seconds) => {
                const duration = durationText(this.resolvedLocale, seconds);
                return item({ action: 'mute', seconds }, duration, { label: m.muteForDuration(duration) });
              })}
              ${muted ? item({ action: 'mute', seconds: 0 }, m.unmute) : nothing}
            </div>`
          : nothing
      }
      ${actions.transferOwner ? item({ action: 'transferOwner' }, m.transferOwner) : nothing}
      ${actions.remove ? item({ action: 'remove' }, m.removeMember, { danger: true }) : nothing}
    </div>`;
  }

  private renderLeave(s: GroupInfoState): TemplateResult | typeof nothing {
    const t = this.strings(groupInfoStrings);
    const permissions = this.request!.groupInfo.permissions;
    const leaving = s.leaving;
    const error =
      leaving?.status === 'failed'
        ? html`<p class="error" role="alert">${(leaving.action === 'quit' ? t.leaveFailed : t.dismissFailed)(errorText(this.resolvedLocale, leaving.error))}</p>`
        : nothing;
    if (!permissions.quit && !permissions.dismiss && !error) return nothing;
    const working = leaving?.status === 'working';
    return html`<section class="leave">
      ${
        permissions.dismiss
          ? html`<button type="button" class="danger" part="leave-button" ?disabled=${working} @click=${(e: Event) => void this.leave('dismiss', e.currentTarget as HTMLElement)}>${t.dismiss}</button>`
          : nothing
      }
      ${
        permissions.quit
          ? html`<button type="button" class="danger" part="leave-button" ?disabled=${working} @click=${(e: Event) => void this.leave('quit', e.currentTarget as HTMLElement)}>${t.leave}</button>`
          : nothing
      }
      ${error}
    </section>`;
  }

  private typeName(type: GroupType): string {
    const t = this.strings(groupInfoStrings);
    return { Work: t.typeWork, Public: t.typePublic, Meeting: t.typeMeeting, Community: t.typeCommunity, AVChatRoom: t.typeAVChatRoom }[
      type
    ];
  }

  // ── Editing ─────────────────────────────────────────────────────────────────

  private startEdit(field: GroupInfoField): void {
    if (this.editing && this.editing !== field) this.cancelEdit(this.editing, false);
    this.request?.groupInfo.dismissError(field);
    this.editing = field;
    void this.updateComplete.then(() => {
      const editor = this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#edit-${field}`);
      editor?.focus();
      editor?.select();
    });
  }

  private cancelEdit(field: GroupInfoField, refocus = true): void {
    this.request?.groupInfo.dismissError(field);
    this.editing = null;
    if (refocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#edit-button-${field}`)?.focus());
  }

  private async saveEdit(field: GroupInfoField): Promise<void> {
    const request = this.request;
    const editor = this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#edit-${field}`);
    if (!request || !editor) return;
    const value = editor.value;
    if (!this.dispatchEvent(new TimGroupInfoSaveEvent(request.groupID, field, value))) return;
    try {
      await request.groupInfo.save(field, value);
    } catch {
      // The field says why (`saves[field]`) and keeps the text for another try.
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#edit-${field}`)?.focus());
      return;
    }
    if (this.request === request && this.editing === field) this.cancelEdit(field);
  }

  private onEditorKey(event: KeyboardEvent, field: GroupInfoField): void {
    if (event.isComposing || event.keyCode === 229) return;
    if (event.key === 'Escape') {
      // Escape ends the edit, not the panel.
      event.preventDefault();
      event.stopPropagation();
      this.cancelEdit(field);
    } else if (event.key === 'Enter' && !(event.shiftKey && MULTILINE.has(field))) {
      event.preventDefault();
      void this.saveEdit(field);
    }
  }

  // ── Mute, members, leaving ───────────────────────────────────────────────────

  private setMuted(muted: boolean): void {
    const request = this.request;
    if (!request) return;
    const conversationID = groupConversationID(request.groupID);
    if (!this.dispatchEvent(new TimConversationActionEvent(conversationID, muted ? 'mute' : 'unmute'))) {
      this.requestUpdate();
      return;
    }
    // A refusal rolls the conversation back, and the switch with it.
    request.store.muteConversation(conversationID, muted).catch(() => this.requestUpdate());
  }

  private openMember(member: GroupMember, row: HTMLElement): void {
    const request = this.request;
    if (!request) return;
    this.memberKeys.setActive(member.userID);
    const user = ownValue(this.chat.value?.users ?? {}, member.userID);
    void openProfileCard(
      this,
      request.store,
      {
        userID: member.userID,
        name: withoutBidiControls(user?.remark || member.nick || user?.nick || member.userID),
        avatar: member.avatar || user?.avatar || '',
        nameCard: member.nameCard,
        isSelf: this.chat.value?.me?.userID === member.userID,
      },
      row,
    ).then((opened) => {
      // The chat with them is open: the panel has done its part.
      if (opened) this.close();
    });
  }

  private focusMember(userID: string): void {
    const index = this.shownMembers.findIndex((m) => m.userID === userID);
    const list = this.renderRoot.querySelector<HTMLElement>('#member-list') as (HTMLElement & VirtualizerHostElement) | null;
    if (index === -1 || !list) return;
    list[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' });
    const focus = (tries: number) => {
      const row = list.querySelector<HTMLElement>(`[data-id="${CSS.escape(userID)}"]`);
      if (row) row.focus({ preventScroll: false });
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    void this.updateComplete.then(() => focus(10));
  }

  // ── A member's menu ─────────────────────────────────────────────────────────

  /** Open a member's menu beside their "…" button (the row when that is not drawn). */
  private openMemberMenu(userID: string): void {
    const row = this.memberRow(userID);
    if (!row) return;
    this.request?.groupInfo.dismissMemberError();
    this.memberKeys.setActive(userID);
    const more = row.querySelector<HTMLElement>('.more');
    const box = (more && more.getClientRects().length ? more : row).getBoundingClientRect();
    this.memberMenu = { userID, anchor: { left: box.left, top: box.top, right: box.right, bottom: box.bottom } };
  }

  /** A right-click opens the menu at the pointer; a touch's context menu (a long press) beside the row. */
  private onMemberContextMenu(event: MouseEvent, userID: string, hasActions: boolean): void {
    if (!hasActions) return;
    event.preventDefault();
    this.request?.groupInfo.dismissMemberError();
    this.memberKeys.setActive(userID);
    const touch = (event as PointerEvent).pointerType === 'touch';
    if (event.clientX && !touch) this.memberMenu = { userID, anchor: pointBox(event.clientX, event.clientY) };
    else this.openMemberMenu(userID);
  }

  private closeMemberMenu(restoreFocus: boolean): void {
    const userID = this.memberMenu?.userID;
    this.memberMenu = undefined;
    if (restoreFocus && userID) this.focusMember(userID);
  }

  /** Render again when the soonest running mute ends, so that its badge (and Unmute) go on time. */
  private watchMuteEnds(): void {
    clearTimeout(this.muteEndTimer);
    this.muteEndTimer = undefined;
    const groupInfo = this.request?.groupInfo;
    if (!groupInfo) return;
    const now = groupInfo.nowSeconds();
    const ends = groupInfo.state
      .get()
      .members.map((m) => m.muteUntil)
      .filter((until) => until > now);
    if (!ends.length) return;
    // Capped so that a far end (a day) is not one long timer the browser may stretch.
    const wait = Math.min((Math.min(...ends) - now) * 1000 + 50, 60 * 60 * 1000);
    this.muteEndTimer = setTimeout(() => this.requestUpdate(), wait);
  }

  /** Put the open menu beside its anchor, inside the viewport (it is drawn first, then measured). */
  private placeMemberMenu(): void {
    const menu = this.renderRoot.querySelector<HTMLElement>('.menu');
    if (!menu || !this.memberMenu) return;
    const size = menu.getBoundingClientRect();
    const dir = getComputedStyle(this).direction === 'rtl' ? 'rtl' : 'ltr';
    const at = placeMenu(this.memberMenu.anchor, size, { width: window.innerWidth, height: window.innerHeight }, { dir });
    menu.style.left = `${at.x}px`;
    menu.style.top = `${at.y}px`;
    menu.style.visibility = 'visible';
  }

  private memberRow(userID: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#member-list [data-id="${CSS.escape(userID)}"]`);
  }

  /** A menu item was chosen: confirm what cannot be taken back, tell the app, then the store acts. */
  private async chooseMemberAction(member: GroupMember, request: GroupMemberRequest): Promise<void> {
    const current = this.request;
    const confirm = this.confirmDialog;
    if (!current) return;
    this.closeMemberMenu(false);
    const m = this.strings(groupMemberStrings);
    const name = displayNameOfMember(member);
    const row = this.memberRow(member.userID);
    if ((request.action === 'remove' || request.action === 'transferOwner') && confirm) {
      const remove = request.action === 'remove';
      const ok = await confirm.confirm({
        title: remove ? m.removeTitle(name) : m.transferTitle(name),
        message: remove ? m.removeMessage : m.transferMessage,
        confirmLabel: remove ? m.remove : m.transfer,
        danger: true,
        ...(row ? { returnFocusTo: row } : {}),
      });
      if (!ok || this.request !== current) return;
    }
    if (!this.dispatchEvent(new TimGroupMemberActionEvent(current.groupID, member.userID, request))) {
      this.focusMember(member.userID);
      return;
    }
    try {
      await current.groupInfo.actOnMember(member.userID, request);
    } catch {
      // The members section says why; the focus stays on the member.
      if (this.request === current) this.focusMember(member.userID);
      return;
    }
    if (this.request !== current) return;
    if (this.shownMembers.some((m) => m.userID === member.userID)) this.focusMember(member.userID);
    else this.searchBox?.focus();
  }

  private readonly onMenuKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' || event.key === 'Tab') {
      // Escape closes the menu, not the panel.
      event.preventDefault();
      event.stopPropagation();
      this.closeMemberMenu(true);
      return;
    }
    this.menuKeys.handleKey(event, this.shadowRoot!.activeElement as HTMLElement);
  };

  private readonly onOutsidePointer = (event: Event): void => {
    if (!this.memberMenu) return;
    const menu = this.renderRoot.querySelector('.menu');
    if (menu && event.composedPath().includes(menu)) return;
    this.closeMemberMenu(false);
  };

  private async leave(action: 'quit' | 'dismiss', origin: HTMLElement): Promise<void> {
    const request = this.request;
    const s = this.info.value;
    const confirm = this.confirmDialog;
    if (!request || !s || !confirm) return;
    const t = this.strings(groupInfoStrings);
    const name = withoutBidiControls(s.profile?.name || s.groupID);
    const ok = await confirm.confirm({
      title: action === 'quit' ? t.leaveTitle(name) : t.dismissTitle(name),
      message: action === 'quit' ? t.leaveMessage : t.dismissMessage,
      confirmLabel: action === 'quit' ? t.leave : t.dismiss,
      danger: true,
      returnFocusTo: origin,
    });
    if (!ok || this.request !== request) return;
    if (!this.dispatchEvent(new TimGroupLeaveEvent(request.groupID, action))) return;
    try {
      await request.groupInfo.leave(action);
    } catch {
      return; // The panel says why.
    }
    if (this.request === request) this.close();
  }

  private get confirmDialog(): TimConfirmDialog | null {
    return this.renderRoot.querySelector('tim-confirm-dialog');
  }

  private readonly onSearchKey = (event: KeyboardEvent): void => {
    if (event.isComposing) return;
    if (event.key === 'ArrowDown') {
      const first = this.shownMembers[0];
      if (!first) return;
      event.preventDefault();
      this.memberKeys.focus(this.memberKeys.active ?? first.userID);
    }
  };

  private readonly onListKey = (event: KeyboardEvent): void => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-id]');
    const userID = row?.dataset.id;
    if (this.memberKeys.handleKey(event, userID)) return;
    const menuKey = event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
    if (menuKey && row && userID) {
      event.preventDefault();
      const member = this.shownMembers.find((m) => m.userID === userID);
      if (member && Object.values(this.request!.groupInfo.memberActions(member)).some(Boolean)) this.openMemberMenu(userID);
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && row && userID) {
      event.preventDefault();
      const member = this.shownMembers.find((m) => m.userID === userID);
      if (member) this.openMember(member, row);
    }
  };

  /** Near the end of the loaded members: the next page. */
  private readonly onRange = (event: Event): void => {
    this.listDrawn = true;
    const last = (event as Event & { last?: number }).last ?? -1;
    const s = this.info.value;
    if (s && !s.query.trim() && last >= s.members.length - 10) void this.request?.groupInfo.loadMore();
  };

  /** The sheet scrolled to within a screen of its end: the next page (the range may not change when the drawn rows already reach the end). */
  private readonly onBodyScroll = (event: Event): void => {
    const body = event.currentTarget as HTMLElement;
    const s = this.info.value;
    if (s && !s.query.trim() && body.scrollTop + 2 * body.clientHeight >= body.scrollHeight) void this.request?.groupInfo.loadMore();
  };

  private readonly onCancel = (event: Event): void => {
    event.preventDefault();
    if (this.memberMenu) this.closeMemberMenu(true);
    else this.close();
  };
}
