/**
 * Messages waiting for a backend call that takes several of one conversation at once (reactions,
 * read receipts): they are handed to `load` a batch at a time — up to `size`, all of the same
 * conversation as the oldest waiting — one call after the other.
 */
export class ConversationBatches<T extends { readonly conversationID: string }> {
  private waiting: T[] = [];
  private running = false;

  constructor(
    private readonly size: number,
    private readonly load: (batch: readonly T[]) => Promise<void>,
  ) {}

  /** Queue these; loading starts unless it is under way. */
  push(items: Iterable<T>): void {
    for (const item of items) this.waiting.push(item);
    if (!this.running && this.waiting.length) void this.run();
  }

  /** Forget what waits (signed out); a call under way ends as it will. */
  clear(): void {
    this.waiting = [];
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length) {
        const first = this.waiting[0]!;
        const batch = this.waiting.filter((m) => m.conversationID === first.conversationID).slice(0, this.size);
        const taken = new Set(batch);
        this.waiting = this.waiting.filter((m) => !taken.has(m));
        await this.load(batch);
      }
    } finally {
      this.running = false;
    }
  }
}
