import { ownValue } from '../util/own-value.js';
import type { MuteChange, ProfileChange } from '../i18n/notice-params.js';
import { localized, type LocalizedText } from '../i18n/translate.js';
import { GROUP_TIP_OPERATION, type GroupProfileChange, type GroupTipElem, type MemberMuteChange } from '../model/elements.js';
import { peopleOf, personOf, type NameLookup } from './name-lookup.js';
import { oneLine } from './notice-text.js';

/**
 * A group tip (TIMGroupTipElem) as a line: `{key, params}` for the view to put into words.
 * `names` gives display names; the user `selfID` reads as "You"/"你". Any operationType, even
 * an unknown one or a malformed element, gives a line; nothing throws.
 */
export function describeGroupTip(elem: GroupTipElem, names?: NameLookup, selfID = ''): LocalizedText {
  const tip: Partial<GroupTipElem> = elem && typeof elem === 'object' ? elem : {};
  const operatorID = typeof tip.operatorID === 'string' ? tip.operatorID : '';
  const operator = operatorID ? personOf(operatorID, names, selfID) : null;
  const userIDs = Array.isArray(tip.userIDList) ? tip.userIDList : [];
  const users = peopleOf(userIDs, names, selfID);
  // Join and quit tips sometimes name only the operator: then the operator is the one who moved.
  const movers = users.length ? users : operator ? [operator] : [];

  switch (Number(tip.operationType)) {
    case GROUP_TIP_OPERATION.join:
      return operator && users.length && !userIDs.includes(operatorID)
        ? localized('tip.invited', { operator, users })
        : localized('tip.joined', { users: movers });
    case GROUP_TIP_OPERATION.quit:
      return localized('tip.left', { users: movers });
    case GROUP_TIP_OPERATION.kickedOut:
      return localized('tip.removed', { operator, users });
    case GROUP_TIP_OPERATION.setAdmin:
      return localized('tip.adminSet', { operator, users });
    case GROUP_TIP_OPERATION.cancelAdmin:
      return localized('tip.adminRemoved', { operator, users });
    case GROUP_TIP_OPERATION.groupProfileUpdated:
      return localized('tip.groupProfileUpdated', { operator, changes: profileChangesOf(tip.groupProfileChanges, names, selfID) });
    case GROUP_TIP_OPERATION.memberProfileUpdated: {
      const mutes = muteChangesOf(tip.memberMuteChanges, names, selfID);
      return mutes.length ? localized('tip.membersMuted', { operator, mutes }) : localized('tip.memberProfileUpdated', { users });
    }
    case GROUP_TIP_OPERATION.banAVChatRoom:
      return localized('tip.bannedFromRoom', { operator, users });
    case GROUP_TIP_OPERATION.unbanAVChatRoom:
      return localized('tip.unbannedFromRoom', { operator, users });
    default:
      return localized('tip.unknown');
  }
}

/** Field names as our model has them, plus the Web SDK's own spellings. */
const PROFILE_FIELD: Readonly<Record<string, ProfileChange['kind']>> = {
  name: 'name',
  groupname: 'name',
  notification: 'notification',
  introduction: 'introduction',
  avatar: 'avatar',
  avatarurl: 'avatar',
  faceurl: 'avatar',
  owner: 'owner',
  ownerid: 'owner',
  muteallmembers: 'muteAll',
};

/** The changes of a tip 6, in order; unknown fields become one "updated the group profile". */
function profileChangesOf(raw: readonly GroupProfileChange[] | undefined, names: NameLookup | undefined, selfID: string): ProfileChange[] {
  const changes: ProfileChange[] = [];
  let other = false;
  for (const change of Array.isArray(raw) ? raw : []) {
    const kind = typeof change?.key === 'string' ? ownValue(PROFILE_FIELD, change.key.toLowerCase()) : undefined;
    const value = change?.value;
    switch (kind) {
      case 'name':
      case 'notification':
      case 'introduction':
        changes.push({ kind, value: oneLine(value) });
        break;
      case 'avatar':
        changes.push({ kind });
        break;
      case 'owner':
        if (typeof value === 'string' && value) changes.push({ kind, owner: personOf(value, names, selfID) });
        else other = true;
        break;
      case 'muteAll':
        changes.push({ kind, on: isOn(value) });
        break;
      default:
        other = true;
    }
  }
  if (other) changes.push({ kind: 'other' });
  return changes;
}

/** true, 1, 'true', 'on', '1' (as servers variously say it). */
function isOn(value: unknown): boolean {
  if (typeof value === 'string') return /^(?:true|on|1)$/i.test(value.trim());
  return value === true || (typeof value === 'number' && value !== 0);
}

/** Tip 7's mutes, members with the same time together ("muted Bob and Carol for 10 minutes"). */
function muteChangesOf(raw: readonly MemberMuteChange[] | undefined, names: NameLookup | undefined, selfID: string): MuteChange[] {
  const bySeconds = new Map<number, string[]>();
  for (const change of Array.isArray(raw) ? raw : []) {
    const seconds = change?.muteTime;
    if (typeof change?.userID !== 'string' || !change.userID) continue;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) continue;
    const ids = bySeconds.get(seconds) ?? [];
    ids.push(change.userID);
    bySeconds.set(seconds, ids);
  }
  return [...bySeconds].map(([seconds, ids]) => ({ users: peopleOf(ids, names, selfID), seconds }));
}
