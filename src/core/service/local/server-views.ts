import { viewRelay } from './server-forwarding.js';
import type { Conversation } from '../../model/conversation.js';
import type { MessageElement } from '../../model/elements.js';
import { SYSTEM_CONVERSATION_ID, c2cConversationID, groupConversationID, parseConversationID } from '../../model/ids.js';
import { EMPTY_MESSAGE, type Message } from '../../model/message.js';
import type { GroupMember, GroupProfile, UserProfile } from '../../model/profile.js';
import type { BlobUrls } from './blob-urls.js';
import {
  c2cThreadID,
  groupThreadID,
  systemThreadID,
  type ConversationRecord,
  type GroupRecord,
  type MemberRecord,
  type MessageRecord,
  type UserRecord,
} from './server-records.js';
import type { ServerTx } from './server-storage.js';

/** The thread behind one user's conversation ID, or null when the ID is not valid. */
export function threadOf(viewerID: string, conversationID: string): string | null {
  const parsed = parseConversationID(conversationID);
  if (!parsed) return null;
  if (parsed.type === 'C2C') return c2cThreadID(viewerID, parsed.targetID);
  if (parsed.type === 'GROUP') return groupThreadID(parsed.targetID);
  return systemThreadID(viewerID);
}

/** The conversation ID under which `viewerID` sees a message. */
export function conversationIDFor(record: MessageRecord, viewerID: string): string {
  if (record.conversationType === 'GROUP') return groupConversationID(record.to);
  if (record.conversationType === 'C2C') return c2cConversationID(record.from === viewerID ? record.to : record.from);
  return SYSTEM_CONVERSATION_ID;
}

/** Is the message in `viewerID`'s history (not deleted by them, not cleared). */
export function isVisibleTo(record: MessageRecord, viewerID: string, conversation: ConversationRecord | undefined): boolean {
  return !record.hiddenFor.includes(viewerID) && record.seq > (conversation?.clearedSeq ?? 0);
}

export function userProfileOf(record: UserRecord | undefined, userID: string): UserProfile {
  return record
    ? { userID: record.userID, nick: record.nick, avatar: record.avatar, selfSignature: record.selfSignature }
    : { userID, nick: '', avatar: '' };
}

export function groupMemberOf(member: MemberRecord, user: UserRecord | undefined): GroupMember {
  return {
    userID: member.userID,
    nick: user?.nick ?? '',
    avatar: user?.avatar ?? '',
    nameCard: member.nameCard,
    role: member.role,
    muteUntil: member.muteUntil,
  };
}

/**
 * Builds the model objects one user sees — their flow, read marks, conversation IDs and this
 * tab's blob URLs — from the shared records, inside a transaction.
 */
export class ServerViews {
  private readonly conversations = new Map<string, ConversationRecord | undefined>();

  constructor(
    private readonly tx: ServerTx,
    private readonly urls: BlobUrls,
    readonly viewerID: string,
  ) {}

  async conversationRecord(userID: string, conversationID: string): Promise<ConversationRecord | undefined> {
    const key = JSON.stringify([userID, conversationID]);
    if (!this.conversations.has(key)) this.conversations.set(key, await this.tx.getConversation(userID, conversationID));
    return this.conversations.get(key);
  }

  async message(record: MessageRecord): Promise<Message> {
    const viewer = this.viewerID;
    const conversationID = conversationIDFor(record, viewer);
    const own = await this.conversationRecord(viewer, conversationID);
    const outgoing = record.from === viewer;
    let isPeerRead = false;
    if (outgoing && record.conversationType === 'C2C' && record.to !== viewer) {
      const peer = await this.conversationRecord(record.to, c2cConversationID(viewer));
      isPeerRead = (peer?.readSeq ?? 0) >= record.seq && record.seq > 0;
    }
    return {
      ...EMPTY_MESSAGE,
      ID: record.ID,
      conversationID,
      conversationType: record.conversationType,
      from: record.from,
      to: record.to,
      flow: outgoing ? 'out' : 'in',
      time: record.time,
      clientTime: record.clientTime,
      sequence: record.seq,
      random: record.random,
      status: 'success',
      priority: record.priority,
      isRevoked: record.isRevoked,
      revoker: record.revoker,
      isRead: outgoing || (record.seq > 0 && record.seq <= (own?.readSeq ?? 0)),
      isPeerRead,
      onlineOnly: record.onlineOnly,
      nick: record.nick,
      avatar: record.avatar,
      nameCard: record.nameCard,
      atUserList: [...record.atUserList],
      cloudCustomData: record.cloudCustomData,
      elements: await Promise.all(record.elements.map((element) => this.element(element))),
      ...(record.isModified ? { isModified: true } : {}),
      ...(record.needReadReceipt ? { needReadReceipt: true } : {}),
    };
  }

  async messages(records: readonly MessageRecord[]): Promise<Message[]> {
    const out: Message[] = [];
    for (const record of records) out.push(await this.message(record));
    return out;
  }

  /** Stored elements with their blob references turned into this tab's URLs. */
  async element(element: MessageElement): Promise<MessageElement> {
    const url = (value: string): Promise<string> => this.urls.resolve(this.tx, value);
    switch (element.type) {
      case 'TIMImageElem':
        return {
          ...element,
          imageInfoArray: await Promise.all(element.imageInfoArray.map(async (info) => ({ ...info, url: await url(info.url) }))),
        };
      case 'TIMSoundElem':
        return { ...element, url: await url(element.url) };
      case 'TIMVideoFileElem':
        return { ...element, videoUrl: await url(element.videoUrl), thumbUrl: await url(element.thumbUrl) };
      case 'TIMFileElem':
        return { ...element, fileUrl: await url(element.fileUrl) };
      case 'TIMRelayElem':
        return viewRelay(element, (inner) => this.element(inner));
      default:
        return element;
    }
  }

  async groupProfile(group: GroupRecord): Promise<GroupProfile> {
    const members = await this.tx.listMembers(group.groupID);
    const self = members.find((m) => m.userID === this.viewerID);
    return {
      groupID: group.groupID,
      name: group.name,
      avatar: group.avatar,
      type: group.type,
      ownerID: group.ownerID,
      notification: group.notification,
      introduction: group.introduction,
      memberCount: members.length,
      muteAllMembers: group.muteAllMembers,
      joinOption: group.joinOption,
      ...(self ? { selfRole: self.role, selfMuteUntil: self.muteUntil } : {}),
      ...(group.dismissed ? { isDismissed: true } : {}),
    };
  }

  async conversation(record: ConversationRecord): Promise<Conversation> {
    const threadID = threadOf(record.userID, record.conversationID);
    const [last] = threadID
      ? await this.tx.scanMessages(threadID, {
          reverse: true,
          limit: 1,
          afterSeq: record.clearedSeq,
          filter: (m) => !m.hiddenFor.includes(record.userID),
        })
      : [];
    const parsed = parseConversationID(record.conversationID);
    let userProfile: UserProfile | undefined;
    let groupProfile: GroupProfile | undefined;
    let peerReadTime = 0;
    if (parsed?.type === 'C2C') {
      userProfile = userProfileOf(await this.tx.getUser(parsed.targetID), parsed.targetID);
      const peer = await this.conversationRecord(parsed.targetID, c2cConversationID(record.userID));
      peerReadTime = peer?.readTime ?? 0;
    } else if (parsed?.type === 'GROUP') {
      const group = await this.tx.getGroup(parsed.targetID);
      if (group) groupProfile = await this.groupProfile(group);
    }
    const lastMessage = last ? await this.message(last) : null;
    return {
      conversationID: record.conversationID,
      type: record.type,
      unreadCount: record.unreadCount,
      lastMessage,
      ...(userProfile ? { userProfile } : {}),
      ...(groupProfile ? { groupProfile } : {}),
      isPinned: record.isPinned,
      messageRemindType: record.messageRemindType,
      draft: record.draft,
      peerReadTime,
      atMe: record.atMe,
      activeTime: lastMessage?.time ?? record.createTime,
      ...(record.markedUnread ? { markedUnread: true } : {}),
    };
  }
}
