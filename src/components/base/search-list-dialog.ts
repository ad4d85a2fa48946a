import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { StateStore } from '../../core/store/index.js';
import { icon } from '../icons/icons.js';
import { deepActiveElement } from './deep-active-element.js';
import { focusOption, moveInSearchList, searchListTarget, wrapTab } from './search-list-keys.js';
import { TimElement } from './tim-element.js';

/** What a search-list dialog searches through: a store feature with a state and a way to start over. */
export interface SearchListSource<S extends object> {
  readonly state: StateStore<S>;
  /** No words, no results (the dialog opened or closed). */
  clear(): void;
}

/**
 * A modal dialog with a search box over a list of options, answering `open()` with what was
 * chosen: "New chat" and message search. It shows the dialog over a store feature's state, keeps
 * the focus in it (Tab wraps; ArrowDown goes from the search into the list, ArrowUp/ArrowDown/Home/End
 * move in it, up from the first back to the search; typing on the list goes on in the search box),
 * and gives the focus back where it was when closed without a choice (Escape, the close button).
 * The subclass renders the rows and says what asking and choosing do.
 */
export abstract class SearchListDialog<S extends object, Choice> extends TimElement {
  static override properties: PropertyDeclarations = {
    search: { state: true },
    activeID: { state: true },
  };

  /** The source's state while open; null when closed. */
  protected search: S | null = null;
  /** The option that takes the focus within the list (its `data-id`). */
  protected activeID = '';
  protected source: SearchListSource<S> | null = null;
  private stopWatching: (() => void) | null = null;
  private composing = false;
  private resolve?: (choice: Choice | null) => void;
  private returnFocusTo?: HTMLElement;

  /** Is the dialog showing. */
  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Close as if Escape were pressed. */
  close(): void {
    this.finish(null);
  }

  /** The options one moves through, in order (their `data-id`). */
  protected abstract rowIDs(): string[];
  /** Search for the words typed (`immediately`: Enter). */
  protected abstract ask(value: string, immediately?: boolean): void;
  /** Enter or Space on an option. */
  protected abstract chooseRow(id: string): void;

  /**
   * Show the dialog over `source` (after `prepare`, e.g. a scope); resolves with the choice, or
   * null when closed. `afterShow` runs once the search box has the focus.
   */
  protected showOver(
    source: SearchListSource<S>,
    options: { returnFocusTo?: HTMLElement; prepare?: () => void; afterShow?: (input: HTMLInputElement | null) => void } = {},
  ): Promise<Choice | null> {
    this.finish(null);
    this.returnFocusTo = options.returnFocusTo ?? deepActiveElement();
    this.source = source;
    source.clear();
    options.prepare?.();
    this.search = source.state.get();
    this.stopWatching = source.state.subscribe(
      (s) => s,
      (s) => (this.search = s),
    );
    this.activeID = '';
    const answer = new Promise<Choice | null>((resolve) => (this.resolve = resolve));
    void this.updateComplete.then(() => {
      const dialog = this.dialog;
      if (!this.resolve || !dialog?.isConnected) {
        this.finish(null);
        return;
      }
      dialog.showModal();
      this.input?.focus();
      options.afterShow?.(this.input);
    });
    return answer;
  }

  /** The dialog's header: its title and the close button. */
  protected renderHeader(title: string, closeLabel: string): TemplateResult {
    return html`<header>
      <h2 id="title" part="title">${title}</h2>
      <button type="button" class="close" part="close-button" aria-label=${closeLabel} @click=${() => this.finish(null)}>
        ${icon('close', 20)}
      </button>
    </header>`;
  }

  /** The search box: asks once the words are typed (not in the middle of an IME composition). */
  protected renderSearchBox(query: string, label: string, placeholder: string): TemplateResult {
    return html`<input part="search" type="search" dir="auto" .value=${query} placeholder=${placeholder}
      aria-label=${label} aria-controls="list" enterkeyhint="search"
      @compositionstart=${() => (this.composing = true)}
      @compositionend=${(e: CompositionEvent) => {
        this.composing = false;
        this.ask((e.target as HTMLInputElement).value);
      }}
      @input=${(e: InputEvent) => {
        if (!this.composing && !e.isComposing) this.ask((e.target as HTMLInputElement).value);
      }} />`;
  }

  /** The dialog around `body` (nothing inside while closed). */
  protected renderDialog(body: () => TemplateResult): TemplateResult {
    return html`<dialog part="dialog" aria-modal="true" aria-labelledby="title" @cancel=${this.onCancel} @keydown=${this.onKeyDown}>
      ${this.search ? body() : nothing}
    </dialog>`;
  }

  protected get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  protected get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
  }

  protected focusRow(id: string): void {
    this.activeID = id;
    focusOption(this.renderRoot, id, this.updateComplete);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.isComposing || this.composing || event.keyCode === 229) return;
    if (event.key === 'Tab') {
      wrapTab(this.renderRoot as ShadowRoot, event, 'button, input, li[tabindex="0"]');
      return;
    }
    const moved = moveInSearchList(event, this.rowIDs(), {
      option: (id) => this.focusRow(id),
      search: () => {
        this.activeID = '';
        this.input?.focus();
      },
    });
    if (moved) return;
    const { inSearch, optionID } = searchListTarget(event);
    if (event.key === 'Enter' && inSearch) {
      event.preventDefault();
      this.ask(this.input?.value ?? '', true);
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && optionID !== null) {
      event.preventDefault();
      this.chooseRow(optionID);
      return;
    }
    // Typing on the list goes on in the search box.
    if (optionID !== null && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) this.input?.focus();
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.finish(null);
  }

  /** Escape: the dialog's own cancel, answered as "nothing chosen". */
  private readonly onCancel = (event: Event): void => {
    event.preventDefault();
    this.finish(null);
  };

  /** Close with a choice (the focus moves on with it) or none (the focus goes back). */
  protected finish(choice: Choice | null): void {
    const resolve = this.resolve;
    if (!resolve) return;
    this.resolve = undefined;
    if (this.dialog?.open) this.dialog.close();
    this.stopWatching?.();
    this.stopWatching = null;
    this.source?.clear();
    this.source = null;
    this.search = null;
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (choice === null && target?.isConnected) target.focus({ preventScroll: true });
    resolve(choice);
  }
}
