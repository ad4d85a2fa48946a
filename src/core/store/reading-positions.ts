/**
 * Where the reader left a conversation: the message at the top of the view and how far below
 * the view's top edge it was (px; negative when partly scrolled out). Absent: at the newest message.
 */
export interface ReadingPosition {
  readonly messageID: string;
  readonly offset: number;
}

/** How many conversations keep their place; the least recently left are forgotten first. */
const MAX_REMEMBERED = 100;

/**
 * The reading positions of the conversations the user left scrolled up, so that coming back
 * shows the same messages in the same place (and one left at the bottom opens at the bottom).
 */
export class ReadingPositions {
  private readonly positions = new Map<string, ReadingPosition>();

  constructor(private readonly limit = MAX_REMEMBERED) {}

  get(conversationID: string): ReadingPosition | null {
    return this.positions.get(conversationID) ?? null;
  }

  /** Remember where the reader is (null: at the newest message, nothing to remember). */
  set(conversationID: string, position: ReadingPosition | null): void {
    this.positions.delete(conversationID);
    if (!position || typeof position.messageID !== 'string' || !position.messageID || !Number.isFinite(position.offset)) return;
    this.positions.set(conversationID, { messageID: position.messageID, offset: position.offset });
    if (this.positions.size > this.limit) this.positions.delete(this.positions.keys().next().value!);
  }

  clear(): void {
    this.positions.clear();
  }
}
