/**
 * Numeric codes of the desktop SDK's JSON (TIMCloudDef.h). Where the model uses Web SDK
 * names, these tables translate.
 */
import type { MessageRemindType } from '../model/conversation.js';
import type { ConversationType } from '../model/ids.js';
import type { MessagePriority } from '../model/message.js';

/** `message_conv_type` / `conv_type`: 0 is "invalid". */
export const DESKTOP_CONV_TYPE: Readonly<Record<ConversationType, number>> = { C2C: 1, GROUP: 2, '@TIM#SYSTEM': 3 };

export function conversationTypeFromDesktop(code: number): ConversationType | null {
  if (code === 1) return 'C2C';
  if (code === 2) return 'GROUP';
  if (code === 3) return '@TIM#SYSTEM';
  return null;
}

/** `message_status`. 7 (cancelled) exists in newer SDKs. */
export const DESKTOP_MSG_STATUS = { sending: 1, sent: 2, failed: 3, deleted: 4, imported: 5, revoked: 6, cancelled: 7 } as const;
export const DESKTOP_MSG_STATUS_CODES: readonly number[] = Object.values(DESKTOP_MSG_STATUS);

/** `message_priority`: the index is the code (0 high … 3 lowest). */
export const DESKTOP_PRIORITIES: readonly MessagePriority[] = ['High', 'Normal', 'Low', 'Lowest'];

/** `elem_type`. */
export const DESKTOP_ELEM_TYPE = {
  text: 0,
  image: 1,
  sound: 2,
  custom: 3,
  file: 4,
  groupTips: 5,
  face: 6,
  location: 7,
  groupReport: 8,
  video: 9,
} as const;

/** Names of the elem types newer SDKs add, kept as `unsupported` elements. */
export const DESKTOP_OTHER_ELEM_NAMES: Readonly<Record<number, string>> = {
  10: 'kTIMElem_FriendChange',
  11: 'kTIMElem_ProfileChange',
  12: 'kTIMElem_Merge',
};

/** `conv_recv_opt` (TIMReceiveMessageOpt): the index is the code. */
export const DESKTOP_RECV_OPTS: readonly MessageRemindType[] = ['AcceptAndNotify', 'Discard', 'AcceptNotNotify'];

/** `group_report_elem_report_type` 16 (user-defined) is the Web SDK's group system notice 255. */
export const DESKTOP_REPORT_USER_DEFINED = 16;
export const WEB_NOTICE_CUSTOM = 255;

/** `group_tips_group_change_info_flag` (current numbering) ↔ the model's change keys. */
export const DESKTOP_CHANGE_FLAGS: Readonly<Record<string, number>> = {
  name: 1,
  introduction: 2,
  notification: 3,
  avatar: 4,
  owner: 5,
  // 6 is a custom field: its key is 'custom:<field key>'.
  muteAllMembers: 8,
  messageReceiveOpt: 10,
  groupAddOpt: 11,
  groupApproveOpt: 12,
};
export const DESKTOP_CHANGE_FLAG_CUSTOM = 6;
/** Flags whose new value is `…_bool_value` / `…_int_value` rather than the text `…_value`. */
export const DESKTOP_BOOL_CHANGE_FLAGS: readonly number[] = [8];
export const DESKTOP_INT_CHANGE_FLAGS: readonly number[] = [10, 11, 12];

/** `conv_group_type` (TIMGroupType) ↔ the model's group types. */
export const DESKTOP_GROUP_TYPES = ['Public', 'Work', 'Meeting', 'BChatRoom', 'AVChatRoom', 'Community'] as const;
