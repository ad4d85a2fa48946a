import { compareMessages, type Message } from '../model/message.js';
import { CACHE_TABLE_NAMES, type CacheTableName } from './cache-schema.js';
import { primaryKeyOf, type CacheRows, type CacheWriteBatch } from './cache-rows.js';

/** Marks a row deleted in memory but maybe still present in IndexedDB. */
const GONE: unique symbol = Symbol('gone');
type Slot = object | typeof GONE;

/** What a flush took from the layer, so that it can forget exactly that once written. */
export interface MemorySnapshot {
  batch: CacheWriteBatch;
  slots: Array<[CacheTableName, string, Slot]>;
  clears: Array<[string, number]>;
}

/**
 * The rows a DexieCache holds in memory: writes that IndexedDB has not taken (yet) — while it
 * is missing, blocked, full or reconnecting — laid over what IndexedDB holds. Deletions are
 * kept as markers so that rows still on disk stay hidden until the deletion reaches disk.
 * When `standalone` (no IndexedDB at all), it is simply the whole store and keeps no markers.
 */
export class MemoryLayer {
  standalone = false;

  private readonly tables = new Map<CacheTableName, Map<string, Slot>>(CACHE_TABLE_NAMES.map((name) => [name, new Map<string, Slot>()]));
  /** conversationID → IDs of its messages held here (not deleted). */
  private readonly messagesByConversation = new Map<string, Set<string>>();
  /** Conversations whose stored messages are all deleted; the value tells clears apart. */
  private readonly clearedConversations = new Map<string, number>();
  private clearGeneration = 0;
  private slotCount = 0;

  isEmpty(): boolean {
    return this.slotCount === 0 && this.clearedConversations.size === 0;
  }

  /** How many stored message rows this layer may hide from a query (deleted or replaced here). */
  get messageSlotCount(): number {
    return this.table('messages').size;
  }

  apply(batch: CacheWriteBatch): void {
    for (const conversationID of batch.clearConversationMessages ?? []) this.clearConversation(conversationID);
    for (const table of CACHE_TABLE_NAMES) {
      for (const key of batch.deletes?.[table] ?? []) this.setSlot(table, key, GONE);
    }
    for (const table of CACHE_TABLE_NAMES) {
      const rows = (batch.puts?.[table] ?? []) as readonly CacheRows[typeof table][];
      for (const row of rows) this.setSlot(table, primaryKeyOf(table, row), row);
    }
  }

  /** A row as this layer knows it: the row, 'gone', or undefined when only IndexedDB can tell. */
  get<T extends CacheTableName>(table: T, key: string): CacheRows[T] | 'gone' | undefined {
    const slot = this.table(table).get(key);
    if (slot === GONE) return 'gone';
    return slot as CacheRows[T] | undefined;
  }

  /** Does this layer hide a row that IndexedDB returned (deleted or replaced here)? */
  hides<T extends CacheTableName>(table: T, row: CacheRows[T]): boolean {
    if (this.table(table).has(primaryKeyOf(table, row))) return true;
    return table === 'messages' && this.clearedConversations.has((row as Message).conversationID);
  }

  isConversationCleared(conversationID: string): boolean {
    return this.clearedConversations.has(conversationID);
  }

  /** Stored rows with this layer laid over them; `accept` filters the rows held here. */
  merge<T extends CacheTableName>(table: T, stored: readonly CacheRows[T][], accept?: (row: CacheRows[T]) => boolean): CacheRows[T][] {
    if (this.isEmpty()) return stored.slice();
    const merged = stored.filter((row) => !this.hides(table, row));
    for (const slot of this.table(table).values()) {
      if (slot !== GONE && (!accept || accept(slot as CacheRows[T]))) merged.push(slot as CacheRows[T]);
    }
    return merged;
  }

  /** A conversation's stored messages with this layer laid over them (its own index, not a scan). */
  mergeConversation(conversationID: string, stored: readonly Message[], accept: (message: Message) => boolean): Message[] {
    if (this.isEmpty()) return stored.slice();
    const merged = stored.filter((row) => !this.hides('messages', row));
    for (const message of this.messagesOf(conversationID)) if (accept(message)) merged.push(message);
    return merged;
  }

  /** Messages of a conversation held here, oldest first. */
  messagesOf(conversationID: string): Message[] {
    const ids = this.messagesByConversation.get(conversationID);
    if (!ids) return [];
    const messages = this.table('messages');
    return [...ids].map((id) => messages.get(id) as Message).sort(compareMessages);
  }

  conversationIDsWithMessages(): string[] {
    return [...this.messagesByConversation.keys()];
  }

  /** Everything held here as one batch, to be written to IndexedDB. */
  snapshot(): MemorySnapshot {
    const slots: MemorySnapshot['slots'] = [];
    const deletes: Partial<Record<CacheTableName, string[]>> = {};
    const puts: Partial<Record<CacheTableName, object[]>> = {};
    for (const [table, map] of this.tables) {
      for (const [key, slot] of map) {
        slots.push([table, key, slot]);
        if (slot === GONE) (deletes[table] ??= []).push(key);
        else (puts[table] ??= []).push(slot);
      }
    }
    const clears = [...this.clearedConversations.entries()];
    return {
      batch: { clearConversationMessages: clears.map(([id]) => id), deletes, puts: puts as CacheWriteBatch['puts'] },
      slots,
      clears,
    };
  }

  /** Drop what a snapshot held, unless it changed since: that part is written once more later. */
  forget(snapshot: MemorySnapshot): void {
    for (const [table, key, slot] of snapshot.slots) {
      if (this.table(table).get(key) === slot) this.deleteSlot(table, key);
    }
    for (const [conversationID, generation] of snapshot.clears) {
      if (this.clearedConversations.get(conversationID) === generation) this.clearedConversations.delete(conversationID);
    }
  }

  clear(): void {
    for (const map of this.tables.values()) map.clear();
    this.messagesByConversation.clear();
    this.clearedConversations.clear();
    this.slotCount = 0;
  }

  private clearConversation(conversationID: string): void {
    for (const id of this.messagesByConversation.get(conversationID) ?? []) this.deleteSlot('messages', id);
    if (!this.standalone) this.clearedConversations.set(conversationID, ++this.clearGeneration);
  }

  private setSlot(table: CacheTableName, key: string, slot: Slot): void {
    if (slot === GONE && this.standalone) {
      this.deleteSlot(table, key);
      return;
    }
    const map = this.table(table);
    const previous = map.get(key);
    if (previous === undefined) this.slotCount++;
    if (table === 'messages') {
      if (previous && previous !== GONE) this.unindexMessage(previous as Message);
      if (slot !== GONE) this.indexMessage(slot as Message);
    }
    map.set(key, slot);
  }

  private deleteSlot(table: CacheTableName, key: string): void {
    const map = this.table(table);
    const previous = map.get(key);
    if (previous === undefined) return;
    if (table === 'messages' && previous !== GONE) this.unindexMessage(previous as Message);
    map.delete(key);
    this.slotCount--;
  }

  private indexMessage(message: Message): void {
    let ids = this.messagesByConversation.get(message.conversationID);
    if (!ids) this.messagesByConversation.set(message.conversationID, (ids = new Set()));
    ids.add(message.ID);
  }

  private unindexMessage(message: Message): void {
    const ids = this.messagesByConversation.get(message.conversationID);
    ids?.delete(message.ID);
    if (ids?.size === 0) this.messagesByConversation.delete(message.conversationID);
  }

  private table(table: CacheTableName): Map<string, Slot> {
    return this.tables.get(table)!;
  }
}
