import type { CacheWarning } from '../cache/chat-cache.js';
import type { ChatErrorName } from '../errors.js';
import { formatDuration } from './format-time.js';
import { durationEn } from './duration.js';
import { clauseListEn, isPluralEn, nameListEn } from './name-list.js';
import type { MuteChange, ProfileChange, SystemNoticeParams } from './notice-params.js';
import type { Person } from './person.js';

/**
 * The core's strings in English: notice lines, message summaries, error and storage texts.
 * Every entry is text, or a function of one typed params object. zh-CN.ts must match this
 * table key for key (its type is `CoreStrings`, derived from this one).
 */

/** The shape both tables have; every error code and storage warning needs a text. */
export type StringTableShape = Record<string, string | ((params: never) => string)> &
  Record<`error.${ChatErrorName}`, string> &
  Record<`cache.${CacheWarning['kind']}`, string>;

const who = (people: readonly Person[]) => nameListEn(people, 'subject');
const whom = (people: readonly Person[]) => nameListEn(people, 'object');
const was = (people: readonly Person[]) => (isPluralEn(people) ? 'were' : 'was');
const is = (people: readonly Person[]) => (isPluralEn(people) ? 'are' : 'is');
const anAdmin = (people: readonly Person[]) => (people.length > 1 ? 'admins' : 'an admin');

/** A group by name, or "the group" when nameless; `start` capitalises it at a sentence start. */
const groupRef = (group: string, start = false) => group || (start ? 'The group' : 'the group');

const withNote = (sentence: string, note: string) => (note ? `${sentence}: “${note}”` : sentence);

function profileChangeActive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `changed the group name to “${change.value}”` : 'changed the group name';
    case 'notification':
      return change.value ? `changed the group announcement to “${change.value}”` : 'cleared the group announcement';
    case 'introduction':
      return change.value ? `changed the group description to “${change.value}”` : 'cleared the group description';
    case 'avatar':
      return 'changed the group avatar';
    case 'owner':
      return `transferred group ownership to ${whom([change.owner])}`;
    case 'muteAll':
      return change.on ? 'muted all members' : 'unmuted all members';
    case 'other':
      return 'updated the group profile';
  }
}

function profileChangePassive(change: ProfileChange): string {
  switch (change.kind) {
    case 'name':
      return change.value ? `The group name was changed to “${change.value}”` : 'The group name was changed';
    case 'notification':
      return change.value ? `The group announcement was changed to “${change.value}”` : 'The group announcement was cleared';
    case 'introduction':
      return change.value ? `The group description was changed to “${change.value}”` : 'The group description was cleared';
    case 'avatar':
      return 'The group avatar was changed';
    case 'owner':
      return `${who([change.owner])} ${is([change.owner])} now the group owner`;
    case 'muteAll':
      return change.on ? 'All members were muted' : 'All members were unmuted';
    case 'other':
      return 'The group profile was updated';
  }
}

const muteActive = (m: MuteChange) => (m.seconds > 0 ? `muted ${whom(m.users)} for ${durationEn(m.seconds)}` : `unmuted ${whom(m.users)}`);
const mutePassive = (m: MuteChange) =>
  m.seconds > 0 ? `${who(m.users)} ${was(m.users)} muted for ${durationEn(m.seconds)}` : `${who(m.users)} ${was(m.users)} unmuted`;

export const en = {
  // Group tips (TIMGroupTipElem), by operationType.
  'tip.joined': (p: { users: readonly Person[] }) => `${who(p.users)} joined the group`,
  'tip.invited': (p: { operator: Person; users: readonly Person[] }) => `${who([p.operator])} invited ${whom(p.users)} to the group`,
  'tip.left': (p: { users: readonly Person[] }) => `${who(p.users)} left the group`,
  'tip.removed': (p: { operator: Person | null; users: readonly Person[] }) =>
    p.operator ? `${who([p.operator])} removed ${whom(p.users)} from the group` : `${who(p.users)} ${was(p.users)} removed from the group`,
  'tip.adminSet': (p: { operator: Person | null; users: readonly Person[] }) =>
    p.operator
      ? `${who([p.operator])} made ${whom(p.users)} ${anAdmin(p.users)}`
      : `${who(p.users)} ${is(p.users)} now ${anAdmin(p.users)}`,
  'tip.adminRemoved': (p: { operator: Person | null; users: readonly Person[] }) =>
    p.operator
      ? `${who([p.operator])} removed ${whom(p.users)} as ${anAdmin(p.users)}`
      : `${who(p.users)} ${is(p.users)} no longer ${anAdmin(p.users)}`,
  'tip.groupProfileUpdated': (p: { operator: Person | null; changes: readonly ProfileChange[] }) => {
    const changes: readonly ProfileChange[] = p.changes.length ? p.changes : [{ kind: 'other' }];
    return p.operator
      ? `${who([p.operator])} ${clauseListEn(changes.map(profileChangeActive))}`
      : changes.map(profileChangePassive).join('. ');
  },
  'tip.membersMuted': (p: { operator: Person | null; mutes: readonly MuteChange[] }) =>
    p.operator ? `${who([p.operator])} ${clauseListEn(p.mutes.map(muteActive))}` : p.mutes.map(mutePassive).join('. '),
  'tip.memberProfileUpdated': (p: { users: readonly Person[] }) => {
    if (p.users.length === 0) return 'Member info was updated';
    const owner = p.users.length === 1 && p.users[0]!.isSelf ? 'Your' : `${who(p.users)}’s`;
    return `${owner} member info was updated`;
  },
  'tip.bannedFromRoom': (p: { operator: Person | null; users: readonly Person[] }) =>
    p.operator ? `${who([p.operator])} banned ${whom(p.users)} from the room` : `${who(p.users)} ${was(p.users)} banned from the room`,
  'tip.unbannedFromRoom': (p: { operator: Person | null; users: readonly Person[] }) =>
    p.operator ? `${who([p.operator])} unbanned ${whom(p.users)}` : `${who(p.users)} ${was(p.users)} unbanned`,
  'tip.unknown': 'Group notification',

  // Group system notices (TIMGroupSystemNoticeElem), by operationType.
  'notice.joinRequest': (p: SystemNoticeParams) =>
    withNote(`${who(p.operator ? [p.operator] : [])} asked to join ${groupRef(p.group)}`, p.note),
  'notice.joinAccepted': (p: SystemNoticeParams) =>
    withNote(
      p.operator
        ? `${who([p.operator])} approved your request to join ${groupRef(p.group)}`
        : `Your request to join ${groupRef(p.group)} was approved`,
      p.note,
    ),
  'notice.joinRefused': (p: SystemNoticeParams) =>
    withNote(
      p.operator
        ? `${who([p.operator])} declined your request to join ${groupRef(p.group)}`
        : `Your request to join ${groupRef(p.group)} was declined`,
      p.note,
    ),
  'notice.kickedOut': (p: SystemNoticeParams) =>
    withNote(
      p.operator ? `${who([p.operator])} removed you from ${groupRef(p.group)}` : `You were removed from ${groupRef(p.group)}`,
      p.note,
    ),
  'notice.dismissed': (p: SystemNoticeParams) =>
    withNote(p.operator ? `${who([p.operator])} disbanded ${groupRef(p.group)}` : `${groupRef(p.group, true)} was disbanded`, p.note),
  'notice.created': (p: SystemNoticeParams) =>
    withNote(p.operator ? `${who([p.operator])} created ${groupRef(p.group)}` : `${groupRef(p.group, true)} was created`, p.note),
  'notice.invited': (p: SystemNoticeParams) =>
    withNote(p.operator ? `${who([p.operator])} added you to ${groupRef(p.group)}` : `You were added to ${groupRef(p.group)}`, p.note),
  'notice.quit': (p: SystemNoticeParams) => withNote(`You left ${groupRef(p.group)}`, p.note),
  'notice.adminSet': (p: SystemNoticeParams) =>
    withNote(
      p.operator ? `${who([p.operator])} made you an admin of ${groupRef(p.group)}` : `You are now an admin of ${groupRef(p.group)}`,
      p.note,
    ),
  'notice.adminRemoved': (p: SystemNoticeParams) =>
    withNote(
      p.operator
        ? `${who([p.operator])} removed you as an admin of ${groupRef(p.group)}`
        : `You are no longer an admin of ${groupRef(p.group)}`,
      p.note,
    ),
  'notice.recycled': (p: SystemNoticeParams) => withNote(`${groupRef(p.group, true)} was deleted by the system`, p.note),
  'notice.inviteRequest': (p: SystemNoticeParams) =>
    withNote(
      p.operator ? `${who([p.operator])} invited you to join ${groupRef(p.group)}` : `You were invited to join ${groupRef(p.group)}`,
      p.note,
    ),
  'notice.inviteAccepted': (p: SystemNoticeParams) =>
    withNote(
      p.operator
        ? `${who([p.operator])} accepted your invitation to join ${groupRef(p.group)}`
        : `Your invitation to join ${groupRef(p.group)} was accepted`,
      p.note,
    ),
  'notice.inviteRefused': (p: SystemNoticeParams) =>
    withNote(
      p.operator
        ? `${who([p.operator])} declined your invitation to join ${groupRef(p.group)}`
        : `Your invitation to join ${groupRef(p.group)} was declined`,
      p.note,
    ),
  'notice.custom': (p: { group: string; content: string }) =>
    p.content ? `Notice from ${groupRef(p.group)}: ${p.content}` : `Custom notice from ${groupRef(p.group)}`,
  'notice.unknown': (p: { group: string }) => (p.group ? `System notification from ${p.group}` : 'Group system notification'),

  // One-line message summaries (conversation list, notifications).
  'summary.image': '[Image]',
  'summary.voice': (p: { seconds: number }) => (p.seconds > 0 ? `[Voice] ${formatDuration(p.seconds)}` : '[Voice]'),
  'summary.video': (p: { seconds: number }) => (p.seconds > 0 ? `[Video] ${formatDuration(p.seconds)}` : '[Video]'),
  'summary.file': (p: { name: string }) => (p.name ? `[File] ${p.name}` : '[File]'),
  'summary.location': (p: { description: string }) => (p.description ? `[Location] ${p.description}` : '[Location]'),
  'summary.sticker': '[Sticker]',
  'summary.custom': '[Custom message]',
  'summary.unsupported': '[Unsupported message]',
  'summary.chatHistory': '[Chat history]',
  /** A merged ("chat history") message's title, as the sender's client writes it. */
  'merged.titleOne': (p: { name: string }) => `${p.name}'s chat history`,
  'merged.titleTwo': (p: { first: string; second: string }) => `${p.first} and ${p.second}'s chat history`,
  'merged.titleGroup': (p: { group: string }) => (p.group ? `Chat history of ${p.group}` : 'Group chat history'),
  'summary.revokedBySelf': 'You recalled a message',
  'summary.revokedByOther': (p: { name: string }) => `${p.name} recalled a message`,
  'summary.draft': '[Draft]',
  'summary.atMe': '[@me]',
  /** Between a marker ("[Draft]") and what follows. */
  'summary.prefixSeparator': ' ',
  /** Between a sender's name and the message ("Alice: hi"). */
  'summary.senderSeparator': ': ',

  // Errors, one per CHAT_ERROR code (src/core/errors.ts).
  'error.invalidArgument': 'The request was not valid',
  'error.notLoggedIn': 'You are not signed in',
  'error.uploadFailed': 'The upload failed',
  'error.uploadCancelled': 'The upload was cancelled',
  'error.fileTooLarge': 'The file is too large',
  'error.sendFailed': 'The message could not be sent',
  'error.revokeFailed': 'The message could not be recalled',
  'error.messageNotFound': 'The message could not be found',
  'error.conversationNotFound': 'The conversation could not be found',
  'error.network': 'A network error occurred. Check your connection and try again',
  'error.timeout': 'The request timed out. Try again',
  'error.offline': 'You are offline',
  'error.notGroupMember': 'You are not a member of this group',
  'error.mutedInGroup': 'You are muted in this group',
  'error.revokeTimeLimit': 'It is too late to recall this message',
  'error.revokeNotSender': 'You can only recall your own messages',
  'error.textTooLong': 'The message is too long',
  'error.kickedOut': 'You have been signed out',
  'error.storage': 'Saving on this device failed',
  'error.unsupported': 'This feature is not available here',
  'error.noResult': 'No translation or transcript is available',
  'error.editNotAllowed': 'You can only edit your own text messages',
  'error.editTimeLimit': 'It is too late to edit this message',
  'error.editConflict': 'The message was changed elsewhere meanwhile. Try again',
  'error.pinNotAllowed': 'Only the group owner and admins can pin messages',
  'error.pinLimit': 'This group has as many pinned messages as it can hold',
  'error.unknown': 'Something went wrong',
  /** A code the kit has no text for. */
  'error.withCode': (p: { code: number }) => `Something went wrong (error ${p.code})`,

  // Storage warnings (CacheWarning.kind).
  'cache.unavailable': 'Offline storage is not available in this browser, so messages are kept only until the page is closed',
  'cache.blocked': 'Offline storage is blocked by another open tab, so messages are kept only until the page is closed',
  'cache.quota': 'Storage on this device is full, so new messages are kept only until the page is closed',
  'cache.error': 'Offline storage failed, so messages are kept only until the page is closed',
} satisfies StringTableShape;

/** The type every locale's table has: the keys of `en`, each of the same kind and parameters. */
export type CoreStrings = typeof en;
