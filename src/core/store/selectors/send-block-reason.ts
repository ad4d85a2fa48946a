/**
 * Why nothing can be sent in a conversation now: a pure selector over the store's state, so the
 * composer (and any app) decides the same way and a Node test can check every case. Offline is
 * not a block: messages queue and go out when the connection returns.
 */
import { parseConversationID } from '../../model/ids.js';
import { ownValue } from '../../util/own-value.js';
import type { ChatState } from '../chat-store-api.js';

export type SendBlockReason =
  /** The app disabled writing; `text` is its own reason ('' when it gave none). */
  | { readonly kind: 'app'; readonly text: string }
  | { readonly kind: 'no-conversation' }
  | { readonly kind: 'system' }
  /** No store yet: nothing to say (an element waits in a neutral state). */
  | { readonly kind: 'no-store' }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'starting' }
  | { readonly kind: 'dismissed' }
  | { readonly kind: 'not-member' }
  /** Muted in the group until `until` (server seconds). */
  | { readonly kind: 'muted'; readonly until: number }
  | { readonly kind: 'muted-all' };

export interface SendBlockInput {
  readonly conversationID: string | undefined | null;
  /** The store's state, or null when there is no store. */
  readonly state: Pick<ChatState, 'me' | 'kickedOut' | 'groups'> | null;
  /** The app's `disabled` and its reason. */
  readonly disabled?: boolean;
  readonly disabledReason?: string;
  /** Groups where a send failed because this user is not a member. */
  readonly notMemberOf?: ReadonlySet<string> | readonly string[];
  /** Epoch milliseconds. */
  readonly now: number;
}

/** The reason sending is blocked, or null when a message can be sent (also offline: it queues). */
export function sendBlockReason(input: SendBlockInput): SendBlockReason | null {
  if (input.disabled) return { kind: 'app', text: input.disabledReason ?? '' };
  const target = input.conversationID ? parseConversationID(input.conversationID) : null;
  if (!target) return { kind: 'no-conversation' };
  if (target.type === '@TIM#SYSTEM') return { kind: 'system' };
  const state = input.state;
  if (!state) return { kind: 'no-store' };
  if (state.kickedOut) return { kind: 'signed-out' };
  if (!state.me) return { kind: 'starting' };
  if (target.type !== 'GROUP') return null;
  const group = ownValue(state.groups, target.targetID);
  if (group?.isDismissed) return { kind: 'dismissed' };
  const failed = input.notMemberOf ?? [];
  const sendFailed = 'has' in failed ? failed.has(target.targetID) : failed.includes(target.targetID);
  if (sendFailed && !group?.selfRole) return { kind: 'not-member' };
  if (!group) return null;
  // A group profile without this user's role is one they are not in (left, removed).
  if (!group.selfRole) return { kind: 'not-member' };
  const until = group.selfMuteUntil ?? 0;
  if (until * 1000 > input.now) return { kind: 'muted', until };
  if (group.muteAllMembers && group.selfRole === 'Member') return { kind: 'muted-all' };
  return null;
}

/** When a mute of this user in the conversation's group ends (epoch ms), or null: when to decide again. */
export function muteEndsAt(conversationID: string | undefined | null, state: Pick<ChatState, 'groups'> | null, now: number): number | null {
  const target = conversationID ? parseConversationID(conversationID) : null;
  if (target?.type !== 'GROUP' || !state) return null;
  const until = (ownValue(state.groups, target.targetID)?.selfMuteUntil ?? 0) * 1000;
  return until > now ? until : null;
}
