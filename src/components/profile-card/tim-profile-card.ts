import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { c2cConversationID } from '../../core/model/index.js';
import { deepActiveElement } from '../base/deep-active-element.js';
import { TimElement } from '../base/tim-element.js';
import { icon } from '../icons/icons.js';
import { profileCardStrings } from './strings.js';
import { timProfileCardStyles } from './tim-profile-card.styles.js';

/** The person the card shows. */
export interface ProfileCardPerson {
  readonly userID: string;
  /** Their nick (or the name the list shows them by); the ID when empty. */
  readonly name: string;
  readonly avatar: string;
  /** Their nickname in the group the card was opened from ('' or absent: none). */
  readonly nameCard?: string;
  /** The signed-in user: no "Send message". */
  readonly isSelf?: boolean;
}

/**
 * @summary A small card about a person, opened from an avatar in the message list or a member of
 * the group info panel: their picture, name, user ID (and nickname in the group), and "Send
 * message", which opens the one-to-one chat. `show()` resolves with that chat's conversation ID
 * ('' when closed); the opener fires the cancelable `tim-conversation-select` and opens it, as New
 * chat does.
 *
 * Keyboard: focus starts on "Send message" (Close for oneself); Tab stays in the card; Escape or
 * Close closes it, and the focus goes back where it was.
 *
 * @csspart dialog - The card.
 * @csspart avatar - The person's picture.
 * @csspart name - Their name.
 * @csspart user-id - Their user ID.
 * @csspart send-button - "Send message".
 * @csspart close-button - Close.
 *
 * @cssprop --tim-dialog-bg - Background (default `--tim-color-surface-raised`).
 * @cssprop --tim-dialog-backdrop - The backdrop behind the card (default `--tim-color-overlay`).
 * @cssprop --tim-profile-card-avatar-size - The picture's size (default 64px).
 */
export class TimProfileCard extends TimElement {
  static override styles = timProfileCardStyles;

  @state() private person: ProfileCardPerson | null = null;
  private resolve?: (conversationID: string) => void;
  private returnFocusTo?: HTMLElement;

  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Show the card; resolves with the one-to-one conversation to open, '' when closed. */
  async show(person: ProfileCardPerson, returnFocusTo?: HTMLElement): Promise<string> {
    this.finish('');
    this.returnFocusTo = returnFocusTo ?? deepActiveElement();
    this.person = person;
    const answer = new Promise<string>((resolve) => (this.resolve = resolve));
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog?.isConnected) {
      this.finish('');
      return answer;
    }
    dialog.showModal();
    this.renderRoot.querySelector<HTMLButtonElement>(person.isSelf ? '.close' : '.send')?.focus();
    return answer;
  }

  close(): void {
    this.finish('');
  }

  override render() {
    const t = this.strings(profileCardStrings);
    const person = this.person;
    const name = person ? person.name || person.userID : '';
    return html`<dialog part="dialog" aria-modal="true" aria-label=${person ? t.label(name) : nothing} @cancel=${this.onCancel}
        @keydown=${this.onKeyDown}>
      ${
        person
          ? html`<button type="button" class="close" part="close-button" aria-label=${t.close} title=${t.close} @click=${() => this.finish('')}>
                ${icon('close', 18)}
              </button>
              <tim-avatar part="avatar" decorative .src=${person.avatar} .name=${name} .seed=${person.userID}></tim-avatar>
              <h2 part="name" dir="auto">${name}</h2>
              <p class="sub" part="user-id" dir="auto">${t.userID(person.userID)}</p>
              ${person.nameCard ? html`<p class="sub" dir="auto">${t.nameCard(person.nameCard)}</p>` : nothing}
              ${
                person.isSelf
                  ? nothing
                  : html`<button type="button" class="send" part="send-button" @click=${() => this.finish(c2cConversationID(person.userID))}>
                      ${icon('send', 18)}<span>${t.sendMessage}</span>
                    </button>`
              }`
          : nothing
      }
    </dialog>`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.finish('');
  }

  /** Tab and Shift+Tab go round the card's two buttons. */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button')];
    if (buttons.length === 0) return;
    const index = buttons.indexOf(deepActiveElement() as HTMLButtonElement);
    const next = buttons[(index + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length];
    event.preventDefault();
    next?.focus();
  };

  private readonly onCancel = (event: Event): void => {
    event.preventDefault();
    this.finish('');
  };

  private finish(conversationID: string): void {
    const resolve = this.resolve;
    if (!resolve) return;
    this.resolve = undefined;
    if (this.dialog?.open) this.dialog.close();
    this.person = null;
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (!conversationID && target?.isConnected) target.focus({ preventScroll: true });
    resolve(conversationID);
  }
}
