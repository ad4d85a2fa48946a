/**
 * Arrow-key movement in a picker grid made of consecutive groups (recently used, then all),
 * each laid out in rows of `columns` and starting on a new row. Indexes are over all options
 * in order. Pure, so it is easy to test.
 */

import { LEAVE_LIST } from '../base/list-navigation.js';

/** The new index for `key`, `LEAVE_LIST` (ArrowUp from the first row: to the search field), or null when the key does not move. */
export function moveInGrid(groupSizes: readonly number[], index: number, key: string, columns: number): number | null {
  const sizes = groupSizes.filter((size) => size > 0);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total === 0) return null;
  const cols = Math.max(1, Math.floor(columns));
  const current = Math.min(Math.max(0, index), total - 1);
  // Which group, and where in it.
  let group = 0;
  let start = 0;
  while (current >= start + sizes[group]!) start += sizes[group++]!;
  const position = current - start;
  const column = position % cols;
  switch (key) {
    case 'ArrowRight':
      return Math.min(current + 1, total - 1);
    case 'ArrowLeft':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    case 'ArrowDown': {
      const size = sizes[group]!;
      if (Math.floor(position / cols) < Math.floor((size - 1) / cols)) return start + Math.min(position + cols, size - 1);
      if (group + 1 < sizes.length) return start + size + Math.min(column, sizes[group + 1]! - 1);
      return current;
    }
    case 'ArrowUp': {
      if (position >= cols) return current - cols;
      if (group === 0) return LEAVE_LIST;
      const previous = sizes[group - 1]!;
      const lastRowStart = Math.floor((previous - 1) / cols) * cols;
      return start - previous + Math.min(lastRowStart + column, previous - 1);
    }
    default:
      return null;
  }
}
