import { newChatFeature, useFeature, type ChatStoreApi, type NewChat } from '../../core/store/index.js';
import type { TimNewChat } from '../new-chat/tim-new-chat.js';
import { TypeAhead } from '../base/type-ahead.js';

/** What "New chat" needs from `<tim-conversation-list>`. */
export interface NewChatHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Open a conversation as choosing its row does (the cancelable `tim-conversation-select`, then the store). */
  select(conversationID: string): void;
  /** Focus the conversation's row (when it comes, for a chat just started). */
  focusConversation(conversationID: string): void;
}

/**
 * The list's "New chat": the store's search (`newChatFeature`, installed when the backend has a
 * directory) behind the list's button, and the dialog (`<tim-new-chat>`, loaded on first use).
 * What the dialog chooses opens like a row of the list.
 */
export class NewChatFlow {
  constructor(
    private readonly host: NewChatHost,
    /** Loads the dialog's chunk (replaceable so a test can hold it back). */
    private readonly load: () => Promise<unknown> = () => import('../new-chat/define.js'),
  ) {}

  /** The store's "New chat", when its backend finds people and groups. */
  of(store: ChatStoreApi | undefined): NewChat | undefined {
    const newChat = useFeature(store, newChatFeature);
    return newChat?.supported ? newChat : undefined;
  }

  /**
   * Open the dialog. Keys typed before it shows (its chunk loads on first use) are kept and go to
   * its search box; Escape meanwhile cancels the opening.
   */
  async open(store: ChatStoreApi | undefined, returnFocusTo?: HTMLElement): Promise<void> {
    const newChat = this.of(store);
    if (!newChat) return;
    const typed = new TypeAhead();
    const onKey = (event: KeyboardEvent): void => {
      if (!typed.take(event)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    document.addEventListener('keydown', onKey, true);
    const stopBuffering = () => document.removeEventListener('keydown', onKey, true);
    let dialog: TimNewChat | null;
    try {
      await this.load();
      dialog = this.host.renderRoot.querySelector<TimNewChat>('tim-new-chat');
      if (!dialog) {
        dialog = document.createElement('tim-new-chat');
        this.host.renderRoot.appendChild(dialog);
      }
      await dialog.updateComplete;
    } catch (error) {
      stopBuffering();
      throw error;
    }
    if (typed.cancelled) {
      stopBuffering();
      returnFocusTo?.focus();
      return;
    }
    const conversationID = await dialog.open(newChat, returnFocusTo, () => {
      stopBuffering();
      return typed.text;
    });
    if (!conversationID) return;
    this.host.select(conversationID);
    this.host.focusConversation(conversationID);
  }
}
