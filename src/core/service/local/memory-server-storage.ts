import type {
  BlobRecord,
  ConversationRecord,
  GroupRecord,
  MemberRecord,
  MessageRecord,
  PendingJoinRecord,
  ThreadRecord,
  UserRecord,
} from './server-records.js';
import type { MessageScan, ServerStorage, ServerTx } from './server-storage.js';

/** Key of a compound primary key; JSON keeps it unambiguous whatever the IDs contain. */
const pair = (a: string, b: string | number): string => JSON.stringify([a, b]);

/** A keyed table whose writes inside a transaction can be undone. */
class UndoableMap<V> {
  readonly map = new Map<string, V>();
  constructor(private readonly undo: (step: () => void) => void) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    this.remember(key);
    this.map.set(key, value);
  }

  delete(key: string): void {
    if (!this.map.has(key)) return;
    this.remember(key);
    this.map.delete(key);
  }

  private remember(key: string): void {
    const had = this.map.has(key);
    const before = this.map.get(key);
    this.undo(() => (had ? this.map.set(key, before as V) : this.map.delete(key)));
  }
}

/**
 * The server's state in memory: for Node and for tests. Transactions are serialised through a
 * queue and roll back through an undo log, so a failed operation leaves no half-done state.
 */
export class MemoryServerStorage implements ServerStorage {
  readonly kind = 'memory' as const;
  private queue: Promise<unknown> = Promise.resolve();
  private undoLog: (() => void)[] | null = null;
  private readonly record = (step: () => void): void => {
    this.undoLog?.push(step);
  };

  private readonly users = new UndoableMap<UserRecord>(this.record);
  private readonly groups = new UndoableMap<GroupRecord>(this.record);
  private readonly members = new UndoableMap<MemberRecord>(this.record);
  private readonly pendingJoins = new UndoableMap<PendingJoinRecord>(this.record);
  private readonly conversations = new UndoableMap<ConversationRecord>(this.record);
  private readonly threads = new UndoableMap<ThreadRecord>(this.record);
  private readonly messages = new UndoableMap<MessageRecord>(this.record);
  /** threadID → message IDs in sequence order (sequences only grow, so appends keep it sorted). */
  private readonly threadIndex = new Map<string, string[]>();
  private readonly randomIndex = new UndoableMap<string>(this.record);
  private readonly blobs = new UndoableMap<BlobRecord>(this.record);
  private readonly meta = new UndoableMap<unknown>(this.record);
  private closed = false;

  transaction<T>(_mode: 'r' | 'rw', work: (tx: ServerTx) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      if (this.closed) throw new Error('The local server storage is closed.');
      const undo: (() => void)[] = [];
      this.undoLog = undo;
      try {
        return await work(this.tx);
      } catch (error) {
        for (let i = undo.length - 1; i >= 0; i--) undo[i]!();
        throw error;
      } finally {
        this.undoLog = null;
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  close(): void {
    this.closed = true;
  }

  private readonly tx: ServerTx = {
    getUser: async (userID) => this.users.get(userID),
    putUser: async (record) => this.users.set(record.userID, record),
    listUsers: async () => [...this.users.map.values()],

    getGroup: async (groupID) => this.groups.get(groupID),
    putGroup: async (record) => this.groups.set(record.groupID, record),
    listGroups: async () => [...this.groups.map.values()],

    getMember: async (groupID, userID) => this.members.get(pair(groupID, userID)),
    putMember: async (record) => this.members.set(pair(record.groupID, record.userID), record),
    deleteMember: async (groupID, userID) => this.members.delete(pair(groupID, userID)),
    listMembers: async (groupID) => [...this.members.map.values()].filter((m) => m.groupID === groupID),

    getPendingJoin: async (groupID, userID) => this.pendingJoins.get(pair(groupID, userID)),
    putPendingJoin: async (record) => this.pendingJoins.set(pair(record.groupID, record.userID), record),
    deletePendingJoin: async (groupID, userID) => this.pendingJoins.delete(pair(groupID, userID)),

    getConversation: async (userID, conversationID) => this.conversations.get(pair(userID, conversationID)),
    putConversation: async (record) => this.conversations.set(pair(record.userID, record.conversationID), record),
    listConversations: async (userID) => [...this.conversations.map.values()].filter((c) => c.userID === userID),

    getThread: async (threadID) => this.threads.get(threadID),
    putThread: async (record) => this.threads.set(record.threadID, record),

    getMessage: async (messageID) => this.messages.get(messageID),
    findMessageByRandom: async (threadID, from, random) => {
      const id = this.randomIndex.get(JSON.stringify([threadID, from, random]));
      return id === undefined ? undefined : this.messages.get(id);
    },
    putMessage: async (record) => {
      const existing = this.messages.get(record.ID);
      if (!existing) {
        let ids = this.threadIndex.get(record.threadID);
        if (!ids) this.threadIndex.set(record.threadID, (ids = []));
        const last = ids.length ? this.messages.get(ids[ids.length - 1]!) : undefined;
        if (last && last.seq >= record.seq) throw new Error('Sequences must grow within a thread.');
        const appended = ids;
        appended.push(record.ID);
        this.record(() => appended.pop());
        this.randomIndex.set(JSON.stringify([record.threadID, record.from, record.random]), record.ID);
      }
      this.messages.set(record.ID, record);
    },
    scanMessages: async (threadID, scan) => this.scan(threadID, scan),

    getBlob: async (uuid) => this.blobs.get(uuid),
    putBlob: async (record) => this.blobs.set(record.uuid, record),

    getMeta: async <T>(key: string) => this.meta.get(key) as T | undefined,
    putMeta: async (key, value) => this.meta.set(key, value),
  };

  private scan(threadID: string, scan: MessageScan): MessageRecord[] {
    const ids = this.threadIndex.get(threadID) ?? [];
    const records = { length: ids.length, at: (i: number) => this.messages.get(ids[i]!)! };
    const after = scan.afterSeq ?? -Infinity;
    const before = scan.beforeSeq ?? Infinity;
    const limit = scan.limit ?? Infinity;
    const out: MessageRecord[] = [];
    const step = scan.reverse ? -1 : 1;
    let i = scan.reverse ? upperBound(records, before) - 1 : lowerBound(records, after);
    for (; i >= 0 && i < records.length && out.length < limit; i += step) {
      const record = records.at(i);
      if (record.seq <= after || record.seq >= before) break;
      if (!scan.filter || scan.filter(record)) out.push(record);
    }
    return out;
  }
}

/** Index of the first record with seq > after. */
interface SeqArray {
  readonly length: number;
  at(index: number): MessageRecord;
}

function lowerBound(records: SeqArray, after: number): number {
  let lo = 0;
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (records.at(mid).seq <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first record with seq >= before. */
function upperBound(records: SeqArray, before: number): number {
  let lo = 0;
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (records.at(mid).seq < before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
