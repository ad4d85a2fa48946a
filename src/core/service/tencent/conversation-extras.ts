/**
 * Conversation marks and people's online status over the Tencent Cloud Chat Web SDK (3.x).
 * Shapes from the SDK's declarations (`markConversation({conversationIDList, markType,
 * enableMark})`, `Conversation.markList`, `TYPES.CONV_MARK_TYPE_UNREAD = 0x2`) and its
 * "User Status" guide: `subscribeUserStatus({userIDList})` (at most 100 users a call) tells
 * later changes through USER_STATUS_UPDATED only, so the current status comes from
 * `getUserStatus({userIDList})` → `data.successUserList: [{userID, statusType, customStatus}]`.
 */
import type { UserStatus } from '../chat-service.js';
import { userStatusesFromSdk } from './map-events.js';
import { field, list, responseData } from './sdk-read.js';
import type { TencentChatSDK } from './sdk-types.js';

/** `TencentCloudChat.TYPES.CONV_MARK_TYPE_UNREAD` (a number in the SDK's enum; the value may not be imported). */
const CONV_MARK_TYPE_UNREAD = 0x2;

/** The SDK subscribes at most 100 users a call. */
const SUBSCRIBE_BATCH = 100;

export interface ExtrasCalls {
  readonly sdk: Pick<TencentChatSDK, 'markConversation' | 'subscribeUserStatus' | 'unsubscribeUserStatus' | 'getUserStatus'>;
  /** Run an SDK call; a failure becomes a ChatError. */
  call<T>(request: () => Promise<T>): Promise<T>;
}

/** Is the unread mark in a conversation's `markList`. */
export function markedUnreadOf(markList: unknown): boolean {
  return list(markList).some((mark) => mark === CONV_MARK_TYPE_UNREAD);
}

export async function markConversationUnread(calls: ExtrasCalls, conversationID: string, marked: boolean): Promise<void> {
  await calls.call(() =>
    calls.sdk.markConversation({ conversationIDList: [conversationID], markType: CONV_MARK_TYPE_UNREAD, enableMark: marked }),
  );
}

function batches(userIDs: readonly string[]): string[][] {
  const ids = [...new Set(userIDs.filter((id) => typeof id === 'string' && id !== ''))];
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i += SUBSCRIBE_BATCH) out.push(ids.slice(i, i + SUBSCRIBE_BATCH));
  return out;
}

export async function subscribeUserStatus(calls: ExtrasCalls, userIDs: readonly string[]): Promise<UserStatus[]> {
  const statuses: UserStatus[] = [];
  for (const userIDList of batches(userIDs)) {
    await calls.call(() => calls.sdk.subscribeUserStatus({ userIDList }));
    const response = await calls.call(() => calls.sdk.getUserStatus({ userIDList }));
    statuses.push(...userStatusesFromSdk(field(responseData(response), 'successUserList')));
  }
  return statuses;
}

export async function unsubscribeUserStatus(calls: ExtrasCalls, userIDs: readonly string[]): Promise<void> {
  for (const userIDList of batches(userIDs)) await calls.call(() => calls.sdk.unsubscribeUserStatus({ userIDList }));
}
