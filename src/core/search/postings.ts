/**
 * Posting lists: ascending document ordinals, stored as varint-encoded gaps (the first value is
 * the ordinal itself). A list of 100,000 close ordinals takes about 100 kB; decoding it takes
 * about a millisecond.
 */

/** The varint gaps of ascending ordinals that follow `last` (the list's last value, or -1 for an empty list). */
export function encodeGaps(last: number, ordinals: readonly number[], into: number[] = []): number[] {
  let previous = last;
  for (const ordinal of ordinals) {
    if (ordinal <= previous) throw new RangeError(`posting ${ordinal} is not above ${previous}`);
    let gap = previous < 0 ? ordinal : ordinal - previous;
    while (gap >= 0x80) {
      into.push((gap & 0x7f) | 0x80);
      gap = Math.floor(gap / 0x80);
    }
    into.push(gap);
    previous = ordinal;
  }
  return into;
}

/** Append ascending ordinals to an encoded list whose last value is `last` (-1 for none). */
export function appendPostings(list: Uint8Array | undefined, last: number, ordinals: readonly number[]): Uint8Array {
  const bytes = encodeGaps(last, ordinals);
  const out = new Uint8Array((list?.length ?? 0) + bytes.length);
  if (list) out.set(list);
  out.set(bytes, list?.length ?? 0);
  return out;
}

/** Decode a list, appending its ordinals to `into`. */
export function decodePostings(list: Uint8Array, into: number[] = []): number[] {
  let value = 0;
  let first = true;
  let gap = 0;
  let scale = 1;
  for (let i = 0; i < list.length; i++) {
    const byte = list[i]!;
    gap += (byte & 0x7f) * scale;
    if (byte & 0x80) {
      scale *= 0x80;
      continue;
    }
    value = first ? gap : value + gap;
    first = false;
    into.push(value);
    gap = 0;
    scale = 1;
  }
  return into;
}

/** Ordinals in every list (each ascending), shortest list first. */
export function intersectPostings(lists: ReadonlyArray<readonly number[]>): number[] {
  if (!lists.length) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let result = sorted[0]!.slice();
  for (const list of sorted.slice(1)) {
    if (!result.length) break;
    const next: number[] = [];
    let j = 0;
    for (const value of result) {
      // Gallop: the other list is usually much longer.
      let step = 1;
      while (j + step < list.length && list[j + step]! < value) step *= 2;
      let lo = j;
      let hi = Math.min(j + step, list.length);
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (list[mid]! < value) lo = mid + 1;
        else hi = mid;
      }
      j = lo;
      if (j < list.length && list[j] === value) next.push(value);
    }
    result = next;
  }
  return result;
}

/** Ordinals in any list (each ascending), ascending and distinct. */
export function unionPostings(lists: ReadonlyArray<readonly number[]>): number[] {
  if (lists.length === 1) return lists[0]!.slice();
  const all = lists.flat();
  all.sort((a, b) => a - b);
  const out: number[] = [];
  for (const value of all) if (out[out.length - 1] !== value) out.push(value);
  return out;
}
