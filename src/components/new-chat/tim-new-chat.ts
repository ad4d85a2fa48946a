import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { newChatResults, type NewChat, type NewChatResult, type NewChatState } from '../../core/store/index.js';
import { TimElement } from '../base/tim-element.js';
import { focusOption, moveInSearchList, searchListTarget, wrapTab } from '../base/search-list-keys.js';
import { icon } from '../icons/icons.js';
import { deepActiveElement } from '../base/deep-active-element.js';
import { newChatStrings } from './strings.js';
import { timNewChatStyles } from './tim-new-chat.styles.js';

/** A row is chosen: open its chat (a person, a group one is in or has just joined). */
type Finish = (conversationID: string) => void;

/**
 * @summary "New chat": a modal dialog that finds people and groups through the backend by ID or
 * name (`ServiceFeatures.directory`) and starts the chat. Choosing a person opens the one-to-one
 * chat; a group one is in opens; a group free to join is joined and opens; a group that approves
 * gets a request ("Request sent"); a group by invitation only offers nothing. `open()` resolves
 * with the conversation to open ('' when closed). Loaded by `<tim-conversation-list>` on first use.
 *
 * Keyboard: focus starts in the search box (the backend is asked once typing pauses, Enter asks at
 * once); ArrowDown goes into the results, ArrowUp/ArrowDown/Home/End move in them (up from the
 * first goes back to the search); Enter chooses; Escape closes. Focus stays in the dialog and goes
 * back where it was.
 *
 * @csspart dialog - The dialog box.
 * @csspart title - "New chat".
 * @csspart search - The search box.
 * @csspart list - The results.
 * @csspart option - One person or group.
 * @csspart action - What choosing a row does ("Chat", "Join", "Ask to join", "Request sent"…).
 * @csspart close-button - Close.
 *
 * @cssprop --tim-dialog-bg - Background (default `--tim-color-surface-raised`).
 * @cssprop --tim-dialog-backdrop - The backdrop behind the dialog (default `--tim-color-overlay`).
 */
export class TimNewChat extends TimElement {
  static override styles = timNewChatStyles;

  @state() private search: NewChatState | null = null;
  @state() private activeID = '';
  /** The group asked to join last (for the polite "Request sent" announcement). */
  @state() private requestedName = '';
  private newChat: NewChat | null = null;
  private stopWatching: (() => void) | null = null;
  private composing = false;
  private resolve?: Finish;
  private returnFocusTo?: HTMLElement;

  /** Is the dialog showing. */
  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  /** The rows shown now. */
  get results(): readonly NewChatResult[] {
    return this.search ? newChatResults(this.search) : [];
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Show the dialog over `newChat`'s search; resolves with the conversation to open, '' when closed. */
  /**
   * `typedAhead` gives what was typed before the dialog showed (called once it has the focus): it
   * goes into the search box and is looked for.
   */
  async open(newChat: NewChat, returnFocusTo?: HTMLElement, typedAhead?: () => string): Promise<string> {
    this.finish('');
    this.returnFocusTo = returnFocusTo ?? deepActiveElement();
    this.newChat = newChat;
    newChat.clear();
    this.search = newChat.state.get();
    this.stopWatching = newChat.state.subscribe(
      (s) => s,
      (s) => (this.search = s),
    );
    this.activeID = '';
    this.requestedName = '';
    const answer = new Promise<string>((resolve) => (this.resolve = resolve));
    await this.updateComplete;
    // Taken now: from here to the focus in the search box nothing else runs, so no key falls between.
    const typed = typedAhead?.() ?? '';
    const dialog = this.dialog;
    if (!dialog?.isConnected) {
      this.finish('');
      return answer;
    }
    dialog.showModal();
    const input = this.input;
    input?.focus();
    if (typed && input) {
      input.value = typed;
      input.setSelectionRange(typed.length, typed.length);
      this.ask(typed);
    }
    return answer;
  }

  /** Close as if Escape were pressed. */
  close(): void {
    this.finish('');
  }

  override render() {
    const t = this.strings(newChatStrings);
    const search = this.search;
    const results = this.results;
    return html`<dialog part="dialog" aria-modal="true" aria-labelledby="title" @cancel=${this.onCancel} @keydown=${this.onKeyDown}>
      ${
        search
          ? html`<header>
              <h2 id="title" part="title">${t.title}</h2>
              <button type="button" class="close" part="close-button" aria-label=${t.close} @click=${() => this.finish('')}>
                ${icon('close', 20)}
              </button>
            </header>
            <input part="search" type="search" dir="auto" .value=${search.query} placeholder=${t.searchPlaceholder}
              aria-label=${t.searchLabel} aria-controls="list" enterkeyhint="search"
              @compositionstart=${() => (this.composing = true)}
              @compositionend=${(e: CompositionEvent) => {
                this.composing = false;
                this.ask((e.target as HTMLInputElement).value);
              }}
              @input=${(e: InputEvent) => {
                if (!this.composing && !e.isComposing) this.ask((e.target as HTMLInputElement).value);
              }} />
            <ul id="list" part="list" role="listbox" aria-labelledby="title" ?hidden=${results.length === 0}>
              ${results.map((r) => this.renderRow(r))}
            </ul>
            ${this.renderStatus(search, results.length)}`
          : nothing
      }
    </dialog>`;
  }

  private renderStatus(search: NewChatState, count: number) {
    const t = this.strings(newChatStrings);
    if (this.requestedName) return html`<p class="status" role="status">${t.requestSent(this.requestedName)}</p>`;
    if (search.status === 'failed') return html`<p class="status error" role="alert">${t.failed}</p>`;
    const text =
      search.status === 'idle'
        ? t.hint
        : search.status !== 'done'
          ? t.searching
          : count === 0
            ? t.noResults(search.query)
            : t.results(count);
    // The count is for the ear (the rows are on screen); the hint and "Searching…" for both.
    return html`<p class="status ${search.status === 'done' && count > 0 ? 'visually-hidden' : ''}" role="status">${text}</p>`;
  }

  private renderRow(result: NewChatResult) {
    const t = this.strings(newChatStrings);
    const id = result.conversationID;
    const person = result.kind === 'person';
    const name = person ? result.profile.nick || result.profile.userID : result.group.name || result.group.groupID;
    const avatar = person ? result.profile.avatar : result.group.avatar;
    const seed = person ? result.profile.userID : result.group.groupID;
    const members = person ? '' : t.members(new Intl.NumberFormat(this.resolvedLocale).format(result.group.memberCount));
    const sub = person ? `${t.person} · ${result.profile.userID}` : `${t.group} · ${result.group.groupID} · ${members}`;
    const action = this.actionOf(result);
    const inert = !person && (result.join === 'closed' || result.join === 'joining' || result.join === 'requested');
    return html`<li part="option" role="option" aria-selected="false" aria-disabled=${inert ? 'true' : 'false'}
      tabindex=${id === this.activeID ? '0' : '-1'} data-id=${id}
      @click=${() => this.choose(result)} @focus=${() => (this.activeID = id)}>
      <tim-avatar decorative .src=${avatar} .name=${name} .seed=${seed} aria-hidden="true"></tim-avatar>
      <span class="text">
        <span class="name" dir="auto">${name}</span>
        <span class="sub" dir="auto"><span class="visually-hidden">, </span>${sub}</span>
      </span>
      <span class="action ${action.tone}" part="action"><span class="visually-hidden">, </span>${action.text}</span>
    </li>`;
  }

  private actionOf(result: NewChatResult): { text: string; tone: '' | 'quiet' | 'failed' } {
    const t = this.strings(newChatStrings);
    if (result.kind === 'person') return { text: t.chat, tone: '' };
    switch (result.join) {
      case 'open':
        return { text: t.openGroup, tone: '' };
      case 'join':
        return { text: t.join, tone: '' };
      case 'request':
        return { text: t.request, tone: '' };
      case 'closed':
        return { text: t.closed, tone: 'quiet' };
      case 'joining':
        return { text: t.joining, tone: 'quiet' };
      case 'requested':
        return { text: t.requested, tone: 'quiet' };
      case 'failed':
        return { text: t.joinFailed, tone: 'failed' };
    }
  }

  private ask(value: string, immediately = false): void {
    this.requestedName = '';
    this.newChat?.search(value, immediately).catch(() => {});
  }

  /** What choosing a row does: open the chat, join (then open), or ask to join (and stay). */
  private choose(result: NewChatResult): void {
    this.activeID = result.conversationID;
    const newChat = this.newChat;
    if (result.kind === 'person' || result.join === 'open') {
      this.finish(result.conversationID);
      return;
    }
    if (!newChat || (result.join !== 'join' && result.join !== 'request' && result.join !== 'failed')) return;
    const groupID = result.group.groupID;
    newChat
      .join(groupID)
      .then(() => {
        const joined = newChatResults(newChat.state.get()).find((r) => r.conversationID === result.conversationID);
        if (joined?.kind === 'group' && joined.join === 'open') this.finish(result.conversationID);
        else this.requestedName = result.group.name || groupID;
      })
      // The row says it could not join; the backend's reason is in the store's state.
      .catch(() => {});
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.isComposing || this.composing || event.keyCode === 229) return;
    if (event.key === 'Tab') {
      wrapTab(this.renderRoot as ShadowRoot, event, 'button, input, li[tabindex="0"]');
      return;
    }
    const results = this.results;
    const moved = moveInSearchList(
      event,
      results.map((r) => r.conversationID),
      {
        option: (id) => this.focusRow(id),
        search: () => {
          this.activeID = '';
          this.input?.focus();
        },
      },
    );
    if (moved) return;
    const { inSearch, optionID } = searchListTarget(event);
    const onOption = optionID !== null;
    if (event.key === 'Enter' && inSearch) {
      event.preventDefault();
      this.ask(this.input?.value ?? '', true);
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && onOption) {
      event.preventDefault();
      const result = results.find((r) => r.conversationID === optionID);
      if (result) this.choose(result);
      return;
    }
    // Typing on the list goes on in the search box.
    if (onOption && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) this.input?.focus();
  };

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
  }

  private focusRow(id: string): void {
    this.activeID = id;
    focusOption(this.renderRoot, id, this.updateComplete);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.finish('');
  }

  /** Escape: the dialog's own cancel, answered as "nothing to open". */
  private readonly onCancel = (event: Event): void => {
    event.preventDefault();
    this.finish('');
  };

  private finish(conversationID: string): void {
    const resolve = this.resolve;
    if (!resolve) return;
    this.resolve = undefined;
    if (this.dialog?.open) this.dialog.close();
    this.stopWatching?.();
    this.stopWatching = null;
    this.newChat?.clear();
    this.newChat = null;
    this.search = null;
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    // Opening a chat moves the focus on (to the chat); closing gives it back.
    if (!conversationID && target?.isConnected) target.focus({ preventScroll: true });
    resolve(conversationID);
  }
}
