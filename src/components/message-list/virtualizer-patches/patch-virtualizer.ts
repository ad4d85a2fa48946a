import { patchPositionChildren, type PositionChildrenInternals } from './position-children/position-children.js';
import { patchReobserveReusedRows, type ReobserveInternals } from './reobserve-reused-rows/reobserve-reused-rows.js';

type Patchable = PositionChildrenInternals & ReobserveInternals & { __timPatches?: readonly string[] };

/**
 * Applies the Virtualizer patches of this folder to one instance (the one the list's virtualize
 * directive made), once. Returns the names of the patches in effect on it; a patch whose members
 * are gone (another version) is left out and changes nothing.
 */
export function patchVirtualizer(virtualizer: unknown): readonly string[] {
  const v = virtualizer as Patchable | undefined;
  if (!v) return [];
  if (v.__timPatches) return v.__timPatches;
  const applied: string[] = [];
  if (patchPositionChildren(v)) applied.push('position-children');
  if (patchReobserveReusedRows(v)) applied.push('reobserve-reused-rows');
  v.__timPatches = applied;
  return applied;
}
