import type { ReactiveControllerHost } from 'lit';
import type { Message } from '../../core/model/index.js';
import { mayShowJumpToLatest, type ChatScrollState } from '../../core/scroll/index.js';
import {
  locateUnreadBoundary,
  unreadBoundary,
  unreadJumpTarget,
  type ChatStoreApi,
  type MessageListState,
  type UnreadBoundary,
} from '../../core/store/index.js';

/** What the unread button needs from `<tim-message-list>`. */
export interface UnreadJumpHost extends ReactiveControllerHost {
  readonly conversationId: string;
  readonly items: readonly Message[];
  readonly scroller: HTMLElement | null;
  readonly readingStore: ChatStoreApi | undefined;
  readonly listStateValue: MessageListState | undefined;
  readonly scrollState: ChatScrollState;
  atNewest(): boolean;
  rowFor(messageID: string): HTMLElement | null;
  /** The unread messages begin at this one (the scroll state puts the divider there). */
  unreadBegins(messageID: string): void;
  scrollToMessage(messageID: string, block: ScrollLogicalPosition): Promise<boolean>;
}

/**
 * The "N unread above" button: when a conversation opens with unread messages, where they begin
 * (the boundary is the core's, `unread-boundary.ts`); hidden once the reader has seen the first of
 * them; a click pages back until that message is loaded and jumps to it.
 */
export class UnreadJump {
  /** The boundary while the button shows; null when there is none (or it was seen). */
  boundary: UnreadBoundary | null = null;
  /** The boundary was noted for this conversation (reading may be reported from now on). */
  captured = false;

  constructor(private readonly host: UnreadJumpHost) {}

  reset(): void {
    this.set(null);
    this.captured = false;
  }

  /** The items changed: the boundary follows its message (older pages loaded above it, say). */
  itemsChanged(): void {
    if (this.boundary) this.boundary = locateUnreadBoundary(this.boundary, this.host.items);
  }

  /** When the conversation opens with unread messages, remember where they start. */
  capture(): void {
    const { items, listStateValue, readingStore, conversationId } = this.host;
    if (this.captured || !items.length || !listStateValue?.loaded) return;
    this.captured = true;
    const conversation = readingStore?.state.get().conversations.find((c) => c.conversationID === conversationId);
    const boundary = unreadBoundary(items, conversation?.unreadCount ?? 0);
    if (!boundary) return;
    this.boundary = boundary;
    if (boundary.messageID) this.host.unreadBegins(boundary.messageID);
  }

  /** The reader has seen the first unread message (it is on screen once the list settled): drop the button. */
  maybeHide(): void {
    const jump = this.boundary;
    const { scroller, items } = this.host;
    if (!jump || !jump.messageID || !scroller) return;
    // While the list is still settling onto the newest message, the top rows are not what the reader sees.
    if (!mayShowJumpToLatest(this.host.scrollState) && !this.host.atNewest()) return;
    const row = this.host.rowFor(jump.messageID);
    if (row) {
      // Seen: in view (even in part), or scrolled past (below the view).
      if (row.getBoundingClientRect().bottom > scroller.getBoundingClientRect().top + 1) this.set(null);
      return;
    }
    // Not drawn: above the view (keep the button) unless the rows drawn are older than it.
    const index = items.findIndex((m) => m.ID === jump.messageID);
    const drawn = scroller.querySelector<HTMLElement>('tim-message');
    const drawnIndex = drawn ? items.findIndex((m) => m.ID === drawn.dataset.id) : -1;
    if (index >= 0 && drawnIndex >= 0 && drawnIndex < index) this.set(null);
  }

  readonly jump = async (): Promise<void> => {
    const jump = this.boundary;
    const store = this.host.readingStore;
    if (!jump || !store) return;
    let target = unreadJumpTarget(jump, this.host.items, !!this.host.listStateValue?.isCompleted);
    // The first unread was not loaded yet: page back until it is (or the history ends).
    while (target === null) {
      const before = this.host.listStateValue;
      await store.loadOlder(this.host.conversationId);
      await this.host.updateComplete;
      const after = this.host.listStateValue;
      // Nothing came (an error, another conversation): stop paging, land on what is loaded.
      const stuck = after === before || !after || (after.error !== undefined && after.error !== null);
      target = unreadJumpTarget(this.boundary ?? jump, this.host.items, stuck || !!after?.isCompleted);
    }
    this.set(null);
    if (!target) return;
    this.host.unreadBegins(target);
    await this.host.scrollToMessage(target, 'start');
  };

  private set(boundary: UnreadBoundary | null): void {
    if (boundary === this.boundary) return;
    this.boundary = boundary;
    this.host.requestUpdate();
  }
}
