import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { TimElement } from '../base/tim-element.js';
import { deepActiveElement } from '../base/deep-active-element.js';
import { confirmDialogStrings } from './strings.js';
import { timConfirmDialogStyles } from './tim-confirm-dialog.styles.js';

/** What to ask. */
export interface ConfirmRequest {
  readonly title: string;
  /** What will happen, in a sentence. */
  readonly message?: string;
  /** The button that goes ahead ("Delete"). */
  readonly confirmLabel: string;
  /** A destructive action: the confirm button is drawn in the danger colour. */
  readonly danger?: boolean;
  /** Where focus goes when the dialog closes (default: what had focus when it opened). */
  readonly returnFocusTo?: HTMLElement;
}

/**
 * @summary Asks before a destructive action: a modal dialog with the question, what will happen,
 * and two buttons. Focus starts on Cancel (the safe choice); Escape cancels; focus goes back to
 * where it was. Used by the message list (delete) and the conversation list (delete conversation).
 *
 * @csspart dialog - The dialog box.
 * @csspart title - The question.
 * @csspart message - What will happen.
 * @csspart cancel-button - Cancel.
 * @csspart confirm-button - The button that goes ahead.
 *
 * @cssprop --tim-dialog-bg - Background (default `--tim-color-surface-raised`).
 * @cssprop --tim-dialog-backdrop - The backdrop behind the dialog (default `--tim-color-overlay`).
 */
export class TimConfirmDialog extends TimElement {
  static override styles = timConfirmDialogStyles;

  @state() private request: ConfirmRequest | null = null;
  private resolve?: (confirmed: boolean) => void;
  private returnFocusTo?: HTMLElement;

  /** Is a question showing. */
  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Ask; resolves true when the user goes ahead, false when they cancel (or another question replaces this one). */
  async confirm(request: ConfirmRequest): Promise<boolean> {
    this.finish(false);
    this.returnFocusTo = request.returnFocusTo ?? deepActiveElement();
    this.request = request;
    const answer = new Promise<boolean>((resolve) => (this.resolve = resolve));
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog?.isConnected) {
      this.finish(false);
      return answer;
    }
    dialog.showModal();
    dialog.querySelector<HTMLButtonElement>('.cancel')?.focus();
    return answer;
  }

  override render() {
    const request = this.request;
    const t = this.strings(confirmDialogStrings);
    return html`<dialog part="dialog" role="alertdialog" aria-modal="true" aria-labelledby="title"
        aria-describedby=${request?.message ? 'message' : nothing} @cancel=${this.onCancel}>
      ${
        request
          ? html`<h2 id="title" part="title">${request.title}</h2>
            ${request.message ? html`<p id="message" part="message">${request.message}</p>` : nothing}
            <div class="buttons">
              <button type="button" class="cancel" part="cancel-button" @click=${() => this.finish(false)}>${t.cancel}</button>
              <button type="button" class="confirm ${request.danger ? 'danger' : ''}" part="confirm-button" @click=${() => this.finish(true)}>
                ${request.confirmLabel}
              </button>
            </div>`
          : nothing
      }
    </dialog>`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.finish(false);
  }

  /** Escape: the dialog's own cancel, answered as "no". */
  private readonly onCancel = (event: Event): void => {
    event.preventDefault();
    this.finish(false);
  };

  private finish(confirmed: boolean): void {
    const resolve = this.resolve;
    if (!resolve) return;
    this.resolve = undefined;
    if (this.dialog?.open) this.dialog.close();
    this.request = null;
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (target?.isConnected) target.focus({ preventScroll: true });
    resolve(confirmed);
  }
}
