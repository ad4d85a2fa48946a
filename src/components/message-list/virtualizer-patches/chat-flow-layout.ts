import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import { DEFAULT_OVERHANG } from './overhang/overhang.js';
import { clampToLargerTotal, keepPinnedViewInside, type PinInsideListInternals } from './pin-inside-list/pin-inside-list.js';
import { clampToLength, prependedCount, shiftIndices, type PrependRemapInternals } from './prepend-remap/prepend-remap.js';

type LayoutHostSink = ConstructorParameters<typeof FlowLayout>[0];
type BaseLayoutConfig = NonNullable<ConstructorParameters<typeof FlowLayout>[1]>;

export type ChatFlowLayoutConfig = BaseLayoutConfig & {
  /** Pixels drawn beyond each edge of the viewport. */
  overhang?: number;
  /** The stable key of an item (the message ID), to recognise a prepend. */
  keyOf?: (item: unknown) => string;
  /** Called just before each unpinned reflow (the DOM still shows the old layout). */
  beforeReflow?: () => void;
  /** Called just after every reflow, once the virtualizer has written positions and scroll corrections to the DOM. */
  afterReflow?: (pinned: boolean) => void;
};

/**
 * The flow layout of `@lit-labs/virtualizer`, taught that chat history grows at the top — a
 * custom layout through the package's `layout:` option. Each adjustment is a patch of this folder
 * with its README: `prepend-remap`, `reflow-hooks`, `pin-inside-list`, `overhang`.
 */
export class ChatFlowLayout extends FlowLayout {
  keyOf?: (item: unknown) => string;
  beforeReflow?: () => void;
  afterReflow?: (pinned: boolean) => void;
  /** How many items were put in front by the latest prepend (for tests and diagnostics). */
  lastPrepend = 0;

  constructor(hostSink: LayoutHostSink, config?: ChatFlowLayoutConfig) {
    super(hostSink, config);
    this._overhang = DEFAULT_OVERHANG;
  }

  /** Pixels drawn beyond each edge of the viewport (the stock layout draws 1000). Patch `overhang`. */
  set overhang(px: number) {
    if (Number.isFinite(px) && px >= 0) this._overhang = px;
  }

  get overhang(): number {
    return this._overhang;
  }

  /** Patch `reflow-hooks`: the host measures what the reader sees on both sides of a reflow. */
  override _reflow(): void {
    const pinned = this._pin !== null;
    if (!pinned) this.beforeReflow?.();
    super._reflow();
    this.afterReflow?.(pinned);
  }

  /** Patch `pin-inside-list`. */
  override _clampScrollPosition(value: number): number {
    return clampToLargerTotal(this as unknown as PinInsideListInternals, value);
  }

  /** Patch `pin-inside-list`. */
  protected override _setPositionFromPin(): void {
    super._setPositionFromPin();
    keepPinnedViewInside(this as unknown as PinInsideListInternals);
  }

  /** Patch `prepend-remap`. */
  protected override _setItems(items: unknown[]): void {
    const previous = this._items;
    if (items !== previous) {
      const shift = this.keyOf ? prependedCount(previous, items, this.keyOf) : 0;
      this.lastPrepend = shift;
      const internals = this as unknown as PrependRemapInternals;
      if (shift > 0) shiftIndices(internals, shift);
      else if (items.length < previous.length) clampToLength(internals, items.length);
    }
    super._setItems(items);
  }
}
