import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';

type LayoutHostSink = ConstructorParameters<typeof FlowLayout>[0];
type BaseLayoutConfig = NonNullable<ConstructorParameters<typeof FlowLayout>[1]>;

/**
 * Rows drawn beyond each edge of the view. Much less than the stock 1000 px: a jump across the
 * history (a scrollbar drag) then builds about 20 rows instead of 45. Rows a fling reaches are
 * drawn in the same frame as the scroll, before it is painted, so no blank shows.
 */
const DEFAULT_OVERHANG = 350;

export type ChatFlowLayoutConfig = BaseLayoutConfig & {
  /** Pixels drawn beyond each edge of the viewport. */
  overhang?: number;
  /** The stable key of an item (the message ID), to recognise a prepend. */
  keyOf?: (item: unknown) => string;
  /** Called just before each unpinned reflow (the DOM still shows the old layout). */
  beforeReflow?: () => void;
  /** Called just after it, once the virtualizer has written positions and scroll corrections to the DOM. */
  afterReflow?: () => void;
};

/** The private maps of the flow layout's measurement cache, keyed by item index. */
interface MetricsInternals {
  _childSizeCache?: { _map?: Map<number, number> };
  _marginSizeCache?: { _map?: Map<number, number> };
  _metricsCache?: Map<number, unknown>;
}

/**
 * The flow layout of `@lit-labs/virtualizer`, taught that chat history grows at the top.
 *
 * The flow layout keys everything it knows (measured sizes, positions of the items on screen,
 * its anchor) by index. When older messages are put in front, every index moves by the number
 * added, and the stock layout would keep the *indices* where they were: the reader would see
 * other messages. Here a prepend is recognised by key and every index-keyed record moves with
 * its item, so the items on screen keep their positions; the new ones are laid out above them,
 * and the layout's own scroll-error correction keeps the view still while they are measured.
 *
 * Around every unpinned reflow it calls `beforeReflow`/`afterReflow`, so `<tim-message-list>`
 * can measure the row being read before and after and cancel any movement the reflow caused
 * (a row above it that changed height, a date separator that went away…).
 *
 * This reaches into fields of FlowLayout (2.1.x). If they ever change shape the remap is
 * skipped, and the reflow hooks still put the reader's row back from the DOM.
 */
export class ChatFlowLayout extends FlowLayout {
  keyOf?: (item: unknown) => string;
  beforeReflow?: () => void;
  afterReflow?: () => void;
  /** How many items were put in front by the latest prepend (for tests and diagnostics). */
  lastPrepend = 0;

  constructor(hostSink: LayoutHostSink, config?: ChatFlowLayoutConfig) {
    super(hostSink, config);
    this._overhang = DEFAULT_OVERHANG;
  }

  /** Pixels drawn beyond each edge of the viewport (the stock layout draws 1000). */
  set overhang(px: number) {
    if (Number.isFinite(px) && px >= 0) this._overhang = px;
  }

  get overhang(): number {
    return this._overhang;
  }

  /**
   * The virtualizer applies a reflow to the DOM synchronously (positions, then its scroll-error
   * correction), so the host can measure what the reader sees on both sides of it. Not while
   * pinned: then moving the view is the point.
   */
  override _reflow(): void {
    const hooks = this._pin === null;
    if (hooks) this.beforeReflow?.();
    super._reflow();
    if (hooks) this.afterReflow?.();
  }

  /**
   * Pinning to the newest message clamps against the scroller's height as last read from the
   * DOM, which lags behind the size just estimated in the same pass when rows turned out taller
   * (pictures): the view then stops short of the end. Clamp against the larger of the two.
   */
  override _clampScrollPosition(value: number): number {
    const vertical = this.direction !== 'horizontal';
    const total = Math.max(vertical ? this.totalScrollSize.height : this.totalScrollSize.width, this._scrollSize);
    const offset = vertical ? this.offsetWithinScroller.top : this.offsetWithinScroller.left;
    return Math.max(-offset, Math.min(value, total - this._viewDim1));
  }

  /**
   * While pinned, the pinned row's position can still be an old estimate (every row at the
   * average size, from before the rows were measured) when the total has since shrunk: the view
   * would then sit below the end of the list, the range comes out empty, and every row is removed
   * and built again for one reflow (the focused one too). Keep the pinned view inside the list.
   */
  protected override _setPositionFromPin(): void {
    super._setPositionFromPin();
    if (this._pin === null) return;
    const max = Math.max(0, this._scrollSize - this._viewDim1);
    if (this._scrollPosition > max) {
      this._scrollError += this._scrollPosition - max;
      this._scrollPosition = max;
    }
  }

  protected override _setItems(items: unknown[]): void {
    const previous = this._items;
    if (items !== previous) {
      const shift = this.keyOf ? prependedCount(previous, items, this.keyOf) : 0;
      this.lastPrepend = shift;
      if (shift > 0) this.shiftIndices(shift);
      else if (items.length < previous.length) this.clampToLength(items.length);
    }
    super._setItems(items);
  }

  /**
   * Fewer items (a message deleted): forget positions past the new end, so the stock layout
   * never anchors on an index that no longer exists.
   */
  private clampToLength(length: number): void {
    const max = length - 1;
    for (const map of [this._physicalItems, this._newPhysicalItems]) {
      for (const key of [...map.keys()]) if (key > max) map.delete(key);
    }
    if (max < 0 || this._first > max) {
      this._physicalItems.clear();
      this._newPhysicalItems.clear();
      this._first = -1;
      this._last = -1;
      this._anchorIdx = null;
      this._anchorPos = null;
      return;
    }
    this._last = Math.min(this._last, max);
    this._firstVisible = Math.min(this._firstVisible, max);
    this._lastVisible = Math.min(this._lastVisible, max);
    if (this._anchorIdx !== null && this._anchorIdx > max) {
      this._anchorIdx = null;
      this._anchorPos = null;
    }
  }

  private shiftIndices(shift: number): void {
    const metrics = this._metricsCache as unknown as MetricsInternals;
    const maps = [this._physicalItems, this._newPhysicalItems, metrics._metricsCache, metrics._childSizeCache?._map, metrics._marginSizeCache?._map];
    if (!maps.every((m) => m instanceof Map)) return;
    for (const map of maps as Map<number, unknown>[]) shiftKeys(map, shift);
    if (this._first >= 0) this._first += shift;
    if (this._last >= 0) this._last += shift;
    this._firstVisible += shift;
    this._lastVisible += shift;
    if (this._anchorIdx !== null) this._anchorIdx += shift;
    if (this._pin) this._pin = { ...this._pin, index: this._pin.index + shift };
  }
}

function shiftKeys<V>(map: Map<number, V>, shift: number): void {
  const entries = [...map.entries()];
  map.clear();
  for (const [key, value] of entries) map.set(key + shift, value);
}

/**
 * How many items were added in front when `next` is `previous` with items prepended (and
 * possibly appended); 0 for any other change. Checks the first and last old keys only, which
 * is enough for an ordered message list and keeps this O(log n)-ish rather than O(n).
 */
export function prependedCount(previous: readonly unknown[], next: readonly unknown[], keyOf: (item: unknown) => string): number {
  if (previous.length === 0 || next.length <= previous.length) return 0;
  const firstKey = keyOf(previous[0]);
  if (next.length > 0 && keyOf(next[0]) === firstKey) return 0;
  // The old first item is at most (next.length - previous.length) places down.
  const limit = next.length - previous.length;
  let shift = -1;
  for (let i = 1; i <= limit; i++) {
    if (keyOf(next[i]) === firstKey) {
      shift = i;
      break;
    }
  }
  if (shift < 0) return 0;
  const lastOld = previous.length - 1;
  return keyOf(next[shift + lastOld]) === keyOf(previous[lastOld]) ? shift : 0;
}
