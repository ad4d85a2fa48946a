/**
 * Two adjustments to `@lit-labs/virtualizer` 2.1, applied to our own instance only.
 *
 * 1. Its `_positionChildren` reads the `_children` getter, which walks every child of the host,
 *    once per child it positions: O(rows²) DOM walks on every layout pass, a few ms a frame in a
 *    message list. This is the same method with the children read once.
 * 2. The list reuses row elements for other messages (see `RowSlots`). The virtualizer learns
 *    a row's size from a ResizeObserver, which reports an element only when its size changes:
 *    a reused row as tall as before would never be measured for its new message. So a row that
 *    shows another message than when it was last observed is observed afresh (which reports it).
 *
 * If the virtualizer no longer has these methods (another version), nothing is changed.
 */
interface ChildPosition {
  top: number;
  left: number;
  width?: number;
  height?: number;
  xOffset?: number;
  yOffset?: number;
}

interface VirtualizerInternals {
  _positionChildren?: (positions: Map<number, ChildPosition> | null) => void;
  _finishDOMUpdate?: () => void;
  _childrenRO?: ResizeObserver | null;
  readonly _children: HTMLElement[];
  readonly _first: number;
  __timTuned?: boolean;
}

/** The message each row showed when the virtualizer's ResizeObserver last started observing it. */
const observedAs = new WeakMap<Element, string>();

export function tuneVirtualizer(virtualizer: unknown): void {
  const v = virtualizer as VirtualizerInternals | undefined;
  if (!v || v.__timTuned || typeof v._positionChildren !== 'function' || !('_children' in v)) return;
  v.__timTuned = true;
  v._positionChildren = function (this: VirtualizerInternals, positions) {
    if (!positions) return;
    const children = this._children;
    const first = this._first;
    positions.forEach(({ top, left, width, height, xOffset, yOffset }, index) => {
      const child = children[index - first];
      if (!child) return;
      const style = child.style;
      style.position = 'absolute';
      style.boxSizing = 'border-box';
      style.transform = `translate(${left}px, ${top}px)`;
      if (width !== undefined) style.width = `${width}px`;
      if (height !== undefined) style.height = `${height}px`;
      style.left = xOffset === undefined ? '' : `${xOffset}px`;
      style.top = yOffset === undefined ? '' : `${yOffset}px`;
    });
  };
  const finish = v._finishDOMUpdate;
  if (typeof finish === 'function' && '_childrenRO' in v) {
    v._finishDOMUpdate = function (this: VirtualizerInternals) {
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
  }
}
