/**
 * Reactions over the Tencent Cloud Chat Web SDK (3.x; the "message reaction" feature of the
 * Ultimate edition). The IDs are the app's: the kit sends TUIKit's emoji codes (`[TUIEmoji_Like]`),
 * so TUIKit apps show them. Payload shapes from @tencentcloud/chat 3.6.6 (MsgReactionModule):
 * `getMessageReactions` resolves `{resultList: [{messageID, reactionList: [ReactionInfo]}]}`,
 * `getAllUserListOfMessageReaction` resolves `{userList: [{userID, nick, avatar}], nextSeq, isCompleted}`.
 */
import type { Message } from '../../model/message.js';
import type { MessageReactions, ReactionUsersPage } from '../chat-service.js';
import { reactionsFromSdk } from './map-events.js';
import { bool, field, list, num, responseData, str } from './sdk-read.js';
import type { SdkMessage, TencentChatSDK } from './sdk-types.js';

/** Users the SDK lists with each reaction (TUIKit asks for 5; the SDK's default is 10). */
const USERS_PER_REACTION = 10;

export interface ReactionCalls {
  readonly sdk: Pick<
    TencentChatSDK,
    'addMessageReaction' | 'removeMessageReaction' | 'getMessageReactions' | 'getAllUserListOfMessageReaction'
  >;
  /** The SDK's instance of one of our messages (null when it cannot be found). */
  locate(message: Message): Promise<SdkMessage | null>;
  /** Run an SDK call; a failure becomes a ChatError. */
  call<T>(request: () => Promise<T>): Promise<T>;
  notFound(messageID: string): Error;
}

export async function addReaction(calls: ReactionCalls, message: Message, reactionID: string): Promise<void> {
  const sdkMessage = await calls.locate(message);
  if (!sdkMessage) throw calls.notFound(message.ID);
  await calls.call(() => calls.sdk.addMessageReaction(sdkMessage, reactionID));
}

export async function removeReaction(calls: ReactionCalls, message: Message, reactionID: string): Promise<void> {
  const sdkMessage = await calls.locate(message);
  if (!sdkMessage) throw calls.notFound(message.ID);
  await calls.call(() => calls.sdk.removeMessageReaction(sdkMessage, reactionID));
}

/** The SDK takes the messages of one conversation per call; ours come that way (the store batches by conversation). */
export async function getReactions(calls: ReactionCalls, messages: readonly Message[]): Promise<MessageReactions[]> {
  const located: SdkMessage[] = [];
  for (const message of messages) {
    const sdkMessage = await calls.locate(message);
    if (sdkMessage) located.push(sdkMessage);
  }
  if (located.length === 0) return [];
  const byConversation = new Map<string, SdkMessage[]>();
  for (const m of located) byConversation.set(m.conversationID, [...(byConversation.get(m.conversationID) ?? []), m]);
  const results: MessageReactions[] = [];
  for (const messageList of byConversation.values()) {
    const response = await calls.call(() => calls.sdk.getMessageReactions({ messageList, maxUserCountPerReaction: USERS_PER_REACTION }));
    for (const item of list(field(responseData(response), 'resultList'))) {
      const mapped = reactionsFromSdk(item);
      if (mapped) results.push({ messageID: mapped.messageID, reactions: mapped.reactions });
    }
  }
  return results;
}

export async function getReactionUsers(
  calls: ReactionCalls,
  message: Message,
  reactionID: string,
  options: { cursor?: number; count?: number } = {},
): Promise<ReactionUsersPage> {
  const sdkMessage = await calls.locate(message);
  if (!sdkMessage) throw calls.notFound(message.ID);
  const response = await calls.call(() =>
    calls.sdk.getAllUserListOfMessageReaction({
      message: sdkMessage,
      reactionID,
      nextSeq: Math.max(0, Math.floor(options.cursor ?? 0)),
      count: Math.max(1, Math.min(100, Math.floor(options.count ?? 100))),
    }),
  );
  const data = responseData(response);
  const nextCursor = num(field(data, 'nextSeq'));
  return {
    userIDs: list(field(data, 'userList'))
      .map((u) => str(field(u, 'userID')))
      .filter((id) => id !== ''),
    nextCursor,
    isCompleted: bool(field(data, 'isCompleted'), nextCursor === 0),
  };
}
