import type { ConversationType } from '../../model/ids.js';
import type { MessageElement } from '../../model/elements.js';
import type { MessagePriority } from '../../model/message.js';
import type { Draft, MessageRemindType } from '../../model/conversation.js';
import type { GroupJoinOption, GroupRole, GroupType } from '../../model/profile.js';

/**
 * What the embedded server stores. Records are plain structured-cloneable data, so the same
 * shapes live in memory (Node, tests) and in IndexedDB (browser, shared by tabs).
 */

export interface UserRecord {
  readonly userID: string;
  readonly nick: string;
  readonly avatar: string;
  readonly selfSignature: string;
  /** Seconds. */
  readonly createTime: number;
}

export type { GroupJoinOption };

export interface GroupRecord {
  readonly groupID: string;
  readonly name: string;
  readonly avatar: string;
  readonly type: GroupType;
  readonly ownerID: string;
  readonly notification: string;
  readonly introduction: string;
  readonly muteAllMembers: boolean;
  readonly joinOption: GroupJoinOption;
  readonly createTime: number;
  /** Dismissed groups keep their record so old conversations still show a name. */
  readonly dismissed: boolean;
  /** Pinned messages, oldest pin first (absent: none). */
  readonly pinned?: readonly PinRecord[];
  /** Messages may ask for read receipts (Tencent's console setting per group type; absent: off). */
  readonly readReceipts?: boolean;
}

export interface PinRecord {
  readonly messageID: string;
  readonly pinnedBy: string;
  /** Server seconds. */
  readonly time: number;
}

export interface MemberRecord {
  readonly groupID: string;
  readonly userID: string;
  readonly role: GroupRole;
  readonly nameCard: string;
  /** Seconds until which the member may not speak; 0 when free. */
  readonly muteUntil: number;
  readonly joinTime: number;
}

/** A join request (the user asked) or an invitation waiting for the invitee's answer. */
export interface PendingJoinRecord {
  readonly groupID: string;
  readonly userID: string;
  readonly kind: 'request' | 'invite';
  /** Who invited (for 'invite'). */
  readonly inviterID: string;
  readonly message: string;
  readonly time: number;
}

/** One user's view of one conversation: everything that is per user. */
export interface ConversationRecord {
  readonly userID: string;
  readonly conversationID: string;
  readonly type: ConversationType;
  readonly isPinned: boolean;
  readonly messageRemindType: MessageRemindType;
  readonly draft: Draft | null;
  /** Everything up to this sequence is read by this user. */
  readonly readSeq: number;
  /** Server time of the newest read message (peers see it as peerReadTime). */
  readonly readTime: number;
  /** History up to this sequence was cleared for this user. */
  readonly clearedSeq: number;
  readonly unreadCount: number;
  readonly atMe: boolean;
  readonly createTime: number;
  /** Deleted from the list; kept so that clearedSeq survives until the conversation returns. */
  readonly deleted: boolean;
  /** Marked unread by the user (a reminder; unread counts do not change). */
  readonly markedUnread?: boolean;
}

/** A message thread: the shared history of a C2C pair, a group, or a user's system notices. */
export interface ThreadRecord {
  readonly threadID: string;
  readonly lastSeq: number;
  /** Server time of the newest message, so time never goes backwards within a thread. */
  readonly lastTime: number;
}

export interface MessageRecord {
  readonly ID: string;
  readonly threadID: string;
  readonly seq: number;
  readonly time: number;
  readonly clientTime: number;
  readonly random: number;
  readonly from: string;
  /** Receiver userID (C2C), groupID (GROUP), or the user (system notices). */
  readonly to: string;
  readonly conversationType: ConversationType;
  readonly priority: MessagePriority;
  /** URLs of uploaded content are stored as `blobref:<uuid>` and resolved per tab. */
  readonly elements: readonly MessageElement[];
  readonly nick: string;
  readonly avatar: string;
  readonly nameCard: string;
  readonly atUserList: readonly string[];
  readonly cloudCustomData: string;
  readonly isRevoked: boolean;
  readonly revoker: string;
  /** Users who deleted it from their history. */
  readonly hiddenFor: readonly string[];
  readonly onlineOnly: boolean;
  /** Its content changed after it was sent (an edit, moderation). */
  readonly isModified?: boolean;
  /** The sender asked for read receipts and the group allows them (server-read-receipts.ts). */
  readonly needReadReceipt?: boolean;
}

export interface BlobRecord {
  readonly uuid: string;
  readonly blob: Blob;
}

/** Prefix of stored URLs that point at a blob kept by the server. */
export const BLOB_REF = 'blobref:';

/** The sender of group tips and system notices. */
export const SYSTEM_SENDER = '@TIM#SYSTEM';

export function c2cThreadID(a: string, b: string): string {
  return `c2c:${JSON.stringify(a < b ? [a, b] : [b, a])}`;
}

export function groupThreadID(groupID: string): string {
  return `group:${groupID}`;
}

export function systemThreadID(userID: string): string {
  return `system:${userID}`;
}
