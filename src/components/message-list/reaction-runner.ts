import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { defaultEmojiSet, quickReactionIDs, reactionIDOf, type EmojiSet } from '../../core/emoji/index.js';
import type { Message } from '../../core/model/index.js';
import type { ChatStoreApi } from '../../core/store/index.js';
import type { TimEmojiSelectEvent } from '../emoji-picker/events.js';
import type { TimEmojiPicker } from '../emoji-picker/tim-emoji-picker.js';
import { deepActiveElement } from '../base/deep-active-element.js';
import { definePart } from '../base/lazy-part.js';
import { TimMessageReactEvent, TimReactionRequestEvent } from '../message/reactions/events.js';

/** What the reaction runner needs from `<tim-message-list>`. */
export interface ReactionHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly actionStore: ChatStoreApi | undefined;
  readonly emojiSet?: EmojiSet;
  /** A failure, in the list's toast. */
  showActionError(error: unknown): void;
}

/**
 * Reactions in `<tim-message-list>`: a chip, the quick bar or the menu asks to toggle a reaction
 * (`tim-reaction-request`); the runner fires the public, cancelable `tim-message-react` and,
 * unless the app prevented it, has the store add or remove it (shown at once, put back on
 * failure, the failure in the toast). "More reactions" opens the emoji picker in a popup.
 */
export class ReactionRunner implements ReactiveController {
  private pickerFor?: Message;
  private returnFocusTo?: HTMLElement;

  constructor(
    private readonly host: ReactionHost,
    /** The reader's language (the picker's). */
    private readonly locale: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener(TimReactionRequestEvent.type, this.onRequest as EventListener);
  }

  hostDisconnected(): void {
    this.host.removeEventListener(TimReactionRequestEvent.type, this.onRequest as EventListener);
    this.pickerFor = undefined;
  }

  /** The quick bar's reaction IDs with the list's emoji set. */
  get quick(): readonly string[] {
    const set = this.host.emojiSet ?? defaultEmojiSet;
    if (set !== this.quickSet) {
      this.quickSet = set;
      this.quickIDs = quickReactionIDs(set);
    }
    return this.quickIDs;
  }
  private quickSet?: EmojiSet;
  private quickIDs: readonly string[] = [];

  private readonly onRequest = (event: TimReactionRequestEvent): void => {
    event.stopPropagation();
    const { message, request } = event.detail;
    if (request.kind === 'toggle') void this.toggle(message, request.reactionID);
    else this.openPicker(message, request.x, request.y, request.returnFocusTo).catch((error: unknown) => this.host.showActionError(error));
  };

  /** Fire `tim-message-react`; unless cancelled, the store adds or takes back the reader's reaction. */
  async toggle(message: Message, reactionID: string): Promise<void> {
    const reactions = this.host.actionStore?.reactions;
    if (!reactions) return;
    const add = !reactions.of(message.ID).some((r) => r.reactionID === reactionID && r.reactedByMe);
    if (!this.host.dispatchEvent(new TimMessageReactEvent(message, reactionID, add))) return;
    try {
      await (add ? reactions.add(message, reactionID) : reactions.remove(message, reactionID));
    } catch (error) {
      this.host.showActionError(error);
    }
  }

  private get popup(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.reaction-picker');
  }

  /** The emoji picker for a message's reactions, at a point (kept inside the viewport). */
  async openPicker(message: Message, x: number, y: number, returnFocusTo?: HTMLElement): Promise<void> {
    const focused = returnFocusTo ?? deepActiveElement();
    // The picker's module loads on first use.
    await definePart(this.host, 'tim-emoji-picker', () => import('../emoji-picker/define.js'));
    this.pickerFor = message;
    this.returnFocusTo = focused;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const popup = this.popup;
    if (!popup) return;
    if (!popup.matches(':popover-open')) popup.showPopover();
    const { width, height } = popup.getBoundingClientRect();
    const margin = 8;
    const left = Math.min(Math.max(margin, x), innerWidth - width - margin);
    const top = y + height > innerHeight - margin ? Math.max(margin, y - height - 40) : y;
    popup.style.left = `${Math.max(margin, left)}px`;
    popup.style.top = `${top}px`;
    popup.querySelector<TimEmojiPicker>('tim-emoji-picker')?.focus();
  }

  private closePicker(restoreFocus: boolean): void {
    const popup = this.popup;
    if (popup?.matches(':popover-open')) popup.hidePopover();
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (restoreFocus && target?.isConnected) target.focus({ preventScroll: true });
  }

  /** The picker's popup, drawn by the list (empty until first opened); `label` names it in the reader's language. */
  render(label: string): TemplateResult {
    return html`<div class="reaction-picker" part="reaction-picker" popover="auto" role="dialog" aria-label=${label}
      @toggle=${(e: ToggleEvent) => {
        if (e.newState === 'closed') this.pickerFor = undefined;
      }}>${
        this.pickerFor
          ? html`<tim-emoji-picker locale=${this.locale()} .emojiSet=${this.host.emojiSet ?? defaultEmojiSet} .stickers=${[]}
              @tim-emoji-select=${(e: TimEmojiSelectEvent) => {
                e.stopPropagation();
                const message = this.pickerFor;
                this.closePicker(true);
                if (message) void this.toggle(message, reactionIDOf(e.detail.entry));
              }}
              @tim-emoji-picker-close=${(e: Event) => {
                e.stopPropagation();
                this.closePicker(true);
              }}></tim-emoji-picker>`
          : ''
      }</div>`;
  }
}
