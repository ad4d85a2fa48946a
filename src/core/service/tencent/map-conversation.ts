/**
 * SDK conversations, profiles, groups and members → our model, and the draft format the
 * adapter keeps in the SDK's `draftText`.
 */
import type { Conversation, Draft, MessageRemindType } from '../../model/conversation.js';
import { parseConversationID, type ConversationType } from '../../model/ids.js';
import type { Message } from '../../model/message.js';
import type { GroupJoinOption, GroupMember, GroupProfile, GroupRole, GroupType, UserProfile } from '../../model/profile.js';
import { safeUrl } from '../../model/url.js';
import { lastMessageFromSdk, type MessageMapContext } from './map-message.js';
import { bag, bool, count, field, firstStr, isBag, list, num, str } from './sdk-read.js';
import { SDK_TYPES } from './sdk-types.js';
import { markedUnreadOf } from './conversation-extras.js';

export interface ConversationMapContext extends MessageMapContext {
  /** The full message the adapter saw last in a conversation, to stand in for the SDK's summary. */
  readonly lastSeen?: (conversationID: string) => Message | undefined;
}

/** An SDK conversation, or null for kinds our model has no place for (e.g. community topics). */
export function conversationFromSdk(raw: unknown, context: ConversationMapContext): Conversation | null {
  const c = bag(raw);
  const conversationID = str(c.conversationID);
  const parsed = parseConversationID(conversationID);
  if (!parsed) return null;
  const type = conversationTypeOf(c.type, parsed.type);
  if (!type) return null;
  const lastMessage = lastMessageOf(c.lastMessage, { conversationID, type }, context);
  const draft = decodeDraft(str(c.draftText));
  const conversation: Conversation = {
    conversationID,
    type,
    unreadCount: count(c.unreadCount),
    lastMessage,
    // A C2C conversation carries this user's remark for the peer (friends only; '' otherwise).
    ...(type === 'C2C'
      ? { userProfile: Object.freeze({ ...userProfileFromSdk(c.userProfile, parsed.targetID), remark: str(c.remark) }) }
      : {}),
    ...(type === 'GROUP' ? { groupProfile: groupProfileFromSdk(c.groupProfile, parsed.targetID) } : {}),
    isPinned: bool(c.isPinned),
    messageRemindType: remindTypeOf(c.messageRemindType),
    draft,
    peerReadTime: count(c.peerReadTime),
    atMe: atMeOf(c.groupAtInfoList),
    activeTime: lastMessage?.time ?? 0,
    ...(markedUnreadOf(c.markList) ? { markedUnread: true } : {}),
  };
  return Object.freeze(conversation);
}

export function conversationsFromSdk(raw: unknown, context: ConversationMapContext): Conversation[] {
  const out: Conversation[] = [];
  for (const item of list(raw)) {
    const conversation = conversationFromSdk(item, context);
    if (conversation) out.push(conversation);
  }
  return out;
}

export function userProfileFromSdk(raw: unknown, fallbackUserID = ''): UserProfile {
  const p = bag(raw);
  const selfSignature = str(p.selfSignature);
  return Object.freeze({
    userID: str(p.userID) || fallbackUserID,
    nick: str(p.nick),
    avatar: safeUrl(p.avatar),
    ...(selfSignature ? { selfSignature } : {}),
  });
}

/** SDK group types → ours ('Private' is the SDK's name for a work group, 'ChatRoom' for a meeting). */
const GROUP_TYPES: Readonly<Record<string, GroupType>> = {
  [SDK_TYPES.GRP_WORK]: 'Work',
  [SDK_TYPES.GRP_PUBLIC]: 'Public',
  [SDK_TYPES.GRP_MEETING]: 'Meeting',
  [SDK_TYPES.GRP_AVCHATROOM]: 'AVChatRoom',
  [SDK_TYPES.GRP_COMMUNITY]: 'Community',
  Work: 'Work',
  Meeting: 'Meeting',
};

/** The SDK's `TYPES.JOIN_OPTIONS_*` values, the same strings as ours. */
const JOIN_OPTIONS: ReadonlySet<string> = new Set<GroupJoinOption>(['FreeAccess', 'NeedPermission', 'DisableApply']);

export function groupProfileFromSdk(raw: unknown, fallbackGroupID = ''): GroupProfile {
  const g = bag(raw);
  const selfInfo = bag(g.selfInfo);
  const role = roleOf(selfInfo.role);
  const selfMuteUntil = count(selfInfo.muteUntil ?? selfInfo.muteTime);
  return Object.freeze({
    groupID: str(g.groupID) || fallbackGroupID,
    name: str(g.name),
    avatar: safeUrl(g.avatar),
    type: GROUP_TYPES[str(g.type)] ?? 'Work',
    ownerID: str(g.ownerID),
    notification: str(g.notification),
    introduction: str(g.introduction),
    // The declarations say memberCount; SDK 3 objects carry memberNum.
    memberCount: count(g.memberCount ?? g.memberNum),
    muteAllMembers: bool(g.muteAllMembers),
    ...(JOIN_OPTIONS.has(str(g.joinOption)) ? { joinOption: str(g.joinOption) as GroupJoinOption } : {}),
    ...(role ? { selfRole: role } : {}),
    ...(selfMuteUntil > 0 ? { selfMuteUntil } : {}),
  });
}

export function groupMemberFromSdk(raw: unknown): GroupMember | null {
  const m = bag(raw);
  const userID = str(m.userID);
  if (userID === '') return null;
  return Object.freeze({
    userID,
    nick: str(m.nick),
    avatar: safeUrl(m.avatar),
    nameCard: str(m.nameCard),
    role: roleOf(m.role) ?? 'Member',
    muteUntil: count(m.muteUntil),
  });
}

function roleOf(value: unknown): GroupRole | undefined {
  return value === 'Owner' || value === 'Admin' || value === 'Member' ? value : undefined;
}

function conversationTypeOf(value: unknown, fromID: ConversationType): ConversationType | null {
  if (value === SDK_TYPES.CONV_C2C || value === SDK_TYPES.CONV_GROUP || value === SDK_TYPES.CONV_SYSTEM) return value;
  // 'TOPIC' (community topics) and unknown kinds are left out; a missing type follows the ID.
  return value === undefined || value === null || value === '' ? fromID : null;
}

export function remindTypeOf(value: unknown): MessageRemindType {
  if (value === SDK_TYPES.MSG_REMIND_ACPT_NOT_NOTE || value === 'AcceptNotNotifyExceptAt' || value === 'NotReceiveMsgExceptAt') {
    return 'AcceptNotNotify';
  }
  if (value === SDK_TYPES.MSG_REMIND_DISCARD) return 'Discard';
  return 'AcceptAndNotify';
}

/** "Someone @me" / "@all" entries the SDK keeps while such messages are unread. */
function atMeOf(value: unknown): boolean {
  return list(value).some((info) => {
    if (!isBag(info)) return false;
    const types = list(info.atTypeArray).concat([info.atType]);
    return types.some((t) => t === 1 || t === 2 || t === 3);
  });
}

function lastMessageOf(
  raw: unknown,
  conversation: { conversationID: string; type: ConversationType },
  context: ConversationMapContext,
): Message | null {
  const seen = context.lastSeen?.(conversation.conversationID);
  const summarySequence = count(field(raw, 'lastSequence'));
  const summaryTime = count(field(raw, 'lastTime'));
  const summaryRevoked = bool(field(raw, 'isRevoked'));
  // The full message, when it is the one the summary describes, is better than the summary.
  if (seen && seen.time === summaryTime && (summarySequence === 0 || seen.sequence === summarySequence)) {
    return summaryRevoked && !seen.isRevoked ? { ...seen, isRevoked: true, revoker: firstStr(raw, ['revoker']) } : seen;
  }
  return lastMessageFromSdk(raw, conversation, context);
}

/**
 * The SDK keeps one string per conversation as its draft. We store JSON there,
 * `{"text", "editTime", "userDefine"}`, like TUIKit which also stores JSON (`{html, abstract,
 * messageID?, type?}`); plain text written by other clients is read as the draft's text.
 * TUIKit's `html` is never used (it is markup); its plain `abstract` is.
 */
export function encodeDraft(draft: Draft): string {
  return JSON.stringify({ text: draft.text, editTime: draft.editTime, userDefine: draft.userDefine, abstract: draft.text });
}

export function decodeDraft(draftText: string): Draft | null {
  if (draftText === '') return null;
  if (draftText.trimStart().startsWith('{')) {
    try {
      const json: unknown = JSON.parse(draftText);
      if (isBag(json)) {
        if (typeof json.text === 'string') {
          return Object.freeze({ text: json.text, editTime: count(json.editTime), userDefine: str(json.userDefine) });
        }
        if (typeof json.abstract === 'string' || typeof json.html === 'string') {
          return Object.freeze({ text: str(json.abstract), editTime: count(num(json.editTime)), userDefine: '' });
        }
      }
    } catch {
      // Not JSON after all: a draft that merely starts with "{".
    }
  }
  return Object.freeze({ text: draftText, editTime: 0, userDefine: '' });
}
