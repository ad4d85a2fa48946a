/**
 * Group read receipts over the Tencent Cloud Chat Web SDK (3.x; the console's "Read receipts for
 * group messages", per group type). Shapes from @tencentcloud/chat 3.6.6 (its MessageModule):
 * - `sendMessageReadReceipt(messageList)` keeps the messages of others with `needReadReceipt` and
 *   rejects when none is left, so the adapter sends only those;
 * - `getMessageReadReceiptList(messageList)` keeps one's own with `needReadReceipt` and resolves
 *   `{messageList}`, each message's `readReceiptInfo` holding `{readCount, unreadCount}`;
 * - `getGroupMessageReadMemberList({message, filter, cursor, count})` resolves
 *   `{messageID, readUserIDList, unreadUserIDList, cursor, isCompleted}` (one list filled per filter).
 */
import type { Message } from '../../model/message.js';
import type { GroupReadReceipt, ReadMembersOptions, ReadMembersPage } from '../chat-service.js';
import { bag, bool, count, field, list, responseData, str } from './sdk-read.js';
import type { SdkMessage, TencentChatSDK } from './sdk-types.js';

export interface ReadReceiptCalls {
  readonly sdk: Pick<TencentChatSDK, 'sendMessageReadReceipt' | 'getMessageReadReceiptList' | 'getGroupMessageReadMemberList'>;
  readonly selfID: () => string;
  /** The SDK's instance of one of our messages (null when it cannot be found). */
  locate(message: Message): Promise<SdkMessage | null>;
  /** Run an SDK call; a failure becomes a ChatError. */
  call<T>(request: () => Promise<T>): Promise<T>;
  notFound(messageID: string): Error;
}

/** The SDK's messages of ours, grouped by conversation (each SDK call takes one conversation). */
async function locateByConversation(calls: ReadReceiptCalls, messages: readonly Message[]): Promise<SdkMessage[][]> {
  const byConversation = new Map<string, SdkMessage[]>();
  for (const message of messages) {
    const sdkMessage = await calls.locate(message);
    if (sdkMessage) byConversation.set(sdkMessage.conversationID, [...(byConversation.get(sdkMessage.conversationID) ?? []), sdkMessage]);
  }
  return [...byConversation.values()];
}

export async function sendReadReceipts(calls: ReadReceiptCalls, messages: readonly Message[]): Promise<void> {
  const self = calls.selfID();
  const wanted = messages.filter((m) => m?.conversationType === 'GROUP' && m.needReadReceipt && m.from !== self);
  for (const messageList of await locateByConversation(calls, wanted)) {
    const asking = messageList.filter((m) => m.needReadReceipt === true && m.from !== self);
    if (asking.length) await calls.call(() => calls.sdk.sendMessageReadReceipt(asking));
  }
}

export async function getReadReceipts(calls: ReadReceiptCalls, messages: readonly Message[]): Promise<GroupReadReceipt[]> {
  const self = calls.selfID();
  const own = messages.filter((m) => m?.conversationType === 'GROUP' && m.needReadReceipt && m.from === self);
  const results: GroupReadReceipt[] = [];
  for (const messageList of await locateByConversation(calls, own)) {
    const response = await calls.call(() => calls.sdk.getMessageReadReceiptList(messageList));
    for (const item of list(field(responseData(response), 'messageList'))) {
      const messageID = str(field(item, 'ID'));
      const info = bag(field(item, 'readReceiptInfo'));
      // A message the server gave no counts for (its group type has no receipts) keeps them undefined.
      if (messageID && typeof info.readCount === 'number' && typeof info.unreadCount === 'number') {
        results.push(Object.freeze({ messageID, readCount: count(info.readCount), unreadCount: count(info.unreadCount) }));
      }
    }
  }
  return results;
}

export async function getReadMembers(calls: ReadReceiptCalls, message: Message, options: ReadMembersOptions): Promise<ReadMembersPage> {
  const sdkMessage = await calls.locate(message);
  if (!sdkMessage) throw calls.notFound(message.ID);
  const filter = options.filter === 'unread' ? 1 : 0;
  const response = await calls.call(() =>
    calls.sdk.getGroupMessageReadMemberList({
      message: sdkMessage,
      filter,
      cursor: typeof options.cursor === 'string' ? options.cursor : '',
      count: Math.max(1, Math.min(100, Math.floor(options.count ?? 100))),
    }),
  );
  const data = responseData(response);
  const userIDs = list(field(data, filter === 0 ? 'readUserIDList' : 'unreadUserIDList'))
    .map((id) => str(id))
    .filter((id) => id !== '');
  return { userIDs: Object.freeze(userIDs), nextCursor: str(field(data, 'cursor')), isCompleted: bool(field(data, 'isCompleted')) };
}
