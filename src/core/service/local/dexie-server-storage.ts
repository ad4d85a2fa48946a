import Dexie, { type Table, type Transaction } from 'dexie';
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
import type { ServerStorage, ServerTx } from './server-storage.js';

interface MetaRecord {
  key: string;
  value: unknown;
}

/** The server's database: its own, apart from any client cache. Indexes only what is queried. */
class LocalServerDatabase extends Dexie {
  users!: Table<UserRecord, string>;
  groups!: Table<GroupRecord, string>;
  members!: Table<MemberRecord, [string, string]>;
  pendingJoins!: Table<PendingJoinRecord, [string, string]>;
  conversations!: Table<ConversationRecord, [string, string]>;
  threads!: Table<ThreadRecord, string>;
  messages!: Table<MessageRecord, string>;
  blobs!: Table<BlobRecord, string>;
  meta!: Table<MetaRecord, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      users: '&userID',
      groups: '&groupID',
      members: '&[groupID+userID], userID',
      pendingJoins: '&[groupID+userID]',
      conversations: '&[userID+conversationID], userID',
      threads: '&threadID',
      messages: '&ID, [threadID+seq], [threadID+from+random]',
      blobs: '&uuid',
      meta: '&key',
    });
  }
}

/**
 * The server's state in IndexedDB. Each operation is one read-write transaction over all tables;
 * IndexedDB runs overlapping transactions one after another, in this tab and across tabs, so
 * two tabs never hand out the same sequence number.
 */
export class DexieServerStorage implements ServerStorage {
  readonly kind = 'indexeddb' as const;

  private constructor(private readonly db: LocalServerDatabase) {}

  /**
   * Rejects when the database cannot serve, and the caller falls back to memory. A database of
   * this name at a newer version without our tables (another app's, or a later kit's) needs an
   * upgrade; while a connection that never yields keeps it open, that upgrade is blocked and the
   * open would wait for ever ("Starting the embedded backend…"). Tables still missing after the
   * open would fail every transaction with NotFoundError.
   */
  static async open(name: string): Promise<DexieServerStorage> {
    const db = new LocalServerDatabase(name);
    await new Promise<void>((resolve, reject) => {
      db.on('blocked', () => {
        reject(new Error(`Another connection keeps the database "${name}" open at a newer version.`));
        db.close();
      });
      db.open().then(() => resolve(), reject);
    });
    const stores = db.backendDB().objectStoreNames;
    const missing = db.tables.map((table) => table.name).filter((table) => !stores.contains(table));
    if (missing.length) {
      db.close();
      throw new Error(`The database "${name}" (version ${db.verno}) lacks the tables ${missing.join(', ')}.`);
    }
    return new DexieServerStorage(db);
  }

  transaction<T>(mode: 'r' | 'rw', work: (tx: ServerTx) => Promise<T>): Promise<T> {
    return this.db.transaction(mode, this.db.tables, (transaction) => work(this.boundTo(transaction)));
  }

  close(): void {
    this.db.close();
  }

  /**
   * Table calls bound to one transaction explicitly: Dexie's implicit routing follows its
   * async zone, which deep chains of native awaits can lose (the calls would then escape
   * into transactions of their own and the operation would no longer be atomic).
   */
  private boundTo(transaction: Transaction): ServerTx {
    const users = transaction.table<UserRecord, string>('users');
    const groups = transaction.table<GroupRecord, string>('groups');
    const members = transaction.table<MemberRecord, [string, string]>('members');
    const pendingJoins = transaction.table<PendingJoinRecord, [string, string]>('pendingJoins');
    const conversations = transaction.table<ConversationRecord, [string, string]>('conversations');
    const threads = transaction.table<ThreadRecord, string>('threads');
    const messages = transaction.table<MessageRecord, string>('messages');
    const blobs = transaction.table<BlobRecord, string>('blobs');
    const meta = transaction.table<MetaRecord, string>('meta');
    return {
      getUser: (userID) => users.get(userID),
      putUser: async (record) => void (await users.put(record)),
      listUsers: () => users.toArray(),

      getGroup: (groupID) => groups.get(groupID),
      putGroup: async (record) => void (await groups.put(record)),
      listGroups: () => groups.toArray(),

      getMember: (groupID, userID) => members.get([groupID, userID]),
      putMember: async (record) => void (await members.put(record)),
      deleteMember: (groupID, userID) => members.delete([groupID, userID]),
      listMembers: (groupID) => members.where('[groupID+userID]').between([groupID, Dexie.minKey], [groupID, Dexie.maxKey]).toArray(),

      getPendingJoin: (groupID, userID) => pendingJoins.get([groupID, userID]),
      putPendingJoin: async (record) => void (await pendingJoins.put(record)),
      deletePendingJoin: (groupID, userID) => pendingJoins.delete([groupID, userID]),

      getConversation: (userID, conversationID) => conversations.get([userID, conversationID]),
      putConversation: async (record) => void (await conversations.put(record)),
      listConversations: (userID) => conversations.where('userID').equals(userID).toArray(),

      getThread: (threadID) => threads.get(threadID),
      putThread: async (record) => void (await threads.put(record)),

      getMessage: (messageID) => messages.get(messageID),
      findMessageByRandom: (threadID, from, random) => messages.get({ threadID, from, random }),
      putMessage: async (record) => void (await messages.put(record)),
      scanMessages: (threadID, scan) => {
        const lower = scan.afterSeq ?? -Infinity;
        const upper = scan.beforeSeq ?? Infinity;
        let collection = messages.where('[threadID+seq]').between([threadID, lower], [threadID, upper], false, false);
        if (scan.reverse) collection = collection.reverse();
        if (scan.filter) collection = collection.filter(scan.filter);
        if (scan.limit !== undefined) collection = collection.limit(scan.limit);
        return collection.toArray();
      },

      getBlob: (uuid) => blobs.get(uuid),
      putBlob: async (record) => void (await blobs.put(record)),

      getMeta: async <T>(key: string) => (await meta.get(key))?.value as T | undefined,
      putMeta: async (key, value) => void (await meta.put({ key, value })),
    };
  }
}
