import { html, type PropertyDeclarations } from 'lit';
import { newChatResults, type NewChat, type NewChatResult, type NewChatState } from '../../core/store/index.js';
import { SearchListDialog } from '../base/search-list-dialog.js';
import { newChatStrings } from './strings.js';
import { timNewChatStyles } from './tim-new-chat.styles.js';

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
export class TimNewChat extends SearchListDialog<NewChatState, string> {
  static override styles = timNewChatStyles;

  // (Lit adds these to the base class's own.)
  static override properties: PropertyDeclarations = {
    requestedName: { state: true },
  };

  /** The group asked to join last (for the polite "Request sent" announcement). */
  private requestedName = '';
  private newChat: NewChat | null = null;

  /** The rows shown now. */
  get results(): readonly NewChatResult[] {
    return this.search ? newChatResults(this.search) : [];
  }

  /**
   * Show the dialog over `newChat`'s search; resolves with the conversation to open, '' when closed.
   * `typedAhead` gives what was typed before the dialog showed (called once it has the focus): it
   * goes into the search box and is looked for.
   */
  async open(newChat: NewChat, returnFocusTo?: HTMLElement, typedAhead?: () => string): Promise<string> {
    const choice = this.showOver(newChat, {
      returnFocusTo,
      prepare: () => {
        this.newChat = newChat;
        this.requestedName = '';
      },
      afterShow: (input) => {
        const typed = typedAhead?.() ?? '';
        if (typed && input) {
          input.value = typed;
          input.setSelectionRange(typed.length, typed.length);
          this.ask(typed);
        }
      },
    });
    return (await choice) ?? '';
  }

  override render() {
    const t = this.strings(newChatStrings);
    return this.renderDialog(() => {
      const search = this.search!;
      const results = this.results;
      return html`${this.renderHeader(t.title, t.close)} ${this.renderSearchBox(search.query, t.searchLabel, t.searchPlaceholder)}
        <ul id="list" part="list" role="listbox" aria-labelledby="title" ?hidden=${results.length === 0}>
          ${results.map((r) => this.renderRow(r))}
        </ul>
        ${this.renderStatus(search, results.length)}`;
    });
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

  protected ask(value: string, immediately = false): void {
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

  protected rowIDs(): string[] {
    return this.results.map((r) => r.conversationID);
  }

  protected chooseRow(id: string): void {
    const result = this.results.find((r) => r.conversationID === id);
    if (result) this.choose(result);
  }

  protected override finish(conversationID: string | null): void {
    this.newChat = null;
    super.finish(conversationID || null);
  }
}
