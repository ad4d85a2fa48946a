import type { Draft } from '../../src/core/model/conversation.js';
import type { Message } from '../../src/core/model/message.js';
import type { GroupMember, GroupProfile } from '../../src/core/model/profile.js';
import type { MessageReply } from '../../src/core/model/tuikit-wire.js';
import { MessageComposer, type ComposerStore } from '../../src/core/composer/message-composer.js';
import type { MediaReader } from '../../src/core/composer/attachment-preparer.js';
import type { ChatState, OutgoingContent, StoreSendOptions } from '../../src/core/store/chat-store-api.js';
import { StateStore } from '../../src/core/store/state-store.js';
import { ManualTimers } from '../support/manual-timers.js';

export const EMPTY_CHAT_STATE: ChatState = {
  me: null,
  connection: 'connecting',
  kickedOut: null,
  conversations: [],
  totalUnread: 0,
  conversationsLoaded: false,
  activeConversationID: null,
  missingConversationIDs: [],
  users: {},
  groups: {},
  groupMembers: {},
  pinnedMessages: {},
  typing: {},
  cacheWarning: null,
  lastError: null,
};

export function group(groupID: string, patch: Partial<GroupProfile> = {}): GroupProfile {
  return {
    groupID,
    name: groupID,
    avatar: '',
    type: 'Work',
    ownerID: 'owner',
    notification: '',
    introduction: '',
    memberCount: 3,
    muteAllMembers: false,
    selfRole: 'Member',
    ...patch,
  };
}

export function member(userID: string, nick: string, patch: Partial<GroupMember> = {}): GroupMember {
  return { userID, nick, avatar: '', nameCard: '', role: 'Member', muteUntil: 0, ...patch };
}

export interface SentCall {
  readonly conversationID: string;
  readonly content: OutgoingContent;
  readonly options: StoreSendOptions | undefined;
}

/** The part of a ChatStore the composer uses, recording what it was asked. */
export class FakeComposerStore implements ComposerStore {
  readonly state = new StateStore<ChatState>({
    ...EMPTY_CHAT_STATE,
    me: { userID: 'alice', nick: 'Alice', avatar: '' },
    connection: 'connected',
  });
  readonly drafts = new Map<string, Draft>();
  readonly draftWrites: string[] = [];
  readonly typing: string[] = [];
  readonly sent: SentCall[] = [];
  readonly memberLoads: string[] = [];
  typingSupported = true;
  /** What the next send throws (then cleared). */
  failNextSend: unknown = null;
  /** What the next member load throws (then cleared). */
  failNextMemberLoad: unknown = null;

  getDraft(conversationID: string): Draft | null {
    return this.drafts.get(conversationID) ?? null;
  }

  async setDraft(conversationID: string, draft: { text: string; userDefine?: string } | null): Promise<void> {
    this.draftWrites.push(`${conversationID}: ${draft ? JSON.stringify(draft.text) : 'null'}`);
    if (draft) this.drafts.set(conversationID, { text: draft.text, userDefine: draft.userDefine ?? '', editTime: 1 });
    else this.drafts.delete(conversationID);
  }

  async send(conversationID: string, content: OutgoingContent | readonly OutgoingContent[], options?: StoreSendOptions): Promise<Message> {
    this.sent.push({ conversationID, content: content as OutgoingContent, options });
    const failure = this.failNextSend;
    this.failNextSend = null;
    if (failure) throw failure;
    return {} as Message;
  }

  readonly edits: Array<{ messageID: string; text: string }> = [];
  /** What the next edit throws (then cleared). */
  failNextEdit: unknown = null;

  async editMessage(message: Message, text: string): Promise<Message> {
    this.edits.push({ messageID: message.ID, text });
    const failure = this.failNextEdit;
    this.failNextEdit = null;
    if (failure) throw failure;
    return { ...message, elements: [{ type: 'TIMTextElem', text }], isModified: true };
  }

  supportsTyping(): boolean {
    return this.typingSupported;
  }

  async sendTyping(conversationID: string, isTyping = true): Promise<void> {
    this.typing.push(`${conversationID} ${isTyping ? 'typing' : 'stopped'}`);
  }

  async loadGroupMembers(groupID: string): Promise<readonly GroupMember[]> {
    this.memberLoads.push(groupID);
    const failure = this.failNextMemberLoad;
    this.failNextMemberLoad = null;
    if (failure) throw failure;
    const members = [member('bob', 'Bob'), member('carol', '王芳')];
    this.state.set((s) => ({ groupMembers: { ...s.groupMembers, [groupID]: members } }));
    return members;
  }
}

/** Media facts given by the test instead of a browser. */
export function fakeMedia(overrides: Partial<MediaReader> = {}): MediaReader {
  return {
    oversizedImage: async () => null,
    readImageSize: async () => ({ width: 64, height: 48 }),
    readVideoInfo: async () => ({ decodable: true, second: 3 }),
    ...overrides,
  };
}

/** A composer over a fake store, on manual timers, opened on `conversationID`. */
export function composerWorld(conversationID: string | null = 'C2Cbob', media: MediaReader = fakeMedia()) {
  const timers = new ManualTimers();
  const store = new FakeComposerStore();
  const composer = new MessageComposer({ media, timers });
  composer.sync(store, conversationID, store.getDraft(conversationID ?? ''));
  return { timers, store, composer };
}

/** A reply reference as TUIKit sends it (the quoted message's summary and place). */
export const SAMPLE_REPLY: MessageReply = {
  messageAbstract: 'Lunch?',
  messageSender: 'Bob',
  messageID: 'm1',
  messageType: 1,
  messageTime: 1,
  messageSequence: 1,
  version: 1,
};
