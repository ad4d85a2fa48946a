/**
 * Where a pop-up menu goes beside what opened it (a row's "…" button, the row, the point of a
 * right-click): below it, its inline-end edge lined up with the anchor's; above it when there is no
 * room below; moved in to stay inside the viewport. Pure geometry in CSS px, so Node tests reach it.
 */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface MenuPlacementOptions {
  /** The text direction: right-to-left lines the menu up with the anchor's left edge. */
  readonly dir?: 'ltr' | 'rtl';
  /** The gap kept from the viewport's edges and from the anchor. */
  readonly margin?: number;
}

/** The top-left corner of a `width`×`height` menu for `anchor` in a `viewport` (both from 0,0). */
export function placeMenu(
  anchor: Box,
  menu: { readonly width: number; readonly height: number },
  viewport: { readonly width: number; readonly height: number },
  options: MenuPlacementOptions = {},
): { x: number; y: number; above: boolean } {
  const { dir = 'ltr', margin = 8 } = options;
  const gap = 2;
  const clamp = (value: number, size: number, room: number) => Math.max(margin, Math.min(value, room - size - margin));

  // Inline: the menu's end edge at the anchor's end edge (it opens towards the row it belongs to).
  const x = clamp(dir === 'rtl' ? anchor.left : anchor.right - menu.width, menu.width, viewport.width);

  // Block: below when it fits; else above when that fits; else on the side with more room.
  const roomBelow = viewport.height - margin - (anchor.bottom + gap);
  const roomAbove = anchor.top - gap - margin;
  const above = menu.height > roomBelow && (menu.height <= roomAbove || roomAbove > roomBelow);
  const y = clamp(above ? anchor.top - gap - menu.height : anchor.bottom + gap, menu.height, viewport.height);
  return { x, y, above };
}

/** A box of no size at a point (a right-click opens its menu there). */
export function pointBox(x: number, y: number): Box {
  return { left: x, top: y, right: x, bottom: y };
}
