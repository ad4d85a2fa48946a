import { CrossTabChannel } from '../util/cross-tab-channel.js';
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

function isNotice(data: unknown): data is CacheChangeNotice {
  const notice = data as Partial<CacheChangeNotice> | null;
  return (
    typeof notice === 'object' &&
    notice !== null &&
    typeof notice.source === 'string' &&
    typeof notice.change === 'object' &&
    notice.change !== null
  );
}

/**
 * The cross-tab channel named after the database: a tab is not told about its own writes. Without
 * BroadcastChannel it is silent.
 */
export class CacheChangeChannel {
  private readonly channel: CrossTabChannel<CacheChangeNotice>;

  constructor(
    name: string,
    private readonly source: string,
    onNotice: (notice: CacheChangeNotice) => void,
  ) {
    this.channel = new CrossTabChannel(name, {
      accept: isNotice,
      onMessage: (notice) => {
        if (notice.source !== this.source) onNotice(notice);
      },
    });
  }

  /** A row that cannot be cloned is still written; the other tabs see it on their next read. */
  post(notice: Omit<CacheChangeNotice, 'source'>): void {
    this.channel.post({ ...notice, source: this.source });
  }

  close(): void {
    this.channel.close();
  }
}
