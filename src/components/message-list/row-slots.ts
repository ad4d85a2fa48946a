/**
 * Which row element shows which message: the key the virtualizer's `repeat` gets for each row.
 *
 * Keyed by message ID, every message that comes into range gets a new `<tim-message>` (its own
 * shadow root, styles, template): a jump across the history (a scrollbar drag) builds ~20 of them
 * in one frame. Here a row that leaves the range hands its key (its "slot") to a message coming
 * in, so `repeat` updates that element with the new message instead of removing one element and
 * creating another. Rows that stay in range keep their keys, so they are never redrawn or moved
 * for a scroll, and a jump reuses every row in its order (no DOM moves at all).
 *
 * A row that must keep its identity (the one holding focus) is never handed on: it is removed as
 * before when it leaves the range.
 */
export class RowSlots {
  private slots = new Map<string, string>();
  private next = 0;

  /**
   * Messages drawn before any `assign` (the first page, or a message drawn outside a range change)
   * have rows keyed by their own ID; `assign` must know them, or it would give them new keys and
   * every such row, the focused one too, would be built again.
   */
  private ownKeys = new Set<string>();

  /** The key of the row showing `id`. */
  keyOf(id: string): string {
    const slot = this.slots.get(id);
    if (slot !== undefined) return slot;
    this.ownKeys.add(id);
    return id;
  }

  /**
   * The virtualizer is about to draw `ids` (in order). Messages still drawn keep their rows; the
   * rows of messages that left (except those in `keep`) go, in their order, to the messages that
   * came in.
   */
  assign(ids: readonly string[], keep: readonly string[] = []): void {
    const next = new Map<string, string>();
    const wanted = new Set(ids);
    const free: string[] = [];
    // Every row drawn now and its key: those given by the last assign, and those keyed by their ID.
    const current = new Map(this.slots);
    for (const id of this.ownKeys) if (!current.has(id)) current.set(id, id);
    for (const [id, slot] of current) {
      if (!wanted.has(id) && !keep.includes(id)) free.push(slot);
    }
    let f = 0;
    for (const id of ids) {
      const slot = current.get(id) ?? (f < free.length ? free[f++]! : `\u0000row-${this.next++}`);
      next.set(id, slot);
    }
    this.slots = next;
    this.ownKeys = new Set();
  }

  clear(): void {
    this.slots = new Map();
    this.ownKeys = new Set();
  }
}
