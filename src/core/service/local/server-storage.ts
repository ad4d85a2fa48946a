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

/**
 * Where the embedded server keeps its state: in memory (Node, tests) or in IndexedDB (the
 * browser, shared by the tabs of a page). Every operation runs inside `transaction`, which
 * is atomic and serialised — in IndexedDB across tabs too — so sequence numbers never collide.
 */
export interface ServerStorage {
  readonly kind: 'memory' | 'indexeddb';
  /** Run `work` atomically; a throw rolls every write back. Only `tx` calls may be awaited inside. */
  transaction<T>(mode: 'r' | 'rw', work: (tx: ServerTx) => Promise<T>): Promise<T>;
  close(): void;
}

export interface MessageScan {
  /** Only messages with a greater sequence. */
  afterSeq?: number;
  /** Only messages with a smaller sequence. */
  beforeSeq?: number;
  /** Newest first. */
  reverse?: boolean;
  /** Stop after this many matches. */
  limit?: number;
  /** Synchronous filter applied before the limit. */
  filter?: (record: MessageRecord) => boolean;
}

export interface ServerTx {
  getUser(userID: string): Promise<UserRecord | undefined>;
  putUser(record: UserRecord): Promise<void>;
  listUsers(): Promise<UserRecord[]>;

  getGroup(groupID: string): Promise<GroupRecord | undefined>;
  putGroup(record: GroupRecord): Promise<void>;
  listGroups(): Promise<GroupRecord[]>;

  getMember(groupID: string, userID: string): Promise<MemberRecord | undefined>;
  putMember(record: MemberRecord): Promise<void>;
  deleteMember(groupID: string, userID: string): Promise<void>;
  listMembers(groupID: string): Promise<MemberRecord[]>;

  getPendingJoin(groupID: string, userID: string): Promise<PendingJoinRecord | undefined>;
  putPendingJoin(record: PendingJoinRecord): Promise<void>;
  deletePendingJoin(groupID: string, userID: string): Promise<void>;

  getConversation(userID: string, conversationID: string): Promise<ConversationRecord | undefined>;
  putConversation(record: ConversationRecord): Promise<void>;
  listConversations(userID: string): Promise<ConversationRecord[]>;

  getThread(threadID: string): Promise<ThreadRecord | undefined>;
  putThread(record: ThreadRecord): Promise<void>;

  getMessage(messageID: string): Promise<MessageRecord | undefined>;
  /** The message a sender already sent into a thread with this random (resend dedupe). */
  findMessageByRandom(threadID: string, from: string, random: number): Promise<MessageRecord | undefined>;
  putMessage(record: MessageRecord): Promise<void>;
  /** A thread's messages in sequence order. */
  scanMessages(threadID: string, scan: MessageScan): Promise<MessageRecord[]>;

  getBlob(uuid: string): Promise<BlobRecord | undefined>;
  putBlob(record: BlobRecord): Promise<void>;

  getMeta<T>(key: string): Promise<T | undefined>;
  putMeta(key: string, value: unknown): Promise<void>;
}
