/** The FlowLayout members this patch moves (see README.md). */
interface MetricsInternals {
  _childSizeCache?: SizeCacheInternals;
  _marginSizeCache?: SizeCacheInternals;
  _metricsCache?: Map<number, unknown>;
}

/** A size cache keeps the sum of its sizes (for the average): it must follow what is dropped. */
interface SizeCacheInternals {
  _map?: Map<number, number>;
  totalSize?: number;
}

function recountTotals(metrics: MetricsInternals | undefined): void {
  for (const cache of [metrics?._childSizeCache, metrics?._marginSizeCache]) {
    if (!(cache?._map instanceof Map) || typeof cache.totalSize !== 'number') continue;
    let total = 0;
    for (const size of cache._map.values()) total += size;
    cache.totalSize = total;
  }
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
 * Items were put in front (`shift` > 0) or taken from the front (< 0, a window's oldest end
 * trimmed): move every index-keyed record of the layout by `shift`, so each stays with its item;
 * records of items that left are dropped. Does nothing (false) when a record is not where 2.1.1
 * keeps it.
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
  if (layout._pin) layout._pin = { ...layout._pin, index: Math.max(0, layout._pin.index + shift) };
  if (shift < 0) {
    recountTotals(metrics);
    // Rows that left at the front: what stays on screen begins at 0 at most.
    if (layout._last < 0) {
      layout._physicalItems.clear();
      layout._newPhysicalItems.clear();
      layout._first = -1;
      layout._last = -1;
    } else {
      layout._first = Math.max(0, layout._first);
    }
    layout._firstVisible = Math.max(0, layout._firstVisible);
    layout._lastVisible = Math.max(0, layout._lastVisible);
    if (layout._anchorIdx !== null && layout._anchorIdx < 0) {
      layout._anchorIdx = null;
      layout._anchorPos = null;
    }
  }
  return true;
}

/**
 * Fewer items (a message deleted, a window's newest end trimmed): forget positions and sizes past
 * the new end, so the stock layout never anchors on an index that no longer exists, and the size
 * maps do not grow page after page as a window moves up the history.
 */
export function clampToLength(layout: PrependRemapInternals, length: number): void {
  const max = length - 1;
  const metrics = layout._metricsCache as MetricsInternals;
  const maps = [
    layout._physicalItems,
    layout._newPhysicalItems,
    metrics?._metricsCache,
    metrics?._childSizeCache?._map,
    metrics?._marginSizeCache?._map,
  ];
  let dropped = false;
  for (const map of maps) {
    if (!(map instanceof Map)) continue;
    for (const key of [...map.keys()]) if (key > max) dropped = map.delete(key) || dropped;
  }
  if (dropped) recountTotals(metrics);
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
  for (const [key, value] of entries) if (key + shift >= 0) map.set(key + shift, value);
}

/**
 * How far the items moved at the front: > 0 when `next` is `previous` with items put in front,
 * < 0 when items were taken from its front (a window's oldest end trimmed as newer ones came), and
 * in either case possibly changed at the other end; 0 for any other change. Looks for the other
 * list's first key, then checks one more pair, which is enough for an ordered message list.
 */
export function frontShift(previous: readonly unknown[], next: readonly unknown[], keyOf: (item: unknown) => string): number {
  if (previous.length === 0 || next.length === 0) return 0;
  const oldFirst = keyOf(previous[0]);
  const newFirst = keyOf(next[0]);
  if (oldFirst === newFirst) return 0;
  for (let i = 1; i < next.length; i++) {
    if (keyOf(next[i]) === oldFirst) return sameStretch(previous, 0, next, i, keyOf) ? i : 0;
  }
  for (let j = 1; j < previous.length; j++) {
    if (keyOf(previous[j]) === newFirst) return sameStretch(previous, j, next, 0, keyOf) ? -j : 0;
  }
  return 0;
}

/** `previous` from `p` and `next` from `n` hold the same items as far as both go (checked at its end). */
function sameStretch(
  previous: readonly unknown[],
  p: number,
  next: readonly unknown[],
  n: number,
  keyOf: (item: unknown) => string,
): boolean {
  const k = Math.min(previous.length - 1 - p, next.length - 1 - n);
  return keyOf(previous[p + k]) === keyOf(next[n + k]);
}
