/**
 * Payloads of SDK events that are not messages or conversations → our model. Each reader
 * takes whatever the SDK hands over (`event.data`), reads it defensively and returns plain,
 * frozen data; the shapes are those of @tencentcloud/chat 3.6.6 (docs/tencent.md cites them).
 */
import { GROUP_TIP_OPERATION as TIP, type GroupTipElem } from '../../model/elements.js';
import type { GroupProfile, GroupRole } from '../../model/profile.js';
import { safeUrl } from '../../model/url.js';
import type { GroupReadReceipt, MessageReaction, UserProfileUpdate, UserStatus, UserStatusType } from '../chat-service.js';
import { bag, bool, count, field, isBag, list, str } from './sdk-read.js';

/**
 * MESSAGE_REACTIONS_UPDATED: `{messageID, reactionList: [{reactionID, totalUserCount,
 * partialUserList: [{userID, nick, avatar}], reactedByMyself}]}`.
 */
export function reactionsFromSdk(data: unknown): { messageID: string; reactions: MessageReaction[] } | null {
  const messageID = str(field(data, 'messageID'));
  if (messageID === '') return null;
  const reactions = list(field(data, 'reactionList'))
    .filter(isBag)
    .map((r) =>
      Object.freeze({
        reactionID: str(r.reactionID),
        count: count(r.totalUserCount),
        userIDs: Object.freeze(
          list(r.partialUserList)
            .map((u) => str(field(u, 'userID')))
            .filter((id) => id !== ''),
        ),
        reactedByMe: bool(r.reactedByMyself),
      }),
    )
    .filter((r) => r.reactionID !== '');
  return { messageID, reactions };
}

/**
 * MESSAGE_READ_RECEIPT_RECEIVED: a list of C2C receipts `{userID, messageID, isPeerRead,
 * timestamp}` and group receipts `{groupID, messageID, readCount, unreadCount}`.
 */
export function readReceiptsFromSdk(data: unknown): {
  c2c: Array<{ userID: string; messageID: string }>;
  groups: Map<string, GroupReadReceipt[]>;
} {
  const c2c: Array<{ userID: string; messageID: string }> = [];
  const groups = new Map<string, GroupReadReceipt[]>();
  for (const item of list(data).filter(isBag)) {
    const messageID = str(item.messageID);
    if (messageID === '') continue;
    const groupID = str(item.groupID);
    if (groupID !== '') {
      const receipt = Object.freeze({ messageID, readCount: count(item.readCount), unreadCount: count(item.unreadCount) });
      groups.set(groupID, [...(groups.get(groupID) ?? []), receipt]);
    } else if (str(item.userID) !== '' && bool(item.isPeerRead, true)) {
      c2c.push({ userID: str(item.userID), messageID });
    }
  }
  return { c2c, groups };
}

/** USER_STATUS_UPDATED: `[{userID, statusType, customStatus}]`, statusType 0 unknown, 1 online, 2 offline, 3 not logged in. */
export function userStatusesFromSdk(data: unknown): UserStatus[] {
  const kinds: readonly UserStatusType[] = ['unknown', 'online', 'offline', 'unlogined'];
  return list(data)
    .filter(isBag)
    .map((s) =>
      Object.freeze({ userID: str(s.userID), status: kinds[count(s.statusType)] ?? 'unknown', customStatus: str(s.customStatus) }),
    )
    .filter((s) => s.userID !== '');
}

/**
 * PROFILE_UPDATED: an array of Profile objects, each complete (`userID`, `nick`, `avatar`,
 * `selfSignature` …).
 */
export function profileUpdatesFromSdk(data: unknown): UserProfileUpdate[] {
  const out: UserProfileUpdate[] = [];
  for (const raw of list(data)) {
    const p = bag(raw);
    const userID = str(p.userID);
    if (userID === '') continue;
    const selfSignature = str(p.selfSignature);
    out.push(Object.freeze({ userID, nick: str(p.nick), avatar: safeUrl(p.avatar), ...(selfSignature ? { selfSignature } : {}) }));
  }
  return out;
}

/**
 * FRIEND_LIST_UPDATED: the whole friend list, `[{userID, remark, profile: Profile, …}]`.
 * Returns each friend's remark and, when the SDK has it, nick and avatar.
 */
export function friendRemarksFromSdk(data: unknown): Map<string, UserProfileUpdate> {
  const out = new Map<string, UserProfileUpdate>();
  for (const raw of list(data)) {
    const f = bag(raw);
    const userID = str(f.userID);
    if (userID === '') continue;
    const profile = profileUpdateOf(f.profile);
    out.set(userID, Object.freeze({ ...(profile ?? {}), userID, remark: str(f.remark) }));
  }
  return out;
}

/** `{userID, nick, avatar}` with only the fields that say something (an empty nick is "not known", not "cleared"). */
function profileUpdateOf(raw: unknown): UserProfileUpdate | null {
  const p = bag(raw);
  const userID = str(p.userID);
  if (userID === '') return null;
  const nick = str(p.nick);
  const avatar = safeUrl(p.avatar);
  return Object.freeze({ userID, ...(nick ? { nick } : {}), ...(avatar ? { avatar } : {}) });
}

/** GROUP_ATTRIBUTES_UPDATED: `{groupID, groupAttributes: {key: value}, updatedKeyList, deletedKeyList}`. */
export function groupAttributesFromSdk(data: unknown): { groupID: string; attributes: Readonly<Record<string, string>> } | null {
  const groupID = str(field(data, 'groupID'));
  if (groupID === '') return null;
  const attributes: Record<string, string> = {};
  const raw = field(data, 'groupAttributes');
  if (isBag(raw)) for (const [key, value] of Object.entries(raw)) if (typeof value === 'string') attributes[key] = value;
  return { groupID, attributes: Object.freeze(attributes) };
}

/**
 * A group as a tip says it is now: member count, profile changes, and this user's own role or
 * mute when the tip is about them. Returns the same object when the tip changes nothing we keep.
 */
export function groupAfterTip(group: GroupProfile, tip: GroupTipElem, selfID: string, nowSeconds: number): GroupProfile {
  let next: { -readonly [K in keyof GroupProfile]: GroupProfile[K] } = { ...group };
  if (tip.memberNum !== undefined && tip.memberNum > 0) next.memberCount = tip.memberNum;
  const aboutMe = tip.userIDList.includes(selfID);
  switch (tip.operationType) {
    case TIP.groupProfileUpdated:
      for (const change of tip.groupProfileChanges) {
        if (change.key === 'name' && typeof change.value === 'string') next.name = change.value;
        else if (change.key === 'notification' && typeof change.value === 'string') next.notification = change.value;
        else if (change.key === 'introduction' && typeof change.value === 'string') next.introduction = change.value;
        else if (change.key === 'avatar' && typeof change.value === 'string') next.avatar = safeUrl(change.value);
        else if (change.key === 'owner' && typeof change.value === 'string') {
          next.ownerID = change.value;
          if (change.value === selfID) next.selfRole = 'Owner';
          else if (group.selfRole === 'Owner') next.selfRole = 'Member';
        } else if (change.key === 'muteAllMembers')
          next.muteAllMembers = change.value === true || change.value === 1 || change.value === 'On';
      }
      break;
    case TIP.setAdmin:
    case TIP.cancelAdmin:
      if (aboutMe) next.selfRole = (tip.operationType === TIP.setAdmin ? 'Admin' : 'Member') satisfies GroupRole;
      break;
    case TIP.memberProfileUpdated:
      for (const mute of tip.memberMuteChanges) {
        if (mute.userID === selfID) next.selfMuteUntil = mute.muteTime > 0 ? nowSeconds + mute.muteTime : 0;
      }
      break;
    case TIP.quit:
    case TIP.kickedOut:
      if (aboutMe) {
        const { selfRole: _role, ...rest } = next;
        next = rest;
      }
      break;
    default:
      break;
  }
  return sameGroup(group, next) ? group : Object.freeze(next);
}

function sameGroup(a: GroupProfile, b: GroupProfile): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => Object.is(a[key as keyof GroupProfile], b[key as keyof GroupProfile]));
}
