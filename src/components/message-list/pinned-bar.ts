import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { parseConversationID, type Message, type PinnedMessage } from '../../core/model/index.js';
import {
  nextPinnedID,
  pinnedBarView,
  shallowEqual,
  type ChatState,
  type ChatStoreApi,
  type MessageAction,
} from '../../core/store/index.js';
import { ownValue } from '../../core/util/index.js';
import { StoreController } from '../base/store-controller.js';
import { icon } from '../icons/icons.js';
import type { messageListStrings } from './strings.js';

type MessageListStrings = (typeof messageListStrings)['en'];

/** What the pinned bar needs from `<tim-message-list>`. */
export interface PinnedBarHost extends ReactiveControllerHost, HTMLElement {
  readonly actionStore: ChatStoreApi | undefined;
  readonly conversationId: string;
  /** A message in one line, in the reader's language ("[Image]" for a picture). */
  summaryOf(message: Message): string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  listStrings(): MessageListStrings;
  jumpToMessage(messageID: string): Promise<boolean>;
  performAction(action: MessageAction, message: Message): Promise<void>;
}

interface PinsSlice {
  readonly pins: readonly PinnedMessage[] | undefined;
  /** The user's role decides whether the list offers Unpin. */
  readonly role: string | undefined;
}

/**
 * The pinned messages of a group, at the top of the list: a bar with the pin shown now (the
 * latest first; each click jumps to it, loading the history around it when needed, and moves on
 * to the next older one) and a button that opens the list of all pins, where owners and admins
 * can unpin. The core decides which pin shows (`pinnedBarView`, `nextPinnedID`).
 */
export class PinnedBar implements ReactiveController {
  /** The pin the reader cycled to (null: the latest). */
  private shownID: string | null = null;
  listOpen = false;
  private shownFor = '';
  private readonly slice: StoreController<ChatState, PinsSlice>;

  constructor(private readonly host: PinnedBarHost) {
    host.addController(this);
    this.slice = new StoreController<ChatState, PinsSlice>(
      host,
      () => host.actionStore?.state,
      (s) => {
        const target = parseConversationID(host.conversationId);
        if (target?.type !== 'GROUP') return { pins: undefined, role: undefined };
        return { pins: ownValue(s.pinnedMessages, target.targetID), role: ownValue(s.groups, target.targetID)?.selfRole };
      },
      shallowEqual,
    );
  }

  hostUpdate(): void {
    // Another conversation: start again from its latest pin, list closed.
    if (this.shownFor !== this.host.conversationId) {
      this.shownFor = this.host.conversationId;
      this.shownID = null;
      this.listOpen = false;
    }
  }

  /** Are pins shown now (the list moves its top buttons below the bar). */
  get showing(): boolean {
    return !!pinnedBarView(this.slice.value?.pins, this.shownID);
  }

  render(): TemplateResult | typeof nothing {
    const pins = this.slice.value?.pins;
    const view = pinnedBarView(pins, this.shownID);
    if (!view || !pins) return nothing;
    const t = this.host.listStrings();
    const text = this.summary(view.pin.message);
    const title = view.count > 1 ? t.pinnedNumbered(view.position, view.count) : t.pinnedMessage;
    return html`<div class="pinned" part="pinned-bar">
        <button class="pinned-main" part="pinned-message" type="button" title=${t.goToPinned} @click=${this.onBarClick}>
          <span class="pinned-marks" aria-hidden="true">${pins.map((_, i) => html`<span class=${i === view.position - 1 ? 'on' : ''}></span>`)}</span>
          ${icon('pin', 16)}
          <span class="pinned-body"><span class="pinned-title">${title}</span> <span class="pinned-text" dir="auto">${text}</span></span>
        </button>
        <button class="pinned-list-button" part="pinned-list-button" type="button" aria-label=${t.allPinned} title=${t.allPinned}
          aria-expanded=${this.listOpen ? 'true' : 'false'} @click=${this.toggleList}>${icon('list', 18)}</button>
      </div>
      ${this.listOpen ? this.renderList(pins, t) : nothing}`;
  }

  private renderList(pins: readonly PinnedMessage[], t: MessageListStrings): TemplateResult {
    const canUnpin = !!this.host.actionStore?.canManagePins(this.host.conversationId);
    // Newest pin first, as the bar starts.
    const rows = [...pins].reverse();
    return html`<div class="pinned-list" part="pinned-list" role="dialog" aria-label=${t.allPinned} @keydown=${this.onListKey}>
      <div class="pinned-list-head"><span>${t.pinnedCount(pins.length)}</span>
        <button class="icon-button" type="button" aria-label=${t.dismiss} title=${t.dismiss} @click=${() => this.closeList(true)}>${icon('close', 16)}</button>
      </div>
      <ul>
        ${rows.map(
          (pin) => html`<li>
            <button class="pinned-row" part="pinned-row" type="button" dir="auto" @click=${() => this.open(pin.message)}>${this.summary(pin.message)}</button>
            ${
              canUnpin
                ? html`<button class="icon-button" part="unpin-button" type="button" aria-label=${t.unpinMessage(this.summary(pin.message))}
                    title=${t.unpin} @click=${() => void this.host.performAction('unpin', pin.message)}>${icon('unpin', 16)}</button>`
                : nothing
            }
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private summary(message: Message): string {
    return this.host.summaryOf(message);
  }

  private readonly onBarClick = (): void => {
    const pins = this.slice.value?.pins;
    const view = pinnedBarView(pins, this.shownID);
    if (!view) return;
    this.shownID = nextPinnedID(pins, this.shownID);
    this.host.requestUpdate();
    void this.host.jumpToMessage(view.pin.message.ID);
  };

  private readonly toggleList = (): void => {
    if (this.listOpen) {
      this.closeList(false);
      return;
    }
    this.listOpen = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.pinned-row')?.focus());
  };

  private closeList(focusButton: boolean): void {
    this.listOpen = false;
    this.host.requestUpdate();
    if (focusButton)
      void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.pinned-list-button')?.focus());
  }

  private open(message: Message): void {
    this.shownID = message.ID;
    this.closeList(false);
    void this.host.jumpToMessage(message.ID);
  }

  private readonly onListKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.closeList(true);
  };
}
