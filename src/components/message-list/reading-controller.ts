import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Message } from '../../core/model/index.js';
import type { ChatStoreApi } from '../../core/store/index.js';
import { readReportDue } from '../../core/store/index.js';

/** What the reading controller needs from `<tim-message-list>`. */
export interface ReadingHost extends ReactiveControllerHost, HTMLElement {
  readonly readingStore: ChatStoreApi | undefined;
  readonly conversationId: string;
  readonly items: readonly Message[];
  /** The list is drawn and the unread boundary was noted (for the jump button): reading may be reported. */
  readonly readyToRead: boolean;
  /** The newest message is at the bottom of the view (reads the layout). */
  atNewest(): boolean;
}

/**
 * Tells the store what the reader sees: whether the newest messages of the open conversation are
 * in view (the store then reads arriving ones at once), and, when they are and some came in
 * unread, marks the conversation read (`readReportDue` decides). Page visibility and whether the
 * list is on screen at all come from `visibilitychange` and an IntersectionObserver.
 */
export class ReadingController implements ReactiveController {
  private pageVisible = true;
  private onScreen = true;
  private intersection?: IntersectionObserver;
  private reportedVisible?: boolean;
  private lastReportedID = '';

  constructor(private readonly host: ReadingHost) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onPageVisibility);
    this.pageVisible = document.visibilityState !== 'hidden';
    if (typeof IntersectionObserver === 'function') {
      this.intersection = new IntersectionObserver((entries) => {
        this.onScreen = entries.some((e) => e.isIntersecting);
        this.reportVisibility();
      });
      this.intersection.observe(this.host);
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onPageVisibility);
    this.intersection?.disconnect();
    if (this.onScreen) this.host.readingStore?.setConversationVisible(false);
  }

  /** Another conversation opened: nothing said about the previous one holds for it. */
  reset(): void {
    this.reportedVisible = undefined;
    this.lastReportedID = '';
  }

  /** What the reader sees may have changed. */
  check(): void {
    this.reportVisibility();
    this.maybeMarkRead();
  }

  private readonly onPageVisibility = (): void => {
    this.pageVisible = document.visibilityState !== 'hidden';
    this.check();
  };

  private seesList(): boolean {
    return this.pageVisible && this.onScreen && this.host.readyToRead;
  }

  /** The store reads arriving messages at once only while the reader can see the newest ones. */
  private reportVisibility(): void {
    const visible = this.pageVisible && this.onScreen && !!this.host.items.length && this.host.atNewest();
    if (visible === this.reportedVisible) return;
    this.reportedVisible = visible;
    this.host.readingStore?.setConversationVisible(visible);
  }

  /** Mark the conversation read when its newest message is on screen and some came in unread. */
  maybeMarkRead(): void {
    const store = this.host.readingStore;
    if (!store || !this.seesList()) return;
    const due = readReportDue(this.host.items, this.lastReportedID);
    // Measured last: reading the scroll position makes the browser lay the page out now.
    if (!due || !this.host.atNewest()) return;
    this.lastReportedID = due;
    const conversationID = this.host.conversationId;
    // The store changes state at once; outside the element's update, so that is a new render, not one nested in it.
    queueMicrotask(() => {
      store.markConversationRead(conversationID).catch(() => {
        if (this.lastReportedID === due) this.lastReportedID = '';
      });
    });
  }
}
