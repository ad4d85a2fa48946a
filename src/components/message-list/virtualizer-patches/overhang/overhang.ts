/**
 * Rows drawn beyond each edge of the view. Much less than the stock 1000 px: a jump across the
 * history (a scrollbar drag) then builds about 20 rows instead of 45. Rows a fling reaches are
 * drawn in the same frame as the scroll, before it is painted, so no blank shows.
 */
export const DEFAULT_OVERHANG = 350;
