import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ImageElem, Message } from '../../core/model/index.js';
import type { ChatStoreApi } from '../../core/store/index.js';
import { copyableText, isUnsupportedFeature, translationTarget, type ConversionKind, type MessageAction } from '../../core/store/index.js';
import type { TimConfirmDialog } from '../confirm-dialog/tim-confirm-dialog.js';
import type { TimImageViewer, ViewerImage } from '../image-viewer/tim-image-viewer.js';
import { imageSources } from '../message/image/image-box.js';
import {
  messageActionEvent,
  TimMessageReEditEvent,
  TimMessageRequestEvent,
  type ConversionOp,
  type MessageRequest,
} from '../message/events.js';
import { TimMessageActionSelectEvent } from '../message-actions/events.js';
import type { TimMessageActions } from '../message-actions/tim-message-actions.js';
import { deepActiveElement } from '../base/deep-active-element.js';
import { loadPart } from '../base/lazy-part.js';
import type { messageListStrings } from './strings.js';
import type { MenuReactions } from '../message/reactions/menu-reactions.js';

type MessageListStrings = (typeof messageListStrings)['en'];

const TOAST_MS = 4000;

/** What the action runner needs from `<tim-message-list>`. */
export interface ActionHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly actionStore: ChatStoreApi | undefined;
  /** The reader's language: translations go into it. */
  readerLocale(): string;
  /** An error as the reader's language says it. */
  describeError(error: unknown): string;
  /** The app's recall window override (seconds), when it set one. */
  readonly revokeTimeLimit?: number;
  readonly items: readonly Message[];
  listStrings(): MessageListStrings;
  rowFor(messageID: string): HTMLElement | null;
  /** The log, which holds the focus while a focused row goes away. */
  readonly scroller: HTMLElement | null;
  /** Make a message the list's current row (its tab stop). */
  setActiveRow(messageID: string): void;
  focusRow(messageID: string, scroll?: boolean): Promise<void>;
  jumpToMessage(messageID: string): Promise<boolean>;
  /** One's own failed message is sent again: the list follows it to the end. */
  followResend(): void;
  /** The reactions the menu offers on top for a message (none: undefined). */
  menuReactions?(message: Message): MenuReactions | undefined;
  /** Multi-select mode (selection-controller.ts): enter with a message picked, or pick/unpick one. */
  enterSelection(message: Message): void;
  toggleSelected(message: Message): void;
  /** Forward through the picker (forward-flow.ts); open a merged message's history. */
  forwardMessages(messages: readonly Message[], mode: 'separate' | 'merged', returnFocusTo?: HTMLElement): Promise<boolean>;
  openMerged(message: Message, returnFocusTo?: HTMLElement): Promise<void>;
  openReadReceipts(message: Message, returnFocusTo?: HTMLElement): Promise<void>;
  /** The sender's profile card (their avatar was chosen). */
  openProfile(message: Message, returnFocusTo?: HTMLElement): Promise<void>;
}

/**
 * The message list's menu and what its items do: asks the store which actions a message has
 * (`store.messageActions`), fires each action's cancelable event, and unless the app prevented
 * it, does it through the store (recall, delete after a confirmation, resend) or the clipboard.
 * Also runs the rows' other requests (open a picture, jump to a quoted message, cancel an
 * upload) and the small toast that reports results.
 */
export class MessageActionRunner implements ReactiveController {
  /** The toast shown now (null: none). */
  toast: { text: string; error: boolean } | null = null;
  private toastTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ActionHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener(TimMessageRequestEvent.type, this.onMessageRequest as EventListener);
    this.host.addEventListener(TimMessageActionSelectEvent.type, this.onActionSelect as EventListener);
  }

  hostDisconnected(): void {
    this.host.removeEventListener(TimMessageRequestEvent.type, this.onMessageRequest as EventListener);
    this.host.removeEventListener(TimMessageActionSelectEvent.type, this.onActionSelect as EventListener);
    clearTimeout(this.toastTimer);
  }

  private readonly onMessageRequest = (event: TimMessageRequestEvent): void => {
    event.stopPropagation();
    const { message, request } = event.detail;
    this.handleRequest(message, request, event.composedPath()[0] as HTMLElement | undefined);
  };

  private readonly onActionSelect = (event: TimMessageActionSelectEvent): void => {
    event.stopPropagation();
    void this.perform(event.detail.action, event.detail.message);
  };

  private handleRequest(message: Message, request: MessageRequest, origin?: HTMLElement): void {
    switch (request.kind) {
      case 'menu':
        this.openMenu(message, this.host.rowFor(message.ID) ?? undefined, request.x, request.y);
        return;
      case 'action':
        void this.perform(request.action, message);
        return;
      case 'open-image':
        this.openImage(message, request.elementIndex, origin).catch((error: unknown) => this.showError(error));
        return;
      case 'jump-to':
        void this.host.jumpToMessage(request.messageID);
        return;
      case 'cancel-upload':
        this.host.actionStore?.cancelSend(message).catch((error: unknown) => this.showError(error));
        return;
      case 'conversion':
        this.conversionRequest(message, request.conversion, request.op);
        return;
      case 'toggle-select':
        this.host.toggleSelected(message);
        return;
      case 'open-merged':
        void this.host.openMerged(message, origin ?? this.host.rowFor(message.ID) ?? undefined);
        return;
      case 'read-receipts':
        void this.host.openReadReceipts(message, origin ?? this.host.rowFor(message.ID) ?? undefined);
        return;
      case 'profile':
        void this.host.openProfile(message, origin ?? this.host.rowFor(message.ID) ?? undefined);
        return;
      case 're-edit': {
        // Unless the app prevents it, the conversation's composer takes the text back.
        const text = this.host.actionStore?.reEditText(message);
        if (text) this.host.dispatchEvent(new TimMessageReEditEvent(message, text));
        return;
      }
    }
  }

  /**
   * Open the actions menu of a message, at a point or under its bubble; focus returns to the row
   * (or `returnFocusTo`). The menu's module loads on first use.
   */
  openMenu(message: Message, row?: HTMLElement, x?: number, y?: number, returnFocusTo?: HTMLElement): void {
    this.openMenuWhenLoaded(message, row, x, y, returnFocusTo).catch((error: unknown) => this.showError(error));
  }

  private async openMenuWhenLoaded(
    message: Message,
    row?: HTMLElement,
    x?: number,
    y?: number,
    returnFocusTo?: HTMLElement,
  ): Promise<void> {
    if (this.menuFor === message.ID) return;
    const focused = returnFocusTo ?? row ?? deepActiveElement();
    const actions = this.host.actionStore?.messageActions(message, { recallWindowSeconds: this.host.revokeTimeLimit }) ?? [];
    const reactions = this.host.menuReactions?.(message);
    if (actions.length === 0 && !reactions) return;
    if (x === undefined || y === undefined) {
      const bubble = (row?.shadowRoot?.querySelector('.bubble, .notice') as HTMLElement | null) ?? row;
      const rect = bubble?.getBoundingClientRect();
      x = rect ? (message.flow === 'out' ? rect.right - 180 : rect.left) : 0;
      y = rect ? rect.bottom + 4 : 0;
    }
    if (row) this.host.setActiveRow(message.ID);
    const menu = await loadPart<TimMessageActions>(this.host, 'tim-message-actions', () => import('../message-actions/define.js'));
    if (menu.openFor?.ID === message.ID) return;
    void menu.open({
      message,
      actions,
      x,
      y,
      ...(focused ? { returnFocusTo: focused } : {}),
      ...(reactions ? { reactions } : {}),
    });
  }

  /** The message whose menu is open (its row must stay the element it is). */
  get menuFor(): string {
    return this.host.renderRoot.querySelector<TimMessageActions>('tim-message-actions')?.openFor?.ID ?? '';
  }

  /** Retry, collapse, show again or close the translation or transcript under a bubble. */
  private conversionRequest(message: Message, kind: ConversionKind, op: ConversionOp): void {
    const store = this.host.actionStore;
    if (op === 'retry') void this.perform(kind === 'translation' ? 'translate' : 'convert-to-text', message);
    else if (op === 'dismiss') store?.dismissConversion(kind, message.ID);
    else store?.setConversionHidden(kind, message.ID, op === 'hide');
  }

  /** Fire the action's cancelable event; unless cancelled, do it (through the store). */
  async perform(action: MessageAction, message: Message): Promise<void> {
    const targetLanguage = translationTarget(this.host.readerLocale());
    if (!this.host.dispatchEvent(messageActionEvent(action, message, targetLanguage))) return;
    const store = this.host.actionStore;
    const t = this.host.listStrings();
    try {
      switch (action) {
        case 'copy':
          await navigator.clipboard.writeText(copyableText(message));
          this.showToast(t.copied, false);
          return;
        case 'translate':
          // A failure shows under the bubble, with a retry (the store keeps it).
          await store?.translateMessage(message, targetLanguage).catch(showUnlessKept);
          return;
        case 'convert-to-text':
          await store?.convertVoiceToText(message).catch(showUnlessKept);
          return;
        case 'reply':
        case 'edit':
          // The composer takes it from the event (reply, edit).
          return;
        case 'forward':
          await this.host.forwardMessages([message], 'separate', this.host.rowFor(message.ID) ?? undefined);
          return;
        case 'pin':
        case 'unpin':
          await store?.pinMessage(message, action === 'pin');
          this.showToast(action === 'pin' ? t.pinned : t.unpinned, false);
          return;
        case 'select':
          this.host.enterSelection(message);
          return;
        case 'revoke':
          await store?.revoke(message);
          return;
        case 'delete':
        case 'delete-from-history':
          await this.confirmAndDelete(message, action === 'delete-from-history');
          return;
        case 'resend':
          this.host.followResend();
          await store?.resend(message);
          return;
      }
    } catch (error) {
      if (action === 'copy') this.showToast(t.copyFailed, true);
      else this.showError(error);
    }
  }

  /**
   * Ask first, then delete: for me (this device's cache and view; the server keeps it) or from
   * the server's history too. Focus moves to the message that takes its place.
   */
  private async confirmAndDelete(message: Message, fromHistory: boolean): Promise<void> {
    const store = this.host.actionStore;
    if (!store) return;
    const dialog = await loadPart<TimConfirmDialog>(this.host, 'tim-confirm-dialog', () => import('../confirm-dialog/define.js'));
    const t = this.host.listStrings();
    const row = this.host.rowFor(message.ID) ?? undefined;
    const confirmed = await dialog.confirm({
      ...(fromHistory
        ? { title: t.deleteFromHistoryTitle, message: t.deleteFromHistoryText, confirmLabel: t.deleteFromHistory }
        : { title: t.deleteForMeTitle, message: t.deleteForMeText, confirmLabel: t.deleteForMe }),
      danger: true,
      ...(row ? { returnFocusTo: row } : {}),
    });
    if (!confirmed) return;
    const index = this.host.items.findIndex((m) => m.ID === message.ID);
    await store.deleteMessages([message], { fromStorage: fromHistory });
    await this.host.updateComplete;
    // The focused row went with its message: the one that takes its place gets focus, not <body>.
    const items = this.host.items;
    const next = items[Math.min(Math.max(0, index), items.length - 1)];
    const active = deepActiveElement();
    // The row went (or the log took the focus while it went): the neighbour gets it, else the composer.
    if (active && active !== document.body && active !== row && active !== this.host.scroller) return;
    if (next) void this.host.focusRow(next.ID, false);
    else focusComposerOf(this.host);
  }

  /**
   * The viewer opens on this image, with every image of the loaded conversation to go through
   * (←/→, swipe). Its module loads on first use.
   */
  private async openImage(message: Message, elementIndex: number, origin?: HTMLElement): Promise<void> {
    const clicked = message.elements[elementIndex];
    if (clicked?.type !== 'TIMImageElem') return;
    const returnFocusTo = deepActiveElement() ?? origin;
    const images: ViewerImage[] = [];
    let index = -1;
    for (const item of this.host.items) {
      item.elements.forEach((elem, i) => {
        if (elem.type !== 'TIMImageElem') return;
        if (item.ID === message.ID && i === elementIndex) index = images.length;
        images.push(viewerImage(elem));
      });
    }
    const viewer = await loadPart<TimImageViewer>(this.host, 'tim-image-viewer', () => import('../image-viewer/define.js'));
    // A message not among the rows (an app may ask for one): just its image.
    void viewer.show(index < 0 ? [viewerImage(clicked)] : images, returnFocusTo, Math.max(0, index));
  }

  showError(error: unknown): void {
    this.showToast(this.host.describeError(error), true);
  }

  showToast(text: string, error: boolean): void {
    clearTimeout(this.toastTimer);
    this.toast = { text, error };
    this.host.requestUpdate();
    this.toastTimer = setTimeout(() => this.dismissToast(), TOAST_MS);
  }

  dismissToast(): void {
    clearTimeout(this.toastTimer);
    if (!this.toast) return;
    this.toast = null;
    this.host.requestUpdate();
  }
}

/** A conversion's failure is drawn under its bubble; only one the store could not keep (no such feature) is thrown on. */
function showUnlessKept(error: unknown): void {
  if (isUnsupportedFeature(error)) throw error;
}

function viewerImage(elem: ImageElem): ViewerImage {
  const sources = imageSources(elem);
  return { preview: sources.thumbnail, large: sources.large, original: sources.original, width: sources.width, height: sources.height };
}

/** The `<tim-composer>` of the list's conversation, in the same tree as the list; true when it took the focus. */
function focusComposerOf(list: HTMLElement): boolean {
  const root = list.getRootNode() as Document | ShadowRoot;
  const id = list.getAttribute('conversation-id') ?? '';
  const composer = [...root.querySelectorAll<HTMLElement>('tim-composer')].find((c) => (c.getAttribute('conversation-id') ?? '') === id);
  if (!composer) return false;
  composer.focus();
  return deepActiveElement() !== document.body && !!composer.matches(':focus-within');
}
