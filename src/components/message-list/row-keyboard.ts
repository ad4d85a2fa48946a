import type { ReactiveControllerHost } from 'lit';
import type { Message } from '../../core/model/index.js';
import { RovingFocusController } from '../base/roving-focus-controller.js';
import type { TimMessage } from '../message/tim-message.js';
import { contentControlCount, controlIndexOf, personControlCount, rowControls, takesArrows, untabControls } from './row-controls.js';
import { rowKeyAction } from './row-key-action.js';

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
  /** Open a row's menu; focus goes back to `returnFocusTo` when it closes. */
  openMenu(message: Message, row: HTMLElement, returnFocusTo?: HTMLElement): void;
}

/**
 * The message log's keyboard: one tab stop among the rows (the message last focused, else the
 * newest) through the kit's RovingFocusController; ↑/↓, Home and End move, ↑ from the oldest
 * loaded message asks for older ones. Inside a row it works like a grid cell (see rowKeyAction):
 * Enter or F2 steps into the row's controls, Tab and the arrows move among them, Enter and Space
 * activate them natively, Escape steps back; the context-menu key or Shift+F10 open the row's
 * actions (Enter too, on a row with no controls). The rows' controls stay out of the tab order,
 * so Tab leaves the log in one step. Rows are virtualized: the tab stop is a message ID, and while
 * its row is not drawn the log itself takes the tab stop and hands the focus to a row on screen.
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

  /** Set while the log takes the focus from a row that is going away: it keeps it (no row on screen is chosen for it). */
  private holding = false;

  /**
   * The focused row is about to leave the DOM (the virtualizer draws only the rows near the view):
   * the log itself takes the focus, so it is not lost to <body>; a key brings it back to a row.
   */
  holdFocusInLog(): void {
    const scroller = this.host.scroller;
    if (!scroller) return;
    this.holding = true;
    try {
      scroller.focus({ preventScroll: true });
    } finally {
      this.holding = false;
    }
  }

  readonly onScrollerFocus = (event: FocusEvent): void => {
    const scroller = this.host.scroller;
    if (!scroller || event.target !== scroller || this.holding) return;
    // Focus landed on the log itself (Tab, while its current row is scrolled away): go to a row on screen.
    this.focusRowOnScreen();
  };

  /** The current row when it is drawn, else the first row in view. */
  private focusRowOnScreen(): boolean {
    const scroller = this.host.scroller;
    if (!scroller) return false;
    const top = scroller.getBoundingClientRect().top;
    const rows = [...scroller.querySelectorAll<TimMessage>('tim-message')];
    const row = rows.find((r) => r.dataset.id === this.activeID) ?? rows.find((r) => r.getBoundingClientRect().bottom > top + 1);
    row?.focus({ preventScroll: true });
    return !!row;
  }

  /** A pointer is down in the log: focus that comes with it (a click on a link) stays where it lands. */
  private pointerDown = false;
  readonly onPointerDown = (): void => {
    this.pointerDown = true;
  };
  readonly onPointerUp = (): void => {
    this.pointerDown = false;
  };

  /**
   * Focus came into a row's control from outside the log by keyboard (Shift+Tab from the composer
   * onto controls not yet taken out of the tab order): the log's tab stop is its current row.
   */
  readonly onScrollerFocusIn = (event: FocusEvent): void => {
    const scroller = this.host.scroller;
    const path = event.composedPath();
    const row = rowOf(path);
    if (!scroller || !row || path[0] === row || this.pointerDown) return;
    // Tab reaches only controls still in the tab order; a control out of it was focused on purpose (a menu gave focus back).
    if (!(path[0] instanceof HTMLElement) || path[0].tabIndex < 0) return;
    // Only a focus that came by Tab from an element outside (a programmatic focus, e.g. a video replacing its poster, comes from nowhere).
    const from = event.relatedTarget;
    if (!(from instanceof Node) || scroller.contains(from)) return;
    untabControls(scroller.querySelectorAll('tim-message'));
    void this.focusRow(this.activeID || row.dataset.id || '', false);
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const path = event.composedPath();
    const row = rowOf(path);
    // The log itself holds the focus (its row scrolled away): a move key goes back to a row in view.
    if (!row && path[0] === this.host.scroller && MOVE_KEYS.has(event.key)) {
      if (this.focusRowOnScreen()) event.preventDefault();
      return;
    }
    if (!row || !row.dataset.id) return;
    const ids = this.itemIDs();
    const index = ids.indexOf(row.dataset.id);
    if (index < 0) return;
    // The listener sees the row as the target of a key pressed on a control inside it: the path says which.
    const onRow = path[0] === row;
    if (onRow) {
      // Up from the oldest loaded message asks for older ones.
      if (event.key === 'ArrowUp' && index === 0) this.host.loadOlder();
      if (this.rows.handleKey(event, row.dataset.id)) return;
    }
    const controls = rowControls(row);
    const focused = path[0] as HTMLElement | undefined;
    const controlIndex = onRow ? -1 : controlIndexOf(controls, focused);
    // Focus on something inside the row that is not one of its controls: only Escape (back to the row) and the menu keys.
    if (!onRow && controlIndex < 0 && event.key !== 'Escape' && event.key !== 'ContextMenu' && event.key !== 'F10') return;
    const action = rowKeyAction({
      key: event.key,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      controlIndex: onRow ? -1 : Math.max(0, controlIndex),
      controlCount: controls.length,
      contentControls: contentControlCount(controls),
      personControls: personControlCount(controls),
      controlTakesArrows: !!focused && takesArrows(focused),
      dir: getComputedStyle(row).direction === 'rtl' ? 'rtl' : 'ltr',
    });
    switch (action.kind) {
      case 'none':
        return;
      case 'leave':
        // No preventDefault: the browser's Tab moves on, past the controls taken out of its order.
        untabControls(this.host.scroller?.querySelectorAll('tim-message') ?? []);
        return;
      case 'open-menu':
        event.preventDefault();
        this.host.openMenu(this.host.items[index]!, row, onRow ? row : focused);
        return;
      case 'to-row':
        event.preventDefault();
        row.focus();
        return;
      case 'focus-control':
        event.preventDefault();
        untabControls([row]);
        controls[action.index]?.focus();
        return;
    }
  };
}

const MOVE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'Home', 'End', 'Enter']);

function rowOf(path: readonly EventTarget[]): TimMessage | undefined {
  return path.find((n): n is TimMessage => n instanceof HTMLElement && n.localName === 'tim-message');
}
