/** The Virtualizer's private members this patch reads and replaces (see README.md). */
interface ChildPosition {
  top: number;
  left: number;
  width?: number;
  height?: number;
  xOffset?: number;
  yOffset?: number;
}

export interface PositionChildrenInternals {
  _positionChildren?: (positions: Map<number, ChildPosition> | null) => void;
  readonly _children: HTMLElement[];
  readonly _first: number;
}

/**
 * `Virtualizer._positionChildren` with the host's children read once per call instead of once
 * per child. Applied to one instance; false (nothing changed) when the members are not there.
 */
export function patchPositionChildren(virtualizer: PositionChildrenInternals): boolean {
  if (typeof virtualizer._positionChildren !== 'function' || !('_children' in virtualizer)) return false;
  virtualizer._positionChildren = function (this: PositionChildrenInternals, positions) {
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
  return true;
}
