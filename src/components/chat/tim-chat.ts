import { withoutBidiControls } from '../../core/util/index.js';
import { provide } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { inlineStyle } from '../base/inline-style.js';
import { property, state } from 'lit/decorators.js';
import { parseConversationID } from '../../core/model/index.js';
import { createNameLookup } from '../../core/notices/index.js';
import { headerTyping } from '../../core/store/index.js';
import type { ChatState, ChatStoreApi, UserPresenceState } from '../../core/store/index.js';
import { presenceDot, presenceOf } from '../base/presence.js';
import { conversationListStrings } from '../conversation-list/strings.js';
import { shallowEqual } from '../../core/store/index.js';
import '../avatar/define.js';
import { icon } from '../icons/icons.js';
import '../conversation-list/define.js';
import { chatStoreContext } from '../base/chat-context.js';
import { StoreController } from '../base/store-controller.js';
import { TimElement } from '../base/tim-element.js';
import { chatStrings } from './strings.js';
import { followLocaleDirection } from './locale-direction.js';
import { isDemoProvided, whenDemoProvided, type DemoChat } from './demo-hook.js';
import { cacheWarningText } from '../../core/i18n/index.js';
import { ownValue } from '../../core/util/index.js';
import { timChatStyles } from './tim-chat.styles.js';
import { TimUnreadChangeEvent } from './events.js';
import { GroupInfoFlow } from './group-info-flow.js';
import { groupInfoStrings } from '../group-info/strings.js';
import type { TimMessageSearchSelectEvent } from '../conversation-list/events.js';
import { openMessageSearch } from '../message-search/message-search-flow.js';
import { messageSearchStrings } from '../message-search/strings.js';

export const CHAT_THEMES = ['auto', 'light', 'dark'] as const;
/** How long a jump to a message found may take before it is made again. */
const JUMP_RETRY_MS = 1500;
export type ChatTheme = (typeof CHAT_THEMES)[number];

/**
 * Give it the app's `store` (a `ChatStore`), at any moment: until then it waits in a neutral,
 * empty state. The built-in demo (the embedded backend with demo data, signed in as `user-id`)
 * runs only when asked: the `demo` attribute with `tim-elements/demo` imported (the no-build
 * bundle includes it). A store set by the app always wins over the demo, which then stops.
 * Its parts' events bubble out of it, so an app listens on `<tim-chat>` alone.
 *
 * @summary The whole chat in one tag: the conversation list beside the open conversation
 * (stacked on narrow screens), a header with the name and member count, the message list and
 * the composer. Provides the store to its parts through context.
 *
 * @fires tim-conversation-select - From the conversation list: a conversation was chosen (cancelable: it then does not open).
 * @fires tim-conversation-action - From the conversation list: pin, mute, mark read or delete was chosen (cancelable).
 * @fires tim-message-send - From the composer: a message is about to be sent (cancelable; content and options may be replaced).
 * @fires tim-attachment-error - From the composer: a file was refused before upload.
 * @fires tim-message-copy - From the message list: copy was chosen (cancelable).
 * @fires tim-message-reply - From the message list: reply was chosen (cancelable).
 * @fires tim-message-forward - From the message list: forward was chosen (cancelable; the forward picker opens).
 * @fires tim-unread-change - The total of unread messages changed (`detail.totalUnread`, also `totalUnread`): for the app's tab title.
 * @fires tim-message-revoke - From the message list: recall was chosen (cancelable).
 * @fires tim-message-delete - From the message list: delete was chosen (cancelable).
 * @fires tim-message-resend - From the message list: resend was chosen (cancelable).
 * @fires tim-message-translate - From the message list: translate was chosen (cancelable; the translation shows under the bubble).
 * @fires tim-message-convert-to-text - From the message list: convert to text was chosen on a voice message (cancelable).
 * @fires tim-message-react - From the message list: a reaction was toggled (cancelable; `detail.reactionID`, `detail.add`).
 * @fires tim-message-edit - From the message list: Edit was chosen on one's own text message (cancelable; the composer enters edit mode).
 * @fires tim-message-pin - From the message list: Pin was chosen by a group owner or admin (cancelable).
 * @fires tim-message-unpin - From the message list or its pinned list: Unpin was chosen (cancelable).
 * @fires tim-message-re-edit - From the message list: "Re-edit" in one's own recalled text (cancelable; the composer takes the text back).
 * @fires tim-group-info-save - From the group info panel: a field is saved (cancelable; `detail.field`, `detail.value`).
 * @fires tim-group-leave - From the group info panel: leaving or dismissing the group was confirmed (cancelable).
 * @fires tim-group-member-action - From the group info panel: an action on a member was chosen (and confirmed) (cancelable; `detail.userID`, `detail.action`, `detail.seconds` for a mute).
 * @fires tim-group-application-answer - From System notifications: Accept or Decline on a join request or invitation (cancelable; `detail.accept`).
 * @fires tim-message-search-select - From "Search messages" in the conversation list: a message found was chosen (cancelable: nothing opens); the chat opens and shows it.
 *
 * @slot composer - Replaces the default `<tim-composer>`.
 * @slot header-actions - Extra buttons at the end of the conversation header.
 * @slot empty - Shown when no conversation is open.
 *
 * @csspart sidebar - The column with the conversation list.
 * @csspart conversation-list - The `<tim-conversation-list>` (its parts are exported as `list-*`).
 * @csspart main - The open conversation column.
 * @csspart header - The conversation header.
 * @csspart search-button - "Search in this chat" in the header (the dialog is loaded on first use).
 * @csspart title - The conversation name.
 * @csspart group-info-button - The header's "Group info" button (group conversations).
 * @csspart subtitle - Member count or typing line.
 * @csspart banner - Connection / storage notices.
 * @csspart message-list - The `<tim-message-list>`.
 *
 * @cssprop --tim-chat-sidebar-width - Width of the conversation list (default 320px).
 * @cssprop --tim-chat-header-bg - Header background.
 * @cssprop --tim-chat-bg - Background of the open conversation.
 * @cssprop --tim-chat-border - Divider colour.
 */
export class TimChat extends TimElement {
  static override styles = timChatStyles;

  /** The store to show (the app's `ChatStore`). Set it before or after `store.start()`: the chat shows the store's cache at once. */
  @property({ attribute: false }) store?: ChatStoreApi;
  /**
   * With no `store`: run the built-in demo (the embedded backend with demo data, signed in as
   * `user-id`). Needs `tim-elements/demo` imported; the no-build bundle includes it.
   */
  @property({ type: Boolean, reflect: true }) demo = false;
  /** Colour theme: 'auto' follows the system, 'light' or 'dark' forces one. */
  @property({ reflect: true }) theme: ChatTheme = 'auto';
  /** The open conversation; set to open one, read to know which is open. */
  @property({ attribute: 'conversation-id', reflect: true }) conversationId?: string;
  /** With `demo` and no `store`: the demo user to sign in as on the embedded backend. */
  @property({ attribute: 'user-id' }) userId = 'alice';
  /** Draw markdown messages formatted (default); `markdown="false"` shows their plain text. */
  @property({ converter: { fromAttribute: (value) => value !== 'false' && value !== 'off' } }) markdown = true;

  @provide({ context: chatStoreContext })
  @state()
  protected providedStore?: ChatStoreApi;

  @state() private startError?: string;
  @state() private dismissedWarning?: unknown;

  private readonly chat = new StoreController<
    ChatState,
    Pick<
      ChatState,
      | 'activeConversationID'
      | 'missingConversationIDs'
      | 'users'
      | 'groups'
      | 'groupMembers'
      | 'typing'
      | 'connection'
      | 'kickedOut'
      | 'cacheWarning'
      | 'me'
    >
  >(
    this,
    () => this.providedStore?.state,
    (s) => ({
      activeConversationID: s.activeConversationID,
      missingConversationIDs: s.missingConversationIDs,
      users: s.users,
      groups: s.groups,
      groupMembers: s.groupMembers,
      typing: s.typing,
      connection: s.connection,
      kickedOut: s.kickedOut,
      cacheWarning: s.cacheWarning,
      me: s.me,
    }),
    shallowEqual,
  );
  private readonly unread = new StoreController<ChatState, number>(
    this,
    () => this.providedStore?.state,
    (s) => s.totalUnread,
  );
  /** The total last told by `tim-unread-change`. */
  private toldUnread = 0;
  /** The open one-to-one peer's online status (when the backend tells it). */
  private readonly presence = new StoreController<UserPresenceState, UserPresenceState>(
    this,
    () => presenceOf(this.providedStore)?.state,
    (s) => s,
  );
  private readonly presenceView = `chat-header-${Math.random().toString(36).slice(2)}`;
  /** The group info panel (loaded on first use). */
  private readonly groupInfo = new GroupInfoFlow(this);
  private watchedPeer = '';

  /**
   * Unread messages in all conversations that notify (muted ones do not count); 0 without a store.
   * Conversations marked unread add nothing, as in TUIKit, whose total is the SDK's unread count:
   * a mark is a reminder on the row, not messages waiting.
   */
  get totalUnread(): number {
    return this.unread.value ?? 0;
  }

  /** The demo this element runs (with `demo` and no `store`). */
  private demoRun?: DemoRun;
  /** Whether `dir="rtl"` on the host is ours (locale-direction.ts), to take away when it no longer applies. */
  private directionFromLocale = false;

  override refreshLocale(): void {
    super.refreshLocale();
    this.directionFromLocale = followLocaleDirection(this, this.resolvedLocale, this.directionFromLocale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('tim-message-search-select', this.onMessageSearchSelect);
    this.syncDemo();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('tim-message-search-select', this.onMessageSearchSelect);
    this.watchedPeer = '';
    void presenceOf(this.providedStore)?.show(this.presenceView, []);
    // Removed from the page (not just moved within it): its demo ends.
    queueMicrotask(() => {
      if (!this.isConnected) void this.stopDemo();
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.watchPeer();
    const total = this.totalUnread;
    if (total !== this.toldUnread) {
      this.toldUnread = total;
      this.dispatchEvent(new TimUnreadChangeEvent(total));
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('store')) {
      // The app's store wins, whenever it comes; nothing replaces it.
      if (this.store) void this.stopDemo();
      if (this.store || !this.demoRun?.chat) this.providedStore = this.store;
    }
    if (changed.has('demo') || changed.has('userId') || changed.has('store')) this.syncDemo();
    // `conversation-id` and the store's open conversation follow each other.
    const store = this.providedStore;
    if (!store) return;
    const active = this.chat.value?.activeConversationID ?? null;
    if ((changed.has('conversationId') || changed.has('providedStore')) && this.conversationId && this.conversationId !== active) {
      void store.openConversation(this.conversationId);
    } else if (active && active !== this.conversationId) {
      this.conversationId = active;
    }
  }

  /** Watch the open one-to-one conversation's peer (the presence feature subscribes them). */
  private watchPeer(): void {
    const parsed = parseConversationID(this.chat.value?.activeConversationID ?? '');
    const peer = parsed?.type === 'C2C' && this.isConnected ? parsed.targetID : '';
    if (peer === this.watchedPeer) return;
    this.watchedPeer = peer;
    void presenceOf(this.providedStore)?.show(this.presenceView, peer ? [peer] : []);
  }

  /** Starts or ends the demo so that it runs exactly when asked for and no store is given. */
  private syncDemo(): void {
    const wanted = this.demo && !this.store && this.isConnected;
    if (!wanted) {
      void this.stopDemo();
      return;
    }
    if (this.demoRun?.userID === this.userId) return;
    void this.stopDemo();
    const run: DemoRun = { userID: this.userId, cancelled: false };
    this.demoRun = run;
    this.startError = undefined;
    if (!isDemoProvided()) {
      // A hint for the developer; the element waits, empty, until the demo is imported.
      setTimeout(() => {
        if (!run.cancelled && !isDemoProvided())
          console.warn("<tim-chat demo> waits for the demo: import 'tim-elements/demo' (the no-build bundle includes it).");
      });
    }
    void (async () => {
      try {
        const create = await whenDemoProvided();
        if (run.cancelled) return;
        const chat = await create(run.userID);
        if (run.cancelled) return void chat.stop();
        run.chat = chat;
        // Shown before it starts, so its cache is on screen while the backend connects.
        this.providedStore = chat.store;
        await chat.start();
      } catch (error) {
        if (!run.cancelled) this.startError = error instanceof Error ? error.message : String(error);
      }
    })();
  }

  private stopDemo(): Promise<void> {
    const run = this.demoRun;
    if (!run) return Promise.resolve();
    this.demoRun = undefined;
    run.cancelled = true;
    if (!run.chat) return Promise.resolve();
    if (this.providedStore === run.chat.store) this.providedStore = this.store;
    return run.chat.stop().catch(() => {});
  }

  private retryDemo(): void {
    void this.stopDemo();
    this.syncDemo();
  }

  override render() {
    const t = this.strings(chatStrings);
    const value = this.chat.value;
    const active = value?.activeConversationID ?? null;
    return html`<div class="layout ${active ? 'open' : ''}" role="region" aria-label=${t.label}>
      <div class="sidebar" part="sidebar">
        <tim-conversation-list part="conversation-list" exportparts="item: list-item, avatar: list-avatar, name: list-name, summary: list-summary, time: list-time, badge: list-badge, search: list-search, menu: list-menu"></tim-conversation-list>
      </div>
      <div class="main" part="main">
        ${this.renderBanners()}
        ${
          active
            ? this.renderConversation(active)
            : html`<slot name="empty"><div class="empty">${
                this.startError
                  ? html`<div>${t.startFailed} ${this.startError} <button @click=${() => this.retryDemo()}>${t.retry}</button></div>`
                  : this.providedStore
                    ? t.pickConversation
                    : nothing
              }</div></slot>`
        }
      </div>
    </div>`;
  }

  private renderConversation(conversationID: string) {
    const t = this.strings(chatStrings);
    const value = this.chat.value!;
    const parsed = parseConversationID(conversationID);
    let title = conversationID;
    let subtitle = '';
    let avatar = '';
    if (parsed?.type === 'C2C') {
      const user = ownValue(value.users, parsed.targetID);
      title = withoutBidiControls(user?.remark || user?.nick || parsed.targetID);
      avatar = user?.avatar ?? '';
    } else if (parsed?.type === 'GROUP') {
      const group = ownValue(value.groups, parsed.targetID);
      title = withoutBidiControls(group?.name || parsed.targetID);
      avatar = group?.avatar ?? '';
      if (group?.isDismissed) subtitle = t.dismissed;
      else if (group?.memberCount) subtitle = t.members(group.memberCount);
    } else if (parsed?.type === '@TIM#SYSTEM') {
      title = t.system;
    }
    const typing = this.typingLine(conversationID);
    // A group one cannot open (not a member, unknown) has no info to show.
    const group = parsed?.type === 'GROUP' && !!this.providedStore && !value.missingConversationIDs.includes(conversationID);
    const status = parsed?.type === 'C2C' ? this.presence.value?.statuses[parsed.targetID] : undefined;
    return html`
      <div class="header" part="header">
        <button class="back" aria-label=${t.back} @click=${() => this.providedStore?.openConversation(null)}>
          ${icon('back', 20)}
        </button>
        ${
          parsed?.type === '@TIM#SYSTEM'
            ? html`<span class="system-avatar" aria-hidden="true">${icon('bell', 20)}</span>`
            : html`<span class="avatar ${group ? 'opens-info' : ''}" @click=${group ? this.openGroupInfo : nothing}><tim-avatar .src=${avatar} .name=${title} .seed=${parsed?.targetID || conversationID} style=${inlineStyle({ '--tim-avatar-size': '36px' })} aria-hidden="true"></tim-avatar>${presenceDot(status)}</span>`
        }
        <div class="titles ${group ? 'opens-info' : ''}" @click=${group ? this.openGroupInfo : nothing}>
          <h2 part="title">${title}${status === 'online' ? html`<span class="visually-hidden">, ${this.strings(conversationListStrings).online}</span>` : nothing}</h2>
          ${
            typing
              ? html`<div part="subtitle" class="subtitle typing" role="status">${typing}</div>`
              : subtitle
                ? html`<div part="subtitle" class="subtitle">${subtitle}</div>`
                : nothing
          }
        </div>
        ${
          parsed?.type === '@TIM#SYSTEM'
            ? nothing
            : html`<button type="button" class="header-button" part="search-button" aria-haspopup="dialog"
                aria-label=${this.strings(messageSearchStrings).openHere} title=${this.strings(messageSearchStrings).openHere}
                @click=${(e: Event) => void this.searchConversation(conversationID, e.currentTarget as HTMLElement)}>${icon('search', 20)}</button>`
        }
        ${
          group
            ? html`<button type="button" class="header-button info" part="group-info-button" aria-label=${this.strings(groupInfoStrings).open}
                title=${this.strings(groupInfoStrings).open} aria-haspopup="dialog" @click=${this.openGroupInfo}>${icon('info', 22)}</button>`
            : nothing
        }
        <slot name="header-actions"></slot>
      </div>
      <tim-message-list part="message-list" conversation-id=${conversationID} .markdown=${this.markdown}></tim-message-list>
      ${
        parsed?.type === '@TIM#SYSTEM' || value.missingConversationIDs.includes(conversationID)
          ? nothing
          : html`<slot name="composer"><tim-composer conversation-id=${conversationID}></tim-composer></slot>`
      }
    `;
  }

  /** The open group's info panel (the header's button, or a click on the group's name or picture). */
  private readonly openGroupInfo = (event: Event): void => {
    const parsed = parseConversationID(this.chat.value?.activeConversationID ?? '');
    if (parsed?.type !== 'GROUP') return;
    const button = this.renderRoot.querySelector<HTMLElement>('.header .info') ?? (event.currentTarget as HTMLElement);
    void this.groupInfo.open(this.providedStore, parsed.targetID, button);
  };

  /** "Search in this chat": the message chosen is shown in the list. */
  private async searchConversation(conversationID: string, returnFocusTo: HTMLElement): Promise<void> {
    const choice = await openMessageSearch(this.renderRoot, this.providedStore, { conversationID, returnFocusTo });
    if (choice.messageID) await this.showFoundMessage(choice.conversationID, choice.messageID);
  }

  /** A message found by the conversation list's search: once its chat is open, show it. */
  private readonly onMessageSearchSelect = (event: TimMessageSearchSelectEvent): void => {
    const { conversationID, messageID } = event.detail;
    // After the event has gone all the way out: the app may cancel it.
    queueMicrotask(() => {
      if (!event.defaultPrevented) void this.showFoundMessage(conversationID, messageID);
    });
  };

  /** Open the chat of a message found and jump to it (history around it is loaded when needed). */
  private async showFoundMessage(conversationID: string, messageID: string): Promise<void> {
    const store = this.providedStore;
    if (!store) return;
    await store.openConversation(conversationID);
    await this.updateComplete;
    const list = this.renderRoot.querySelector('tim-message-list');
    if (!list || list.conversationId !== conversationID) return;
    // A chat just opened first shows its place (the newest, or where it was left): then jump.
    for (let frame = 0; frame < 120 && !(list.listLoaded && list.readyToRead); frame++) {
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    }
    await list.updateComplete;
    // A jump made as the chat opens may be taken over by its own first move (to its first unread
    // message), or wait on a layout that already happened: jump again, a few times at most.
    for (let attempt = 0; attempt < 3; attempt++) {
      const landed = await Promise.race([
        list.jumpToMessage(messageID),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), JUMP_RETRY_MS)),
      ]);
      if (landed) return;
      if (!this.isConnected || store.state.get().activeConversationID !== conversationID) return;
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    }
  }

  /** "typing…" one-to-one; who is typing in a group; '' when nobody is (the store ends each in time). */
  private typingLine(conversationID: string): string {
    const value = this.chat.value!;
    const typing = headerTyping(value, conversationID);
    const t = this.strings(chatStrings);
    if (typing.kind !== 'group') return typing.kind === 'peer' ? t.typing : '';
    const names = createNameLookup({ users: value.users, members: value.groupMembers[typing.groupID] });
    return t.typingPeople(typing.userIDs.map((userID) => names(userID) || userID));
  }

  private renderBanners() {
    const t = this.strings(chatStrings);
    const value = this.chat.value;
    if (!value) return nothing;
    const banners = [];
    if (value.kickedOut) {
      banners.push(
        html`<div part="banner" class="banner danger" role="alert"><span>${value.kickedOut === 'userSigExpired' ? t.signatureExpired : t.kickedOut}</span></div>`,
      );
    } else if (value.connection === 'disconnected' && !value.activeConversationID) {
      // With a conversation open the composer says it, next to what it affects.
      banners.push(html`<div part="banner" class="banner warning" role="status"><span>${t.offline}</span></div>`);
    } else if (value.connection === 'connecting' && value.me) {
      banners.push(html`<div part="banner" class="banner" role="status"><span>${t.connecting}</span></div>`);
    }
    if (value.cacheWarning && value.cacheWarning !== this.dismissedWarning) {
      const warning = value.cacheWarning;
      banners.push(html`<div part="banner" class="banner warning" role="status">
        <span>${cacheWarningText(this.resolvedLocale, warning)}</span>
        <button @click=${() => (this.dismissedWarning = warning)}>${t.dismiss}</button>
      </div>`);
    }
    return banners;
  }

  /** Ends the demo this element runs, if any (a store the app passed in is the app's to stop). */
  dispose(): Promise<void> {
    return this.stopDemo();
  }
}

interface DemoRun {
  readonly userID: string;
  cancelled: boolean;
  chat?: DemoChat;
}
