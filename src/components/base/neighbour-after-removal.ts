/**
 * Which item takes the focus when the focused one leaves a list (deleted here, elsewhere, or
 * filtered out): the next one that is still there, else the previous one, else none (the caller
 * then focuses what holds the list, never `<body>`). Pure, so Node tests reach it.
 *
 * `before`: the items as they were shown; `after`: as they are now; `removed`: the one that had focus.
 */
export function neighbourAfterRemoval<T>(before: readonly T[], after: readonly T[], removed: T): T | undefined {
  const remaining = new Set(after);
  if (remaining.has(removed)) return removed;
  const index = before.indexOf(removed);
  if (index < 0) return after[0];
  for (let i = index + 1; i < before.length; i++) if (remaining.has(before[i]!)) return before[i];
  for (let i = index - 1; i >= 0; i--) if (remaining.has(before[i]!)) return before[i];
  return after[0];
}
