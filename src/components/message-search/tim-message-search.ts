import { html, nothing } from 'lit';
import { formatListTime } from '../../core/i18n/index.js';
import { messageSearchResults, type MessageSearch, type MessageSearchResult, type MessageSearchState } from '../../core/store/index.js';
import { SearchListDialog } from '../base/search-list-dialog.js';
import { icon } from '../icons/icons.js';
import { messageSearchStrings } from './strings.js';
import { timMessageSearchStyles } from './tim-message-search.styles.js';

/** The message chosen in the search ('' IDs when the dialog closed without a choice). */
export interface MessageSearchChoice {
  readonly conversationID: string;
  readonly messageID: string;
}

/** How the dialog names a conversation and a sender (the store's profiles, as the list shows them). */
export interface MessageSearchNames {
  conversation(conversationID: string): { name: string; avatar: string; seed: string };
  sender(userID: string, conversationID: string): string;
}

/**
 * @summary Message search: a modal dialog that finds messages kept on this device (across every
 * chat, or in one) by words — Chinese and Japanese as written, without spaces; other words whole,
 * the last one as it is being typed. Results are grouped by chat, newest first, each with its
 * matching words marked; choosing one resolves `open()` with the conversation and message to jump
 * to. Where the backend searches its server too (`features.cloudMessageSearch`; Tencent: the cloud
 * search plugin), its results join in, each message once; a chat the server only counted shows
 * "N more on the server", which searches within that chat. Loaded on first use by
 * `<tim-conversation-list>` (all chats) and `<tim-chat>`'s header (this chat).
 *
 * Keyboard: focus starts in the search box (the search runs once typing pauses, Enter at once);
 * ArrowDown goes into the results, ArrowUp/ArrowDown/Home/End move in them (up from the first goes
 * back to the search); Enter or Space chooses; Escape closes. Focus stays in the dialog and goes
 * back where it was.
 *
 * @csspart dialog - The dialog box.
 * @csspart title - "Search messages".
 * @csspart search - The search box.
 * @csspart list - The results.
 * @csspart group - A chat's heading above its results.
 * @csspart option - One message found.
 * @csspart more - "N more on the server" under a chat's results: searches within that chat.
 * @csspart load-more - "Show more results" after the results: loads the next page (also when scrolled into view).
 * @csspart snippet - The text around the match.
 * @csspart mark - A matching word in a snippet.
 * @csspart close-button - Close.
 *
 * @cssprop --tim-dialog-bg - Background (default `--tim-color-surface-raised`).
 * @cssprop --tim-dialog-backdrop - The backdrop behind the dialog (default `--tim-color-overlay`).
 * @cssprop --tim-search-mark-bg - Background of a matching word (default `--tim-color-selected`).
 * @cssprop --tim-search-mark-color - Colour of a matching word (default `--tim-color-primary-text`).
 */
export class TimMessageSearch extends SearchListDialog<MessageSearchState, MessageSearchChoice> {
  static override styles = timMessageSearchStyles;

  private feature: MessageSearch | null = null;
  private names: MessageSearchNames | null = null;
  private moreObserver: IntersectionObserver | null = null;
  private watchedMoreRow: HTMLElement | null = null;
  /** The scope and words whose results the list shows (a change scrolls it to the top). */
  private shownQuery = '';

  /** The rows shown now. */
  get results(): readonly MessageSearchResult[] {
    return this.search ? messageSearchResults(this.search) : [];
  }

  /**
   * Show the dialog over the store's message search, in every chat (`conversationID` null) or
   * in one; resolves with the message chosen, or empty IDs when closed.
   */
  async open(
    feature: MessageSearch,
    names: MessageSearchNames,
    options: { conversationID?: string | null; returnFocusTo?: HTMLElement } = {},
  ): Promise<MessageSearchChoice> {
    const choice = this.showOver(feature, {
      returnFocusTo: options.returnFocusTo,
      prepare: () => {
        this.feature = feature;
        this.names = names;
        void feature.setScope(options.conversationID ?? null);
      },
    });
    return (await choice) ?? { conversationID: '', messageID: '' };
  }

  override render() {
    const t = this.strings(messageSearchStrings);
    return this.renderDialog(() => {
      const search = this.search!;
      const results = this.results;
      return html`${this.renderHeader(search.conversationID ? t.titleHere : t.title, t.close)}
        ${search.conversationID ? html`<p class="scope">${this.names?.conversation(search.conversationID).name ?? ''}</p>` : nothing}
        ${this.renderSearchBox(search.query, t.searchLabel, t.searchPlaceholder)}
        <ul id="list" part="list" role="listbox" aria-labelledby="title" ?hidden=${search.groups.length === 0}
          aria-busy=${search.loadingMore ? 'true' : 'false'}>
          ${this.renderRows(search, results)} ${search.hasMore ? this.renderLoadMore(search) : nothing}
        </ul>
        ${this.renderStatus(search, results.length)}`;
    });
  }

  private renderRows(search: MessageSearchState, results: readonly MessageSearchResult[]) {
    const t = this.strings(messageSearchStrings);
    const rows = [];
    for (const group of search.groups) {
      const id = group.conversationID;
      if (!search.conversationID) {
        const who = this.names?.conversation(id);
        rows.push(html`<li role="presentation" class="group" part="group">
          <tim-avatar decorative .src=${who?.avatar ?? ''} .name=${who?.name ?? id} .seed=${who?.seed ?? id} aria-hidden="true"></tim-avatar>
          <span class="group-name" dir="auto">${who?.name || id}</span>
          <span class="visually-hidden">${t.inConversation(who?.name || id, group.messages.length + group.moreOnServer)}</span>
        </li>`);
      }
      for (const result of results) if (result.conversationID === id) rows.push(this.renderRow(result));
      if (group.moreOnServer > 0 && !search.conversationID) rows.push(this.renderMore(id, group.moreOnServer));
    }
    return rows;
  }

  /** "N more on the server": searches within that chat. */
  private renderMore(conversationID: string, count: number) {
    const t = this.strings(messageSearchStrings);
    const id = moreRowID(conversationID);
    return html`<li part="more" class="more" role="option" aria-selected=${id === this.activeID ? 'true' : 'false'}
      tabindex=${id === this.activeID ? '0' : '-1'} data-id=${id}
      @click=${() => this.searchWithin(conversationID)} @focus=${() => (this.activeID = id)}>
      ${icon('search', 16)}<span>${t.moreOnServer(count)}</span>
    </li>`;
  }

  /** "Show more results": the next page, asked for when it scrolls into view or is chosen. */
  private renderLoadMore(search: MessageSearchState) {
    const t = this.strings(messageSearchStrings);
    const active = this.activeID === LOAD_MORE_ROW;
    return html`<li part="load-more" class="more load-more" role="option" aria-selected=${active ? 'true' : 'false'}
      aria-disabled=${search.loadingMore ? 'true' : 'false'} tabindex=${active ? '0' : '-1'} data-id=${LOAD_MORE_ROW}
      @click=${() => this.loadMore()} @focus=${() => (this.activeID = LOAD_MORE_ROW)}>
      ${search.loadingMore ? html`<span>${t.loadingMore}</span>` : html`${icon('search', 16)}<span>${t.showMore}</span>`}
    </li>`;
  }

  /** The IDs of the rows one moves through, in order (messages, "more on the server", "show more"). */
  protected rowIDs(): string[] {
    const search = this.search;
    if (!search) return [];
    const results = this.results;
    return [
      ...search.groups.flatMap((group) => [
        ...results.filter((r) => r.conversationID === group.conversationID).map((r) => r.message.ID),
        ...(group.moreOnServer > 0 && !search.conversationID ? [moreRowID(group.conversationID)] : []),
      ]),
      ...(search.hasMore ? [LOAD_MORE_ROW] : []),
    ];
  }

  /** The next page; a keyboard user on "show more" goes on to the first new result. */
  private async loadMore(): Promise<void> {
    const feature = this.feature;
    if (!feature || this.search?.loadingMore) return;
    const before = this.rowIDs().length - 1;
    const fromKeyboard =
      this.activeID === LOAD_MORE_ROW && (this.renderRoot as ShadowRoot).activeElement?.getAttribute('data-id') === LOAD_MORE_ROW;
    await feature.loadMore();
    if (this.feature !== feature || !fromKeyboard) return;
    await this.updateComplete;
    const next = this.rowIDs()[before];
    if (next && next !== LOAD_MORE_ROW) this.focusRow(next);
  }

  override updated(): void {
    // New words, new results: from the top.
    const key = `${this.search?.conversationID ?? ''}\u0000${this.search?.query ?? ''}`;
    if (key !== this.shownQuery) {
      this.shownQuery = key;
      const list = this.renderRoot.querySelector('#list');
      if (list) list.scrollTop = 0;
    }
    // "Show more" loads by itself once scrolled into view (not while a page is loading).
    const row = this.renderRoot.querySelector<HTMLElement>('li.load-more');
    if (row === this.watchedMoreRow) return;
    this.moreObserver?.disconnect();
    this.watchedMoreRow = row;
    if (!row || typeof IntersectionObserver === 'undefined') return;
    this.moreObserver ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && !this.search?.loadingMore) void this.loadMore();
      },
      { root: this.renderRoot.querySelector('#list') },
    );
    this.moreObserver.observe(row);
  }

  private searchWithin(conversationID: string): void {
    this.activeID = '';
    void this.feature?.setScope(conversationID);
    this.input?.focus();
  }

  private renderRow(result: MessageSearchResult) {
    const t = this.strings(messageSearchStrings);
    const { message } = result;
    const id = message.ID;
    const sender = message.flow === 'out' ? t.you : (this.names?.sender(message.from, result.conversationID) ?? message.from);
    return html`<li part="option" role="option" aria-selected=${id === this.activeID ? 'true' : 'false'}
      tabindex=${id === this.activeID ? '0' : '-1'} data-id=${id}
      @click=${() => this.choose(result)} @focus=${() => (this.activeID = id)}>
      <span class="meta">
        <span class="sender" dir="auto">${sender}</span><span class="visually-hidden">: </span>
        <time datetime=${new Date(message.time * 1000).toISOString()}>${formatListTime(message.time, this.resolvedLocale)}</time>
      </span>
      <span class="snippet" part="snippet" dir="auto">${result.snippet.map((part) =>
        part.mark ? html`<mark part="mark">${part.text}</mark>` : part.text,
      )}</span>
    </li>`;
  }

  private renderStatus(search: MessageSearchState, count: number) {
    const t = this.strings(messageSearchStrings);
    if (search.status === 'failed') return html`<p class="status error" role="alert">${t.failed}</p>`;
    const onServer = search.groups.reduce((n, g) => n + g.moreOnServer, 0);
    const found = count + onServer;
    const text =
      search.status === 'idle'
        ? t.hint
        : search.status !== 'done'
          ? t.searching
          : search.server === 'searching'
            ? t.searchingServer
            : found === 0
              ? t.noResults(search.query)
              : t.results(found);
    const quiet = search.status === 'done' && found > 0 && search.server !== 'searching';
    return html`<p class="status ${quiet ? 'visually-hidden' : ''}" role="status">${text}</p>`;
  }

  protected ask(value: string, immediately = false): void {
    this.activeID = '';
    this.feature?.search(value, immediately).catch(() => {});
  }

  private choose(result: MessageSearchResult): void {
    this.finish({ conversationID: result.conversationID, messageID: result.message.ID });
  }

  protected chooseRow(id: string): void {
    if (id === LOAD_MORE_ROW) {
      void this.loadMore();
      return;
    }
    const more = this.search?.groups.find((g) => moreRowID(g.conversationID) === id);
    if (more) {
      this.searchWithin(more.conversationID);
      return;
    }
    const result = this.results.find((r) => r.message.ID === id);
    if (result) this.choose(result);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.moreObserver?.disconnect();
    this.moreObserver = null;
    this.watchedMoreRow = null;
  }

  protected override finish(choice: MessageSearchChoice | null): void {
    this.feature = null;
    this.names = null;
    super.finish(choice);
  }
}

/** The row ID of "Show more results" (message IDs never start with it). */
const LOAD_MORE_ROW = 'load-more:';
/** The row ID of a chat's "N more on the server" (message IDs never start with it). */
const moreRowID = (conversationID: string): string => `server-more:${conversationID}`;
