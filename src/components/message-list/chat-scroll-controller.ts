import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import type { Message } from '../../core/model/index.js';
import {
  followsNewest,
  INITIAL_SCROLL_STATE,
  keepsReadingAnchor,
  reduceScroll,
  type AppendedMessage,
  type ChatScrollState,
  type JumpBlock,
  type ScrollEvent,
} from '../../core/scroll/index.js';
import type { ReadingPosition } from '../../core/store/index.js';
import { countsAsUnread } from '../../core/store/index.js';
import { ChatFlowLayout, type ChatFlowLayoutConfig } from './virtualizer-patches/chat-flow-layout.js';
import { patchVirtualizer } from './virtualizer-patches/patch-virtualizer.js';

/** Within this many px of the end counts as "at the newest message". */
const BOTTOM_SLOP = 32;
/** Keys that scroll a focused scroller: the reader's scrolling, like a wheel. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);
/** Pinning to an index past the end pins to the last item, however many arrive. */
const END = Number.MAX_SAFE_INTEGER;

interface VirtualizerHandle {
  element(index: number): { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined;
  updateLayoutConfig(config: object): Promise<boolean>;
  readonly layoutComplete: Promise<void>;
}

/** What the controller needs from `<tim-message-list>`. */
export interface ChatScrollHost extends ReactiveControllerHost {
  /** The scrolling log, when rows are drawn (a new one for each conversation). */
  readonly scroller: HTMLElement | null;
  /** The rows' messages, oldest first. */
  readonly items: readonly Message[];
  /** Has the conversation's first page loaded (a missing jump target will not come). */
  readonly listLoaded: boolean;
  rowFor(messageID: string): HTMLElement | null;
  /** The virtualizer is about to draw rows `first`…`last` (before the directive redraws them). */
  rangeChanged(first: number, last: number): void;
  /** What the reader sees may have changed (after a layout or a scroll): buttons, read marks, more history. */
  viewChanged(): void;
  /** Within this many px of the top, the reader is near the top. */
  readonly loadThreshold: number;
  /** The reader scrolled near the top. */
  nearTop(): void;
}

/**
 * The message list's scrolling, as the explicit states of `core/scroll/chat-scroll-state.ts`
 * (pinned to the newest / reading at an anchor / jumping to a message), driven by events: the
 * reader's gestures (wheel, touch, scrollbar, keys, `scrollend`), `scroll`, the scroller's size
 * (ResizeObserver), the virtualizer's `rangeChanged` / `unpinned` and its layout passes (the
 * `reflow-hooks` patch), and the list's data. It applies what the state machine decides: pin the
 * layout to the newest message, drop the pin, align a jumped-to row, keep the row being read in place.
 *
 * Over 500 lines because it is the one place where the DOM's scroll events meet the state machine;
 * what it decides is in the core (Node-tested), what it touches of the virtualizer is in
 * `virtualizer-patches/`, and splitting the event wiring would scatter one protocol over files.
 */
export class ChatScrollController implements ReactiveController {
  /** The layout config handed to the virtualize directive. */
  readonly layout: ChatFlowLayoutConfig & { type: typeof ChatFlowLayout } = {
    type: ChatFlowLayout,
    keyOf: (item) => (item as Message).ID,
    beforeReflow: () => this.measureReadingRow(),
    afterReflow: (pinned) => this.afterReflow(pinned),
  };

  private scrollState: ChatScrollState = INITIAL_SCROLL_STATE;
  /** The newest message is out of view while scrolled up: the jump-to-latest button shows. */
  newestOffScreen = false;

  private scroller: HTMLElement | null = null;
  private resizeObserver?: ResizeObserver;
  private sizeSeen = false;
  /** Since the reader's gesture began, something scrolled (else its end ends the gesture). */
  private scrolledInGesture = false;
  private settleWatched = false;
  /** The items the layout was last pinned to the end of. */
  private pinnedFor?: readonly Message[];
  /** Counts the changes of items, so a layout's completion is matched to the change it followed. */
  private itemsChange = 0;
  /** The jump pinned the layout to its row's index (the row was not drawn). */
  private jumpPinned = false;
  private jumpDone?: (landed: boolean) => void;
  private rowWaiters: { id: string; resolve: (row: HTMLElement | null) => void }[] = [];
  private viewCheckQueued = false;
  private inUpdate = false;
  private renderQueued = false;
  /**
   * The row being read, where the reader expects it (`target`, viewport px) and the scroll offset
   * when that was last set: a scroll since then was the reader's, and moves the target with it.
   */
  private readingRow?: { row: HTMLElement; id: string; target: number; scrollTop: number; pending: boolean };

  constructor(private readonly host: ChatScrollHost & HTMLElement) {
    host.addController(this);
  }

  get state(): ChatScrollState {
    return this.scrollState;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.attach(null);
    this.finishJump(false);
    this.releaseRowWaiters();
  }

  hostUpdate(): void {
    this.inUpdate = true;
  }

  hostUpdated(): void {
    const scroller = this.host.scroller;
    if (scroller !== this.scroller) {
      this.attach(scroller);
      this.pinnedFor = undefined;
    }
    patchVirtualizer(this.virtualizer);
    // New items (or a new scroller) while following the newest: pin to the (new) last one.
    if (followsNewest(this.scrollState) && this.host.items.length && this.host.items !== this.pinnedFor) {
      this.pinnedFor = this.host.items;
      void this.pin();
    }
    if (this.scrollState.mode.kind === 'jumping') this.align();
    if (this.scrollState.settling) this.watchSettle();
    this.inUpdate = false;
    // No render is asked for from within this one (Lit's change-in-update): once it is over.
    if (this.renderQueued) {
      this.renderQueued = false;
      queueMicrotask(() => this.host.requestUpdate());
    }
  }

  // ───────────── the list tells ─────────────

  /** A conversation opens: at the place it was left (`restore`), or at the newest message. */
  open(restore: ReadingPosition | null): void {
    this.readingRow = undefined;
    this.newestOffScreen = false;
    this.finishJump(false);
    this.releaseRowWaiters();
    this.dispatch({ type: 'opened', restore });
  }

  /** The rows' messages changed from `before` to `after`. */
  itemsChanged(before: readonly Message[], after: readonly Message[]): void {
    this.dispatch({ type: 'items-changed', appended: appendedTo(before, after) });
    this.itemsChange++;
    this.settleWatched = false;
  }

  /** The "New messages" divider goes above this message, unless it is already somewhere. */
  unreadBegins(messageID: string): void {
    this.dispatch({ type: 'unread-begins', messageID });
  }

  /**
   * Put a loaded message's row at a place in the view: its top `offset` px below the view's top
   * (`start`), its bottom `offset` px above the view's bottom (`end`), or its middle at the middle.
   * Resolves once it is there (true), or false when it went or another jump or gesture took over.
   */
  jumpTo(messageID: string, block: JumpBlock, offset = 0): Promise<boolean> {
    this.finishJump(false);
    const done = new Promise<boolean>((resolve) => (this.jumpDone = resolve));
    this.dispatch({ type: 'jump', messageID, block, offset });
    return done;
  }

  jumpToLatest(): void {
    this.newestOffScreen = false;
    this.dispatch({ type: 'jump-to-latest' });
  }

  /** Keyboard focus moved to another row (the newest, or not). */
  focusMoved(toNewest: boolean): void {
    this.dispatch({ type: 'focus-moved', toNewest, atEnd: this.atEnd() });
  }

  resend(): void {
    this.dispatch({ type: 'resend' });
  }

  /** Resolves with the row of `messageID` once the virtualizer has drawn it (null if it leaves the list). */
  rowDrawn(messageID: string): Promise<HTMLElement | null> {
    const row = this.host.rowFor(messageID);
    if (row) return Promise.resolve(row);
    return new Promise((resolve) => this.rowWaiters.push({ id: messageID, resolve }));
  }

  /** Scroll a row that is not drawn into the range (the virtualizer's public `element(i).scrollIntoView`). */
  bringIntoRange(messageID: string, block: ScrollLogicalPosition = 'nearest'): void {
    const index = this.host.items.findIndex((m) => m.ID === messageID);
    if (index >= 0 && !this.host.rowFor(messageID)) this.virtualizer?.element(index)?.scrollIntoView({ block });
  }

  /** The row at the top of the view and how far below the view's top edge it starts; null at the newest message. */
  readingPosition(): ReadingPosition | null {
    const scroller = this.scroller;
    if (!scroller || followsNewest(this.scrollState)) return null;
    const top = scroller.getBoundingClientRect().top;
    for (const row of scroller.querySelectorAll<HTMLElement>('tim-message')) {
      const rect = row.getBoundingClientRect();
      if (rect.bottom > top + 1 && row.dataset.id) return { messageID: row.dataset.id, offset: rect.top - top };
    }
    return null;
  }

  distanceFromBottom(): number {
    const s = this.scroller;
    return s ? s.scrollHeight - s.scrollTop - s.clientHeight : 0;
  }

  atEnd(): boolean {
    return this.distanceFromBottom() <= BOTTOM_SLOP;
  }

  // ───────────── state ─────────────

  private dispatch(event: ScrollEvent): void {
    const before = this.scrollState;
    const { state, effects } = reduceScroll(before, event);
    this.scrollState = state;
    for (const effect of effects) {
      if (effect === 'pin') void this.pin();
      else if (effect === 'unpin') void this.unpin();
      else this.align();
    }
    if (before.mode.kind === 'jumping' && state.mode.kind !== 'jumping')
      this.finishJump(state.mode.kind === 'reading' && event.type === 'landed');
    if (state.newCount !== before.newCount || state.dividerID !== before.dividerID || state.mode.kind !== before.mode.kind)
      this.requestRender();
  }

  private requestRender(): void {
    if (this.inUpdate) this.renderQueued = true;
    else this.host.requestUpdate();
  }

  private get virtualizer(): VirtualizerHandle | undefined {
    return (this.scroller as (HTMLElement & { [virtualizerRef]?: VirtualizerHandle }) | null)?.[virtualizerRef];
  }

  /** Keep the newest message in view: pin the layout to the last item (it follows new items). */
  private async pin(): Promise<void> {
    // The config names the layout type: without it the virtualizer refuses the update.
    await this.virtualizer?.updateLayoutConfig({ type: ChatFlowLayout, pin: { index: END, block: 'end' } });
  }

  private async unpin(): Promise<void> {
    await this.virtualizer?.updateLayoutConfig({ type: ChatFlowLayout, pin: null });
  }

  /** The items changed: keep the reader's row in place, even mid-gesture, until the virtualizer says its layout is complete. */
  private watchSettle(): void {
    const virtualizer = this.virtualizer;
    if (this.settleWatched || !virtualizer) return;
    this.settleWatched = true;
    const change = this.itemsChange;
    virtualizer.layoutComplete.then(
      // Only for the change it watched: a newer one watches for itself.
      () => change === this.itemsChange && this.dispatch({ type: 'layout-settled' }),
      () => {},
    );
  }

  // ───────────── DOM events ─────────────

  private attach(scroller: HTMLElement | null): void {
    const old = this.scroller;
    if (old) {
      for (const [type, listener] of this.listeners) old.removeEventListener(type, listener, type === 'rangeChanged');
    }
    this.resizeObserver?.disconnect();
    this.scroller = scroller;
    this.readingRow = undefined;
    if (!scroller) return;
    // rangeChanged in the capture phase: at the scroller it runs before the virtualize directive's
    // own listener, which redraws the rows (the row keys must be assigned first).
    for (const [type, listener] of this.listeners)
      scroller.addEventListener(type, listener, type === 'rangeChanged' ? true : { passive: true });
    if (typeof ResizeObserver === 'function') {
      this.sizeSeen = false;
      this.resizeObserver = new ResizeObserver(this.onResize);
      this.resizeObserver.observe(scroller);
    }
  }

  private readonly onScroll = (): void => {
    const scroller = this.scroller;
    if (!scroller) return;
    if (this.scrollState.gesture) this.scrolledInGesture = true;
    this.dispatch({ type: 'scrolled', atEnd: this.atEnd() });
    if (scroller.scrollTop < this.host.loadThreshold) this.host.nearTop();
    this.queueViewCheck();
  };

  private readonly onScrollEnd = (): void => this.endGesture();

  private startGesture(): void {
    if (!this.scrollState.gesture) this.scrolledInGesture = false;
    this.dispatch({ type: 'gesture-started' });
  }

  private endGesture(): void {
    this.scrolledInGesture = false;
    this.dispatch({ type: 'gesture-ended' });
  }

  /** A gesture that moved nothing ends with its input (a scroll's end would never come). */
  private readonly onInputEnd = (): void => {
    if (this.scrollState.gesture && !this.scrolledInGesture) this.endGesture();
  };

  private readonly onWheel = (event: WheelEvent): void => {
    const s = this.scroller;
    if (!s) return;
    // A wheel against an edge scrolls nothing: no gesture (and no scrollend would end it).
    const canMove = event.deltaY < 0 ? s.scrollTop > 0 : event.deltaY > 0 ? this.distanceFromBottom() > 1 : event.deltaX !== 0;
    if (canMove) this.startGesture();
  };

  /** A press on the scroller itself (not on a message) is on its scrollbar: the reader drags it. */
  private readonly onPointerDown = (event: PointerEvent): void => {
    if (event.composedPath()[0] === this.scroller) this.startGesture();
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (SCROLL_KEYS.has(event.key)) this.startGesture();
  };

  private readonly onRangeChanged = (event: Event): void => {
    const { first, last } = event as Event & { first: number; last: number };
    this.host.rangeChanged(first, last);
  };

  private readonly onUnpinned = (): void => {
    this.dispatch({ type: 'unpinned', atEnd: this.atEnd() });
    // A scroll the layout did not make dropped its pin, and the view is still at the end: pin again.
    if (followsNewest(this.scrollState)) void this.pin();
  };

  private readonly onResize = (): void => {
    // The first call only reports the size it started with.
    if (!this.sizeSeen) return void (this.sizeSeen = true);
    // Narrower or shorter (a window resized, a phone turned, the composer grown): rows rewrap;
    // one following the newest message stays there (each reflow of the rewrap checks the end).
    if (followsNewest(this.scrollState) && this.host.items.length) {
      void this.pin();
      this.reachEnd();
    }
    this.queueViewCheck();
  };

  private readonly listeners: [string, EventListener][] = [
    ['scroll', this.onScroll],
    ['scrollend', this.onScrollEnd],
    ['wheel', this.onWheel as EventListener],
    ['touchmove', () => this.startGesture()],
    ['touchend', this.onInputEnd],
    ['touchcancel', this.onInputEnd],
    ['pointerdown', this.onPointerDown as EventListener],
    ['pointerup', this.onInputEnd],
    ['keydown', this.onKeyDown as EventListener],
    ['keyup', this.onInputEnd],
    ['rangeChanged', this.onRangeChanged],
    ['unpinned', this.onUnpinned],
  ];

  // ───────────── after each layout pass ─────────────

  private afterReflow(pinned: boolean): void {
    if (!pinned) this.keepReadingRow();
    if (followsNewest(this.scrollState)) this.reachEnd();
    else if (this.scrollState.mode.kind === 'jumping') this.align();
    this.resolveRowWaiters();
    this.queueViewCheck();
  }

  /**
   * Following the newest message, the view must end at the end. The layout applies its pin in each
   * pass; when the browser stopped that scroll short (the list grew in the same pass, a row
   * measured taller), only a scroll of the DOM gets there.
   */
  private reachEnd(): void {
    const scroller = this.scroller;
    if (!scroller || !this.host.items.length || this.distanceFromBottom() <= 1) return;
    scroller.scrollTop = scroller.scrollHeight;
    // That scroll was not the layout's: it drops the pin, which is asked for again.
    queueMicrotask(() => {
      if (followsNewest(this.scrollState)) void this.pin();
    });
  }

  /** Jumping: put the target row where asked; once there (or as near as the list's edge allows), landed. */
  private align(): void {
    const mode = this.scrollState.mode;
    const scroller = this.scroller;
    if (mode.kind !== 'jumping' || !scroller) return;
    const index = this.host.items.findIndex((m) => m.ID === mode.messageID);
    if (index < 0) {
      if (this.host.listLoaded) this.dispatch({ type: 'target-missing' });
      return;
    }
    const row = this.host.rowFor(mode.messageID);
    if (!row) {
      // Not drawn: the layout is pinned to its index (public API) and draws it; its reflow comes back here.
      if (!this.jumpPinned && this.virtualizer) {
        this.jumpPinned = true;
        this.virtualizer.element(index)?.scrollIntoView({ block: mode.block === 'end' ? 'end' : 'start' });
      }
      return;
    }
    const s = scroller.getBoundingClientRect();
    const r = row.getBoundingClientRect();
    const delta =
      mode.block === 'start'
        ? r.top - s.top - mode.offset
        : mode.block === 'end'
          ? r.bottom - s.bottom + mode.offset
          : r.top + r.height / 2 - (s.top + s.height / 2);
    if (Math.abs(delta) < 1) {
      // In place without a scroll: the layout may still be pinned (to the end, or to this row).
      void this.unpin();
      return this.dispatch({ type: 'landed' });
    }
    const before = scroller.scrollTop;
    scroller.scrollTop += delta;
    // At an edge the scroll cannot go all the way: what the reader sees is where it lands.
    if (Math.abs(scroller.scrollTop - before - delta) >= 1) this.dispatch({ type: 'landed' });
  }

  private finishJump(landed: boolean): void {
    this.jumpPinned = false;
    const done = this.jumpDone;
    this.jumpDone = undefined;
    done?.(landed);
  }

  private resolveRowWaiters(): void {
    if (!this.rowWaiters.length) return;
    this.rowWaiters = this.rowWaiters.filter(({ id, resolve }) => {
      const row = this.host.rowFor(id);
      if (row) resolve(row);
      else if (!this.host.items.some((m) => m.ID === id)) resolve(null);
      else return true;
      return false;
    });
  }

  private releaseRowWaiters(): void {
    const waiters = this.rowWaiters;
    this.rowWaiters = [];
    for (const { resolve } of waiters) resolve(null);
  }

  /** Once per burst of scrolls and layouts: the newest-message button, then the list's own checks. */
  private queueViewCheck(): void {
    if (this.viewCheckQueued) return;
    this.viewCheckQueued = true;
    queueMicrotask(() => {
      this.viewCheckQueued = false;
      if (!this.host.isConnected || !this.scroller) return;
      const offScreen = this.isNewestOffScreen();
      if (offScreen !== this.newestOffScreen) {
        this.newestOffScreen = offScreen;
        this.requestRender();
      }
      this.host.viewChanged();
    });
  }

  /** Is the newest message out of view (far up, or its top below the view's bottom). */
  private isNewestOffScreen(): boolean {
    const newest = this.host.items[this.host.items.length - 1];
    const scroller = this.scroller;
    // Following the newest (or settling onto it): it is, or is about to be, in view.
    if (!newest || !scroller || followsNewest(this.scrollState) || this.atEnd()) return false;
    const row = this.host.rowFor(newest.ID);
    return !row || row.getBoundingClientRect().top >= scroller.getBoundingClientRect().bottom - 1;
  }

  // ───────────── keeping the reader's place (reflow-hooks patch) ─────────────

  /**
   * Before the virtualizer reflows: measure the row being read. It stays the same row while it is
   * on screen, so several reflows in a row (older page put in front, then measured) all keep it.
   * A new one is the first row whose top is in view, never the oldest loaded row: its date
   * label and padding change when older messages arrive above it.
   */
  private measureReadingRow(): void {
    const scroller = this.scroller;
    const reading = this.readingRow;
    // While the reader scrolls (and nothing was put in front of them just now), where they are is
    // what they scrolled to: the layout keeps the rows on screen in place, and holding a row here
    // besides would fight a fling.
    if (!scroller || !keepsReadingAnchor(this.scrollState)) {
      this.readingRow = undefined;
      return;
    }
    const view = scroller.getBoundingClientRect();
    // A row element can be reused for another message: it is the reading row only while it shows that message.
    if (reading?.row.isConnected && reading.row.dataset.id === reading.id) {
      const top = reading.row.getBoundingClientRect().top;
      if (top < view.bottom && top + reading.row.offsetHeight > view.top) {
        // The reader's own scrolling since the last reflow moves where they expect the row.
        reading.target -= scroller.scrollTop - reading.scrollTop;
        reading.scrollTop = scroller.scrollTop;
        reading.pending = true;
        return;
      }
    }
    this.readingRow = undefined;
    let partial: HTMLElement | undefined;
    for (const row of scroller.querySelectorAll<HTMLElement>('tim-message')) {
      const rect = row.getBoundingClientRect();
      if (rect.bottom <= view.top + 1) continue;
      if (rect.top >= view.bottom) break;
      if (rect.top >= view.top - 0.5 && !row.classList.contains('first')) {
        this.readingRow = { row, id: row.dataset.id ?? '', target: rect.top, scrollTop: scroller.scrollTop, pending: true };
        return;
      }
      partial ??= row;
    }
    if (partial) {
      const top = partial.getBoundingClientRect().top;
      this.readingRow = { row: partial, id: partial.dataset.id ?? '', target: top, scrollTop: scroller.scrollTop, pending: true };
    }
  }

  /**
   * After the reflow: if it moved the row being read, scroll by the same amount so the reader sees
   * no jump. Only what the reflow did is undone; the reader's own scrolling moves the target. The
   * target is absolute, so whole-pixel rounding never adds up.
   */
  private keepReadingRow(): void {
    const reading = this.readingRow;
    const scroller = this.scroller;
    if (
      !reading?.pending ||
      !scroller ||
      !reading.row.isConnected ||
      reading.row.dataset.id !== reading.id ||
      followsNewest(this.scrollState)
    )
      return;
    reading.pending = false;
    const delta = reading.row.getBoundingClientRect().top - reading.target;
    if (Math.abs(delta) >= 0.5) {
      scroller.scrollTop += delta;
      // At an edge the scroll cannot go far enough: then what the reader sees is the new truth.
      const now = reading.row.getBoundingClientRect().top;
      if (Math.abs(now - reading.target) > 1) reading.target = now;
    }
    reading.scrollTop = scroller.scrollTop;
  }
}

/** The messages added after the previous newest one (none when the list was replaced or emptied). */
function appendedTo(before: readonly Message[], after: readonly Message[]): AppendedMessage[] {
  if (!before.length || !after.length) return [];
  const lastBefore = before[before.length - 1]!;
  if (after[after.length - 1]!.ID === lastBefore.ID) return [];
  let i = after.length - 1;
  while (i >= 0 && after[i]!.ID !== lastBefore.ID) i--;
  if (i < 0) return [];
  return after.slice(i + 1).map((m) => ({ ID: m.ID, unread: countsAsUnread(m), ownSending: m.flow === 'out' && m.status === 'unSend' }));
}
