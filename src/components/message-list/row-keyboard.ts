import type { ReactiveControllerHost } from 'lit';
import type { Message } from '../../core/model/index.js';
import { RovingFocusController } from '../base/roving-focus-controller.js';
import type { TimMessage } from '../message/tim-message.js';

/** What the row keyboard needs from `<tim-message-list>`. */
export interface RowKeyboardHost extends ReactiveControllerHost {
  readonly items: readonly Message[];
  readonly scroller: HTMLElement | null;
  rowFor(messageID: string): TimMessage | null;
  /** Scroll a row into the rendered range and wait for it (null when it never came). */
  bringRowIn(messageID: string): Promise<HTMLElement | null>;
  /** The focus moves by keyboard (to the newest message, or away from it). */
  focusMoved(toNewest: boolean): void;
  loadOlder(): void;
  openMenu(message: Message, row: HTMLElement): void;
}

/**
 * The message log's keyboard: one tab stop among the rows (the message last focused, else the
 * newest) through the kit's RovingFocusController; ↑/↓, Home and End move, ↑ from the oldest
 * loaded message asks for older ones, Enter, the context-menu key or Shift+F10 open the row's
 * actions. Rows are virtualized: the tab stop is a message ID, and while its row is not drawn the
 * log itself takes the tab stop and hands the focus to a row on screen.
 */
export class RowKeyboard {
  private ids: readonly string[] = [];
  private idsOf?: readonly Message[];
  private readonly rows: RovingFocusController<string>;

  constructor(private readonly host: RowKeyboardHost) {
    this.rows = new RovingFocusController<string>(host, {
      items: () => this.itemIDs(),
      // Read on every render of a log that may hold 100,000 messages: no search. A message removed
      // while it held the stop keeps it; its row is gone, so the log itself is the tab stop
      // (syncScrollerTabIndex) until another row is focused.
      contains: () => true,
      home: () => this.host.items[this.host.items.length - 1]?.ID,
      // A key moved the focus: the scroll state learns first whether it is now on the newest message.
      focus: (id) => {
        const ids = this.itemIDs();
        this.host.focusMoved(id === ids[ids.length - 1]);
        void this.focusRow(id);
      },
      move: { keys: ['ArrowUp', 'ArrowDown', 'Home', 'End'] },
    });
  }

  /** The message that holds the tab stop. */
  get activeID(): string {
    return this.rows.active ?? '';
  }

  /** Give a message the tab stop without moving the focus. */
  setActive(messageID: string): void {
    this.rows.setActive(messageID || undefined);
  }

  /** The IDs in order, recomputed only when the items change (the log may hold 100,000). */
  private itemIDs(): readonly string[] {
    if (this.idsOf !== this.host.items) {
      this.idsOf = this.host.items;
      this.ids = this.host.items.map((m) => m.ID);
    }
    return this.ids;
  }

  async focusRow(messageID: string, scroll = true): Promise<void> {
    this.rows.setActive(messageID);
    let row: HTMLElement | null = this.host.rowFor(messageID);
    if (!row || scroll) row = await this.host.bringRowIn(messageID);
    await this.host.updateComplete;
    row?.focus({ preventScroll: false });
    this.syncScrollerTabIndex();
  }

  /** The log is a tab stop of its own only while its current row is not in the DOM. */
  syncScrollerTabIndex(): void {
    const scroller = this.host.scroller;
    if (!scroller) return;
    const activeID = this.activeID;
    scroller.tabIndex = activeID && this.host.rowFor(activeID) ? -1 : 0;
  }

  readonly onRowFocus = (event: FocusEvent): void => {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    if (id) this.rows.setActive(id);
  };

  readonly onScrollerFocus = (event: FocusEvent): void => {
    const scroller = this.host.scroller;
    if (!scroller || event.target !== scroller) return;
    // Focus landed on the log itself (its current row was scrolled away): go to a row on screen.
    const top = scroller.getBoundingClientRect().top;
    const rows = [...scroller.querySelectorAll<TimMessage>('tim-message')];
    const row = rows.find((r) => r.dataset.id === this.activeID) ?? rows.find((r) => r.getBoundingClientRect().bottom > top + 1);
    row?.focus();
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const row = event.composedPath().find((n): n is TimMessage => n instanceof HTMLElement && n.localName === 'tim-message');
    if (!row || event.target !== row || !row.dataset.id) return;
    const ids = this.itemIDs();
    const index = ids.indexOf(row.dataset.id);
    if (index < 0) return;
    // Up from the oldest loaded message asks for older ones.
    if (event.key === 'ArrowUp' && index === 0) this.host.loadOlder();
    if (this.rows.handleKey(event, row.dataset.id)) return;
    if (event.key === 'Enter' || event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault();
      this.host.openMenu(this.host.items[index]!, row);
    }
  };
}
