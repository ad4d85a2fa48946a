import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeConversation, normalizeGroupProfile, normalizeUserProfile } from '../../src/core/interop/normalize-message.js';

/** A Web SDK Conversation as getConversationList returns it. */
const webGroupConversation = {
  conversationID: 'GROUPteam',
  type: 'GROUP',
  subType: 'Work',
  unreadCount: 3,
  lastMessage: {
    nick: 'Bob',
    nameCard: '',
    lastTime: 1700000100,
    lastSequence: 88,
    fromAccount: 'bob',
    isPeerRead: false,
    messageForShow: 'see you',
    type: 'TIMTextElem',
    payload: { text: 'see you' },
    cloudCustomData: '',
    isRevoked: false,
  },
  groupProfile: {
    groupID: 'team',
    name: 'Team',
    avatar: 'https://cdn.example.com/team.png',
    type: 'Work',
    ownerID: 'alice',
    memberCount: 5,
    muteAllMembers: false,
    selfInfo: { role: 'Admin', messageRemindType: 'AcceptAndNotify' },
  },
  userProfile: undefined,
  groupAtInfoList: [{ groupID: 'team', messageSequence: 87, atTypeArray: [1] }],
  isPinned: true,
  messageRemindType: 'AcceptNotNotify',
  draftText: 'unfinished',
};

test('a Web SDK conversation maps to the model, with its last-message summary', () => {
  const { conversation, repairs } = normalizeConversation(webGroupConversation);
  assert.equal(conversation.conversationID, 'GROUPteam');
  assert.equal(conversation.type, 'GROUP');
  assert.equal(conversation.unreadCount, 3);
  assert.equal(conversation.isPinned, true);
  assert.equal(conversation.messageRemindType, 'AcceptNotNotify');
  assert.equal(conversation.atMe, true);
  assert.deepEqual(conversation.draft, { text: 'unfinished', editTime: 0, userDefine: '' });
  assert.equal(conversation.lastMessage?.from, 'bob');
  assert.equal(conversation.lastMessage?.time, 1700000100);
  assert.equal(conversation.lastMessage?.sequence, 88);
  assert.equal(conversation.lastMessage?.conversationID, 'GROUPteam');
  assert.deepEqual(conversation.lastMessage?.elements, [{ type: 'TIMTextElem', text: 'see you' }]);
  assert.equal(conversation.activeTime, 1700000100);
  assert.equal(conversation.groupProfile?.selfRole, 'Admin');
  assert.ok(Object.isFrozen(conversation) && Object.isFrozen(conversation.lastMessage));
  // The summary has no message ID: that is the only repair.
  assert.deepEqual(
    repairs.map((repair) => repair.path),
    ['lastMessage.ID'],
  );
});

test('conversation garbage gets defaults and traces', () => {
  const { conversation, repairs } = normalizeConversation({
    conversationID: 'bob',
    type: 'C2C',
    unreadCount: -4,
    isPinned: 'yes',
    messageRemindType: 'loud',
    lastMessage: 'hi',
    draft: 5,
  });
  assert.equal(conversation.conversationID, 'C2Cbob');
  assert.equal(conversation.unreadCount, 0);
  assert.equal(conversation.isPinned, false);
  assert.equal(conversation.messageRemindType, 'AcceptAndNotify');
  assert.equal(conversation.lastMessage, null);
  assert.equal(conversation.draft, null);
  for (const path of ['conversationID', 'unreadCount', 'isPinned', 'messageRemindType', 'lastMessage', 'draft']) {
    assert.ok(
      repairs.some((repair) => repair.path === path),
      path,
    );
  }
  for (const input of [null, 'C2Cbob', 12, []]) {
    const result = normalizeConversation(input);
    assert.equal(result.conversation.conversationID, '');
    assert.equal(result.repairs[0]?.path, '');
  }
});

test('a conversation ID is derived from its profile or its type', () => {
  assert.equal(normalizeConversation({ userProfile: { userID: 'bob', nick: 'Bob' } }).conversation.conversationID, 'C2Cbob');
  assert.equal(
    normalizeConversation({ groupProfile: { groupID: 'g1', name: 'G', type: 'Public' } }).conversation.conversationID,
    'GROUPg1',
  );
  assert.equal(normalizeConversation({ type: '@TIM#SYSTEM' }).conversation.conversationID, '@TIM#SYSTEM');
  const conflicting = normalizeConversation({ conversationID: 'GROUPg1', type: 'C2C' });
  assert.equal(conflicting.conversation.type, 'GROUP');
  assert.equal(conflicting.repairs[0]?.kind, 'coerced');
});

test('user profiles: URL checked, missing ID traced', () => {
  assert.deepEqual(
    normalizeUserProfile({ userID: 'alice', nick: 'Alice', avatar: 'javascript:alert(1)', selfSignature: 'hi', gender: 'x' }).profile,
    {
      userID: 'alice',
      nick: 'Alice',
      avatar: '',
      selfSignature: 'hi',
    },
  );
  const { profile, repairs } = normalizeUserProfile({ nick: 5 });
  assert.deepEqual(profile, { userID: '', nick: '5', avatar: '' });
  assert.deepEqual(
    repairs.map((repair) => [repair.path, repair.kind]),
    [
      ['userID', 'defaulted'],
      ['nick', 'coerced'],
    ],
  );
  assert.equal(normalizeUserProfile(undefined).repairs[0]?.kind, 'dropped');
});

test('group profiles: legacy types, aliases and bad types', () => {
  const { profile, repairs } = normalizeGroupProfile({
    groupID: 'g',
    groupName: 'Old',
    type: 'ChatRoom',
    memberNum: '8',
    faceUrl: 'https://cdn.example.com/g.png',
    muteAllMembers: 'false',
    selfRole: 'Boss',
  });
  assert.equal(profile.name, 'Old');
  assert.equal(profile.type, 'Meeting');
  assert.equal(profile.memberCount, 8);
  assert.equal(profile.avatar, 'https://cdn.example.com/g.png');
  assert.equal(profile.muteAllMembers, false);
  assert.equal(profile.selfRole, 'Member');
  assert.ok(repairs.some((repair) => repair.path === 'selfRole' && repair.kind === 'dropped'));
  assert.equal(normalizeGroupProfile({ groupID: 'g', type: 'Private' }).profile.type, 'Work');
  assert.equal(normalizeGroupProfile({ groupID: 'g', type: 'Secret' }).profile.type, 'Public');
});
