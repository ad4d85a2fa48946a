import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { forwardTargets } from '../../core/forward/index.js';
import { displayNameOf, parseConversationID, type Conversation } from '../../core/model/index.js';
import { TimElement } from '../base/tim-element.js';
import { focusOption, moveInSearchList, searchListTarget, wrapTab } from '../base/search-list-keys.js';
import { forwardStrings } from '../forward/strings.js';
import { icon } from '../icons/icons.js';
import { deepActiveElement } from '../base/deep-active-element.js';
import { timForwardPickerStyles } from './tim-forward-picker.styles.js';

/** What the picker is opened with. */
export interface ForwardPickRequest {
  /** The conversations to choose from (the store's list; the picker keeps chats, most recent first). */
  readonly conversations: readonly Conversation[];
  /** Where focus goes when the picker closes (default: what had focus when it opened). */
  readonly returnFocusTo?: HTMLElement;
}

/**
 * @summary Where to forward to: a modal dialog listing the conversations, most recent first, with
 * a search box and a checkbox per conversation; several can be chosen (the count shows), then
 * Send or Cancel. `pick()` resolves with the chosen conversation IDs ([] when cancelled). Loaded by
 * `<tim-message-list>` on first use.
 *
 * Keyboard: focus starts in the search box (typing filters, IME-safe: nothing is filtered while a
 * composition is open); ArrowDown goes into the list, ArrowUp/ArrowDown/Home/End move in it (up
 * from the first goes back to the search); Space checks or unchecks the focused conversation;
 * Enter sends (with none chosen, it chooses the focused one first); Escape cancels. Focus stays in
 * the dialog and goes back where it was.
 *
 * @csspart dialog - The dialog box.
 * @csspart title - "Forward to".
 * @csspart search - The search box.
 * @csspart list - The list of conversations.
 * @csspart option - One conversation.
 * @csspart count - "2 selected".
 * @csspart send-button - Send.
 * @csspart cancel-button - Cancel.
 *
 * @cssprop --tim-dialog-bg - Background (default `--tim-color-surface-raised`).
 * @cssprop --tim-dialog-backdrop - The backdrop behind the dialog (default `--tim-color-overlay`).
 */
export class TimForwardPicker extends TimElement {
  static override styles = timForwardPickerStyles;

  @state() private request: ForwardPickRequest | null = null;
  @state() private query = '';
  @state() private chosen: readonly string[] = [];
  @state() private activeID = '';
  private composing = false;
  private resolve?: (ids: string[]) => void;
  private returnFocusTo?: HTMLElement;

  /** Is the picker showing. */
  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  /** The conversations listed now (after the search). */
  get options(): readonly Conversation[] {
    return this.request ? forwardTargets(this.request.conversations, this.query) : [];
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Show the picker; resolves with the chosen conversation IDs, [] when cancelled (or replaced by another pick). */
  async pick(request: ForwardPickRequest): Promise<string[]> {
    this.finish([]);
    this.returnFocusTo = request.returnFocusTo ?? deepActiveElement();
    this.request = request;
    this.query = '';
    this.chosen = [];
    this.activeID = '';
    const answer = new Promise<string[]>((resolve) => (this.resolve = resolve));
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog?.isConnected) {
      this.finish([]);
      return answer;
    }
    dialog.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    return answer;
  }

  /** Close as if Cancel were pressed. */
  cancel(): void {
    this.finish([]);
  }

  override render() {
    const request = this.request;
    const t = this.strings(forwardStrings);
    const options = this.options;
    const count = new Intl.NumberFormat(this.resolvedLocale).format(this.chosen.length);
    return html`<dialog part="dialog" aria-modal="true" aria-labelledby="title" @cancel=${this.onCancel} @keydown=${this.onKeyDown}>
      ${
        request
          ? html`<h2 id="title" part="title">${t.pickerTitle}</h2>
            <input part="search" type="search" dir="auto" .value=${this.query} placeholder=${t.searchPlaceholder}
              aria-label=${t.searchLabel} aria-controls="list"
              @compositionstart=${() => (this.composing = true)}
              @compositionend=${(e: CompositionEvent) => {
                this.composing = false;
                this.setQuery((e.target as HTMLInputElement).value);
              }}
              @input=${(e: InputEvent) => {
                if (!this.composing && !e.isComposing) this.setQuery((e.target as HTMLInputElement).value);
              }} />
            <ul id="list" part="list" role="listbox" aria-multiselectable="true" aria-labelledby="title">
              ${options.map((c) => this.renderOption(c))}
            </ul>
            ${options.length === 0 ? html`<p class="empty" role="status">${this.query.trim() ? t.noMatches : t.noConversations}</p>` : nothing}
            <div class="buttons">
              <span class="count" part="count" role="status">${this.chosen.length ? t.selected(count) : ''}</span>
              <button type="button" class="cancel" part="cancel-button" @click=${() => this.finish([])}>${t.cancel}</button>
              <button type="button" class="send" part="send-button" ?disabled=${this.chosen.length === 0}
                @click=${() => this.finish([...this.chosen])}>${t.send}</button>
            </div>`
          : nothing
      }
    </dialog>`;
  }

  private renderOption(conversation: Conversation) {
    const id = conversation.conversationID;
    const checked = this.chosen.includes(id);
    const name = displayNameOf(conversation) || id;
    const avatar = conversation.type === 'GROUP' ? conversation.groupProfile?.avatar : conversation.userProfile?.avatar;
    return html`<li part="option" role="option" aria-selected=${checked ? 'true' : 'false'} tabindex=${id === this.activeID ? '0' : '-1'}
      data-id=${id} @click=${() => this.toggle(id)} @focus=${() => (this.activeID = id)}>
      <span class="check ${checked ? 'checked' : ''}" aria-hidden="true">${checked ? icon('check', 16) : nothing}</span>
      <tim-avatar decorative .src=${avatar ?? ''} .name=${name} .seed=${parseConversationID(id)?.targetID || id} aria-hidden="true"></tim-avatar>
      <span class="name" dir="auto">${name}</span>
    </li>`;
  }

  private setQuery(value: string): void {
    this.query = value;
    if (!this.options.some((c) => c.conversationID === this.activeID)) this.activeID = '';
  }

  private toggle(id: string): void {
    this.activeID = id;
    this.chosen = this.chosen.includes(id) ? this.chosen.filter((c) => c !== id) : [...this.chosen, id];
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.isComposing || this.composing || event.keyCode === 229) return;
    if (event.key === 'Tab') {
      wrapTab(this.renderRoot as ShadowRoot, event, 'input, li[tabindex="0"], button:not([disabled])');
      return;
    }
    const ids = this.options.map((c) => c.conversationID);
    const moved = moveInSearchList(event, ids, {
      option: (id) => this.focusOption(id),
      search: () => {
        this.activeID = '';
        this.search?.focus();
      },
    });
    if (moved) return;
    const { inSearch, optionID } = searchListTarget(event);
    const onOption = optionID !== null;
    if (onOption && (event.key === ' ' || event.key === 'Spacebar')) {
      event.preventDefault();
      this.toggle(optionID!);
      return;
    }
    if (event.key === 'Enter' && (inSearch || onOption)) {
      event.preventDefault();
      if (this.chosen.length === 0 && onOption) this.toggle(optionID!);
      if (this.chosen.length > 0) this.finish([...this.chosen]);
      return;
    }
    // Typing on the list goes on in the search box.
    if (onOption && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) this.search?.focus();
  };

  private get search(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
  }

  private focusOption(id: string): void {
    this.activeID = id;
    focusOption(this.renderRoot, id, this.updateComplete);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.finish([]);
  }

  /** Escape: the dialog's own cancel, answered as "none". */
  private readonly onCancel = (event: Event): void => {
    event.preventDefault();
    this.finish([]);
  };

  private finish(ids: string[]): void {
    const resolve = this.resolve;
    if (!resolve) return;
    this.resolve = undefined;
    if (this.dialog?.open) this.dialog.close();
    this.request = null;
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (target?.isConnected) target.focus({ preventScroll: true });
    resolve(ids);
  }
}
