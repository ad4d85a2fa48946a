/**
 * Searching the messages kept on the server, over the Tencent Cloud Chat Web SDK (3.x):
 * `searchCloudMessages({keywordList, keywordListMatchType, conversationID, cursor, count})` →
 * `data: {searchResultList: [{conversationID, messageCount, messageList}], cursor, totalCount}`.
 * Searching every conversation, a conversation with more than one match comes with its
 * `messageCount` and an empty `messageList`; searching one conversation gives its messages. The
 * cursor is valid for 2 minutes; the SDK allows 2 calls a second (the store keeps to that). The
 * search is the cloud search plugin: without it the call fails with 60020.
 */
import { CHAT_ERROR, ChatError, isChatError } from '../../errors.js';
import type { Message } from '../../model/message.js';
import type { MessageSearchCount, MessageSearchPage, MessageSearchQuery } from '../chat-service.js';
import { messagesFromSdk } from './map-message.js';
import { count, field, list, responseData, str } from './sdk-read.js';
import type { TencentChatSDK } from './sdk-types.js';

/** The SDK's code when the app has no cloud search plugin. */
const SEARCH_NOT_ACTIVATED = 60020;
/** The SDK takes at most 5 keywords. */
const MAX_KEYWORDS = 5;

export interface MessageSearchCalls {
  readonly sdk: Pick<TencentChatSDK, 'searchCloudMessages'>;
  /** The signed-in user (for the messages' flow). */
  selfID(): string;
  /** Run an SDK call; a failure becomes a ChatError (with the SDK's code). */
  call<T>(request: () => Promise<T>): Promise<T>;
}

export async function searchMessages(calls: MessageSearchCalls, query: MessageSearchQuery): Promise<MessageSearchPage> {
  const keywordList = [...new Set((query.keywords ?? []).map((k) => String(k ?? '').trim()).filter(Boolean))].slice(0, MAX_KEYWORDS);
  if (keywordList.length === 0) return { messages: [], counts: [], cursor: '' };
  let response: unknown;
  try {
    response = await calls.call(() =>
      calls.sdk.searchCloudMessages({
        keywordList,
        keywordListMatchType: 'and',
        ...(query.conversationID ? { conversationID: query.conversationID } : {}),
        ...(query.cursor ? { cursor: query.cursor } : {}),
        ...(query.count ? { count: query.count } : {}),
      }),
    );
  } catch (error) {
    if (isChatError(error) && error.code === SEARCH_NOT_ACTIVATED)
      throw new ChatError(CHAT_ERROR.unsupported, 'Searching messages on the server needs the cloud search plugin.', error);
    throw error;
  }
  const data = responseData(response);
  const messages: Message[] = [];
  const counts: MessageSearchCount[] = [];
  for (const item of list(field(data, 'searchResultList'))) {
    const conversationID = str(field(item, 'conversationID'));
    const found = messagesFromSdk(field(item, 'messageList'), { selfUserID: calls.selfID() });
    messages.push(...found);
    const matched = count(field(item, 'messageCount'));
    if (conversationID && found.length === 0 && matched > 0) counts.push({ conversationID, count: matched });
  }
  return { messages, counts, cursor: str(field(data, 'cursor')) };
}
