/** The Virtualizer's private members this patch wraps and reads (see README.md). */
export interface ReobserveInternals {
  _finishDOMUpdate?: () => void;
  _childrenRO?: ResizeObserver | null;
  readonly _children: HTMLElement[];
}

/** The message each row showed when the virtualizer's ResizeObserver last started observing it. */
const observedAs = new WeakMap<Element, string>();

/**
 * Wraps `Virtualizer._finishDOMUpdate` on one instance: a row (`data-id`) that shows another
 * message than when it was last observed is unobserved, so the stock method observes it afresh
 * and the ResizeObserver reports its size. False (nothing changed) when the members are not there.
 */
export function patchReobserveReusedRows(virtualizer: ReobserveInternals): boolean {
  const finish = virtualizer._finishDOMUpdate;
  if (typeof finish !== 'function' || !('_childrenRO' in virtualizer)) return false;
  virtualizer._finishDOMUpdate = function (this: ReobserveInternals) {
    const observer = this._childrenRO;
    if (observer) {
      for (const child of this._children) {
        const id = child.dataset.id ?? '';
        const before = observedAs.get(child);
        if (before === id) continue;
        // Observed again just below (by the stock method), which reports its size anew.
        if (before !== undefined) observer.unobserve(child);
        observedAs.set(child, id);
      }
    }
    finish.call(this);
  };
  return true;
}
