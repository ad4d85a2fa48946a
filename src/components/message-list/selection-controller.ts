import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Message } from '../../core/model/index.js';
import { MessageSelection, type ChatStoreApi, type ForwardMode, type SelectionState } from '../../core/store/index.js';
import type { TableOf } from '../base/strings.js';
import type { TimConfirmDialog } from '../confirm-dialog/tim-confirm-dialog.js';
import { loadPart } from '../base/lazy-part.js';
import { TimMessagesDeleteEvent, TimMessagesForwardEvent } from '../forward/events.js';
import type { forwardStrings } from '../forward/strings.js';
import { icon } from '../icons/icons.js';

/** What multi-select needs from `<tim-message-list>`. */
export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly actionStore: ChatStoreApi | undefined;
  readonly items: readonly Message[];
  /** The message whose row holds the list's tab stop. */
  readonly activeRowID: string;
  /** Formats a count in the reader's language. */
  formatCount(count: number): string;
  forwardTexts(): TableOf<typeof forwardStrings>;
  forwardMessages(messages: readonly Message[], mode: ForwardMode, returnFocusTo?: HTMLElement): Promise<boolean>;
  showError(error: unknown): void;
  focusRow(messageID: string, scroll?: boolean): Promise<void>;
}

/**
 * The message list's multi-select mode (the state machine is the core's `MessageSelection`):
 * rows get checkboxes, a bar at the bottom shows the count and Forward one by one / Forward
 * combined (where the backend has it) / Delete for me / Done. Space picks the focused message,
 * Shift+ArrowUp/Down extend from the last one picked, Escape leaves.
 */
export class SelectionController implements ReactiveController {
  readonly selection = new MessageSelection();
  private unsubscribe?: () => void;

  constructor(private readonly host: SelectionHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = this.selection.state.subscribe(
      (s) => s,
      () => this.host.requestUpdate(),
    );
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.selection.exit();
  }

  get state(): SelectionState {
    return this.selection.state.get();
  }

  get active(): boolean {
    return this.selection.active;
  }

  enter(message?: Message): void {
    this.selection.enter(message);
  }

  exit(): void {
    if (!this.active) return;
    const focusBack = this.host.activeRowID;
    this.selection.exit();
    if (focusBack) void this.host.focusRow(focusBack, false);
  }

  toggle(message: Message): void {
    this.selection.toggle(message);
  }

  /** The list's messages changed: what left it leaves the selection. */
  itemsChanged(items: readonly Message[]): void {
    this.selection.prune(items);
  }

  /** Keys of the mode, before the list's own: Space toggles the focused message, Escape leaves. True when taken. */
  onKeyDown(event: KeyboardEvent, onRow: boolean, messageID: string): boolean {
    if (!this.active || event.altKey || event.ctrlKey || event.metaKey) return false;
    if (event.key === 'Escape' && onRow) {
      event.preventDefault();
      this.exit();
      return true;
    }
    if ((event.key === ' ' || event.key === 'Spacebar') && onRow) {
      const message = this.host.items.find((m) => m.ID === messageID);
      if (!message) return false;
      event.preventDefault();
      this.toggle(message);
      return true;
    }
    return false;
  }

  /** After the list moved the focus: Shift+ArrowUp/Down (Home/End) extend the selection to the message focused now. */
  afterKeyDown(event: KeyboardEvent): void {
    if (!this.active || !event.shiftKey || !['ArrowUp', 'ArrowDown', 'Home', 'End'].includes(event.key)) return;
    const to = this.host.items.find((m) => m.ID === this.host.activeRowID);
    if (to) this.selection.extend(this.host.items, to);
  }

  renderBar(): TemplateResult | typeof nothing {
    if (!this.active) return nothing;
    const t = this.host.forwardTexts();
    const count = this.state.selected.length;
    const none = count === 0;
    const merged = this.host.actionStore?.canForwardMerged() ?? false;
    return html`<div class="selection-bar" part="selection-bar" role="toolbar" aria-label=${t.selectionBar}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        this.exit();
      }}>
      <span class="selection-count" role="status">${t.selected(this.host.formatCount(count))}</span>
      <button type="button" part="selection-button" ?disabled=${none} @click=${(e: Event) => this.forward('separate', e)}>
        ${icon('forward', 18)}<span>${t.forwardSeparate}</span>
      </button>
      ${
        merged
          ? html`<button type="button" part="selection-button" ?disabled=${none} @click=${(e: Event) => this.forward('merged', e)}>
            ${icon('forward', 18)}<span>${t.forwardMerged}</span>
          </button>`
          : nothing
      }
      <button type="button" part="selection-button" class="danger" ?disabled=${none} @click=${(e: Event) => void this.deleteSelected(e)}>
        ${icon('trash', 18)}<span>${t.deleteForMe}</span>
      </button>
      <button type="button" part="selection-button" class="done" @click=${() => this.exit()}>${t.done}</button>
    </div>`;
  }

  private async forward(mode: ForwardMode, event: Event): Promise<void> {
    const messages = this.selection.messages(this.host.items);
    if (messages.length === 0 || !this.host.dispatchEvent(new TimMessagesForwardEvent(messages, mode))) return;
    const done = await this.host.forwardMessages(messages, mode, event.currentTarget as HTMLElement);
    if (done) this.exit();
  }

  private async deleteSelected(event: Event): Promise<void> {
    const messages = this.selection.messages(this.host.items);
    const store = this.host.actionStore;
    if (!store || messages.length === 0 || !this.host.dispatchEvent(new TimMessagesDeleteEvent(messages))) return;
    const t = this.host.forwardTexts();
    const returnFocusTo = event.currentTarget as HTMLElement;
    const dialog = await loadPart<TimConfirmDialog>(this.host, 'tim-confirm-dialog', () => import('../confirm-dialog/define.js'));
    const count = this.host.formatCount(messages.length);
    const confirmed = await dialog.confirm({
      title: t.deleteSelectedTitle(count),
      message: t.deleteSelectedText,
      confirmLabel: t.deleteForMe,
      danger: true,
      returnFocusTo,
    });
    if (!confirmed) return;
    try {
      await store.deleteMessages(messages, { fromStorage: false });
      this.selection.exit();
    } catch (error) {
      this.host.showError(error);
    }
  }
}
