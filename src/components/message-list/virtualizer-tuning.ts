/**
 * One fix for `@lit-labs/virtualizer` 2.1, applied to our own instance only.
 *
 * Its `_positionChildren` reads the `_children` getter, which walks every child of the host,
 * once per child it positions: O(rows²) DOM walks on every layout pass, a few ms a frame in a
 * message list. This is the same method with the children read once. If the virtualizer no
 * longer has the method (another version), nothing is changed.
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
  readonly _children: HTMLElement[];
  readonly _first: number;
  __timTuned?: boolean;
}

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
}
