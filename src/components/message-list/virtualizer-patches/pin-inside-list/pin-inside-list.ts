/** The layout members this patch reads and corrects (see README.md). */
export interface PinInsideListInternals {
  readonly direction: 'vertical' | 'horizontal';
  readonly totalScrollSize: { width: number; height: number };
  readonly offsetWithinScroller: { top: number; left: number };
  _pin: unknown;
  _scrollSize: number;
  readonly _viewDim1: number;
  _scrollPosition: number;
  _scrollError: number;
}

/**
 * `_clampScrollPosition` against the larger of the scroller's height last read from the DOM and
 * the size the layout just estimated: when rows turned out taller, the DOM's lags behind.
 */
export function clampToLargerTotal(layout: PinInsideListInternals, value: number): number {
  const vertical = layout.direction !== 'horizontal';
  const total = Math.max(vertical ? layout.totalScrollSize.height : layout.totalScrollSize.width, layout._scrollSize);
  const offset = vertical ? layout.offsetWithinScroller.top : layout.offsetWithinScroller.left;
  return Math.max(-offset, Math.min(value, total - layout._viewDim1));
}

/** After `_setPositionFromPin`: a pinned view below the end of the list is moved back inside it. */
export function keepPinnedViewInside(layout: PinInsideListInternals): void {
  if (layout._pin === null) return;
  const max = Math.max(0, layout._scrollSize - layout._viewDim1);
  if (layout._scrollPosition > max) {
    layout._scrollError += layout._scrollPosition - max;
    layout._scrollPosition = max;
  }
}
