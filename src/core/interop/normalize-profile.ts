import type { GroupProfile, GroupRole, GroupType, UserProfile } from '../model/profile.js';
import { MAX_COUNT, MAX_TIME_SECONDS } from '../model/limits.js';
import { ownValue } from '../util/own-value.js';
import { FieldReader } from './field-reader.js';
import { isRecord, readField } from './plain-data.js';
import { RepairLog, describeValue, type Repair } from './repair.js';

export const GROUP_TYPES: readonly GroupType[] = ['Work', 'Public', 'Meeting', 'AVChatRoom', 'Community'];
export const GROUP_ROLES: readonly GroupRole[] = ['Owner', 'Admin', 'Member'];

/** Older names of group types (the SDK renamed Private → Work and ChatRoom → Meeting). */
const LEGACY_GROUP_TYPES: Readonly<Record<string, GroupType>> = { Private: 'Work', ChatRoom: 'Meeting' };

/** A frozen UserProfile from anything (a Web SDK Profile, our own, or garbage); never throws. */
export function normalizeUserProfile(
  input: unknown,
  log: RepairLog = new RepairLog(),
): { profile: UserProfile; repairs: readonly Repair[] } {
  if (!isRecord(input)) log.add('', 'dropped', `expected a profile object, got ${describeValue(input)}`);
  const read = new FieldReader(isRecord(input) ? input : {}, log);
  const profile: UserProfile = {
    userID: read.string('userID', { required: true }),
    nick: read.string('nick'),
    avatar: read.url('avatar', { aliases: ['faceUrl'] }),
    ...(read.has('selfSignature') ? { selfSignature: read.string('selfSignature') } : {}),
  };
  return { profile: Object.freeze(profile), repairs: log.repairs };
}

/** A frozen GroupProfile from anything (a Web SDK Group, our own, or garbage); never throws. */
export function normalizeGroupProfile(
  input: unknown,
  log: RepairLog = new RepairLog(),
): { profile: GroupProfile; repairs: readonly Repair[] } {
  if (!isRecord(input)) log.add('', 'dropped', `expected a group object, got ${describeValue(input)}`);
  const source = isRecord(input) ? input : {};
  const read = new FieldReader(source, log);
  const selfInfo = readField(source, 'selfInfo');
  const selfRead = new FieldReader(isRecord(selfInfo) ? selfInfo : {}, log.at('selfInfo'));
  const role = read.has('selfRole')
    ? read.oneOf<GroupRole>('selfRole', GROUP_ROLES, 'Member')
    : selfRead.has('role')
      ? selfRead.oneOf<GroupRole>('role', GROUP_ROLES, 'Member')
      : null;
  const muteUntil = read.has('selfMuteUntil') ? read.number('selfMuteUntil', { integer: true, min: 0, max: MAX_TIME_SECONDS }) : null;
  const profile: GroupProfile = {
    groupID: read.string('groupID', { required: true }),
    name: read.string('name', { aliases: ['groupName'] }),
    avatar: read.url('avatar', { aliases: ['faceUrl'] }),
    type: readGroupType(read),
    ownerID: read.string('ownerID'),
    notification: read.string('notification'),
    introduction: read.string('introduction'),
    memberCount: read.number('memberCount', { integer: true, min: 0, max: MAX_COUNT, aliases: ['memberNum'] }),
    muteAllMembers: read.boolean('muteAllMembers'),
    ...(role ? { selfRole: role } : {}),
    ...(muteUntil !== null ? { selfMuteUntil: muteUntil } : {}),
    ...(read.has('isDismissed') && read.boolean('isDismissed') ? { isDismissed: true } : {}),
  };
  return { profile: Object.freeze(profile), repairs: log.repairs };
}

function readGroupType(read: FieldReader): GroupType {
  const found = read.find('type');
  const legacy = found ? ownValue(LEGACY_GROUP_TYPES, found.value) : undefined;
  if (found && legacy) {
    const type = legacy;
    read.log.add('type', 'coerced', `legacy group type ${JSON.stringify(found.value)} read as ${type}`);
    return type;
  }
  return read.oneOf<GroupType>('type', GROUP_TYPES, 'Public', { required: true });
}
