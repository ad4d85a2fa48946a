import { deepActiveElement } from '../base/deep-active-element.js';
import { html } from 'lit';
import { state } from 'lit/decorators.js';
import type { Message } from '../../core/model/index.js';
import { TimElement } from '../base/tim-element.js';
import { icon, type IconName } from '../icons/icons.js';
import type { MessageAction } from '../message/events.js';
import { TimMessageActionSelectEvent } from './events.js';
import { messageActionStrings } from './strings.js';
import { RovingFocusController } from '../base/roving-focus-controller.js';
import { timMessageActionsStyles } from './tim-message-actions.styles.js';
import { TimReactionRequestEvent } from '../message/reactions/events.js';
import { menuReactionStyles, renderMenuReactions, type MenuReactions } from '../message/reactions/menu-reactions.js';
import { messageReactionStrings } from '../message/reactions/strings.js';

const ACTION_ICONS: Record<MessageAction, IconName> = {
  copy: 'copy',
  translate: 'translate',
  'convert-to-text': 'voiceText',
  reply: 'reply',
  edit: 'edit',
  forward: 'forward',
  select: 'check',
  pin: 'pin',
  unpin: 'unpin',
  revoke: 'revoke',
  delete: 'trash',
  'delete-from-history': 'trash',
  resend: 'retry',
};

export interface OpenMenuOptions {
  readonly message: Message;
  readonly actions: readonly MessageAction[];
  /** Viewport coordinates of the pointer, or of the message for keyboard use. */
  readonly x: number;
  readonly y: number;
  /** Where focus goes back to when the menu closes (default: what had focus before). */
  readonly returnFocusTo?: HTMLElement;
  /** Reactions to offer on top (the backend has them and the message may have them). */
  readonly reactions?: MenuReactions;
}

/**
 * @summary The actions menu of a message (copy, reply, forward, recall, delete, resend), shown in
 * the top layer at the pointer or next to the message. Arrow keys move, Enter chooses, Escape
 * or a click outside closes, and focus returns to where it was.
 *
 * @fires tim-message-action-select - An action was chosen (`detail.action`, `detail.message`).
 *
 * @csspart menu - The menu panel.
 * @csspart item - Each menu item.
 *
 * @cssprop --tim-menu-bg - Panel background (default `--tim-color-surface-raised`).
 * @cssprop --tim-menu-shadow - Panel shadow (default `--tim-shadow-popup`).
 */
export class TimMessageActions extends TimElement {
  static override styles = [...timMessageActionsStyles, menuReactionStyles];

  @state() private message?: Message;
  @state() private actions: readonly MessageAction[] = [];
  @state() private reactions?: MenuReactions;
  /** The menu's arrow keys: round from the last item to the first. */
  private readonly keys = new RovingFocusController<HTMLElement>(this, {
    items: () => [...(this.panel?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])],
    move: { wrap: true },
  });

  private returnFocusTo?: HTMLElement;
  private position = { x: 0, y: 0 };

  /** Is the menu showing. */
  get isOpen(): boolean {
    return this.panel?.matches(':popover-open') ?? false;
  }

  /** The message the open menu belongs to. */
  get openFor(): Message | undefined {
    return this.isOpen ? this.message : undefined;
  }

  private get panel(): HTMLElement | null {
    return this.renderRoot.querySelector('[popover]');
  }

  async open(options: OpenMenuOptions): Promise<void> {
    if (options.actions.length === 0 && !options.reactions) return;
    this.returnFocusTo = options.returnFocusTo ?? deepActiveElement();
    this.message = options.message;
    this.actions = options.actions;
    this.reactions = options.reactions;
    this.position = { x: options.x, y: options.y };
    await this.updateComplete;
    const panel = this.panel;
    if (!panel) return;
    if (!this.isOpen) panel.showPopover();
    this.place(panel);
    // The first action takes the focus, as before reactions headed the menu (they are a Home or ArrowUp away).
    (panel.querySelector<HTMLElement>('[role="menuitem"][data-action]') ?? panel.querySelector<HTMLElement>('[role^="menuitem"]'))?.focus();
  }

  close(): void {
    if (this.isOpen) this.panel?.hidePopover();
  }

  override render() {
    const t = this.strings(messageActionStrings);
    return html`<div popover="auto" part="menu" role="menu" aria-label=${t.label} @toggle=${this.onToggle} @keydown=${this.onKeyDown}>
      ${this.reactions ? renderMenuReactions(this.reactions, this.strings(messageReactionStrings), (id) => this.react(id)) : ''}
      ${this.actions.map(
        (action) => html`<button role="menuitem" part="item" type="button" tabindex="-1" data-action=${action}
            @click=${() => this.choose(action)}>${icon(ACTION_ICONS[action])}<span>${t[action]}</span></button>`,
      )}
    </div>`;
  }

  /** Keeps the panel inside the viewport, preferring below-right of the point. */
  private place(panel: HTMLElement): void {
    const margin = 8;
    const { width, height } = panel.getBoundingClientRect();
    let left = this.position.x;
    let top = this.position.y;
    if (left + width > innerWidth - margin) left = Math.max(margin, innerWidth - width - margin);
    if (top + height > innerHeight - margin) top = Math.max(margin, this.position.y - height);
    panel.style.left = `${Math.max(margin, left)}px`;
    panel.style.top = `${Math.max(margin, top)}px`;
  }

  /** A reaction was chosen (null: "More reactions", the picker opens where the menu was). */
  private react(reactionID: string | null): void {
    const message = this.message;
    const { x, y } = this.position;
    const returnFocusTo = this.returnFocusTo;
    this.close();
    if (!message) return;
    this.dispatchEvent(
      new TimReactionRequestEvent(
        message,
        reactionID === null ? { kind: 'picker', x, y, ...(returnFocusTo ? { returnFocusTo } : {}) } : { kind: 'toggle', reactionID },
      ),
    );
  }

  private choose(action: MessageAction): void {
    const message = this.message;
    this.close();
    if (message) this.dispatchEvent(new TimMessageActionSelectEvent(action, message));
  }

  private onToggle(event: ToggleEvent): void {
    if (event.newState !== 'closed') return;
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    // Put focus back only if it was in the menu (a click elsewhere chose its own focus).
    const active = deepActiveElement();
    if (target?.isConnected && (!active || active === document.body || this.panel?.contains(active))) {
      target.focus({ preventScroll: true });
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Tab') {
      event.preventDefault();
      this.close();
      return;
    }
    this.keys.handleKey(event, this.shadowRoot?.activeElement as HTMLElement | undefined);
  }
}

export { deepActiveElement };
