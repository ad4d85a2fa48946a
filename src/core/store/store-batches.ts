import type { CacheAccess } from './cache-writes.js';
import { StoreChanges, type StoreChangesHost } from './store-changes.js';

/** Change sets, and their commit: to the state (one notification per store), then to the cache. */
export interface ChangeBatches {
  /**
   * A change set for a change the store makes itself. Service events still waiting are applied
   * first: they happened before this change, and applied after it they would undo it with
   * older news.
   */
  changes(): StoreChanges;
  commit(changes: StoreChanges, options?: { persist?: boolean }): void;
  /** Counts conversation changes, so that an answer about an older state is recognised as stale. */
  readonly conversationClock: number;
  /** Has the conversation changed here since the clock read `askedAt` (so an answer asked then is stale). */
  changedSince(conversationID: string, askedAt: number): boolean;
}

export interface StoreBatchesDeps {
  /** The state and the lists the change sets read and update. */
  readonly host: StoreChangesHost;
  /** Service events not applied yet. */
  readonly pendingEvents: { readonly size: number; flush(): void };
  readonly cache: CacheAccess;
  /** Told of each committed change set (before its cache writes are queued). */
  onCommitted(changes: StoreChanges): void;
}

export class StoreBatches implements ChangeBatches {
  conversationClock = 0;
  private readonly conversationChangedAt = new Map<string, number>();

  constructor(private readonly deps: StoreBatchesDeps) {}

  changes(): StoreChanges {
    if (this.deps.pendingEvents.size) this.deps.pendingEvents.flush();
    return new StoreChanges(this.deps.host);
  }

  /** A change set for applying events (no flush: the queue is handing them over). */
  eventChanges(): StoreChanges {
    return new StoreChanges(this.deps.host);
  }

  commit(changes: StoreChanges, options: { persist?: boolean } = {}): void {
    for (const conversationID of changes.changedConversationIDs) {
      this.conversationChangedAt.set(conversationID, ++this.conversationClock);
    }
    changes.apply();
    this.deps.onCommitted(changes);
    if (options.persist === false) return;
    const { cache: writes } = this.deps;
    const put = [...changes.cachePut.values()];
    const deleted = [...changes.cacheDelete];
    const conversations = [...changes.cacheConversations.values()];
    const deletedConversations = [...changes.cacheDeletedConversations];
    const users = [...changes.cacheUsers.values()];
    const groups = [...changes.cacheGroups.values()];
    if (put.length) void writes.write(() => writes.current.putMessages(put));
    if (deleted.length) void writes.write(() => writes.current.deleteMessages(deleted));
    if (conversations.length) void writes.write(() => writes.current.putConversations(conversations));
    for (const conversationID of deletedConversations) void writes.write(() => writes.current.deleteConversation(conversationID));
    if (users.length || groups.length) void writes.write(() => writes.current.putProfiles({ users, groups }));
  }

  changedSince(conversationID: string, askedAt: number): boolean {
    return (this.conversationChangedAt.get(conversationID) ?? 0) > askedAt;
  }
}
