import type { CacheChange } from './chat-cache.js';

/**
 * What one tab tells the others after a write. Small changes carry their rows; big ones carry
 * IDs, and the receiver reads those rows from the shared database.
 */
export interface CacheChangeNotice {
  /** The writing cache instance, so that nothing is applied twice. */
  source: string;
  change: CacheChange;
  fetchMessageIDs?: string[];
  fetchConversationIDs?: string[];
}

/**
 * A BroadcastChannel named after the database. A channel never receives its own posts, so a
 * tab is not told about its own writes. Without BroadcastChannel (old browsers, Node) it is silent.
 */
export class CacheChangeChannel {
  private readonly channel: BroadcastChannel | null;

  constructor(name: string, private readonly source: string, onNotice: (notice: CacheChangeNotice) => void) {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
    if (this.channel) {
      // In Node a channel would keep the process alive; listening must not.
      (this.channel as { unref?: () => void }).unref?.();
      this.channel.onmessage = (event: MessageEvent<CacheChangeNotice>) => {
        const notice = event.data;
        if (notice && typeof notice === 'object' && notice.source !== this.source && notice.change) onNotice(notice);
      };
    }
  }

  post(notice: Omit<CacheChangeNotice, 'source'>): void {
    try {
      this.channel?.postMessage({ ...notice, source: this.source });
    } catch {
      // A row that cannot be cloned is still written; the other tabs see it on their next read.
    }
  }

  close(): void {
    this.channel?.close();
  }
}
