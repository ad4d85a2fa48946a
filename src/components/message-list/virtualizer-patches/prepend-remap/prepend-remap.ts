/** The FlowLayout members this patch moves (see README.md). */
interface MetricsInternals {
  _childSizeCache?: { _map?: Map<number, number> };
  _marginSizeCache?: { _map?: Map<number, number> };
  _metricsCache?: Map<number, unknown>;
}

export interface PrependRemapInternals {
  _physicalItems: Map<number, unknown>;
  _newPhysicalItems: Map<number, unknown>;
  _metricsCache: unknown;
  _first: number;
  _last: number;
  _firstVisible: number;
  _lastVisible: number;
  _anchorIdx: number | null;
  _anchorPos: number | null;
  _pin: { index: number } | null;
}

/**
 * Items were put in front: move every index-keyed record of the layout by `shift`, so each stays
 * with its item. Does nothing (false) when a record is not where 2.1.1 keeps it.
 */
export function shiftIndices(layout: PrependRemapInternals, shift: number): boolean {
  const metrics = layout._metricsCache as MetricsInternals;
  const maps = [
    layout._physicalItems,
    layout._newPhysicalItems,
    metrics._metricsCache,
    metrics._childSizeCache?._map,
    metrics._marginSizeCache?._map,
  ];
  if (!maps.every((m) => m instanceof Map)) return false;
  for (const map of maps as Map<number, unknown>[]) shiftKeys(map, shift);
  if (layout._first >= 0) layout._first += shift;
  if (layout._last >= 0) layout._last += shift;
  layout._firstVisible += shift;
  layout._lastVisible += shift;
  if (layout._anchorIdx !== null) layout._anchorIdx += shift;
  if (layout._pin) layout._pin = { ...layout._pin, index: layout._pin.index + shift };
  return true;
}

/**
 * Fewer items (a message deleted): forget positions past the new end, so the stock layout never
 * anchors on an index that no longer exists.
 */
export function clampToLength(layout: PrependRemapInternals, length: number): void {
  const max = length - 1;
  for (const map of [layout._physicalItems, layout._newPhysicalItems]) {
    for (const key of [...map.keys()]) if (key > max) map.delete(key);
  }
  if (max < 0 || layout._first > max) {
    layout._physicalItems.clear();
    layout._newPhysicalItems.clear();
    layout._first = -1;
    layout._last = -1;
    layout._anchorIdx = null;
    layout._anchorPos = null;
    return;
  }
  layout._last = Math.min(layout._last, max);
  layout._firstVisible = Math.min(layout._firstVisible, max);
  layout._lastVisible = Math.min(layout._lastVisible, max);
  if (layout._anchorIdx !== null && layout._anchorIdx > max) {
    layout._anchorIdx = null;
    layout._anchorPos = null;
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
