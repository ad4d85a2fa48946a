import { withoutBidiControls } from '../util/bidi.js';
import type { ConversationType } from './ids.js';
import type { Message } from './message.js';
import type { GroupProfile, UserProfile } from './profile.js';

/** 'AcceptAndNotify' rings; 'AcceptNotNotify' is muted (badge becomes a dot); 'Discard' drops. */
export type MessageRemindType = 'AcceptAndNotify' | 'AcceptNotNotify' | 'Discard';

export interface Draft {
  /** Draft text as typed (emoji codes kept as codes). */
  readonly text: string;
  /** Seconds. */
  readonly editTime: number;
  /** App data, e.g. JSON with the reply target. */
  readonly userDefine: string;
}

export interface Conversation {
  readonly conversationID: string;
  readonly type: ConversationType;
  readonly unreadCount: number;
  readonly lastMessage: Message | null;
  /** For C2C. */
  readonly userProfile?: UserProfile;
  /** For GROUP. */
  readonly groupProfile?: GroupProfile;
  readonly isPinned: boolean;
  readonly messageRemindType: MessageRemindType;
  readonly draft: Draft | null;
  /** Seconds: the peer has read everything up to this time (C2C). */
  readonly peerReadTime: number;
  /** Is this user mentioned in an unread message (drives "[@me]"). */
  readonly atMe: boolean;
  /** Seconds of last activity (last message time, or creation / draft time). */
  readonly activeTime: number;
  /**
   * Marked unread by this user ("Mark as unread"; Tencent: `markList` holds `CONV_MARK_TYPE_UNREAD`).
   * A reminder shown as a dot: it changes no unread count, and opening the conversation clears it.
   */
  readonly markedUnread?: boolean;
  /** Imported data the model has no field for, kept for export (see Message.passthrough). */
  readonly passthrough?: Readonly<Record<string, unknown>>;
}

/** Pinned first, then by last activity, newest first; ties by ID for stability. */
export function compareConversations(a: Conversation, b: Conversation): number {
  if (a.isPinned !== b.isPinned) return a.isPinned ? -1 : 1;
  const ta = Math.max(a.activeTime, a.draft?.editTime ?? 0);
  const tb = Math.max(b.activeTime, b.draft?.editTime ?? 0);
  if (ta !== tb) return tb - ta;
  return a.conversationID < b.conversationID ? -1 : a.conversationID > b.conversationID ? 1 : 0;
}

/** The conversation's name as shown: group name or nick, else the ID; directional controls removed. */
export function displayNameOf(conversation: Conversation): string {
  if (conversation.type === 'GROUP')
    return withoutBidiControls(conversation.groupProfile?.name || conversation.groupProfile?.groupID || '');
  if (conversation.type === 'C2C')
    return withoutBidiControls(
      conversation.userProfile?.remark || conversation.userProfile?.nick || conversation.userProfile?.userID || '',
    );
  return '';
}
