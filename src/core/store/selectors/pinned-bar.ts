import type { PinnedMessage } from '../../model/pinned-message.js';

/** What the pinned bar shows: one pin, its place among them (1 = oldest), and how many there are. */
export interface PinnedBarView {
  readonly pin: PinnedMessage;
  /** 1-based, oldest pin first. */
  readonly position: number;
  readonly count: number;
}

/**
 * The pin the bar shows. `shownID` is the one the reader cycled to; when it is unknown (none yet,
 * or it was unpinned) the bar shows the latest pin. Null when there are none.
 */
export function pinnedBarView(pins: readonly PinnedMessage[] | undefined, shownID: string | null): PinnedBarView | null {
  if (!pins || pins.length === 0) return null;
  const found = shownID === null ? -1 : pins.findIndex((p) => p.message.ID === shownID);
  const index = found >= 0 ? found : pins.length - 1;
  return { pin: pins[index]!, position: index + 1, count: pins.length };
}

/**
 * After a click jumps to the shown pin, the bar moves on to the next older one, and from the
 * oldest back to the latest (Telegram's cycle): the message ID to show next, or null for none.
 */
export function nextPinnedID(pins: readonly PinnedMessage[] | undefined, shownID: string | null): string | null {
  const view = pinnedBarView(pins, shownID);
  if (!view || !pins) return null;
  const index = view.position - 1;
  return pins[index > 0 ? index - 1 : pins.length - 1]!.message.ID;
}
