import type { Conversation } from '../model/conversation.js';
import type { Message } from '../model/message.js';
import type { GroupProfile, UserProfile } from '../model/profile.js';
import type { CacheTableName, DraftRow, MetaRow, OutboxRow } from './cache-schema.js';

/** The row type each table stores. */
export interface CacheRows {
  conversations: Conversation;
  messages: Message;
  drafts: DraftRow;
  outbox: OutboxRow;
  users: UserProfile;
  groups: GroupProfile;
  meta: MetaRow;
}

/** Each table's primary key field (the schema's first entry). */
const PRIMARY_KEY_FIELD: { readonly [T in CacheTableName]: keyof CacheRows[T] & string } = {
  conversations: 'conversationID',
  messages: 'ID',
  drafts: 'conversationID',
  outbox: 'messageID',
  users: 'userID',
  groups: 'groupID',
  meta: 'key',
};

export function primaryKeyOf<T extends CacheTableName>(table: T, row: CacheRows[T]): string {
  return (row as unknown as Record<string, string>)[PRIMARY_KEY_FIELD[table]]!;
}

/**
 * One write, applied in this order: the conversations' messages are cleared, then rows are
 * deleted, then rows are put. Applied to IndexedDB it is one transaction.
 */
export interface CacheWriteBatch {
  clearConversationMessages?: readonly string[];
  deletes?: { readonly [T in CacheTableName]?: readonly string[] };
  puts?: { readonly [T in CacheTableName]?: readonly CacheRows[T][] };
}

export function tablesOf(batch: CacheWriteBatch): CacheTableName[] {
  const tables = new Set<CacheTableName>();
  if (batch.clearConversationMessages?.length) tables.add('messages');
  for (const [table, keys] of Object.entries(batch.deletes ?? {})) if (keys?.length) tables.add(table as CacheTableName);
  for (const [table, rows] of Object.entries(batch.puts ?? {})) if (rows?.length) tables.add(table as CacheTableName);
  return [...tables];
}
