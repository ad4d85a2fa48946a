/**
 * A fake `@tencentcloud/chat` for tests: a tiny in-memory "server" (`FakeTencentServer`) and
 * SDK instances on it (`FakeTencentChat`), one per signed-in user. It implements exactly the
 * SDK methods TencentChatService declares it needs (`TencentChatSDK`, a Pick of the real
 * `ChatSDK` type), so a renamed or removed SDK method fails the type check here too.
 *
 * It behaves like the SDK and its server where the adapter depends on it, and returns objects
 * shaped like the SDK's run-time ones:
 * - results resolve `{code: 0, data}`, failures reject `{code, message}`; every call before
 *   login (and after logout or a kick) rejects with code 2024;
 * - events reach handlers as `{name, data}` and arrive asynchronously, like pushes over the wire;
 *   the server fans a new message out to the other clients before it acknowledges the sender;
 * - messages carry `ID` (`tinyID-clientTime-random`, made by the SDK, not the app), `type`,
 *   `payload`, `conversationID`, `flow`, `time`, `sequence`, `random`, `status`, `isRevoked`,
 *   `revokerInfo`, `isRead`, `isPeerRead`, `isDeleted`, `_onlineOnlyFlag` …; they are frozen
 *   objects whose getters follow the server, so an adapter that writes to one throws;
 * - conversations carry `lastMessage` as the SDK's plain summary (`lastTime`, `lastSequence`,
 *   `fromAccount`, `messageForShow` …), not a Message;
 * - `getMessageList` returns at most 15 messages a call with `nextReqMessageID`/`isCompleted`
 *   and pages only from a message this instance holds (an unknown cursor gives the newest
 *   page, as the SDK does); asking for the newest page again makes the instance forget the
 *   older messages of that conversation (the SDK clears its memory there too);
 *   `getMessageListHopping` walks by time (C2C) or sequence (GROUP);
 * - the recall time limit is a server setting (the console's, 120 s by default):
 *   `server.revokeTimeLimit`; past it a recall fails with 20016 (C2C) or 10031 (GROUP);
 * - uploads report progress through `onProgress` (0..1) and end with URLs on a host that
 *   does not resolve (`.invalid`): nothing here opens a connection.
 */
import TencentCloudChat from '@tencentcloud/chat';
import type { ChatSDK, Conversation as SdkConversation, Group as SdkGroup, Profile as SdkProfile } from '@tencentcloud/chat';
import type { SdkMessage, TencentChatSDK } from '../../src/core/service/tencent/sdk-types.js';

type Types = TencentCloudChat.TYPES;
type Arg<K extends keyof ChatSDK> = ChatSDK[K] extends (...args: infer A) => unknown ? A[0] : never;

/** The SDK's enum-typed fields hold these strings at run time. */
function asType(value: string): Types {
  return value as unknown as Types;
}

/**
 * The SDK's event names, taken from the installed SDK's own run-time `TencentCloudChat.EVENT`
 * (which has the declared ones and the few it emits without declaring them), not copied here.
 * `test/core/tencent-fake-events.test.ts` checks the fake can emit each of them.
 */
export const EVENT = TencentCloudChat.EVENT as unknown as Readonly<Record<FakeEventKey, string>>;

/** Every event key: the declared `EVENT` members plus the SDK's run-time-only ones (3.6.6). */
export type FakeEventKey =
  | keyof typeof TencentCloudChat.EVENT
  | 'SDK_DESTROY'
  | 'MESSAGE_EXTENSIONS_UPDATED'
  | 'MESSAGE_EXTENSIONS_DELETED'
  | 'MESSAGE_REACTIONS_UPDATED'
  | 'SERVER_CONFIG_UPDATED';

/** SDK error codes the fake uses (as the SDK and server send them). */
export const FAKE_CODES = {
  notLoggedIn: 2024,
  sendFailed: 2100,
  network: 2800,
  instanceRequired: 2105,
  revokeTimeLimitC2C: 20016,
  revokeTimeLimitGroup: 10031,
  noPermission: 10007,
  groupNotFound: 10010,
  userSigExpired: 70001,
  fileTooLarge: 2253,
  invalidParameter: 2000,
  textTooLong: 80002,
  mutedInGroup: 10017,
  revokeNotSender: 20017,
  /** A stand-in: Tencent names the pin limit error but the Web SDK's tables give no number for it. */
  pinnedLimit: 10070,
  modifyConflict: 2480,
  /** A value-added service (cloud search) the app has not bought. */
  serviceNotActivated: 60020,
  /** A stand-in: the guide says only that user status calls fail while the console switch is off. */
  userStatusDisabled: 72001,
} as const;

/** The server's limit on a text message body, in bytes of UTF-8. */
const TEXT_LIMIT_BYTES = 12 * 1024;

export interface FakeUser {
  userID: string;
  nick: string;
  avatar: string;
  selfSignature?: string;
}

interface Member {
  role: 'Owner' | 'Admin' | 'Member';
  nameCard: string;
  muteUntil: number;
  joinTime: number;
}

interface GroupRecord {
  groupID: string;
  name: string;
  type: string;
  ownerID: string;
  avatar: string;
  notification: string;
  introduction: string;
  muteAllMembers: boolean;
  /** 'FreeAccess' | 'NeedPermission' | 'DisableApply' (the SDK's fixed value for work groups). */
  joinOption: string;
  members: Map<string, Member>;
  dismissed: boolean;
  /** Pinned messages, oldest pin first. */
  pinned?: Array<{ messageID: string; userID: string }>;
}

/** A message as the server keeps it (mutable here, seen by clients only through views). */
interface MessageRecord {
  ID: string;
  type: string;
  payload: Record<string, unknown>;
  conversationType: 'C2C' | 'GROUP' | '@TIM#SYSTEM';
  from: string;
  /** Peer userID (C2C), groupID (GROUP), receiving userID (system). */
  to: string;
  time: number;
  clientTime: number;
  sequence: number;
  random: number;
  priority: string;
  cloudCustomData: string;
  atUserList: string[];
  nick: string;
  avatar: string;
  nameCard: string;
  status: 'unSend' | 'success' | 'fail';
  isRevoked: boolean;
  revoker: string;
  onlineOnly: boolean;
  thread: string;
  /** Changed after it was sent (modifyMessage). */
  modified: boolean;
  /** Bumped by each change (the SDK's `version`; a modify from an older version conflicts). */
  version: number;
  /** reactionID → users who reacted. */
  reactions: Map<string, Set<string>>;
  /** Group members who sent a read receipt for it, in the order they did. */
  readBy: Set<string>;
  /** The sender asked for read receipts (`needReadReceipt` of `create…Message`). */
  needReadReceipt: boolean;
}

interface ConversationState {
  conversationID: string;
  isPinned: boolean;
  messageRemindType: string;
  draftText: string;
  /** Hidden from the list until a new message arrives. */
  deleted: boolean;
  /** Messages up to this sequence (C2C/system: time) are read. */
  readSequence: number;
  readTime: number;
  /** `markConversation`'s marks (TYPES.CONV_MARK_TYPE_*). */
  markList: number[];
}

/** Options of `TencentCloudChat.create` the fake honours. */
export interface FakeCreateOptions {
  /** CONVERSATION_LIST_UPDATED carries only the conversations that changed (the SDK's option of this name). */
  readonly partialUpdatedConversations?: boolean;
}

interface PendingFailure {
  method: string;
  error: { code: number; message: string };
}

const UPLOAD_HOST = 'https://cos.fake-tencent.invalid';
const MAX_PAGE = 15;
/** The SDK's own upload limits (bytes): image and audio 20 MB, video and file 100 MB. */
const UPLOAD_LIMITS: Readonly<Record<string, number>> = {
  TIMImageElem: 20 * 1024 * 1024,
  TIMSoundElem: 20 * 1024 * 1024,
  TIMVideoFileElem: 100 * 1024 * 1024,
  TIMFileElem: 100 * 1024 * 1024,
};

export class FakeTencentServer {
  /** The console's recall time limit, in seconds. */
  revokeTimeLimit = 120;
  /** The console's multi-client sync of conversation deletion (off by default, as in the console). */
  syncConversationDeletion = false;
  /** The console's "online web instances" per user; a login past it kicks the oldest. */
  webInstancesPerUser = 1;
  /** The console's user status switch ("status query and notification"): off, every status call fails. */
  userStatusEnabled = true;
  /**
   * The cloud search plugin (bought or not): without it `searchCloudMessages` fails with 60020, as
   * the SDK documents. Off by default, as on a plan without it.
   */
  cloudSearchEnabled = false;
  /** subscriber → the users whose status they subscribed to (`subscribeUserStatus`). */
  private readonly statusSubscriptions = new Map<string, Set<string>>();
  /** userID → statusType (1 online, 2 offline, 3 not logged in; absent: never logged in). */
  private readonly statusTypes = new Map<string, { statusType: number; customStatus: string }>();
  /** Width and height the "server" reports for uploaded images (the fake cannot decode them). */
  imageSize = { width: 1280, height: 960 };

  private clockSeconds: number | null = null;
  private readonly users = new Map<string, FakeUser>();
  private readonly tinyIDs = new Map<string, string>();
  private readonly groups = new Map<string, GroupRecord>();
  private readonly threads = new Map<string, MessageRecord[]>();
  private readonly threadSeq = new Map<string, number>();
  private readonly messagesByID = new Map<string, MessageRecord>();
  private readonly conversations = new Map<string, Map<string, ConversationState>>();
  private readonly hidden = new Map<string, Set<string>>();
  private readonly failures: PendingFailure[] = [];
  /** userID → friendID → the friendship as the user keeps it. */
  private readonly friends = new Map<string, Map<string, { remark: string; groupList: string[]; addTime: number }>>();
  private readonly blocked = new Map<string, Set<string>>();
  private readonly following = new Map<string, Set<string>>();
  private readonly groupAttributes = new Map<string, Record<string, string>>();
  private readonly conversationGroups = new Map<string, Map<string, Set<string>>>();
  /** The translation add-on's dictionary: target language → source text → translation. */
  private readonly translations = new Map<string, Map<string, string>>();
  /** The voice-to-text add-on: what it recognises in each voice message (by message ID). */
  private readonly transcripts = new Map<string, string>();
  /** @internal instances signed in, oldest first. */
  readonly online: FakeTencentChat[] = [];
  /** @internal merged messages too large to travel inline, by downloadKey (what `downloadMergerMessage` fetches). */
  readonly mergerStore = new Map<string, unknown[]>();
  /** Merged messages whose forwarded list is larger than this (JSON bytes) travel under a downloadKey. */
  mergerInlineBytes = 1024;
  private clientSequence = 0;

  /** Server time in seconds; frozen with `setTime`, moved with `advance`. */
  now(): number {
    return this.clockSeconds ?? Math.floor(Date.now() / 1000);
  }

  setTime(seconds: number): void {
    this.clockSeconds = seconds;
  }

  advance(seconds: number): void {
    this.clockSeconds = this.now() + seconds;
  }

  addUser(user: Partial<FakeUser> & { userID: string }): this {
    this.users.set(user.userID, { nick: '', avatar: '', ...user });
    this.tinyIDs.set(user.userID, String(144115200000000000 + this.tinyIDs.size + 1));
    return this;
  }

  addGroup(group: {
    groupID: string;
    name?: string;
    type?: string;
    ownerID: string;
    members?: string[];
    admins?: string[];
    joinOption?: string;
  }): this {
    const members = new Map<string, Member>();
    const now = this.now();
    members.set(group.ownerID, { role: 'Owner', nameCard: '', muteUntil: 0, joinTime: now });
    for (const id of group.members ?? [])
      if (!members.has(id)) members.set(id, { role: 'Member', nameCard: '', muteUntil: 0, joinTime: now });
    for (const id of group.admins ?? []) members.set(id, { role: 'Admin', nameCard: '', muteUntil: 0, joinTime: now });
    this.groups.set(group.groupID, {
      groupID: group.groupID,
      name: group.name ?? group.groupID,
      type: group.type ?? 'Public',
      ownerID: group.ownerID,
      avatar: '',
      notification: '',
      introduction: '',
      muteAllMembers: false,
      joinOption: group.joinOption ?? (group.type === 'Private' ? 'DisableApply' : 'NeedPermission'),
      members,
      dismissed: false,
    });
    return this;
  }

  setNameCard(groupID: string, userID: string, nameCard: string): void {
    const member = this.groups.get(groupID)?.members.get(userID);
    if (member) member.nameCard = nameCard;
  }

  /** The next call of `method` on any instance fails with this error (then calls work again). */
  failNext(method: string, error: { code: number; message: string }): void {
    this.failures.push({ method, error });
  }

  /** A new SDK instance on this server, as `TencentCloudChat.create` would make. */
  createInstance(options: FakeCreateOptions = {}): FakeTencentChat {
    return new FakeTencentChat(this, options);
  }

  // ── Group administration, as the server (REST API or another client) does it ──

  /** A work group where everyone may send; the owner is told it was created. Returns its ID. */
  createGroup(ownerID: string, memberIDs: readonly string[], name: string): string {
    const groupID = `@TGS#${(++this.groupCounter).toString(36).toUpperCase()}FAKE`;
    this.addGroup({ groupID, name, type: 'Private', ownerID, members: [...memberIDs] });
    this.sendGroupSystemNotice(ownerID, { groupID, operationType: 6, operatorID: ownerID });
    this.pushGroupLists([ownerID, ...memberIDs]);
    return groupID;
  }

  /** Members join (invited by an operator): one group tip. */
  addMembers(groupID: string, operatorID: string, userIDs: readonly string[]): void {
    const group = this.requireGroup(groupID);
    for (const userID of userIDs) group.members.set(userID, { role: 'Member', nameCard: '', muteUntil: 0, joinTime: this.now() });
    this.groupTip(groupID, operatorID, 1, { userIDList: [...userIDs] });
    this.pushGroupLists(group.members.keys());
  }

  kickMember(groupID: string, operatorID: string, userID: string): void {
    this.requireGroup(groupID).members.delete(userID);
    this.groupTip(groupID, operatorID, 3, { userIDList: [userID] });
    this.sendGroupSystemNotice(userID, { groupID, operationType: 4, operatorID });
    this.pushGroupLists([userID, ...this.requireGroup(groupID).members.keys()]);
  }

  quit(groupID: string, userID: string): void {
    this.requireGroup(groupID).members.delete(userID);
    this.groupTip(groupID, userID, 2, { userIDList: [userID] });
    this.sendGroupSystemNotice(userID, { groupID, operationType: 8, operatorID: userID });
    this.pushGroupLists([userID, ...this.requireGroup(groupID).members.keys()]);
  }

  setAdmin(groupID: string, operatorID: string, userID: string, isAdmin: boolean): void {
    const member = this.requireGroup(groupID).members.get(userID);
    if (member) member.role = isAdmin ? 'Admin' : 'Member';
    this.groupTip(groupID, operatorID, isAdmin ? 4 : 5, { userIDList: [userID] });
    this.sendGroupSystemNotice(userID, { groupID, operationType: isAdmin ? 9 : 10, operatorID });
    this.pushGroupLists(this.requireGroup(groupID).members.keys());
  }

  muteMember(groupID: string, operatorID: string, userID: string, seconds: number): void {
    const member = this.requireGroup(groupID).members.get(userID);
    if (member) member.muteUntil = seconds > 0 ? this.now() + seconds : 0;
    this.groupTip(groupID, operatorID, 7, { userIDList: [userID], memberList: [{ userID, muteTime: seconds }] });
    this.pushGroupLists([userID]);
  }

  updateGroupProfile(
    groupID: string,
    operatorID: string,
    patch: { name?: string; avatar?: string; notification?: string; introduction?: string },
  ): void {
    const group = this.requireGroup(groupID);
    const newGroupProfile: Record<string, string> = {};
    if (patch.name !== undefined) newGroupProfile.groupName = group.name = patch.name;
    if (patch.avatar !== undefined) newGroupProfile.avatar = group.avatar = patch.avatar;
    if (patch.notification !== undefined) newGroupProfile.notification = group.notification = patch.notification;
    if (patch.introduction !== undefined) newGroupProfile.introduction = group.introduction = patch.introduction;
    this.groupTip(groupID, operatorID, 6, { userIDList: [], newGroupProfile });
    this.pushGroupLists(group.members.keys());
  }

  /** The group is dismissed: every member gets a system notice; sending to it fails with 10010. */
  dismiss(groupID: string, operatorID: string): void {
    const group = this.requireGroup(groupID);
    const members = [...group.members.keys()];
    for (const userID of members) this.sendGroupSystemNotice(userID, { groupID, operationType: 5, operatorID });
    group.members.clear();
    group.dismissed = true;
    this.pushGroupLists(members);
  }

  // ── What a member does from a client (the SDK's calls), with TIM's rules by group type and role ──

  /** @internal the member's role, or 10007 for a non-member (TIM answers a stranger's group call so). */
  memberRole(groupID: string, userID: string): string {
    const member = this.liveGroup(groupID).members.get(userID);
    if (!member) throw { code: FAKE_CODES.noPermission, message: `${userID} is not a member of group ${groupID}` };
    return member.role;
  }

  /** @internal `updateGroupProfile`: any member of a work group; owner and admins elsewhere; the owner of an audio-video room. */
  memberUpdatesProfile(
    groupID: string,
    userID: string,
    patch: { name?: string; avatar?: string; notification?: string; introduction?: string },
  ): void {
    const role = this.memberRole(groupID, userID);
    const type = this.liveGroup(groupID).type;
    const allowed = type === 'Private' ? true : type === 'AVChatRoom' ? role === 'Owner' : role !== 'Member';
    if (!allowed) throw { code: FAKE_CODES.noPermission, message: 'no permission to modify the group profile' };
    this.updateGroupProfile(groupID, userID, patch);
  }

  /** @internal `quitGroup`: an owner only leaves a work group, which then has no owner. */
  memberQuits(groupID: string, userID: string): void {
    const role = this.memberRole(groupID, userID);
    const group = this.liveGroup(groupID);
    if (role === 'Owner' && group.type !== 'Private') throw { code: FAKE_CODES.noPermission, message: 'the group owner cannot quit' };
    if (role === 'Owner') group.ownerID = '';
    this.quit(groupID, userID);
  }

  /** @internal `dismissGroup`: the owner, and never a work group. */
  ownerDismisses(groupID: string, userID: string): void {
    const role = this.memberRole(groupID, userID);
    if (role !== 'Owner' || this.liveGroup(groupID).type === 'Private')
      throw { code: FAKE_CODES.noPermission, message: 'no permission to dismiss the group' };
    this.dismiss(groupID, userID);
  }

  /** @internal `setGroupMemberNameCard` for oneself; members of the group are told through the group list. */
  memberSetsNameCard(groupID: string, userID: string, nameCard: string): void {
    this.memberRole(groupID, userID);
    this.setNameCard(groupID, userID, nameCard);
    this.pushGroupLists(this.requireGroup(groupID).members.keys());
  }

  /**
   * @internal May `userID` act on `targetID` so (TIM: the owner over everyone, admins over members;
   * no admins in a work group or a live room; no muting in a work group, no removing from or
   * handing over a live room; nobody on themselves). 10007 otherwise.
   */
  private checkMemberAction(
    groupID: string,
    userID: string,
    targetID: string,
    action: 'remove' | 'makeAdmin' | 'removeAdmin' | 'mute' | 'transferOwner',
  ): GroupRecord {
    const role = this.memberRole(groupID, userID);
    const group = this.liveGroup(groupID);
    const target = group.members.get(targetID);
    if (!target) throw { code: FAKE_CODES.invalidParameter, message: `${targetID} is not a member of group ${groupID}` };
    const rank: Record<string, number> = { Owner: 0, Admin: 1, Member: 2 };
    const outranks = userID !== targetID && (rank[role] ?? 3) < (rank[target.role] ?? 3);
    const admins = group.type !== 'Private' && group.type !== 'AVChatRoom';
    const allowed =
      outranks &&
      {
        remove: group.type !== 'AVChatRoom',
        makeAdmin: role === 'Owner' && admins && target.role === 'Member',
        removeAdmin: role === 'Owner' && admins && target.role === 'Admin',
        mute: group.type !== 'Private',
        transferOwner: role === 'Owner' && group.type !== 'AVChatRoom',
      }[action];
    if (!allowed) throw { code: FAKE_CODES.noPermission, message: `no permission to ${action} ${targetID}` };
    return group;
  }

  /** @internal `deleteGroupMember`: the owner removes anyone, admins members; the removed are told. */
  memberRemoves(groupID: string, userID: string, userIDs: readonly string[], reason: string): void {
    for (const targetID of userIDs) this.checkMemberAction(groupID, userID, targetID, 'remove');
    const group = this.liveGroup(groupID);
    for (const targetID of userIDs) group.members.delete(targetID);
    this.groupTip(groupID, userID, 3, { userIDList: [...userIDs] });
    for (const targetID of userIDs)
      this.sendGroupSystemNotice(targetID, { groupID, operationType: 4, operatorID: userID, handleMessage: reason });
    this.pushGroupLists([...userIDs, ...group.members.keys()]);
  }

  /** @internal `setGroupMemberRole`: the owner, in groups with admins. */
  ownerSetsRole(groupID: string, userID: string, targetID: string, role: string): void {
    if (role !== 'Admin' && role !== 'Member') throw { code: FAKE_CODES.invalidParameter, message: `invalid role ${role}` };
    this.checkMemberAction(groupID, userID, targetID, role === 'Admin' ? 'makeAdmin' : 'removeAdmin');
    this.setAdmin(groupID, userID, targetID, role === 'Admin');
  }

  /** @internal `changeGroupOwner`: the owner hands over (not a live room) and becomes a member; tip 6 names the new owner. */
  ownerHandsOver(groupID: string, userID: string, newOwnerID: string): void {
    const group = this.checkMemberAction(groupID, userID, newOwnerID, 'transferOwner');
    group.members.get(userID)!.role = 'Member';
    group.members.get(newOwnerID)!.role = 'Owner';
    group.ownerID = newOwnerID;
    this.groupTip(groupID, userID, 6, { userIDList: [], newGroupProfile: { ownerID: newOwnerID } });
    this.pushGroupLists(group.members.keys());
  }

  /** @internal `setGroupMemberMuteTime`: the owner mutes anyone, admins members; never in a work group. */
  memberMutes(groupID: string, userID: string, targetID: string, seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0) throw { code: FAKE_CODES.invalidParameter, message: 'invalid muteTime' };
    this.checkMemberAction(groupID, userID, targetID, 'mute');
    this.muteMember(groupID, userID, targetID, Math.floor(seconds));
    this.pushGroupLists(this.requireGroup(groupID).members.keys());
  }

  /** A group that takes join requests, which its owner or admins approve (a Public group). Returns its ID. */
  createApprovalGroup(ownerID: string, memberIDs: readonly string[], name: string): string {
    const groupID = `@TGS#${(++this.groupCounter).toString(36).toUpperCase()}FAKE`;
    this.addGroup({ groupID, name, type: 'Public', ownerID, members: [...memberIDs] });
    this.sendGroupSystemNotice(ownerID, { groupID, operationType: 6, operatorID: ownerID });
    this.pushGroupLists([ownerID, ...memberIDs]);
    return groupID;
  }

  /** A Public group anyone joins at once (`joinOption` 'FreeAccess'). Returns its ID. */
  createOpenGroup(ownerID: string, memberIDs: readonly string[], name: string): string {
    const groupID = `@TGS#${(++this.groupCounter).toString(36).toUpperCase()}FAKE`;
    this.addGroup({ groupID, name, type: 'Public', ownerID, members: [...memberIDs], joinOption: 'FreeAccess' });
    this.pushGroupLists([ownerID, ...memberIDs]);
    return groupID;
  }

  /**
   * @internal `joinGroup` by `userID`: 'AlreadyInGroup'; a free group takes them at once (a join
   * tip); a group that approves gets a request (notice 1 to its owner and admins); a work group
   * fails (the SDK: users cannot ask to join work groups).
   */
  joinGroup(groupID: string, userID: string, note: string): 'JoinedSuccess' | 'WaitAdminApproval' | 'AlreadyInGroup' {
    const group = this.liveGroup(groupID);
    if (group.members.has(userID)) return 'AlreadyInGroup';
    if (group.joinOption === 'DisableApply') throw { code: FAKE_CODES.noPermission, message: 'this group takes no join requests' };
    if (group.joinOption === 'FreeAccess') {
      group.members.set(userID, { role: 'Member', nameCard: '', muteUntil: 0, joinTime: this.now() });
      this.groupTip(groupID, userID, 1, { userIDList: [userID] });
      this.pushGroupLists(group.members.keys());
      return 'JoinedSuccess';
    }
    this.requestToJoin(groupID, userID, note);
    return 'WaitAdminApproval';
  }

  /** @internal groups any user may find by ID or name (not work groups, which `searchGroupByID` does not find; not dismissed). */
  searchableGroups(): GroupRecord[] {
    return [...this.groups.values()].filter((g) => !g.dismissed && g.type !== 'Private');
  }

  /** `userID` asks to join (`joinGroup` with an `applyMessage`): each owner and admin gets notice 1. */
  requestToJoin(groupID: string, userID: string, note: string): void {
    const group = this.liveGroup(groupID);
    this.applications.push({ applicationType: 0, groupID, applicant: userID, userID: '', note });
    for (const [id, member] of group.members)
      if (member.role !== 'Member') this.sendGroupSystemNotice(id, { groupID, operationType: 1, operatorID: userID, handleMessage: note });
  }

  /** `inviterID` invites `userID`, who must accept: notice 12 to the invitee. */
  invite(groupID: string, inviterID: string, userID: string, note: string): void {
    this.liveGroup(groupID);
    this.applications.push({ applicationType: 2, groupID, applicant: inviterID, userID, note });
    this.sendGroupSystemNotice(userID, { groupID, operationType: 12, operatorID: inviterID, handleMessage: note });
  }

  /** @internal `getGroupApplicationList`'s items for a user: requests to groups they own or administer, invitations to them. */
  applicationsFor(userID: string): Array<Record<string, unknown>> {
    return this.applications
      .filter((a) => {
        const group = this.groups.get(a.groupID);
        if (!group || group.dismissed) return false;
        return a.applicationType === 2 ? a.userID === userID : (group.members.get(userID)?.role ?? 'Member') !== 'Member';
      })
      .map((a) => ({
        ...a,
        applicantNick: this.users.get(a.applicant)?.nick ?? '',
        groupName: this.groups.get(a.groupID)?.name ?? a.groupID,
      }));
  }

  /**
   * @internal `handleGroupApplication` by `userID`: the application named by a list item (or by the
   * notice it came in). Agreed: the user joins (a join tip) and the applicant or inviter is told
   * (notice 2 / 13); rejected: told so (3 / 14). A handled or unknown application fails.
   */
  handleApplication(
    userID: string,
    which: { groupID: string; applicant: string; applicationType: number },
    agree: boolean,
    note: string,
  ): void {
    const index = this.applications.findIndex(
      (a) =>
        a.groupID === which.groupID &&
        a.applicant === which.applicant &&
        a.applicationType === which.applicationType &&
        (a.applicationType === 0 || a.userID === userID),
    );
    // The SDK documents no code of its own for an application that is gone; the fake says invalid parameter.
    if (index === -1) throw { code: FAKE_CODES.invalidParameter, message: 'the application does not exist or was already handled' };
    const application = this.applications[index]!;
    const group = this.liveGroup(application.groupID);
    const invitation = application.applicationType === 2;
    if (!invitation && (group.members.get(userID)?.role ?? 'Member') === 'Member')
      throw { code: FAKE_CODES.noPermission, message: 'only the owner or an admin may handle a join request' };
    this.applications.splice(index, 1);
    const joiner = invitation ? application.userID : application.applicant;
    if (agree) {
      group.members.set(joiner, { role: 'Member', nameCard: '', muteUntil: 0, joinTime: this.now() });
      this.groupTip(group.groupID, invitation ? application.applicant : userID, 1, { userIDList: [joiner] });
      this.pushGroupLists(group.members.keys());
    }
    const operationType = invitation ? (agree ? 13 : 14) : agree ? 2 : 3;
    this.sendGroupSystemNotice(invitation ? application.applicant : joiner, {
      groupID: group.groupID,
      operationType,
      operatorID: userID,
      handleMessage: note,
    });
  }

  /**
   * Takes one signed-in instance off the network (or back). While off it gets no pushes and its
   * requests fail with 2800; stored messages it missed arrive when it is back, online-only
   * ones never do.
   */
  setOffline(instance: FakeTencentChat, offline: boolean): void {
    instance.setOffline(offline);
  }

  /**
   * `fetch` for the URLs the fake COS hands out, serving the uploaded bytes in a few chunks
   * (so download progress shows), 404 for anything else. It never touches the network.
   */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    if (init?.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const blob = this.files.get(url.split('?')[0]!);
    if (!blob) return new Response('not found', { status: 404 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const step = Math.max(1, Math.ceil(bytes.length / 4));
    let offset = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(offset, offset + step));
        offset += step;
      },
    });
    return new Response(body, {
      status: 200,
      headers: { 'content-length': String(bytes.length), 'content-type': blob.type || 'application/octet-stream' },
    });
  };

  /** @internal uploaded files by URL (without query). */
  readonly files = new Map<string, Blob>();
  private groupCounter = 0;
  /** Join requests (type 0) and invitations (type 2) waiting for an answer. */
  private readonly applications: Array<{ applicationType: 0 | 2; groupID: string; applicant: string; userID: string; note: string }> = [];

  private groupTip(groupID: string, operatorID: string, operationType: number, extra: Record<string, unknown>): void {
    const group = this.requireGroup(groupID);
    this.storeServerMessage({
      type: 'TIMGroupTipElem',
      conversationType: 'GROUP',
      from: operatorID,
      to: groupID,
      payload: {
        operatorID,
        operationType,
        groupProfile: { groupID },
        memberNum: group.members.size,
        memberList: [],
        newGroupProfile: {},
        ...extra,
      },
    });
  }

  /** The server sends a group system notice to one user (the `@TIM#SYSTEM` conversation). */
  sendGroupSystemNotice(
    userID: string,
    notice: { groupID: string; operationType: number; operatorID: string; handleMessage?: string; userDefinedField?: string },
  ): void {
    const group = this.groups.get(notice.groupID);
    this.storeServerMessage({
      type: 'TIMGroupSystemNoticeElem',
      conversationType: '@TIM#SYSTEM',
      from: '@TIM#SYSTEM',
      to: userID,
      payload: {
        operationType: notice.operationType,
        operatorID: notice.operatorID,
        groupProfile: { groupID: notice.groupID, name: group?.name ?? notice.groupID },
        handleMessage: notice.handleMessage ?? '',
        userDefinedField: notice.userDefinedField ?? '',
      },
    });
  }

  /** The server signs a user out of every instance (another device, expired signature…). */
  kick(userID: string, type = 'multipleAccount'): void {
    for (const instance of [...this.online]) if (instance.currentUser === userID) instance.kickOut(type);
  }

  /** The network of every instance of a user changes state. */
  setNetState(userID: string, state: 'connected' | 'connecting' | 'disconnected'): void {
    for (const instance of this.online) if (instance.currentUser === userID) instance.emit(EVENT.NET_STATE_CHANGE, { state });
  }

  // ── What other clients, the REST API or the console do, as the SDK reports it ──
  // Each push below has the shape @tencentcloud/chat 3.6.6 gives its handlers (index.es.js and
  // modules/*.js of the package; docs/tencent.md lists them).

  /** Everyone signed in as one of these users (online ones; offline ones miss the push). */
  private reach(userIDs: Iterable<string>): FakeTencentChat[] {
    const ids = new Set(userIDs);
    return this.online.filter((i) => ids.has(i.currentUser) && !i.offline);
  }

  /** Users who have `userID` as a friend (they hear of the user's profile and status). */
  private friendsOf(userID: string): string[] {
    return [...this.friends].filter(([, list]) => list.has(userID)).map(([owner]) => owner);
  }

  /** Teach the translation add-on one answer (a real one translates anything; the fake knows what it was taught). */
  teachTranslation(text: string, targetLanguage: string, translated: string): void {
    const table = this.translations.get(targetLanguage) ?? new Map<string, string>();
    table.set(text, translated);
    this.translations.set(targetLanguage, table);
  }

  /** @internal The add-on's translation; text it cannot translate comes back as it was, as machine translation does. */
  translate(text: string, targetLanguage: string): string {
    return this.translations.get(targetLanguage)?.get(text) ?? text;
  }

  /** What speech recognition hears in a voice message. */
  setVoiceTranscript(messageID: string, transcript: string): void {
    this.transcripts.set(messageID, transcript);
  }

  /** @internal The recognised words ('' when nothing was recognised, as for silence). */
  transcriptOf(messageID: string): string {
    return this.transcripts.get(messageID) ?? '';
  }

  /**
   * A sent message changes (its sender edits it with `modifyMessage`, or a server callback
   * does): everyone in the conversation gets MESSAGE_MODIFIED with the message as it is now.
   */
  modifyMessage(messageID: string, patch: { payload?: Record<string, unknown>; cloudCustomData?: string }, except?: FakeTencentChat): void {
    const record = this.messagesByID.get(messageID);
    if (!record || record.onlineOnly || record.isRevoked) throw { code: 20026, message: 'message does not exist' };
    if (patch.payload) record.payload = { ...record.payload, ...patch.payload };
    if (patch.cloudCustomData !== undefined) record.cloudCustomData = patch.cloudCustomData;
    record.modified = true;
    record.version += 1;
    for (const instance of this.reach(this.participants(record))) {
      if (instance === except) continue;
      instance.push(EVENT.MESSAGE_MODIFIED, () => [instance.viewOf(record)]);
      instance.pushConversationList();
    }
  }

  /**
   * `reader` sends a read receipt for a message (`sendMessageReadReceipt`): its sender gets
   * MESSAGE_READ_RECEIPT_RECEIVED, `{userID, messageID, isPeerRead, timestamp}` in C2C and
   * `{groupID, messageID, readCount, unreadCount}` in a group.
   */
  sendReadReceipt(reader: string, messageID: string): void {
    const record = this.messagesByID.get(messageID);
    if (!record) throw { code: 20026, message: 'message does not exist' };
    record.readBy.add(reader);
    const now = this.now();
    const receipt =
      record.conversationType === 'GROUP'
        ? { groupID: record.to, messageID, ...this.receiptCounts(record) }
        : { userID: reader, messageID, isPeerRead: true, timestamp: now };
    for (const instance of this.reach([record.from])) instance.push(EVENT.MESSAGE_READ_RECEIPT_RECEIVED, () => [receipt]);
  }

  /** @internal A group message's read receipts: members (the sender left out) who have read it and who have not. */
  receiptCounts(record: MessageRecord): { readCount: number; unreadCount: number } {
    const { read, unread } = this.receiptMembers(record);
    return { readCount: read.length, unreadCount: unread.length };
  }

  /** @internal Who has read a group message (in the order they did) and who has not (in the group's order). */
  receiptMembers(record: MessageRecord): { read: string[]; unread: string[] } {
    const members = this.participants(record).filter((u) => u !== record.from);
    return { read: [...record.readBy].filter((u) => members.includes(u)), unread: members.filter((u) => !record.readBy.has(u)) };
  }

  /** @internal The stored message of an ID. */
  storedMessage(messageID: string): MessageRecord | undefined {
    return this.messagesByID.get(messageID);
  }

  /**
   * A user adds (or removes) a reaction: everyone in the conversation, the reactor included, gets
   * MESSAGE_REACTIONS_UPDATED `{messageID, reactionList: [ReactionInfo]}` with the reaction that
   * changed only (SDK source: MsgReactionModule.onReactionNotifyList; a reaction nobody has any
   * more comes with `totalUserCount: 0` and no users). Adding twice or removing what is not there
   * changes nothing and tells no one.
   */
  react(userID: string, messageID: string, reactionID: string, add = true): void {
    const record = this.messagesByID.get(messageID);
    if (!record) throw { code: 20026, message: 'message does not exist' };
    const users = record.reactions.get(reactionID) ?? new Set<string>();
    if (users.has(userID) === add) return;
    if (add) users.add(userID);
    else users.delete(userID);
    if (users.size) record.reactions.set(reactionID, users);
    else record.reactions.delete(reactionID);
    for (const instance of this.reach(this.participants(record))) {
      instance.push(EVENT.MESSAGE_REACTIONS_UPDATED, () => ({
        messageID,
        reactionList: [this.reactionInfo(record, reactionID, instance.currentUser, 10)],
      }));
    }
  }

  /** ReactionInfo `{reactionID, totalUserCount, partialUserList: [{userID, nick, avatar}], reactedByMyself}`. */
  reactionInfo(record: MessageRecord, reactionID: string, viewer: string, maxUsers: number): Record<string, unknown> {
    const set = record.reactions.get(reactionID) ?? new Set<string>();
    return {
      reactionID,
      totalUserCount: set.size,
      partialUserList: [...set]
        .slice(0, maxUsers)
        .map((u) => ({ userID: u, nick: this.userProfile(u).nick, avatar: this.userProfile(u).avatar })),
      reactedByMyself: set.has(viewer),
    };
  }

  /** Message extensions (Flagship edition): `{messageID, extensions: [{key, value}]}` and `{messageID, keyList}`. */
  setMessageExtensions(messageID: string, extensions: Array<{ key: string; value: string }>, deletedKeys: string[] = []): void {
    const record = this.messagesByID.get(messageID);
    if (!record) throw { code: 20026, message: 'message does not exist' };
    for (const instance of this.reach(this.participants(record))) {
      if (extensions.length)
        instance.push(EVENT.MESSAGE_EXTENSIONS_UPDATED, () => ({ messageID, extensions: extensions.map((e) => ({ ...e })) }));
      if (deletedKeys.length) instance.push(EVENT.MESSAGE_EXTENSIONS_DELETED, () => ({ messageID, keyList: [...deletedKeys] }));
    }
  }

  /**
   * A user changes their profile (`updateMyProfile`): the user and their friends get
   * PROFILE_UPDATED with the whole Profile; conversations with the user show it too. Users who
   * are not friends are not told (the SDK refreshes them only when it fetches profiles again).
   */
  updateProfile(userID: string, patch: { nick?: string; avatar?: string; selfSignature?: string }): void {
    const user = this.users.get(userID);
    if (!user) throw { code: 70107, message: 'user does not exist' };
    Object.assign(user, patch);
    for (const instance of this.reach([userID, ...this.friendsOf(userID)])) {
      instance.push(EVENT.PROFILE_UPDATED, () => [this.userProfile(userID)]);
      if (instance.currentUser !== userID) instance.pushConversationList();
    }
  }

  /**
   * A user's status changes: they, their friends and their subscribers get USER_STATUS_UPDATED
   * `[{userID, statusType, customStatus}]`.
   */
  setUserStatus(userID: string, statusType: 0 | 1 | 2 | 3, customStatus = ''): void {
    this.statusTypes.set(userID, { statusType, customStatus });
    const subscribers = [...this.statusSubscriptions].filter(([, users]) => users.has(userID)).map(([owner]) => owner);
    for (const instance of this.reach([userID, ...this.friendsOf(userID), ...subscribers])) {
      instance.push(EVENT.USER_STATUS_UPDATED, () => [{ userID, statusType, customStatus }]);
    }
  }

  /** @internal A web login makes the user online; the last instance's logout makes them "not logged in" (the guide's rules for the Web SDK). */
  statusOnSignIn(userID: string, signedIn: boolean): void {
    if (!this.userStatusEnabled) return;
    const stillOnline = this.online.some((i) => i.currentUser === userID);
    const statusType = signedIn || stillOnline ? 1 : 3;
    if (this.statusTypes.get(userID)?.statusType === statusType) return;
    this.setUserStatus(userID, statusType, this.statusTypes.get(userID)?.customStatus ?? '');
  }

  /** @internal */
  subscribeStatus(subscriber: string, userIDs: readonly string[], subscribe: boolean): void {
    if (!this.userStatusEnabled) throw { code: FAKE_CODES.userStatusDisabled, message: 'user status is not enabled in the console' };
    const set = this.statusSubscriptions.get(subscriber) ?? new Set<string>();
    for (const id of userIDs) subscribe ? set.add(id) : set.delete(id);
    this.statusSubscriptions.set(subscriber, set);
  }

  /** @internal `getUserStatus`'s items: a user who never logged in is "not logged in" (3). */
  statusOf(userIDs: readonly string[]): { userID: string; statusType: number; customStatus: string }[] {
    if (!this.userStatusEnabled) throw { code: FAKE_CODES.userStatusDisabled, message: 'user status is not enabled in the console' };
    return userIDs.map((userID) => ({ userID, statusType: 3, customStatus: '', ...this.statusTypes.get(userID) }));
  }

  /** `owner` adds a friend (with a remark): FRIEND_LIST_UPDATED with the whole list, and the conversation shows the remark. */
  addFriend(owner: string, friendID: string, remark = ''): void {
    const list = this.friends.get(owner) ?? new Map<string, { remark: string; groupList: string[]; addTime: number }>();
    list.set(friendID, { remark, groupList: [], addTime: this.now() });
    this.friends.set(owner, list);
    this.pushFriendList(owner);
  }

  setFriendRemark(owner: string, friendID: string, remark: string): void {
    const friend = this.friends.get(owner)?.get(friendID);
    if (!friend) throw { code: 30001, message: 'not a friend' };
    friend.remark = remark;
    this.pushFriendList(owner);
  }

  removeFriend(owner: string, friendID: string): void {
    this.friends.get(owner)?.delete(friendID);
    this.pushFriendList(owner);
  }

  /** @internal the remark `owner` keeps for `userID` ('' when none). */
  remarkOf(owner: string, userID: string): string {
    return this.friends.get(owner)?.get(userID)?.remark ?? '';
  }

  /** @internal */
  hasFriends(owner: string): boolean {
    return (this.friends.get(owner)?.size ?? 0) > 0;
  }

  /** @internal FRIEND_LIST_UPDATED (the whole list) for one instance. */
  pushFriendListTo(instance: FakeTencentChat): void {
    const owner = instance.currentUser;
    instance.push(EVENT.FRIEND_LIST_UPDATED, () => this.friendList(owner));
  }

  private pushFriendList(owner: string): void {
    for (const instance of this.reach([owner])) {
      this.pushFriendListTo(instance);
      instance.pushConversationList();
    }
  }

  private friendList(owner: string): unknown[] {
    return [...(this.friends.get(owner) ?? [])].map(([userID, f]) => ({
      userID,
      remark: f.remark,
      groupList: [...f.groupList],
      source: 'AddSource_Type_Web',
      wording: '',
      profile: this.userProfile(userID),
      friendCustomField: [],
    }));
  }

  /** Friend groups: FRIEND_GROUP_LIST_UPDATED `[{name, userIDList, count}]`. */
  setFriendGroup(owner: string, name: string, userIDs: string[]): void {
    const list = this.friends.get(owner) ?? new Map<string, { remark: string; groupList: string[]; addTime: number }>();
    for (const [id, f] of list)
      f.groupList = userIDs.includes(id) ? [...new Set([...f.groupList, name])] : f.groupList.filter((g) => g !== name);
    const groups = new Map<string, string[]>();
    for (const [id, f] of list) for (const g of f.groupList) groups.set(g, [...(groups.get(g) ?? []), id]);
    for (const instance of this.reach([owner])) {
      instance.push(EVENT.FRIEND_GROUP_LIST_UPDATED, () =>
        [...groups].map(([group, ids]) => ({ name: group, userIDList: ids, count: ids.length })),
      );
    }
  }

  /** A friend request: FRIEND_APPLICATION_LIST_UPDATED `{friendApplicationList, unreadCount}` for its receiver. */
  requestFriend(from: string, to: string, wording = ''): void {
    const profile = this.userProfile(from);
    for (const instance of this.reach([to])) {
      instance.push(EVENT.FRIEND_APPLICATION_LIST_UPDATED, () => ({
        friendApplicationList: [
          {
            userID: from,
            avatar: profile.avatar,
            nick: profile.nick,
            time: this.now(),
            source: 'AddSource_Type_Web',
            wording,
            type: 'Pendency_Type_ComeIn',
          },
        ],
        unreadCount: 1,
      }));
    }
  }

  /** BLACKLIST_UPDATED: the user's whole block list (user IDs). */
  block(owner: string, userID: string): void {
    const set = this.blocked.get(owner) ?? new Set();
    set.add(userID);
    this.blocked.set(owner, set);
    for (const instance of this.reach([owner])) instance.push(EVENT.BLACKLIST_UPDATED, () => [...set]);
  }

  /** Following: MY_FOLLOWING / MY_FOLLOWERS / MUTUAL_FOLLOWERS_LIST_UPDATED `{userInfoList, isAdd}`. */
  follow(userID: string, targetID: string): void {
    const set = this.following.get(userID) ?? new Set();
    set.add(targetID);
    this.following.set(userID, set);
    const info = (id: string) => [{ userID: id, nick: this.userProfile(id).nick, avatar: this.userProfile(id).avatar }];
    for (const instance of this.reach([userID]))
      instance.push(EVENT.MY_FOLLOWING_LIST_UPDATED, () => ({ userInfoList: info(targetID), isAdd: true }));
    for (const instance of this.reach([targetID]))
      instance.push(EVENT.MY_FOLLOWERS_LIST_UPDATED, () => ({ userInfoList: info(userID), isAdd: true }));
    if (this.following.get(targetID)?.has(userID)) {
      for (const instance of this.reach([userID]))
        instance.push(EVENT.MUTUAL_FOLLOWERS_LIST_UPDATED, () => ({ userInfoList: info(targetID), isAdd: true }));
      for (const instance of this.reach([targetID]))
        instance.push(EVENT.MUTUAL_FOLLOWERS_LIST_UPDATED, () => ({ userInfoList: info(userID), isAdd: true }));
    }
  }

  /** Group attributes change: GROUP_ATTRIBUTES_UPDATED `{groupID, groupAttributes, updatedKeyList, deletedKeyList}` for members. */
  setGroupAttributes(groupID: string, attributes: Record<string, string>, deletedKeys: string[] = []): void {
    const group = this.requireGroup(groupID);
    const all = { ...(this.groupAttributes.get(groupID) ?? {}), ...attributes };
    for (const key of deletedKeys) delete all[key];
    this.groupAttributes.set(groupID, all);
    for (const instance of this.reach(group.members.keys())) {
      instance.push(EVENT.GROUP_ATTRIBUTES_UPDATED, () => ({
        groupID,
        groupAttributes: { ...all },
        updatedKeyList: Object.keys(attributes),
        deletedKeyList: [...deletedKeys],
      }));
    }
  }

  /** A group counter changes: GROUP_COUNTER_UPDATED `{groupID, key, value}`. */
  setGroupCounter(groupID: string, key: string, value: number): void {
    for (const instance of this.reach(this.requireGroup(groupID).members.keys()))
      instance.push(EVENT.GROUP_COUNTER_UPDATED, () => ({ groupID, key, value }));
  }

  /** Community topics: TOPIC_CREATED `{groupID, topicID}`, TOPIC_UPDATED `{groupID, topic}`, TOPIC_DELETED `{groupID, topicIDList}`. */
  topicEvent(groupID: string, topicID: string, what: 'created' | 'updated' | 'deleted'): void {
    for (const instance of this.reach(this.requireGroup(groupID).members.keys())) {
      if (what === 'created') instance.push(EVENT.TOPIC_CREATED, () => ({ groupID, topicID }));
      else if (what === 'deleted') instance.push(EVENT.TOPIC_DELETED, () => ({ groupID, topicIDList: [topicID] }));
      else
        instance.push(EVENT.TOPIC_UPDATED, () => ({
          groupID,
          topic: {
            topicID,
            topicName: topicID,
            avatar: '',
            introduction: '',
            notification: '',
            unreadCount: 0,
            muteAllMembers: false,
            customData: '',
            groupAtInfoList: [],
            lastMessage: {},
            selfInfo: {},
          },
        }));
    }
  }

  /** A member pins a group message: PINNED_GROUP_MESSAGE_UPDATED `{groupID, message, isPinned, operatorInfo}`. */
  pinGroupMessage(groupID: string, operatorID: string, messageID: string, isPinned: boolean): void {
    const record = this.messagesByID.get(messageID);
    if (!record) throw { code: 20026, message: 'message does not exist' };
    const group = this.requireGroup(groupID);
    const pins = group.pinned ?? [];
    if (isPinned && !pins.some((p) => p.messageID === messageID)) {
      // Tencent: "A group chat supports up to 10 pinned messages" (ERR_SVR_GROUP_PINNED_MESSAGE_COUNT_LIMIT).
      if (pins.length >= 10) throw { code: FAKE_CODES.pinnedLimit, message: 'ERR_SVR_GROUP_PINNED_MESSAGE_COUNT_LIMIT' };
      group.pinned = [...pins, { messageID, userID: operatorID }];
    } else if (!isPinned) {
      group.pinned = pins.filter((p) => p.messageID !== messageID);
    }
    const operator = this.userProfile(operatorID);
    for (const instance of this.reach(this.requireGroup(groupID).members.keys())) {
      instance.push(EVENT.PINNED_GROUP_MESSAGE_UPDATED, () => ({
        groupID,
        message: instance.viewOf(record),
        isPinned,
        operatorInfo: { userID: operatorID, nick: operator.nick, avatar: operator.avatar },
      }));
    }
  }

  /** Live-room custom data (TRTC): ROOM_CUSTOM_DATA_RECEIVED passes the server's content on as it is. */
  sendRoomCustomData(groupID: string, content: unknown): void {
    for (const instance of this.reach(this.requireGroup(groupID).members.keys()))
      instance.push(EVENT.ROOM_CUSTOM_DATA_RECEIVED, () => structuredClone(content));
  }

  /** The global do-not-disturb schedule: ALL_RECEIVE_MESSAGE_OPT_UPDATED `{messageRemindType, startTime, endTime, isRepeated}`. */
  setAllReceiveMessageOpt(userID: string, messageRemindType: string, startTime = 0, endTime = 0, isRepeated = false): void {
    for (const instance of this.reach([userID]))
      instance.push(EVENT.ALL_RECEIVE_MESSAGE_OPT_UPDATED, () => ({ messageRemindType, startTime, endTime, isRepeated }));
  }

  /** The SDK's cloud configuration changes: SERVER_CONFIG_UPDATED `{config}`. */
  pushServerConfig(config: Record<string, unknown>): void {
    for (const instance of this.reach(this.online.map((i) => i.currentUser)))
      instance.push(EVENT.SERVER_CONFIG_UPDATED, () => ({ config: { ...config } }));
  }

  /**
   * Conversation folders (Flagship edition): CONVERSATION_GROUP_LIST_UPDATED with the folder
   * names, CONVERSATION_IN_GROUP_UPDATED `{groupName, conversationList}`.
   */
  setConversationGroup(userID: string, groupName: string, conversationIDs: string[]): void {
    const folders = this.conversationGroups.get(userID) ?? new Map<string, Set<string>>();
    folders.set(groupName, new Set(conversationIDs));
    this.conversationGroups.set(userID, folders);
    for (const instance of this.reach([userID])) {
      instance.push(EVENT.CONVERSATION_GROUP_LIST_UPDATED, () => [...folders.keys()]);
      instance.push(EVENT.CONVERSATION_IN_GROUP_UPDATED, () => ({
        groupName,
        conversationList: instance.conversationsIn(conversationIDs),
      }));
      instance.pushConversationList();
    }
  }

  /** @internal the folders a user put a conversation in. */
  foldersOf(userID: string, conversationID: string): string[] {
    return [...(this.conversationGroups.get(userID) ?? [])].filter(([, ids]) => ids.has(conversationID)).map(([name]) => name);
  }

  /** The SDK reports an error of its own (ERROR, `{code, message}`). */
  reportError(userID: string, error: { code: number; message: string }): void {
    for (const instance of this.reach([userID])) instance.push(EVENT.ERROR, () => ({ ...error }));
  }

  /** @internal the groups a user is in, as the SDK's group list holds them. */
  groupListOf(userID: string): Array<SdkGroup & { memberNum: number; inviteOption: string }> {
    return [...this.groups.values()].filter((g) => !g.dismissed && g.members.has(userID)).map((g) => this.groupView(g.groupID, userID));
  }

  /** @internal GROUP_LIST_UPDATED (the whole list) for these users after their groups changed. */
  pushGroupLists(userIDs: Iterable<string>): void {
    for (const instance of this.reach(userIDs)) instance.push(EVENT.GROUP_LIST_UPDATED, () => this.groupListOf(instance.currentUser));
  }

  // ── Used by the instances ──────────────────────────────────────────────────

  /** @internal */
  takeFailure(method: string): PendingFailure['error'] | undefined {
    const index = this.failures.findIndex((f) => f.method === method);
    return index === -1 ? undefined : this.failures.splice(index, 1)[0]!.error;
  }

  /** @internal */
  hasUser(userID: string): boolean {
    return this.users.has(userID);
  }

  /** @internal */
  tinyIDOf(userID: string): string {
    return this.tinyIDs.get(userID) ?? '144115199999999999';
  }

  /** @internal */
  nextClientSequence(): number {
    return ++this.clientSequence;
  }

  /** @internal */
  userProfile(userID: string): SdkProfile & { lastUpdatedTime: number } {
    const user = this.users.get(userID) ?? { userID, nick: '', avatar: '' };
    return {
      userID,
      nick: user.nick,
      avatar: user.avatar,
      gender: asType('Gender_Type_Unknown'),
      birthday: 0,
      location: '',
      selfSignature: user.selfSignature ?? '',
      allowType: asType('AllowType_Type_NeedConfirm'),
      language: 0,
      messageSettings: 0,
      adminForbidType: asType('AdminForbid_Type_None'),
      level: 0,
      role: 0,
      // Declared as lastUpdatedNumber; the SDK's Profile class has lastUpdatedTime.
      lastUpdatedNumber: 0,
      lastUpdatedTime: 0,
      profileCustomField: [],
    };
  }

  /** @internal */
  groupView(groupID: string, viewer: string): SdkGroup & { memberNum: number; inviteOption: string } {
    const group = this.requireGroup(groupID);
    const self = group.members.get(viewer);
    const seq = this.threadSeq.get(groupThread(groupID)) ?? 0;
    return {
      groupID,
      name: group.name,
      avatar: group.avatar,
      type: asType(group.type),
      introduction: group.introduction,
      notification: group.notification,
      ownerID: group.ownerID,
      createTime: '0',
      infoSequence: 1,
      lastInfoTime: 0,
      selfInfo: self ? { role: self.role, nameCard: self.nameCard, joinTime: self.joinTime, messageRemindType: 'AcceptAndNotify' } : {},
      lastMessage: {},
      nextMessageSeq: seq + 1,
      memberCount: group.members.size,
      memberNum: group.members.size,
      maxMemberCount: 2000,
      muteAllMembers: group.muteAllMembers,
      joinOption: asType(group.joinOption),
      inviteOption: 'FreeAccess',
      groupCustomField: [],
      isSupportTopic: false,
    };
  }

  /** @internal */
  requireGroup(groupID: string): GroupRecord {
    const group = this.groups.get(groupID);
    if (!group) throw { code: FAKE_CODES.groupNotFound, message: `group ${groupID} does not exist` };
    return group;
  }

  /** @internal a group that still exists (not dismissed), else 10010. */
  liveGroup(groupID: string): GroupRecord {
    const group = this.requireGroup(groupID);
    if (group.dismissed) throw { code: FAKE_CODES.groupNotFound, message: `group ${groupID} was dismissed` };
    return group;
  }

  /** @internal */
  groupMembers(groupID: string): Array<{ userID: string } & Member> {
    return [...this.requireGroup(groupID).members].map(([userID, member]) => ({ userID, ...member }));
  }

  /** @internal the conversation state of a user, made on first use. */
  conversationState(userID: string, conversationID: string): ConversationState {
    let states = this.conversations.get(userID);
    if (!states) this.conversations.set(userID, (states = new Map()));
    let state = states.get(conversationID);
    if (!state) {
      state = {
        conversationID,
        isPinned: false,
        messageRemindType: 'AcceptAndNotify',
        draftText: '',
        deleted: false,
        readSequence: 0,
        readTime: 0,
        markList: [],
      };
      states.set(conversationID, state);
    }
    return state;
  }

  /** @internal */
  conversationIDsOf(userID: string): string[] {
    return [...(this.conversations.get(userID)?.values() ?? [])].filter((s) => !s.deleted).map((s) => s.conversationID);
  }

  /** @internal the messages of a conversation this user may see, oldest first. */
  visibleMessages(userID: string, conversationID: string): MessageRecord[] {
    const thread = threadOf(userID, conversationID);
    if (!thread) return [];
    const hidden = this.hidden.get(userID);
    return (this.threads.get(thread) ?? []).filter((m) => !hidden?.has(m.ID));
  }

  /** @internal */
  isHidden(userID: string, messageID: string): boolean {
    return this.hidden.get(userID)?.has(messageID) ?? false;
  }

  /** @internal */
  hide(userID: string, messageIDs: readonly string[]): void {
    let set = this.hidden.get(userID);
    if (!set) this.hidden.set(userID, (set = new Set()));
    for (const id of messageIDs) set.add(id);
  }

  /** @internal */
  message(ID: string): MessageRecord | undefined {
    return this.messagesByID.get(ID);
  }

  /** @internal unread count of a conversation for a user. */
  unreadCount(userID: string, conversationID: string): number {
    const state = this.conversationState(userID, conversationID);
    return this.visibleMessages(userID, conversationID).filter(
      (m) => m.from !== userID && !m.isRevoked && !isGroupEvent(m) && isAfterRead(m, state),
    ).length;
  }

  /** @internal is a message read by this user. */
  isReadBy(userID: string, record: MessageRecord): boolean {
    if (record.from === userID) return true;
    return !isAfterRead(record, this.conversationState(userID, conversationIDFor(record, userID)));
  }

  /** @internal the C2C peer has read up to this time. */
  peerReadTime(userID: string, conversationID: string): number {
    if (!conversationID.startsWith('C2C')) return 0;
    return this.conversationState(conversationID.slice(3), `C2C${userID}`).readTime;
  }

  /** @internal */
  mentionsOf(userID: string, conversationID: string): Array<{ messageSequence: number; atTypeArray: number[] }> {
    const state = this.conversationState(userID, conversationID);
    return this.visibleMessages(userID, conversationID)
      .filter((m) => m.from !== userID && !m.isRevoked && isAfterRead(m, state))
      .filter((m) => m.atUserList.includes(userID) || m.atUserList.includes('__kImSDK_MesssageAtALL__'))
      .map((m) => ({ messageSequence: m.sequence, atTypeArray: [m.atUserList.includes(userID) ? 1 : 2] }));
  }

  /** @internal Stores (or, online-only, only relays) a sent message; returns who must hear of it. */
  store(record: MessageRecord): void {
    if (!record.onlineOnly) {
      const seq = (this.threadSeq.get(record.thread) ?? 0) + 1;
      this.threadSeq.set(record.thread, seq);
      record.sequence = seq;
      const list = this.threads.get(record.thread) ?? [];
      list.push(record);
      this.threads.set(record.thread, list);
    }
    record.time = this.now();
    record.status = 'success';
    this.messagesByID.set(record.ID, record);
    if (!record.onlineOnly) {
      for (const userID of this.participants(record)) {
        const state = this.conversationState(userID, conversationIDFor(record, userID));
        state.deleted = false;
        if (userID === record.from) {
          state.readSequence = Math.max(state.readSequence, record.sequence);
          state.readTime = Math.max(state.readTime, record.time);
        }
      }
    }
  }

  /** @internal */
  participants(record: MessageRecord): string[] {
    if (record.conversationType === 'GROUP') return [...(this.groups.get(record.to)?.members.keys() ?? [])];
    if (record.conversationType === '@TIM#SYSTEM') return [record.to];
    return record.from === record.to ? [record.from] : [record.from, record.to];
  }

  /** @internal Tells every online instance concerned: new message(s) and its conversation list. */
  deliver(record: MessageRecord, except: FakeTencentChat | null): void {
    for (const userID of this.participants(record)) {
      for (const instance of this.online) {
        if (instance.currentUser !== userID) continue;
        if (instance.offline) {
          // Missed while off the network: stored messages come on reconnecting, online-only ones never.
          if (!record.onlineOnly && instance !== except) instance.missed.push(record);
          continue;
        }
        if (instance !== except) instance.pushMessages([record]);
        if (!record.onlineOnly) instance.pushConversationList();
      }
    }
  }

  /** @internal */
  instancesOf(userID: string): FakeTencentChat[] {
    return this.online.filter((i) => i.currentUser === userID);
  }

  private storeServerMessage(input: Pick<MessageRecord, 'type' | 'conversationType' | 'from' | 'to' | 'payload'>): void {
    const random = Math.floor(Math.random() * 0xffffffff);
    const now = this.now();
    const record: MessageRecord = {
      ...input,
      ID: `${this.tinyIDOf(input.from)}-${now}-${random}`,
      clientTime: now,
      time: now,
      sequence: 0,
      random,
      priority: 'Normal',
      cloudCustomData: '',
      atUserList: [],
      nick: '',
      avatar: '',
      nameCard: '',
      status: 'success',
      isRevoked: false,
      revoker: '',
      onlineOnly: false,
      thread: input.conversationType === 'GROUP' ? groupThread(input.to) : `system:${input.to}`,
      modified: false,
      version: 0,
      reactions: new Map(),
      readBy: new Set(),
      needReadReceipt: false,
    };
    this.store(record);
    this.deliver(record, null);
  }
}

function groupThread(groupID: string): string {
  return `group:${groupID}`;
}

function c2cThread(a: string, b: string): string {
  return a < b ? `c2c:${a}|${b}` : `c2c:${b}|${a}`;
}

function threadOf(userID: string, conversationID: string): string | null {
  if (conversationID === '@TIM#SYSTEM') return `system:${userID}`;
  if (conversationID.startsWith('C2C')) return c2cThread(userID, conversationID.slice(3));
  if (conversationID.startsWith('GROUP')) return groupThread(conversationID.slice(5));
  return null;
}

function conversationIDFor(record: MessageRecord, viewer: string): string {
  if (record.conversationType === 'GROUP') return `GROUP${record.to}`;
  if (record.conversationType === '@TIM#SYSTEM') return '@TIM#SYSTEM';
  return `C2C${record.from === viewer ? record.to : record.from}`;
}

function isGroupEvent(record: MessageRecord): boolean {
  return record.type === 'TIMGroupTipElem';
}

function isAfterRead(record: MessageRecord, state: ConversationState): boolean {
  return record.conversationType === 'GROUP'
    ? record.sequence > state.readSequence
    : record.time > state.readTime || (record.time === state.readTime && record.sequence > state.readSequence);
}

function messageForShow(record: MessageRecord): string {
  switch (record.type) {
    case 'TIMTextElem':
      return String(record.payload.text ?? '');
    case 'TIMImageElem':
      return '[Image]';
    case 'TIMSoundElem':
      return '[Voice]';
    case 'TIMVideoFileElem':
      return '[Video]';
    case 'TIMFileElem':
      return `[File]${String(record.payload.fileName ?? '')}`;
    case 'TIMFaceElem':
      return '[Sticker]';
    case 'TIMLocationElem':
      return '[Location]';
    case 'TIMCustomElem':
      return String(record.payload.description ?? '') || '[Custom Messages]';
    case 'TIMGroupTipElem':
      return '[Group Notification]';
    case 'TIMGroupSystemNoticeElem':
      return '[Group System Message]';
    default:
      return '';
  }
}

type FakeSdkMessage = SdkMessage & {
  readonly random: number;
  readonly clientTime: number;
  readonly clientSequence: number;
  readonly isRead: boolean;
  readonly _onlineOnlyFlag: boolean;
  readonly conversationSubType: undefined;
  readonly isPlaceMessage: number;
  readonly isSystemMessage: boolean;
  readonly protocol: string;
  readonly isResend: boolean;
  readonly senderTinyID: string;
  readonly version: number;
  readonly pinnerInfo: null;
  readonly level: number;
};

type Handler = { handler: Function; context?: unknown };

/** One SDK instance (one browser tab signed in as one user). */
export class FakeTencentChat implements TencentChatSDK {
  /** @internal */
  currentUser = '';
  /** @internal off the network (see FakeTencentServer.setOffline). */
  offline = false;
  /** @internal stored messages pushed while offline. */
  readonly missed: MessageRecord[] = [];
  private ready = false;
  /** The objects `create…Message` returned, until the SDK holds them as sent messages. */
  private readonly createdViews = new Map<string, FakeSdkMessage>();
  private readonly handlers = new Map<string, Handler[]>();
  /** Messages this instance holds in memory (what `findMessage` and `nextReqMessageID` see). */
  /** @internal */
  readonly local = new Map<string, FakeSdkMessage>();
  /** Messages made by `create…Message` here, not yet on the server. */
  private readonly created = new Map<string, MessageRecord>();
  private readonly createdOptions = new Map<string, { onProgress?: Function; file?: File }>();
  /** Hopping continuation per conversation and direction, as the SDK keeps its message key. */
  private readonly hopping = new Map<string, { time: number; position: number }>();
  /** What the last partial CONVERSATION_LIST_UPDATED carried, per conversation. */
  private lastPushed = new Map<string, string>();
  private lastTotalUnread = -1;
  /** Messages this instance deleted (its objects say `isDeleted`; the SDK syncs no deletion). */
  private readonly deletedHere = new Set<string>();
  /** Every call made, for tests that check what the adapter asked. */
  readonly calls: Array<{ method: string; args: unknown[] }> = [];

  constructor(
    private readonly server: FakeTencentServer,
    private readonly options: FakeCreateOptions = {},
  ) {}

  // ── Session ────────────────────────────────────────────────────────────────

  async login(options: Arg<'login'>): Promise<unknown> {
    this.record('login', options);
    await tick();
    this.failIfAsked('login');
    if (!options?.userID || !options.userSig) throw { code: FAKE_CODES.invalidParameter, message: 'userID and userSig are required' };
    if (options.userSig === 'expired') throw { code: FAKE_CODES.userSigExpired, message: 'userSig expired' };
    if (this.ready && this.currentUser === options.userID) return { code: 0, data: { repeatLogin: true } };
    if (!this.server.hasUser(options.userID)) this.server.addUser({ userID: options.userID });
    this.currentUser = options.userID;
    this.ready = true;
    this.server.online.push(this);
    this.server.statusOnSignIn(options.userID, true);
    const same = this.server.instancesOf(options.userID);
    if (same.length > this.server.webInstancesPerUser) same[0]!.kickOut('multipleAccount');
    later(() => {
      this.emit(EVENT.NET_STATE_CHANGE, { state: 'connected' });
      this.emit(EVENT.SDK_READY, {});
      this.pushConversationList();
      // The SDK loads the friend list after login and announces it.
      if (this.server.hasFriends(this.currentUser)) this.server.pushFriendListTo(this);
    });
    return { code: 0, data: { repeatLogin: false } };
  }

  async logout(): Promise<void> {
    this.record('logout');
    await tick();
    if (!this.ready) throw notLoggedIn();
    this.signOut();
    this.emit(EVENT.SDK_NOT_READY, {});
  }

  isReady(): boolean {
    return this.ready;
  }

  on(eventName: string, handler: Function, context?: unknown): void {
    const list = this.handlers.get(eventName) ?? [];
    list.push({ handler, context });
    this.handlers.set(eventName, list);
  }

  off(eventName: string, handler: Function, context?: unknown): void {
    const list = this.handlers.get(eventName) ?? [];
    this.handlers.set(
      eventName,
      list.filter((h) => h.handler !== handler || (context !== undefined && h.context !== context)),
    );
  }

  /** How many handlers are registered for an event (to check that the adapter cleans up). */
  listenerCount(eventName?: string): number {
    if (eventName) return this.handlers.get(eventName)?.length ?? 0;
    return [...this.handlers.values()].reduce((n, list) => n + list.length, 0);
  }

  // ── Profiles and groups ────────────────────────────────────────────────────

  async getMyProfile(): Promise<unknown> {
    await this.enter('getMyProfile');
    return { code: 0, data: this.server.userProfile(this.currentUser) };
  }

  async getUserProfile(options: Arg<'getUserProfile'>): Promise<unknown> {
    await this.enter('getUserProfile', options);
    return { code: 0, data: options.userIDList.filter((id) => this.server.hasUser(id)).map((id) => this.server.userProfile(id)) };
  }

  /** The cloud search add-on is not bought in the fake: `searchCloudUsers` fails with 60020 (the documented code). */
  async searchCloudUsers(options: Arg<'searchCloudUsers'>): Promise<unknown> {
    await this.enter('searchCloudUsers', options);
    throw { code: FAKE_CODES.serviceNotActivated, message: 'cloud search is not activated' };
  }

  async searchCloudGroups(options: Arg<'searchCloudGroups'>): Promise<unknown> {
    await this.enter('searchCloudGroups', options);
    throw { code: FAKE_CODES.serviceNotActivated, message: 'cloud search is not activated' };
  }

  /**
   * `searchCloudMessages({keywordList, keywordListMatchType, conversationID, cursor, count})` →
   * `{code: 0, data: {searchResultList: [{conversationID, messageCount, messageList}], cursor,
   * totalCount}}`, over the stored messages this user may see (text, file names, descriptions;
   * case-insensitive). Across all conversations a conversation with more than one match comes as a
   * count with an empty `messageList`; within one, its matches newest first. The cursor is the
   * next page's offset ('' when done). Fails with 60020 without the plugin (`server.cloudSearchEnabled`).
   */
  async searchCloudMessages(options: Arg<'searchCloudMessages'>): Promise<unknown> {
    await this.enter('searchCloudMessages', options);
    if (!this.server.cloudSearchEnabled) throw { code: FAKE_CODES.serviceNotActivated, message: 'cloud search is not activated' };
    const keywords = (Array.isArray(options?.keywordList) ? options.keywordList : []).map((k) => String(k).toLowerCase()).filter(Boolean);
    if (keywords.length === 0 || keywords.length > 5) throw { code: FAKE_CODES.invalidParameter, message: 'keywordList: 1 to 5 keywords' };
    const all = options.keywordListMatchType === 'and';
    const matches = (m: MessageRecord): boolean => {
      if (m.isRevoked || m.onlineOnly || isGroupEvent(m)) return false;
      const p = m.payload;
      const text = [p.text, p.fileName, p.description]
        .filter((v) => typeof v === 'string')
        .join(' ')
        .toLowerCase();
      return all ? keywords.every((k) => text.includes(k)) : keywords.some((k) => text.includes(k));
    };
    const offset = Math.max(0, Number(options.cursor || 0) || 0);
    const count = Math.max(1, Math.min(100, Number(options.count) || 10));
    const found = (conversationID: string) => this.server.visibleMessages(this.currentUser, conversationID).filter(matches).reverse();
    if (options.conversationID) {
      const hits = found(options.conversationID);
      const page = hits.slice(offset, offset + count);
      const more = offset + count < hits.length;
      return {
        code: 0,
        data: {
          searchResultList: hits.length
            ? [{ conversationID: options.conversationID, messageCount: hits.length, messageList: page.map((m) => this.view(m)) }]
            : [],
          cursor: more ? String(offset + count) : '',
          totalCount: hits.length,
        },
      };
    }
    const groups = this.server
      .conversationIDsOf(this.currentUser)
      .map((conversationID) => ({ conversationID, hits: found(conversationID) }))
      .filter((g) => g.hits.length > 0)
      .sort((a, b) => b.hits[0]!.time - a.hits[0]!.time);
    const page = groups.slice(offset, offset + count);
    return {
      code: 0,
      data: {
        searchResultList: page.map((g) => ({
          conversationID: g.conversationID,
          messageCount: g.hits.length,
          messageList: g.hits.length === 1 ? [this.view(g.hits[0]!)] : [],
        })),
        cursor: offset + count < groups.length ? String(offset + count) : '',
        totalCount: groups.length,
      },
    };
  }

  /** `searchGroupByID(groupID)` → `{code: 0, data: {group}}`; a work group or an unknown ID fails (10010 here). */
  async searchGroupByID(groupID: string): Promise<unknown> {
    await this.enter('searchGroupByID', groupID);
    if (!this.server.searchableGroups().some((g) => g.groupID === groupID))
      throw { code: FAKE_CODES.groupNotFound, message: `group ${groupID} does not exist or cannot be searched` };
    return { code: 0, data: { group: this.server.groupView(groupID, this.currentUser) } };
  }

  /** `joinGroup({groupID, applyMessage})` → `{code: 0, data: {status, group?}}`. */
  async joinGroup(options: Arg<'joinGroup'>): Promise<unknown> {
    await this.enter('joinGroup', options);
    const status = this.server.joinGroup(String(options?.groupID ?? ''), this.currentUser, String(options?.applyMessage ?? ''));
    return {
      code: 0,
      data: { status, ...(status === 'WaitAdminApproval' ? {} : { group: this.server.groupView(options.groupID, this.currentUser) }) },
    };
  }

  async getGroupProfile(options: Arg<'getGroupProfile'>): Promise<unknown> {
    await this.enter('getGroupProfile', options);
    return { code: 0, data: { group: this.server.groupView(options.groupID, this.currentUser) } };
  }

  async getGroupMemberList(options: Arg<'getGroupMemberList'>): Promise<unknown> {
    await this.enter('getGroupMemberList', options);
    const members = this.server.groupMembers(options.groupID);
    const offset = Number(options.offset ?? 0);
    const countAsked = Math.min(100, options.count ?? 15);
    const page = members.slice(offset, offset + countAsked).map((m) => ({
      ...this.server.userProfile(m.userID),
      role: m.role,
      nameCard: m.nameCard,
      joinTime: m.joinTime,
      muteUntil: m.muteUntil,
      memberCustomField: [],
    }));
    const next = offset + page.length;
    return { code: 0, data: { memberList: page, offset: next >= members.length ? 0 : next } };
  }

  /** `updateGroupProfile({groupID, name, avatar, notification, introduction})` → `{code: 0, data: {group}}`. */
  async updateGroupProfile(options: Arg<'updateGroupProfile'>): Promise<unknown> {
    await this.enter('updateGroupProfile', options);
    const { groupID, name, avatar, notification, introduction } = options;
    this.server.memberUpdatesProfile(String(groupID ?? ''), this.currentUser, { name, avatar, notification, introduction });
    return { code: 0, data: { group: this.server.groupView(groupID, this.currentUser) } };
  }

  /** `setGroupMemberNameCard({groupID, nameCard, userID?})` → `{code: 0, data: {group, member}}`; one's own card here. */
  async setGroupMemberNameCard(options: Arg<'setGroupMemberNameCard'>): Promise<unknown> {
    await this.enter('setGroupMemberNameCard', options);
    if (options.userID && options.userID !== this.currentUser)
      throw { code: FAKE_CODES.noPermission, message: "the fake sets one's own name card only" };
    this.server.memberSetsNameCard(String(options.groupID ?? ''), this.currentUser, String(options.nameCard ?? ''));
    return { code: 0, data: { group: this.server.groupView(options.groupID, this.currentUser) } };
  }

  /** `quitGroup(groupID)` → `{code: 0, data: {groupID}}`. */
  async quitGroup(groupID: string): Promise<unknown> {
    await this.enter('quitGroup', groupID);
    this.server.memberQuits(String(groupID ?? ''), this.currentUser);
    return { code: 0, data: { groupID } };
  }

  /** `dismissGroup(groupID)` → `{code: 0, data: {groupID}}`. */
  async dismissGroup(groupID: string): Promise<unknown> {
    await this.enter('dismissGroup', groupID);
    this.server.ownerDismisses(String(groupID ?? ''), this.currentUser);
    return { code: 0, data: { groupID } };
  }

  /** `deleteGroupMember({groupID, userIDList, reason})` → `{code: 0, data: {group, userIDList}}`. */
  async deleteGroupMember(options: Arg<'deleteGroupMember'>): Promise<unknown> {
    await this.enter('deleteGroupMember', options);
    const groupID = String(options?.groupID ?? '');
    const userIDList = (Array.isArray(options?.userIDList) ? options.userIDList : []).map(String);
    if (!userIDList.length) throw { code: FAKE_CODES.invalidParameter, message: 'userIDList is empty' };
    this.server.memberRemoves(groupID, this.currentUser, userIDList, String(options?.reason ?? ''));
    return { code: 0, data: { group: this.server.groupView(groupID, this.currentUser), userIDList } };
  }

  /** `setGroupMemberRole({groupID, userID, role})` → `{code: 0, data: {group}}`. */
  async setGroupMemberRole(options: Arg<'setGroupMemberRole'>): Promise<unknown> {
    await this.enter('setGroupMemberRole', options);
    const groupID = String(options?.groupID ?? '');
    this.server.ownerSetsRole(groupID, this.currentUser, String(options?.userID ?? ''), String(options?.role ?? ''));
    return { code: 0, data: { group: this.server.groupView(groupID, this.currentUser) } };
  }

  /** `changeGroupOwner({groupID, newOwnerID})` → `{code: 0, data: {group}}`. */
  async changeGroupOwner(options: Arg<'changeGroupOwner'>): Promise<unknown> {
    await this.enter('changeGroupOwner', options);
    const groupID = String(options?.groupID ?? '');
    this.server.ownerHandsOver(groupID, this.currentUser, String(options?.newOwnerID ?? ''));
    return { code: 0, data: { group: this.server.groupView(groupID, this.currentUser) } };
  }

  /** `setGroupMemberMuteTime({groupID, userID, muteTime})` (seconds; 0 lifts it) → `{code: 0, data: {group, member}}`. */
  async setGroupMemberMuteTime(options: Arg<'setGroupMemberMuteTime'>): Promise<unknown> {
    await this.enter('setGroupMemberMuteTime', options);
    const groupID = String(options?.groupID ?? '');
    const userID = String(options?.userID ?? '');
    this.server.memberMutes(groupID, this.currentUser, userID, Number(options?.muteTime));
    const member = this.server.groupMembers(groupID).find((m) => m.userID === userID);
    return {
      code: 0,
      data: { group: this.server.groupView(groupID, this.currentUser), member: { userID, muteUntil: member?.muteUntil ?? 0 } },
    };
  }

  // ── Conversations ──────────────────────────────────────────────────────────

  async getConversationList(options?: Arg<'getConversationList'>): Promise<unknown> {
    await this.enter('getConversationList', options);
    // An array asks for those conversations (the ones this instance has); no options, for all.
    const list = Array.isArray(options) ? this.conversationsIn(options) : this.conversationList();
    return { code: 0, data: { conversationList: list, isSyncCompleted: true } };
  }

  async getConversationProfile(conversationID: string): Promise<unknown> {
    await this.enter('getConversationProfile', conversationID);
    if (conversationID.startsWith('GROUP')) {
      const group = this.server.requireGroup(conversationID.slice(5));
      if (!group.members.has(this.currentUser)) throw { code: FAKE_CODES.noPermission, message: 'not a group member' };
    } else if (!conversationID.startsWith('C2C') && conversationID !== '@TIM#SYSTEM') {
      throw { code: FAKE_CODES.invalidParameter, message: `bad conversationID ${conversationID}` };
    }
    const state = this.server.conversationState(this.currentUser, conversationID);
    if (state.deleted) {
      state.deleted = false;
      later(() => this.pushConversationList());
    }
    return { code: 0, data: { conversation: this.conversationView(conversationID) } };
  }

  async deleteConversation(options: Arg<'deleteConversation'>): Promise<unknown> {
    await this.enter('deleteConversation', options);
    const { conversationIDList, clearHistoryMessage = true } = typeof options === 'string' ? { conversationIDList: [options] } : options;
    for (const id of conversationIDList) {
      const state = this.server.conversationState(this.currentUser, id);
      state.deleted = true;
      if (clearHistoryMessage) {
        this.server.hide(
          this.currentUser,
          this.server.visibleMessages(this.currentUser, id).map((m) => m.ID),
        );
        for (const [key, m] of this.local) if (m.conversationID === id) this.local.delete(key);
      }
    }
    // Other devices hear of it only with the console's multi-client sync of conversation deletion.
    const told = this.server.syncConversationDeletion ? this.server.instancesOf(this.currentUser) : [this];
    told.forEach((i) => i.pushConversationList());
    return { code: 0, data: { conversationIDList } };
  }

  async pinConversation(options: Arg<'pinConversation'>): Promise<unknown> {
    await this.enter('pinConversation', options);
    this.server.conversationState(this.currentUser, options.conversationID).isPinned = options.isPinned;
    this.server.instancesOf(this.currentUser).forEach((i) => i.pushConversationList());
    return { code: 0, data: { conversationID: options.conversationID } };
  }

  /** `markConversation({conversationIDList, markType, enableMark})` → `{successConversationIDList, failureConversationIDList}`; every instance of the user hears CONVERSATION_LIST_UPDATED. */
  async markConversation(options: Arg<'markConversation'>): Promise<unknown> {
    await this.enter('markConversation', options);
    const ids = Array.isArray(options?.conversationIDList) ? options.conversationIDList : [];
    if (ids.length === 0 || ids.length > 100 || typeof options.markType !== 'number') {
      throw { code: FAKE_CODES.invalidParameter, message: 'conversationIDList (1 to 100) and markType are required' };
    }
    for (const id of ids) {
      const state = this.server.conversationState(this.currentUser, id);
      const rest = state.markList.filter((m) => m !== options.markType);
      state.markList = options.enableMark ? [...rest, options.markType] : rest;
    }
    this.server.instancesOf(this.currentUser).forEach((i) => i.pushConversationList());
    return { code: 0, data: { successConversationIDList: [...ids], failureConversationIDList: [] } };
  }

  /** `subscribeUserStatus({userIDList})` (at most 100) → `{failureUserList}`; fails while the console switch is off. */
  async subscribeUserStatus(options: Arg<'subscribeUserStatus'>): Promise<unknown> {
    await this.enter('subscribeUserStatus', options);
    const ids = Array.isArray(options?.userIDList) ? options.userIDList : [];
    if (ids.length === 0 || ids.length > 100) throw { code: FAKE_CODES.invalidParameter, message: 'userIDList holds 1 to 100 userIDs' };
    this.server.subscribeStatus(this.currentUser, ids, true);
    return { code: 0, data: { failureUserList: [] } };
  }

  async unsubscribeUserStatus(options: Arg<'unsubscribeUserStatus'>): Promise<unknown> {
    await this.enter('unsubscribeUserStatus', options);
    this.server.subscribeStatus(this.currentUser, options?.userIDList ?? [], false);
    return { code: 0, data: { failureUserList: [] } };
  }

  /** `getUserStatus({userIDList})` → `{successUserList: [{userID, statusType, customStatus}], failureUserList}`. */
  async getUserStatus(options: Arg<'getUserStatus'>): Promise<unknown> {
    await this.enter('getUserStatus', options);
    const ids = Array.isArray(options?.userIDList) ? options.userIDList : [];
    return { code: 0, data: { successUserList: this.server.statusOf(ids), failureUserList: [] } };
  }

  async setMessageRemindType(options: Arg<'setMessageRemindType'>): Promise<unknown> {
    await this.enter('setMessageRemindType', options);
    const ids = options.groupID ? [`GROUP${options.groupID}`] : (options.userIDList ?? []).map((id) => `C2C${id}`);
    if (ids.length === 0) throw { code: FAKE_CODES.invalidParameter, message: 'groupID or userIDList is required' };
    for (const id of ids) this.server.conversationState(this.currentUser, id).messageRemindType = String(options.messageRemindType);
    this.server.instancesOf(this.currentUser).forEach((i) => i.pushConversationList());
    return { code: 0, data: {} };
  }

  async setConversationDraft(options: Arg<'setConversationDraft'>): Promise<unknown> {
    await this.enter('setConversationDraft', options);
    // The Web SDK keeps drafts in this instance only.
    this.server.conversationState(this.currentUser, options.conversationID).draftText = options.draftText ?? '';
    later(() => this.pushConversationList());
    return { code: 0, data: {} };
  }

  // ── Message history ────────────────────────────────────────────────────────

  async getMessageList(options: Arg<'getMessageList'>): Promise<unknown> {
    await this.enter('getMessageList', options);
    const count = Math.min(MAX_PAGE, Number((options as { count?: number }).count) || MAX_PAGE);
    const all = this.server.visibleMessages(this.currentUser, options.conversationID);
    let end = all.length;
    if (!options.nextReqMessageID) {
      // Like the SDK: asking for the newest page again drops what it held of the conversation.
      for (const [id, m] of this.local) if (m.conversationID === options.conversationID) this.local.delete(id);
    } else {
      // The SDK continues only from a message it holds; otherwise it starts again at the newest.
      const index = this.local.has(options.nextReqMessageID) ? all.findIndex((m) => m.ID === options.nextReqMessageID) : -1;
      if (index !== -1) end = index;
    }
    const start = Math.max(0, end - count);
    const page = all.slice(start, end).map((m) => this.view(m));
    return {
      code: 0,
      data: { messageList: page, nextReqMessageID: page[0]?.ID ?? '', isCompleted: start === 0 },
    };
  }

  async getMessageListHopping(options: Arg<'getMessageListHopping'>): Promise<unknown> {
    await this.enter('getMessageListHopping', options);
    const count = Math.min(MAX_PAGE, Number((options as { count?: number }).count) || MAX_PAGE);
    const direction = options.direction === 1 ? 1 : 0;
    const all = this.server.visibleMessages(this.currentUser, options.conversationID);
    if (options.conversationID.startsWith('GROUP')) {
      const sequence = Number(options.sequence);
      if (!Number.isFinite(sequence) || sequence <= 0) return { code: 0, data: { messageList: [], isCompleted: true, nextMessageSeq: '' } };
      const lastSeq = all.length ? all[all.length - 1]!.sequence : 0;
      const [from, to] = direction === 1 ? [sequence, sequence + count - 1] : [sequence - count + 1, sequence];
      const page = all.filter((m) => m.sequence >= from && m.sequence <= to);
      const isCompleted = direction === 1 ? to >= lastSeq : from <= 1;
      return {
        code: 0,
        data: {
          messageList: page.map((m) => this.view(m)),
          isCompleted,
          nextMessageSeq: isCompleted ? '' : direction === 1 ? to + 1 : from - 1,
        },
      };
    }
    const time = Number(options.time ?? 0);
    const key = `${options.conversationID}-${direction}`;
    const carry = this.hopping.get(key);
    let page: MessageRecord[];
    let position: number;
    if (direction === 1) {
      let start = all.findIndex((m) => m.time >= time);
      if (start === -1) start = all.length;
      if (carry && carry.time === time) start = Math.max(start, carry.position);
      page = all.slice(start, start + count);
      position = start + page.length;
      const isCompleted = position >= all.length;
      const nextMessageTime = isCompleted ? '' : page.length ? page[page.length - 1]!.time : time;
      if (isCompleted) this.hopping.delete(key);
      else this.hopping.set(key, { time: Number(nextMessageTime), position });
      return { code: 0, data: { messageList: page.map((m) => this.view(m)), isCompleted, nextMessageTime } };
    }
    let end = time > 0 ? all.filter((m) => m.time <= time).length : all.length;
    if (carry && carry.time === time) end = Math.min(end, carry.position);
    const start = Math.max(0, end - count);
    page = all.slice(start, end);
    const isCompleted = start === 0;
    const nextMessageTime = isCompleted ? '' : page.length ? page[0]!.time : time;
    if (isCompleted) this.hopping.delete(key);
    else this.hopping.set(key, { time: Number(nextMessageTime), position: start });
    return { code: 0, data: { messageList: page.map((m) => this.view(m)), isCompleted, nextMessageTime } };
  }

  findMessage(messageID: string): SdkMessage | null {
    this.record('findMessage', messageID);
    if (!this.ready) return null;
    return this.local.get(messageID) ?? null;
  }

  // ── Creating and sending ───────────────────────────────────────────────────

  createTextMessage(options: Arg<'createTextMessage'>): SdkMessage {
    return this.create('createTextMessage', 'TIMTextElem', options, { text: String(options.payload?.text ?? '') });
  }

  createTextAtMessage(options: Arg<'createTextAtMessage'>): SdkMessage {
    const atUserList = Array.isArray(options.payload?.atUserList) ? options.payload.atUserList.map(String) : [];
    return this.create('createTextAtMessage', 'TIMTextElem', options, { text: String(options.payload?.text ?? '') }, atUserList);
  }

  createFaceMessage(options: Arg<'createFaceMessage'>): SdkMessage {
    return this.create('createFaceMessage', 'TIMFaceElem', options, {
      index: Number(options.payload?.index ?? 0),
      data: String(options.payload?.data ?? ''),
    });
  }

  createLocationMessage(options: Arg<'createLocationMessage'>): SdkMessage {
    const p = options.payload ?? {};
    return this.create('createLocationMessage', 'TIMLocationElem', options, {
      description: String(p.description ?? ''),
      longitude: Number(p.longitude ?? 0),
      latitude: Number(p.latitude ?? 0),
    });
  }

  createCustomMessage(options: Arg<'createCustomMessage'>): SdkMessage {
    const p = options.payload ?? {};
    return this.create('createCustomMessage', 'TIMCustomElem', options, {
      data: String(p.data ?? ''),
      description: String(p.description ?? ''),
      extension: String(p.extension ?? ''),
    });
  }

  createImageMessage(options: Arg<'createImageMessage'>): SdkMessage {
    const file = requireFile(options.payload?.file);
    return this.create(
      'createImageMessage',
      'TIMImageElem',
      options,
      {
        uuid: '',
        imageFormat: 255,
        imageInfoArray: [],
      },
      [],
      file,
    );
  }

  createAudioMessage(options: Arg<'createAudioMessage'>): SdkMessage {
    const file = requireFile(options.payload?.file);
    const duration = Number((file as { duration?: unknown }).duration ?? 0);
    return this.create(
      'createAudioMessage',
      'TIMSoundElem',
      options,
      { uuid: '', url: '', second: Math.floor(duration / 1000), size: file.size },
      [],
      file,
    );
  }

  createVideoMessage(options: Arg<'createVideoMessage'>): SdkMessage {
    const file = requireFile(options.payload?.file);
    const second = Number((file as { duration?: unknown }).duration ?? 0);
    return this.create(
      'createVideoMessage',
      'TIMVideoFileElem',
      options,
      {
        videoFormat: file.type.split('/')[1] ?? '',
        videoSecond: Math.floor(second),
        videoSize: file.size,
        videoUrl: '',
        videoUUID: '',
        thumbUrl: '',
        thumbWidth: 0,
        thumbHeight: 0,
      },
      [],
      file,
    );
  }

  createFileMessage(options: Arg<'createFileMessage'>): SdkMessage {
    const file = requireFile(options.payload?.file);
    return this.create(
      'createFileMessage',
      'TIMFileElem',
      options,
      { uuid: '', fileName: file.name, fileSize: file.size, fileUrl: '' },
      [],
      file,
    );
  }

  /** A new message with the content of a sent one (its type and payload), to another conversation. */
  createForwardMessage(options: Arg<'createForwardMessage'>): SdkMessage {
    const original = this.server.message(String((options.payload as { ID?: unknown } | undefined)?.ID ?? ''));
    if (!original || original.status !== 'success') {
      this.record('createForwardMessage', options);
      throw { code: FAKE_CODES.invalidParameter, message: 'createForwardMessage needs a sent message as payload' };
    }
    return this.create('createForwardMessage', original.type, options, structuredClone(original.payload));
  }

  /**
   * A merged message of sent messages: title, abstract, compatible text and the messages, each as
   * `{ ID, from, nick, avatar, time, messageSequence, messageRandom, cloudCustomData, messageBody: [{ type, payload }] }`.
   * A large list is kept on the server under a `downloadKey` (the payload's `messageList` is then empty).
   */
  createMergerMessage(options: Arg<'createMergerMessage'>): SdkMessage {
    const p = (options.payload ?? {}) as { messageList?: unknown; title?: unknown; abstractList?: unknown; compatibleText?: unknown };
    const items = Array.isArray(p.messageList) ? p.messageList : [];
    const records = items.map((item) => this.server.message(String((item as { ID?: unknown })?.ID ?? '')));
    if (records.length === 0 || records.some((r) => !r || r.status !== 'success' || r.type === 'TIMGroupTipElem')) {
      this.record('createMergerMessage', options);
      throw { code: FAKE_CODES.invalidParameter, message: 'createMergerMessage needs sent messages (no group tips)' };
    }
    if (typeof p.compatibleText !== 'string' || p.compatibleText === '') {
      this.record('createMergerMessage', options);
      throw { code: FAKE_CODES.invalidParameter, message: 'createMergerMessage needs a compatibleText' };
    }
    // As @tencentcloud/chat 3.6.6 builds each forwarded message (its class behind MSG_MERGER's messageList).
    const messageList = records.map((r) => ({
      ID: r!.ID,
      from: r!.from,
      messageSender: r!.from,
      nick: r!.nick,
      avatar: r!.avatar,
      time: r!.time,
      clientTime: r!.clientTime,
      messageSequence: r!.sequence,
      clientSequence: r!.sequence,
      messageRandom: r!.random,
      cloudCustomData: r!.cloudCustomData,
      messageBody: [{ type: r!.type, payload: structuredClone(r!.payload) }],
    }));
    const large = JSON.stringify(messageList).length > this.server.mergerInlineBytes;
    const downloadKey = large ? `merger-${this.server.mergerStore.size + 1}-${Math.random().toString(36).slice(2, 8)}` : '';
    if (large) this.server.mergerStore.set(downloadKey, messageList);
    return this.create('createMergerMessage', 'TIMRelayElem', options, {
      title: String(p.title ?? ''),
      abstractList: Array.isArray(p.abstractList) ? p.abstractList.map(String).slice(0, 5) : [],
      compatibleText: p.compatibleText,
      layersOverLimit: false,
      downloadKey,
      pbDownloadKey: downloadKey ? `pb-${downloadKey}` : '',
      version: 0,
      messageList: large ? [] : messageList,
    });
  }

  /**
   * As @tencentcloud/chat 3.6.6 does: refuses what is not a merger (2450) or has no downloadKey
   * (2451), fetches the list by the key (any object `{ type, payload: { downloadKey } }` will do),
   * writes it into that object's payload, clears the key and resolves with the same object.
   */
  async downloadMergerMessage(message: Arg<'downloadMergerMessage'>): Promise<unknown> {
    await this.enter('downloadMergerMessage', message);
    const m = message as unknown as { type?: unknown; payload?: Record<string, unknown> };
    if (m?.type !== 'TIMRelayElem') throw { code: 2450, message: 'MSG_MERGER_TYPE_INVALID' };
    const key = typeof m.payload?.downloadKey === 'string' ? m.payload.downloadKey : '';
    if (!key) throw { code: 2451, message: 'MSG_MERGER_KEY_INVALID' };
    const stored = this.server.mergerStore.get(key);
    if (!stored) throw { code: 2452, message: 'MSG_MERGER_DOWNLOAD_FAIL' };
    m.payload!.messageList = structuredClone(stored);
    m.payload!.downloadKey = '';
    m.payload!.pbDownloadKey = '';
    return message;
  }

  async sendMessage(message: SdkMessage, options?: { onlineUserOnly?: boolean; offlinePushInfo?: unknown }): Promise<unknown> {
    this.record('sendMessage', message, options);
    return this.send(message, options, false);
  }

  async resendMessage(message: SdkMessage, options?: { onlineUserOnly?: boolean; offlinePushInfo?: unknown }): Promise<unknown> {
    this.record('resendMessage', message, options);
    return this.send(message, options, true);
  }

  async revokeMessage(message: SdkMessage): Promise<unknown> {
    await this.enter('revokeMessage', message);
    const record = this.server.message(message.ID);
    if (!record || record.status !== 'success') throw { code: 2110, message: 'message not sent, cannot be recalled' };
    if (record.from !== this.currentUser) throw { code: FAKE_CODES.revokeNotSender, message: 'only the sender can recall this message' };
    if (this.server.now() - record.time > this.server.revokeTimeLimit) {
      const code = record.conversationType === 'GROUP' ? FAKE_CODES.revokeTimeLimitGroup : FAKE_CODES.revokeTimeLimitC2C;
      throw { code, message: 'the recall time limit has passed' };
    }
    record.isRevoked = true;
    record.revoker = this.currentUser;
    for (const userID of this.server.participants(record)) {
      for (const instance of this.server.instancesOf(userID)) {
        if (instance !== this) instance.pushRevoked(record);
        instance.pushConversationList();
      }
    }
    return { code: 0, data: { message: this.view(record) } };
  }

  /** The translation add-on: `{code: 0, data: {translatedTextList}}`, one per source text. */
  async translateText(options: Arg<'translateText'>): Promise<unknown> {
    await this.enter('translateText', options);
    const texts = options?.sourceTextList;
    if (!Array.isArray(texts) || texts.length === 0 || !options.targetLanguage)
      throw { code: FAKE_CODES.invalidParameter, message: 'sourceTextList and targetLanguage are required' };
    return { code: 0, data: { translatedTextList: texts.map((t) => this.server.translate(String(t), options.targetLanguage)) } };
  }

  /** The voice-to-text add-on: `{code: 0, data: {result}}` for a sound message the server stored. */
  async convertVoiceToText(options: Arg<'convertVoiceToText'>): Promise<unknown> {
    await this.enter('convertVoiceToText', options);
    const message = options?.message;
    const record = message ? this.server.message(message.ID) : undefined;
    if (!record || String(message.type) !== 'TIMSoundElem')
      throw { code: FAKE_CODES.invalidParameter, message: 'message must be a sent audio message' };
    return { code: 0, data: { result: this.server.transcriptOf(record.ID) } };
  }

  /** `addMessageReaction(message, reactionID)`: resolves `{code: 0, data: {}}`; the update event follows. */
  async addMessageReaction(message: SdkMessage, reactionID: string): Promise<unknown> {
    await this.enter('addMessageReaction', message, reactionID);
    this.server.react(this.currentUser, this.reactable(message).ID, String(reactionID), true);
    return { code: 0, data: {} };
  }

  async removeMessageReaction(message: SdkMessage, reactionID: string): Promise<unknown> {
    await this.enter('removeMessageReaction', message, reactionID);
    this.server.react(this.currentUser, this.reactable(message).ID, String(reactionID), false);
    return { code: 0, data: {} };
  }

  /**
   * `sendMessageReadReceipt(messageList)`: the messages of others that asked for receipts (the SDK
   * drops the rest and rejects with 2114 when none is left); each sender gets MESSAGE_READ_RECEIPT_RECEIVED.
   */
  async sendMessageReadReceipt(messageList: SdkMessage[]): Promise<unknown> {
    await this.enter('sendMessageReadReceipt', messageList);
    const asking = (Array.isArray(messageList) ? messageList : []).filter(
      (m) => m?.from !== this.currentUser && m?.needReadReceipt === true,
    );
    if (asking.length === 0) throw { code: 2114, message: 'no message in the list asks for a read receipt' };
    for (const message of asking) this.server.sendReadReceipt(this.currentUser, message.ID);
    return { code: 0, data: {} };
  }

  /** `getMessageReadReceiptList(messageList)` → `{code: 0, data: {messageList}}`, one's own with `readReceiptInfo` filled in. */
  async getMessageReadReceiptList(messageList: SdkMessage[]): Promise<unknown> {
    await this.enter('getMessageReadReceiptList', messageList);
    const list = Array.isArray(messageList) ? messageList : [];
    const conversations = new Set(list.map((m) => m?.conversationID));
    if (conversations.size > 1) throw { code: FAKE_CODES.invalidParameter, message: 'the messages must be of one conversation' };
    return { code: 0, data: { messageList: list } };
  }

  /**
   * `getGroupMessageReadMemberList({message, filter, cursor, count})` → `{code: 0, data: {messageID,
   * readUserIDList, unreadUserIDList, cursor, isCompleted}}`, the list of the filter filled in.
   */
  async getGroupMessageReadMemberList(options: Arg<'getGroupMessageReadMemberList'>): Promise<unknown> {
    await this.enter('getGroupMessageReadMemberList', options);
    const record = this.server.storedMessage(String(options?.message?.ID ?? ''));
    if (!record || record.conversationType !== 'GROUP') throw { code: 20026, message: 'message does not exist' };
    const filter = options.filter === 1 ? 1 : 0;
    const { read, unread } = this.server.receiptMembers(record);
    const users = filter === 0 ? read : unread;
    const start = Math.max(0, Number(options.cursor) || 0);
    const count = !options.count || options.count <= 0 || options.count >= 100 ? 100 : options.count;
    const end = Math.min(users.length, start + count);
    const page = users.slice(start, end);
    return {
      code: 0,
      data: {
        messageID: record.ID,
        readUserIDList: filter === 0 ? page : [],
        unreadUserIDList: filter === 1 ? page : [],
        cursor: end >= users.length ? '' : String(end),
        isCompleted: end >= users.length,
      },
    };
  }

  /** `getGroupApplicationList()` → `{code: 0, data: {applicationList}}` (join requests to groups one manages, invitations to one). */
  async getGroupApplicationList(): Promise<unknown> {
    await this.enter('getGroupApplicationList');
    return { code: 0, data: { applicationList: this.server.applicationsFor(this.currentUser) } };
  }

  /**
   * `handleGroupApplication({handleAction: 'Agree' | 'Reject', handleMessage, application})` (or
   * `message`: the notice of type 1 or 12) → `{code: 0, data: {group}}`.
   */
  async handleGroupApplication(options: Arg<'handleGroupApplication'>): Promise<unknown> {
    await this.enter('handleGroupApplication', options);
    const action = options?.handleAction;
    if (action !== 'Agree' && action !== 'Reject')
      throw { code: FAKE_CODES.invalidParameter, message: 'handleAction must be Agree or Reject' };
    let which: { groupID: string; applicant: string; applicationType: number } | null = null;
    const application = options.application as Record<string, unknown> | undefined;
    if (application) {
      which = {
        groupID: String(application.groupID ?? ''),
        applicant: String(application.applicant ?? ''),
        applicationType: Number(application.applicationType),
      };
    } else if (options.message) {
      const payload = (options.message as { payload?: Record<string, unknown> }).payload ?? {};
      const groupID = String((payload.groupProfile as { groupID?: unknown } | undefined)?.groupID ?? '');
      const type = Number(payload.operationType);
      if (type === 1 || type === 12) which = { groupID, applicant: String(payload.operatorID ?? ''), applicationType: type === 1 ? 0 : 2 };
    }
    if (!which) throw { code: FAKE_CODES.invalidParameter, message: 'application or a join request / invitation message is required' };
    this.server.handleApplication(this.currentUser, which, action === 'Agree', String(options.handleMessage ?? ''));
    return { code: 0, data: { group: this.server.groupView(which.groupID, this.currentUser) } };
  }

  /** `getMessageReactions({messageList, maxUserCountPerReaction = 10})` → `{resultList: [{messageID, reactionList}]}` (one conversation a call). */
  async getMessageReactions(options: Arg<'getMessageReactions'>): Promise<unknown> {
    await this.enter('getMessageReactions', options);
    const messageList = Array.isArray(options?.messageList) ? options.messageList : [];
    if (messageList.length === 0) throw { code: FAKE_CODES.invalidParameter, message: 'messageList is empty' };
    if (messageList.length > 20) throw { code: FAKE_CODES.invalidParameter, message: 'at most 20 messages a call' };
    if (new Set(messageList.map((m) => m.conversationID)).size > 1) {
      throw { code: FAKE_CODES.invalidParameter, message: 'messages of one conversation only' };
    }
    const maxUsers = options.maxUserCountPerReaction ?? 10;
    const resultList = messageList.map((m) => {
      const record = this.reactable(m);
      return {
        messageID: record.ID,
        reactionList: [...record.reactions.keys()].map((id) => this.server.reactionInfo(record, id, this.currentUser, maxUsers)),
      };
    });
    return { code: 0, data: { resultList } };
  }

  /** `getAllUserListOfMessageReaction({message, reactionID, nextSeq, count ≤ 100})` → `{userList, nextSeq, isCompleted}`. */
  async getAllUserListOfMessageReaction(options: Arg<'getAllUserListOfMessageReaction'>): Promise<unknown> {
    await this.enter('getAllUserListOfMessageReaction', options);
    const record = this.reactable(options?.message);
    const users = [...(record.reactions.get(String(options.reactionID)) ?? [])];
    const start = Math.max(0, Number(options.nextSeq) || 0);
    const end = Math.min(users.length, start + Math.min(100, Number(options.count) || 100));
    const nextSeq = end >= users.length ? 0 : end;
    const userList = users
      .slice(start, end)
      .map((u) => ({ userID: u, nick: this.server.userProfile(u).nick, avatar: this.server.userProfile(u).avatar }));
    return { code: 0, data: { userList, nextSeq, isCompleted: nextSeq === 0 } };
  }

  /** The stored record of a sent message the caller may react to (the SDK's validator wants status 'success'). */
  private reactable(message: SdkMessage | undefined): MessageRecord {
    const record = message ? this.server.message(message.ID) : undefined;
    if (!record || record.status !== 'success' || message?.status !== 'success') throw { code: 20026, message: 'message does not exist' };
    if (!this.server.participants(record).includes(this.currentUser)) throw { code: 10007, message: 'not a member of the conversation' };
    return record;
  }

  /**
   * `modifyMessage(message)`: the SDK sends the message's `_elements` (which its `payload` points
   * into) with its `version`; the server refuses an older version (20027, which the SDK reports
   * as MSG_MODIFY_CONFLICT 2480 with the message as it is now). Any member may modify (TUIKit
   * counts replies on others' messages this way). The caller's promise answers; the others get
   * MESSAGE_MODIFIED.
   */
  async modifyMessage(message: SdkMessage): Promise<unknown> {
    await this.enter('modifyMessage', message);
    const record = this.server.message(message.ID);
    if (!record || record.status !== 'success' || record.isRevoked) throw { code: 20026, message: 'message does not exist' };
    if (Number((message as unknown as { version?: number }).version ?? 0) < record.version) {
      throw { code: FAKE_CODES.modifyConflict, message: 'modified by someone else meanwhile', data: { message: this.view(record) } };
    }
    // The SDK sends `_elements`, not `payload` (MessageModule.modifyRemoteMessage): a caller that
    // changed only `payload` of a copy would send the old text.
    const elements = (message as unknown as { _elements?: Array<{ content?: Record<string, unknown> }> })._elements;
    const payload = elements?.[0]?.content;
    if (!payload) throw { code: FAKE_CODES.invalidParameter, message: 'the message has no elements to send' };
    this.server.modifyMessage(message.ID, { payload: { ...payload }, cloudCustomData: message.cloudCustomData }, this);
    return { code: 0, data: { message: this.view(record) } };
  }

  /** `pinGroupMessage({groupID, message, isPinned})`: any member (the SDK's declarations); every member gets the event. */
  async pinGroupMessage(options: { groupID: string; message: SdkMessage; isPinned: boolean }): Promise<unknown> {
    await this.enter('pinGroupMessage', options);
    const group = this.server.liveGroup(options.groupID);
    if (!group.members.has(this.currentUser)) throw { code: FAKE_CODES.noPermission, message: 'not a group member' };
    this.server.pinGroupMessage(options.groupID, this.currentUser, options.message.ID, options.isPinned);
    return { code: 0, data: {} };
  }

  /** `getPinnedGroupMessageList(groupID)`: `{messageList}` with `pinnerInfo`, sorted by sequence. */
  async getPinnedGroupMessageList(groupID: string): Promise<unknown> {
    await this.enter('getPinnedGroupMessageList', groupID);
    const group = this.server.liveGroup(groupID);
    if (!group.members.has(this.currentUser)) throw { code: FAKE_CODES.noPermission, message: 'not a group member' };
    const messageList = (group.pinned ?? [])
      .map((pin) => ({ pin, record: this.server.message(pin.messageID) }))
      .filter((x): x is { pin: { messageID: string; userID: string }; record: MessageRecord } => !!x.record)
      .sort((a, b) => a.record.sequence - b.record.sequence)
      .map(({ pin, record }) => {
        const profile = this.server.userProfile(pin.userID);
        return { ...this.view(record), pinnerInfo: { userID: pin.userID, nick: profile.nick, avatar: profile.avatar } };
      });
    return { code: 0, data: { messageList } };
  }

  async deleteMessage(messageList: SdkMessage[]): Promise<unknown> {
    await this.enter('deleteMessage', messageList);
    if (!Array.isArray(messageList) || messageList.length === 0)
      throw { code: FAKE_CODES.invalidParameter, message: 'messageList is empty' };
    if (messageList.length > 30) throw { code: FAKE_CODES.invalidParameter, message: 'at most 30 messages a call' };
    if (new Set(messageList.map((m) => m.conversationID)).size > 1) {
      throw { code: FAKE_CODES.invalidParameter, message: 'messages must belong to one conversation' };
    }
    // The server drops them from this user's roaming history; only this instance knows now
    // (Tencent: "Deleted messages are not synced"), its own objects say isDeleted.
    this.server.hide(
      this.currentUser,
      messageList.map((m) => m.ID),
    );
    for (const m of messageList) this.deletedHere.add(m.ID);
    this.pushConversationList();
    return { code: 0, data: { messageList } };
  }

  async setMessageRead(options: Arg<'setMessageRead'>): Promise<unknown> {
    await this.enter('setMessageRead', options);
    const all = this.server.visibleMessages(this.currentUser, options.conversationID);
    const state = this.server.conversationState(this.currentUser, options.conversationID);
    const newlyRead = all.filter((m) => m.from !== this.currentUser && isAfterRead(m, state));
    const last = all[all.length - 1];
    if (last) {
      state.readSequence = Math.max(state.readSequence, last.sequence);
      state.readTime = Math.max(state.readTime, last.time);
    }
    this.server.instancesOf(this.currentUser).forEach((i) => i.pushConversationList());
    if (options.conversationID.startsWith('C2C') && newlyRead.length > 0) {
      const peer = options.conversationID.slice(3);
      for (const instance of this.server.instancesOf(peer)) instance.pushReadByPeer(newlyRead);
    }
    return { code: 0, data: {} };
  }

  // ── Pushes from the "server" ───────────────────────────────────────────────

  /** @internal */
  pushMessages(records: MessageRecord[]): void {
    later(() =>
      this.emit(
        EVENT.MESSAGE_RECEIVED,
        records.map((r) => this.view(r)),
      ),
    );
  }

  /** @internal */
  pushRevoked(record: MessageRecord): void {
    later(() => this.emit(EVENT.MESSAGE_REVOKED, [this.view(record)]));
  }

  /** @internal */
  pushReadByPeer(records: MessageRecord[]): void {
    later(() =>
      this.emit(
        EVENT.MESSAGE_READ_BY_PEER,
        records.map((r) => this.view(r)),
      ),
    );
  }

  /**
   * @internal CONVERSATION_LIST_UPDATED as the SDK sends it: the whole list, or with
   * `partialUpdatedConversations` only the conversations that changed since the last one; then
   * TOTAL_UNREAD_MESSAGE_COUNT_UPDATED when the total changed (the SDK counts conversations
   * that are not muted, leaving out the system one).
   */
  pushConversationList(): void {
    later(() => {
      if (!this.ready) return;
      const list = this.conversationList();
      let data = list;
      if (this.options.partialUpdatedConversations) {
        const seen = new Map(list.map((c) => [c.conversationID, JSON.stringify(c)]));
        data = list.filter((c) => this.lastPushed.get(c.conversationID) !== seen.get(c.conversationID));
        this.lastPushed = seen;
        if (data.length === 0) return;
      }
      this.emit(EVENT.CONVERSATION_LIST_UPDATED, data);
      const total = list
        .filter(
          (c) =>
            String(c.type) !== '@TIM#SYSTEM' && (String(c.messageRemindType) === '' || String(c.messageRemindType) === 'AcceptAndNotify'),
        )
        .reduce((sum, c) => sum + c.unreadCount, 0);
      if (total !== this.lastTotalUnread) {
        this.lastTotalUnread = total;
        this.emit(EVENT.TOTAL_UNREAD_MESSAGE_COUNT_UPDATED, total);
      }
    });
  }

  /** @internal an event a little later (as pushes arrive), while signed in; the data is made then. */
  push(name: string, data: () => unknown): void {
    later(() => {
      if (this.ready && !this.offline) this.emit(name, data());
    });
  }

  /** @internal this instance's object for a message. */
  viewOf(record: MessageRecord): FakeSdkMessage {
    return this.view(record);
  }

  /** @internal the conversations with these IDs, as this instance lists them. */
  conversationsIn(conversationIDs: readonly string[]): SdkConversation[] {
    return this.conversationList().filter((c) => conversationIDs.includes(c.conversationID));
  }

  /** `chat.destroy()`: signs out, stops, and tells SDK_DESTROY `{SDKAppID}`. */
  async destroy(): Promise<void> {
    this.record('destroy');
    await tick();
    const wasReady = this.ready;
    this.signOut();
    if (wasReady) this.emit(EVENT.SDK_NOT_READY, {});
    this.emit(EVENT.SDK_DESTROY, { SDKAppID: 0 });
  }

  /** @internal */
  kickOut(type: string): void {
    this.signOut();
    later(() => {
      this.emit(EVENT.KICKED_OUT, { type });
      this.emit(EVENT.SDK_NOT_READY, {});
    });
  }

  /** @internal */
  setOffline(offline: boolean): void {
    if (this.offline === offline) return;
    this.offline = offline;
    if (offline) {
      later(() => this.emit(EVENT.NET_STATE_CHANGE, { state: 'disconnected' }));
      return;
    }
    later(() => this.emit(EVENT.NET_STATE_CHANGE, { state: 'connected' }));
    const missed = this.missed.splice(0);
    if (missed.length > 0) this.pushMessages(missed);
    this.pushConversationList();
  }

  /** @internal delivers `{name, data}` to the handlers, as the SDK does. */
  emit(name: string, data: unknown): void {
    for (const { handler, context } of [...(this.handlers.get(name) ?? [])]) handler.call(context, { name, data });
  }

  // ── Internals ──────────────────────────────────────────────────────────────

  private signOut(): void {
    this.ready = false;
    const index = this.server.online.indexOf(this);
    if (index !== -1) this.server.online.splice(index, 1);
    if (this.currentUser) this.server.statusOnSignIn(this.currentUser, false);
    this.local.clear();
    this.hopping.clear();
    this.deletedHere.clear();
    this.lastPushed.clear();
    this.lastTotalUnread = -1;
  }

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  private failIfAsked(method: string): void {
    const failure = this.server.takeFailure(method);
    if (failure) throw { ...failure };
  }

  /** The common start of an SDK call: record it, go async, refuse before login, injected failures. */
  private async enter(method: string, ...args: unknown[]): Promise<void> {
    this.record(method, ...args);
    await tick();
    if (!this.ready) throw notLoggedIn();
    if (this.offline) throw { code: FAKE_CODES.network, message: 'network unavailable' };
    this.failIfAsked(method);
  }

  private create(
    method: string,
    type: string,
    options: Arg<'createTextMessage'>,
    payload: Record<string, unknown>,
    atUserList: string[] = [],
    file?: File,
  ): SdkMessage {
    this.record(method, options);
    const conversationType = String(options.conversationType) === 'GROUP' ? 'GROUP' : 'C2C';
    const clientTime = this.server.now();
    const random = Math.floor(Math.random() * 0xffffffff);
    const from = this.currentUser;
    const record: MessageRecord = {
      ID: `${this.server.tinyIDOf(from)}-${clientTime}-${random}`,
      type,
      payload,
      conversationType,
      from,
      to: String(options.to),
      time: clientTime,
      clientTime,
      sequence: 0,
      random,
      priority: String(options.priority ?? 'Normal'),
      cloudCustomData: typeof options.cloudCustomData === 'string' ? options.cloudCustomData : '',
      atUserList,
      nick: '',
      avatar: '',
      nameCard: '',
      status: 'unSend',
      isRevoked: false,
      revoker: '',
      onlineOnly: false,
      thread: conversationType === 'GROUP' ? groupThread(String(options.to)) : c2cThread(from, String(options.to)),
      modified: false,
      version: 0,
      reactions: new Map(),
      readBy: new Set(),
      needReadReceipt: (options as { needReadReceipt?: unknown }).needReadReceipt === true,
    };
    this.created.set(record.ID, record);
    this.createdOptions.set(record.ID, { ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(file ? { file } : {}) });
    return this.view(record);
  }

  private async send(message: SdkMessage, options: { onlineUserOnly?: boolean } | undefined, resend: boolean): Promise<unknown> {
    await tick();
    const record = this.created.get(message?.ID);
    if (!record)
      throw { code: FAKE_CODES.instanceRequired, message: 'sendMessage needs a message made by create…Message on this instance' };
    if (!this.ready) {
      record.status = 'fail';
      throw { ...notLoggedIn(), data: { message: this.view(record) } };
    }
    if (resend && record.status !== 'fail') throw { code: FAKE_CODES.invalidParameter, message: 'only a failed message can be resent' };
    if (!resend && record.status !== 'unSend') throw { code: FAKE_CODES.invalidParameter, message: 'this message was already sent' };
    record.status = 'unSend';
    try {
      if (this.offline) throw { code: FAKE_CODES.network, message: 'network unavailable' };
      this.failIfAsked(resend ? 'resendMessage' : 'sendMessage');
      if (record.type === 'TIMTextElem' && new TextEncoder().encode(String(record.payload.text ?? '')).length > TEXT_LIMIT_BYTES) {
        throw { code: FAKE_CODES.textTooLong, message: 'the message body is over 12 KB' };
      }
      if (record.conversationType === 'GROUP') {
        const group = this.server.liveGroup(record.to);
        const member = group.members.get(this.currentUser);
        if (!member) throw { code: FAKE_CODES.noPermission, message: 'not a group member' };
        if (member.muteUntil > this.server.now()) throw { code: FAKE_CODES.mutedInGroup, message: 'muted in this group' };
        record.nameCard = member.nameCard;
      }
      const profile = this.server.userProfile(this.currentUser);
      record.nick = profile.nick;
      record.avatar = profile.avatar;
      await this.upload(record);
      record.onlineOnly = options?.onlineUserOnly === true;
      this.server.store(record);
      this.created.delete(record.ID);
      this.server.deliver(record, this);
      // The server fans a message out before it acknowledges the sender.
      await tick();
      return { code: 0, data: { message: this.view(record) } };
    } catch (error) {
      record.status = 'fail';
      const e = error as { code?: number; message?: string };
      throw { code: e.code ?? FAKE_CODES.sendFailed, message: e.message ?? 'send failed', data: { message: this.view(record) } };
    }
  }

  /** Uploads the attachment: progress 0.5 then 1 through `onProgress`, then server URLs. */
  private async upload(record: MessageRecord): Promise<void> {
    const { file, onProgress } = this.createdOptions.get(record.ID) ?? {};
    if (!file) return;
    const limit = UPLOAD_LIMITS[record.type] ?? Infinity;
    if (file.size > limit) throw { code: FAKE_CODES.fileTooLarge, message: 'the file is too large' };
    this.failIfAsked('upload');
    for (const percent of [0.5, 1]) {
      await tick();
      if (typeof onProgress === 'function') onProgress(percent);
    }
    const uuid = `${record.random.toString(16)}-${file.size}`;
    const url = `${UPLOAD_HOST}/${uuid}/${encodeURIComponent(file.name)}`;
    this.server.files.set(url, file);
    const p = record.payload;
    if (record.type === 'TIMImageElem') {
      const { width, height } = (await pngSize(file)) ?? this.server.imageSize;
      const scaled = (short: number) => {
        const s = Math.min(width, height);
        return s <= short
          ? { width, height }
          : width <= height
            ? { width: short, height: Math.ceil((height * short) / width) }
            : { width: Math.ceil((width * short) / height), height: short };
      };
      p.uuid = uuid;
      p.imageFormat = file.type === 'image/png' ? 3 : file.type === 'image/gif' ? 2 : file.type === 'image/jpeg' ? 1 : 255;
      // As SDK 3 objects: `type` is left 0 and `sizeType` tells the size; the order is original, thumbnail, large.
      p.imageInfoArray = [
        { type: 0, sizeType: 1, width, height, size: file.size, url: `${url}?size=original`, imageUrl: `${url}?size=original` },
        { type: 0, sizeType: 3, ...scaled(198), size: 0, url: `${url}?size=198`, imageUrl: `${url}?size=198` },
        { type: 0, sizeType: 2, ...scaled(720), size: 0, url: `${url}?size=720`, imageUrl: `${url}?size=720` },
      ];
    } else if (record.type === 'TIMSoundElem') {
      p.uuid = uuid;
      p.url = url;
      p.remoteAudioUrl = url;
    } else if (record.type === 'TIMVideoFileElem') {
      p.videoUUID = uuid;
      p.videoUrl = url;
      p.remoteVideoUrl = url;
      p.thumbUrl = `${url}.jpg`;
      p.thumbWidth = 320;
      p.thumbHeight = 180;
    } else if (record.type === 'TIMFileElem') {
      p.uuid = uuid;
      p.fileUrl = url;
      p.remoteFileUrl = url;
    }
  }

  private conversationList(): SdkConversation[] {
    return this.server
      .conversationIDsOf(this.currentUser)
      .map((id) => this.conversationView(id))
      .sort((a, b) => Number(b.isPinned) - Number(a.isPinned) || b.lastMessage.lastTime - a.lastMessage.lastTime);
  }

  private conversationView(conversationID: string): SdkConversation & { peerReadTime: number } {
    const viewer = this.currentUser;
    const state = this.server.conversationState(viewer, conversationID);
    const last = [...this.server.visibleMessages(viewer, conversationID)].reverse().find((m) => !m.onlineOnly);
    const type = conversationID === '@TIM#SYSTEM' ? '@TIM#SYSTEM' : conversationID.startsWith('GROUP') ? 'GROUP' : 'C2C';
    const lastMessage = last
      ? {
          lastTime: last.time,
          lastSequence: last.sequence,
          fromAccount: last.from,
          payload: structuredClone(last.payload),
          type: last.type,
          messageForShow: messageForShow(last),
          nick: last.nick,
          version: last.modified ? 1 : 0,
          isPeerRead: last.from === viewer && type === 'C2C' && this.server.peerReadTime(viewer, conversationID) >= last.time,
          cloudCustomData: last.cloudCustomData,
          isRevoked: last.isRevoked,
          revoker: last.isRevoked ? last.revoker : null,
          onlineOnlyFlag: false,
          nameCard: last.nameCard,
        }
      : {
          lastTime: 0,
          lastSequence: 0,
          fromAccount: '',
          payload: null,
          type: '',
          messageForShow: '',
          nick: '',
          version: 0,
          isPeerRead: false,
          cloudCustomData: '',
          isRevoked: false,
          revoker: null,
          onlineOnlyFlag: false,
          nameCard: '',
        };
    return deepFreeze({
      conversationID,
      type: asType(type),
      subType: type === 'GROUP' ? asType(this.server.groupView(conversationID.slice(5), viewer).type as unknown as string) : undefined,
      unreadCount: this.server.unreadCount(viewer, conversationID),
      lastMessage,
      groupProfile: (type === 'GROUP' ? this.server.groupView(conversationID.slice(5), viewer) : undefined) as SdkGroup,
      userProfile: (type === 'C2C' ? this.server.userProfile(conversationID.slice(3)) : undefined) as SdkProfile,
      groupAtInfoList: type === 'GROUP' ? this.server.mentionsOf(viewer, conversationID) : [],
      remark: type === 'C2C' ? this.server.remarkOf(viewer, conversationID.slice(3)) : '',
      isPinned: state.isPinned,
      messageRemindType: asType(state.messageRemindType),
      markList: [...state.markList],
      customData: '',
      conversationGroupList: this.server.foldersOf(viewer, conversationID),
      draftText: state.draftText,
      peerReadTime: this.server.peerReadTime(viewer, conversationID),
    });
  }

  /**
   * This instance's object for a message: frozen, with getters that follow the server (status,
   * time, sequence, isRevoked …), like the SDK's live Message objects. Kept for `findMessage`.
   */
  private view(record: MessageRecord): FakeSdkMessage {
    const cached = this.local.get(record.ID);
    if (cached) return cached;
    const created = this.createdViews.get(record.ID);
    if (created) {
      // The SDK hands back the very object it created, now sent.
      if (record.status === 'success') {
        this.createdViews.delete(record.ID);
        if (!record.onlineOnly) this.local.set(record.ID, created);
      }
      return created;
    }
    const server = this.server;
    const viewer = this.currentUser;
    const deletedHere = this.deletedHere;
    const flow = record.from === viewer ? 'out' : 'in';
    const conversationID = conversationIDFor(record, viewer);
    const view: FakeSdkMessage = {
      ID: record.ID,
      get type() {
        return asType(record.type);
      },
      get payload() {
        return deepFreeze(structuredClone(record.payload));
      },
      conversationID,
      conversationType: asType(record.conversationType),
      to: record.to,
      from: record.from,
      flow,
      get time() {
        return record.time;
      },
      get clientTime() {
        return record.clientTime;
      },
      get sequence() {
        return record.sequence;
      },
      get clientSequence() {
        return record.sequence;
      },
      random: record.random,
      get status() {
        return record.status;
      },
      get isRevoked() {
        return record.isRevoked;
      },
      priority: asType(record.priority),
      get nick() {
        return record.nick;
      },
      get avatar() {
        return record.avatar;
      },
      get isRead() {
        return server.isReadBy(viewer, record);
      },
      get isPeerRead() {
        return (
          flow === 'out' &&
          record.conversationType === 'C2C' &&
          server.peerReadTime(viewer, conversationID) >= record.time &&
          record.status === 'success'
        );
      },
      get nameCard() {
        return record.nameCard;
      },
      atUserList: [...record.atUserList],
      get cloudCustomData() {
        return record.cloudCustomData;
      },
      get isDeleted() {
        return deletedHere.has(record.ID);
      },
      get isModified() {
        return record.modified;
      },
      get needReadReceipt() {
        return record.needReadReceipt;
      },
      // What the SDK fills in for the sender's group messages once `getMessageReadReceiptList` asked.
      get readReceiptInfo() {
        const counted = flow === 'out' && record.conversationType === 'GROUP' && record.needReadReceipt && record.status === 'success';
        if (!counted) return { readCount: undefined, unreadCount: undefined, isPeerRead: undefined, timestamp: 0 };
        const { readCount, unreadCount } = server.receiptCounts(record);
        return { readCount, unreadCount, isPeerRead: undefined, timestamp: 0 };
      },
      isBroadcastMessage: false,
      isSupportExtension: false,
      get revoker() {
        return record.revoker;
      },
      get revokerInfo() {
        const profile = server.userProfile(record.revoker);
        return { userID: record.revoker, nick: profile.nick, avatar: profile.avatar };
      },
      revokeReason: '',
      hasRiskContent: false,
      // Fields the SDK's Message class also has (run-time, not declared).
      conversationSubType: undefined,
      isPlaceMessage: 0,
      get isSystemMessage() {
        return record.conversationType === '@TIM#SYSTEM';
      },
      protocol: 'JSON',
      isResend: false,
      senderTinyID: server.tinyIDOf(record.from),
      get version() {
        return record.version;
      },
      pinnerInfo: null,
      level: 0,
      get _onlineOnlyFlag() {
        return record.onlineOnly;
      },
    };
    Object.freeze(view.atUserList);
    Object.freeze(view);
    if (record.status === 'success') {
      if (!record.onlineOnly) this.local.set(record.ID, view);
    } else if (record.from === viewer) {
      this.createdViews.set(record.ID, view);
    }
    return view;
  }
}

/** The pixel size from a PNG's header (the server measures uploads; this fake reads PNGs only). */
async function pngSize(file: Blob): Promise<{ width: number; height: number } | null> {
  const head = new Uint8Array(await file.slice(0, 24).arrayBuffer());
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (head.length < 24 || signature.some((b, i) => head[i] !== b)) return null;
  const view = new DataView(head.buffer);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function requireFile(value: unknown): File {
  // The SDK checks the class tag, as we do here (never instanceof across realms).
  if (Object.prototype.toString.call(value) !== '[object File]') {
    throw { code: FAKE_CODES.invalidParameter, message: 'payload.file must be a File' };
  }
  return value as File;
}

function notLoggedIn(): { code: number; message: string } {
  return { code: FAKE_CODES.notLoggedIn, message: 'not logged in: call login first' };
}

function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function later(fn: () => void): void {
  setTimeout(fn, 0);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A fake server with two users (and a group of both) ready for tests. */
export function twoUserServer(): FakeTencentServer {
  return new FakeTencentServer()
    .addUser({ userID: 'alice', nick: 'Alice', avatar: 'https://avatars.fake-tencent.invalid/alice.png' })
    .addUser({ userID: 'bob', nick: 'Bob', avatar: 'javascript:alert(1)' })
    .addGroup({ groupID: 'team', name: 'Team', ownerID: 'alice', members: ['bob'] });
}
