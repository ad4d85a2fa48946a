import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { relayOf } from '../../core/forward/index.js';
import { errorText, formatDayLabel } from '../../core/i18n/index.js';
import type { Message } from '../../core/model/index.js';
import { senderName } from '../../core/notices/index.js';
import type { ChatStoreApi } from '../../core/store/index.js';
import { TimElement } from '../base/tim-element.js';
import { forwardStrings } from '../forward/strings.js';
import { icon } from '../icons/icons.js';
import { TimMessageRequestEvent } from '../message/events.js';
import { deepActiveElement } from '../base/deep-active-element.js';
import { sameDay } from '../message-list/message-rows.js';
import { timMergedViewerStyles } from './tim-merged-viewer.styles.js';

/** One merged message being shown (the viewer keeps a stack: a merged message inside opens over it). */
interface Layer {
  readonly message: Message;
  readonly title: string;
  messages: readonly Message[] | null;
  error: unknown;
}

/**
 * @summary The forwarded messages of a merged ("chat history") message, in a modal dialog: its
 * title, then each message as a `<tim-message>` row with its sender, day and time (oldest first).
 * A merged message inside opens over it, and Back (or Escape) returns; the last Escape or Close
 * closes and focus goes back to the card. The messages are the store's to fetch
 * (`loadMergedMessages`: carried in the message, or downloaded). Loaded by `<tim-message-list>`
 * on first use.
 *
 * @csspart dialog - The dialog box.
 * @csspart header - The title bar with Back and Close.
 * @csspart title - The merged message's title.
 * @csspart list - The forwarded messages.
 * @csspart back-button - Back to the merged message this one was opened from.
 * @csspart close-button - Close.
 * @csspart status - Loading, empty and error lines.
 *
 * @cssprop --tim-dialog-bg - Background (default `--tim-color-surface-raised`).
 * @cssprop --tim-dialog-backdrop - The backdrop behind the dialog (default `--tim-color-overlay`).
 */
export class TimMergedViewer extends TimElement {
  static override styles = timMergedViewerStyles;

  @state() private layers: readonly Layer[] = [];
  private store?: ChatStoreApi;
  private returnFocusTo?: HTMLElement;

  constructor() {
    super();
    // A merged message inside the history opens over it; other row requests (menus) do nothing here.
    this.addEventListener(TimMessageRequestEvent.type, (event) => {
      const e = event as TimMessageRequestEvent;
      e.stopPropagation();
      if (e.detail.request.kind === 'open-merged') void this.push(e.detail.message);
    });
  }

  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  /** How many merged messages are open, one over the other. */
  get depth(): number {
    return this.layers.length;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Show a merged message's history; resolves once its messages are in (or failed to load). */
  async show(message: Message, store: ChatStoreApi | undefined, returnFocusTo?: HTMLElement): Promise<void> {
    this.store = store;
    this.returnFocusTo = returnFocusTo ?? deepActiveElement();
    this.layers = [];
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
    await this.push(message);
  }

  close(): void {
    this.layers = [];
    if (this.dialog?.open) this.dialog.close();
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (target?.isConnected) target.focus({ preventScroll: true });
  }

  /** Back one level; closes at the first. */
  back(): void {
    if (this.layers.length <= 1) {
      this.close();
      return;
    }
    this.layers = this.layers.slice(0, -1);
    void this.updateComplete.then(() => this.focusStart());
  }

  private async push(message: Message): Promise<void> {
    const relay = relayOf(message);
    const t = this.strings(forwardStrings);
    const layer: Layer = { message, title: relay?.title || relay?.compatibleText || t.chatHistory, messages: null, error: null };
    this.layers = [...this.layers, layer];
    await this.updateComplete;
    this.focusStart();
    try {
      if (!this.store) throw new Error('no store');
      layer.messages = await this.store.loadMergedMessages(message);
    } catch (error) {
      layer.error = error;
    }
    this.layers = [...this.layers];
    await this.updateComplete;
  }

  private focusStart(): void {
    this.renderRoot.querySelector<HTMLElement>('.close')?.focus();
  }

  override render() {
    const t = this.strings(forwardStrings);
    const layer = this.layers[this.layers.length - 1];
    return html`<dialog part="dialog" aria-modal="true" aria-labelledby="title" @cancel=${this.onCancel}>
      ${
        layer
          ? html`<div class="header" part="header">
              ${
                this.layers.length > 1
                  ? html`<button type="button" class="back" part="back-button" aria-label=${t.viewerBack} title=${t.viewerBack} @click=${() => this.back()}>${icon('back', 20)}</button>`
                  : nothing
              }
              <h2 id="title" part="title" dir="auto">${layer.title}</h2>
              <button type="button" class="close" part="close-button" aria-label=${t.viewerClose} title=${t.viewerClose} @click=${() => this.close()}>
                ${icon('close', 20)}
              </button>
            </div>
            ${this.renderBody(layer)}`
          : nothing
      }
    </dialog>`;
  }

  private renderBody(layer: Layer) {
    const t = this.strings(forwardStrings);
    if (layer.error) {
      return html`<div class="status" part="status" role="alert">
        <span>${t.viewerFailed} ${errorText(this.resolvedLocale, layer.error)}</span>
        <button type="button" @click=${() => this.retry(layer)}>${t.retry}</button>
      </div>`;
    }
    if (!layer.messages) return html`<div class="status" part="status" role="status">${t.viewerLoading}</div>`;
    if (layer.messages.length === 0) return html`<div class="status" part="status" role="status">${t.viewerEmpty}</div>`;
    const relay = relayOf(layer.message);
    const now = Date.now();
    return html`<div class="list" part="list" role="log" aria-labelledby="title" tabindex="0">
      ${layer.messages.map((message, index) => {
        const previous = layer.messages![index - 1];
        // Every message shows as someone's in the history (TUIKit draws them all on one side), with its sender.
        const shown: Message = { ...message, flow: 'in' };
        return html`<tim-message
          .message=${shown}
          .senderName=${senderName(message)}
          .senderAvatar=${message.avatar}
          show-avatar
          avatar-column
          show-name
          .dateLabel=${!previous || !sameDay(previous.time, message.time) ? formatDayLabel(message.time, this.resolvedLocale, now) : ''}
          .store=${this.store}
        ></tim-message>`;
      })}
      ${relay?.layersOverLimit ? html`<div class="status" part="status">${t.layersOverLimit}</div>` : nothing}
    </div>`;
  }

  private retry(layer: Layer): void {
    this.layers = this.layers.slice(0, -1);
    void this.push(layer.message);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.layers = [];
  }

  /** Escape: back one level (the dialog stays open), or close at the first. */
  private readonly onCancel = (event: Event): void => {
    event.preventDefault();
    this.back();
  };
}
