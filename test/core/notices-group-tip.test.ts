import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeGroupTip, createNameLookup } from '../../src/core/notices/index.js';
import { localize, type LocalizedText } from '../../src/core/i18n/index.js';
import type { GroupTipElem } from '../../src/core/model/elements.js';

const SELF = 'me';
const names = createNameLookup({
  users: [
    { userID: 'alice', nick: 'Alice', avatar: '' },
    { userID: 'bob', nick: 'Bob', avatar: '' },
    { userID: 'carol', nick: 'Carol', avatar: '' },
    { userID: 'dave', nick: 'Dave', avatar: '' },
    { userID: 'zhang', nick: '张三', avatar: '' },
    { userID: 'me', nick: 'Me Myself', avatar: '' },
  ],
});

function tip(fields: Partial<GroupTipElem>): GroupTipElem {
  return {
    type: 'TIMGroupTipElem',
    operationType: 1,
    operatorID: 'alice',
    userIDList: [],
    groupID: 'team',
    groupProfileChanges: [],
    memberMuteChanges: [],
    ...fields,
  };
}

/** [English, Chinese] for a tip as the user `me` reads it. */
function lines(fields: Partial<GroupTipElem>): [string, string] {
  const text: LocalizedText = describeGroupTip(tip(fields), names, SELF);
  return [localize('en', text), localize('zh-CN', text)];
}

test('1 join: the joiner, several joiners, an inviter, and the reader', () => {
  assert.deepEqual(lines({ operationType: 1, operatorID: 'bob', userIDList: ['bob'] }), ['Bob joined the group', 'Bob 加入了群聊']);
  assert.deepEqual(lines({ operationType: 1, operatorID: 'zhang', userIDList: ['zhang'] }), ['张三 joined the group', '张三加入了群聊']);
  assert.deepEqual(lines({ operationType: 1, operatorID: '', userIDList: ['bob', 'carol'] }), [
    'Bob and Carol joined the group',
    'Bob、Carol 加入了群聊',
  ]);
  assert.deepEqual(lines({ operationType: 1, operatorID: 'alice', userIDList: ['bob', 'carol', 'dave', 'zhang'] }), [
    'Alice invited Bob, Carol and 2 others to the group',
    'Alice 邀请 Bob、Carol 等 4 人加入了群聊',
  ]);
  assert.deepEqual(lines({ operationType: 1, operatorID: 'me', userIDList: ['me'] }), ['You joined the group', '你加入了群聊']);
  assert.deepEqual(lines({ operationType: 1, operatorID: 'me', userIDList: ['bob'] }), [
    'You invited Bob to the group',
    '你邀请 Bob 加入了群聊',
  ]);
  assert.deepEqual(lines({ operationType: 1, operatorID: 'alice', userIDList: ['me'] }), [
    'Alice invited you to the group',
    'Alice 邀请你加入了群聊',
  ]);
  assert.deepEqual(
    lines({ operationType: 1, operatorID: 'bob', userIDList: [] }),
    ['Bob joined the group', 'Bob 加入了群聊'],
    'only the operator named',
  );
});

test('2 quit', () => {
  assert.deepEqual(lines({ operationType: 2, operatorID: 'bob', userIDList: ['bob'] }), ['Bob left the group', 'Bob 退出了群聊']);
  assert.deepEqual(lines({ operationType: 2, operatorID: 'me', userIDList: [] }), ['You left the group', '你退出了群聊']);
  assert.deepEqual(lines({ operationType: 2, operatorID: 'zhang', userIDList: ['zhang'] }), ['张三 left the group', '张三退出了群聊']);
});

test('3 kicked out, with and without an operator', () => {
  assert.deepEqual(lines({ operationType: 3, userIDList: ['bob'] }), ['Alice removed Bob from the group', 'Alice 将 Bob 移出了群聊']);
  assert.deepEqual(lines({ operationType: 3, userIDList: ['bob', 'me'] }), [
    'Alice removed you and Bob from the group',
    'Alice 将你、Bob 移出了群聊',
  ]);
  assert.deepEqual(lines({ operationType: 3, operatorID: 'me', userIDList: ['zhang'] }), [
    'You removed 张三 from the group',
    '你将张三移出了群聊',
  ]);
  assert.deepEqual(lines({ operationType: 3, operatorID: '', userIDList: ['bob'] }), [
    'Bob was removed from the group',
    'Bob 被移出了群聊',
  ]);
  assert.deepEqual(lines({ operationType: 3, operatorID: '', userIDList: ['me'] }), ['You were removed from the group', '你被移出了群聊']);
});

test('4 set admin', () => {
  assert.deepEqual(lines({ operationType: 4, userIDList: ['bob'] }), ['Alice made Bob an admin', 'Alice 将 Bob 设为管理员']);
  assert.deepEqual(lines({ operationType: 4, userIDList: ['bob', 'carol'] }), [
    'Alice made Bob and Carol admins',
    'Alice 将 Bob、Carol 设为管理员',
  ]);
  assert.deepEqual(lines({ operationType: 4, operatorID: '', userIDList: ['me'] }), ['You are now an admin', '你已成为管理员']);
  assert.deepEqual(lines({ operationType: 4, operatorID: '', userIDList: ['bob', 'carol'] }), [
    'Bob and Carol are now admins',
    'Bob、Carol 已成为管理员',
  ]);
});

test('5 admin cancelled', () => {
  assert.deepEqual(lines({ operationType: 5, userIDList: ['bob'] }), ['Alice removed Bob as an admin', 'Alice 取消了 Bob 的管理员身份']);
  assert.deepEqual(lines({ operationType: 5, operatorID: 'me', userIDList: ['zhang'] }), [
    'You removed 张三 as an admin',
    '你取消了张三的管理员身份',
  ]);
  assert.deepEqual(lines({ operationType: 5, operatorID: '', userIDList: ['bob'] }), ['Bob is no longer an admin', 'Bob 已不再是管理员']);
  assert.deepEqual(lines({ operationType: 5, operatorID: '', userIDList: ['me'] }), ['You are no longer an admin', '你已不再是管理员']);
});

test('6 group profile: each kind of change', () => {
  const change = (key: string, value: string | number | boolean) => lines({ operationType: 6, groupProfileChanges: [{ key, value }] });
  assert.deepEqual(change('name', 'Weekend Hikers'), [
    'Alice changed the group name to “Weekend Hikers”',
    'Alice 将群名称修改为“Weekend Hikers”',
  ]);
  assert.deepEqual(change('notification', 'Meet at 9'), [
    'Alice changed the group announcement to “Meet at 9”',
    'Alice 将群公告修改为“Meet at 9”',
  ]);
  assert.deepEqual(change('notification', ''), ['Alice cleared the group announcement', 'Alice 清空了群公告']);
  assert.deepEqual(change('introduction', '周末徒步'), [
    'Alice changed the group description to “周末徒步”',
    'Alice 将群简介修改为“周末徒步”',
  ]);
  assert.deepEqual(change('introduction', ''), ['Alice cleared the group description', 'Alice 清空了群简介']);
  assert.deepEqual(change('avatar', 'https://example.com/a.png'), ['Alice changed the group avatar', 'Alice 更换了群头像']);
  assert.deepEqual(change('owner', 'bob'), ['Alice transferred group ownership to Bob', 'Alice 将群主转让给了 Bob']);
  assert.deepEqual(change('owner', 'me'), ['Alice transferred group ownership to you', 'Alice 将群主转让给了你']);
  assert.deepEqual(change('muteAllMembers', true), ['Alice muted all members', 'Alice 开启了全员禁言']);
  assert.deepEqual(change('muteAllMembers', false), ['Alice unmuted all members', 'Alice 关闭了全员禁言']);
  assert.deepEqual(change('muteAllMembers', 'On'), ['Alice muted all members', 'Alice 开启了全员禁言'], "the SDK's 'On'");
  assert.deepEqual(change('muteAllMembers', 0), ['Alice unmuted all members', 'Alice 关闭了全员禁言']);
  assert.deepEqual(change('groupCustomField', 'x'), ['Alice updated the group profile', 'Alice 修改了群资料']);
});

test("6 group profile: the SDK's field names are understood too", () => {
  const change = (key: string, value: string) => lines({ operationType: 6, groupProfileChanges: [{ key, value }] })[0];
  assert.equal(change('groupName', 'Team'), 'Alice changed the group name to “Team”');
  assert.equal(change('ownerID', 'bob'), 'Alice transferred group ownership to Bob');
  assert.equal(change('faceUrl', 'https://example.com/a.png'), 'Alice changed the group avatar');
});

test('6 group profile: several changes in one sentence, or one line each without an operator', () => {
  assert.deepEqual(
    lines({
      operationType: 6,
      groupProfileChanges: [
        { key: 'name', value: 'Team 2' },
        { key: 'muteAllMembers', value: true },
      ],
    }),
    ['Alice changed the group name to “Team 2” and muted all members', 'Alice 将群名称修改为“Team 2”，并开启了全员禁言'],
  );
  assert.deepEqual(
    lines({
      operationType: 6,
      operatorID: 'me',
      groupProfileChanges: [
        { key: 'name', value: 'Team' },
        { key: 'notification', value: '' },
        { key: 'owner', value: 'zhang' },
      ],
    }),
    [
      'You changed the group name to “Team”, cleared the group announcement and transferred group ownership to 张三',
      '你将群名称修改为“Team”，清空了群公告，并将群主转让给了张三',
    ],
  );
  assert.deepEqual(
    lines({
      operationType: 6,
      operatorID: '',
      groupProfileChanges: [
        { key: 'owner', value: 'me' },
        { key: 'avatar', value: 'x' },
      ],
    }),
    ['You are now the group owner. The group avatar was changed', '你已成为群主；群头像已更换'],
  );
  assert.deepEqual(lines({ operationType: 6, operatorID: '', groupProfileChanges: [{ key: 'name', value: 'Team' }] }), [
    'The group name was changed to “Team”',
    '群名称已修改为“Team”',
  ]);
  assert.deepEqual(lines({ operationType: 6, operatorID: '', groupProfileChanges: [{ key: 'muteAllMembers', value: false }] }), [
    'All members were unmuted',
    '已关闭全员禁言',
  ]);
  assert.deepEqual(lines({ operationType: 6, groupProfileChanges: [] }), ['Alice updated the group profile', 'Alice 修改了群资料']);
});

test('6 group profile: a long or multi-line value is quoted short and on one line', () => {
  const long = `Line one\nline two ${'x'.repeat(100)}`;
  const [english] = lines({ operationType: 6, groupProfileChanges: [{ key: 'notification', value: long }] });
  assert.equal(english, `Alice changed the group announcement to “Line one line two ${'x'.repeat(32)}…”`);
});

test('7 member profile: mute with a human duration, unmute, several members', () => {
  const mute = (changes: { userID: string; muteTime: number }[], operatorID = 'alice') =>
    lines({ operationType: 7, operatorID, memberMuteChanges: changes });
  assert.deepEqual(mute([{ userID: 'bob', muteTime: 600 }]), ['Alice muted Bob for 10 minutes', 'Alice 将 Bob 禁言 10 分钟']);
  assert.deepEqual(mute([{ userID: 'zhang', muteTime: 86_400 }]), ['Alice muted 张三 for 1 day', 'Alice 将张三禁言 1 天']);
  assert.deepEqual(mute([{ userID: 'bob', muteTime: 0 }]), ['Alice unmuted Bob', 'Alice 解除了 Bob 的禁言']);
  assert.deepEqual(mute([{ userID: 'me', muteTime: 5400 }], ''), ['You were muted for 1 hour 30 minutes', '你被禁言 1 小时 30 分钟']);
  assert.deepEqual(mute([{ userID: 'bob', muteTime: 60 }], ''), ['Bob was muted for 1 minute', 'Bob 被禁言 1 分钟']);
  assert.deepEqual(mute([{ userID: 'me', muteTime: 0 }], ''), ['You were unmuted', '你被解除禁言']);
  assert.deepEqual(
    mute([
      { userID: 'bob', muteTime: 600 },
      { userID: 'zhang', muteTime: 600 },
      { userID: 'me', muteTime: 0 },
    ]),
    ['Alice muted Bob and 张三 for 10 minutes and unmuted you', 'Alice 将 Bob、张三禁言 10 分钟，并解除了你的禁言'],
  );
  assert.deepEqual(
    mute(
      [
        { userID: 'bob', muteTime: 600 },
        { userID: 'carol', muteTime: 0 },
      ],
      '',
    ),
    ['Bob was muted for 10 minutes. Carol was unmuted', 'Bob 被禁言 10 分钟；Carol 被解除禁言'],
  );
});

test('7 member profile without mute changes is a generic member line', () => {
  assert.deepEqual(lines({ operationType: 7, userIDList: ['bob'] }), ['Bob’s member info was updated', 'Bob 的群成员资料已更新']);
  assert.deepEqual(lines({ operationType: 7, userIDList: ['me'] }), ['Your member info was updated', '你的群成员资料已更新']);
  assert.deepEqual(lines({ operationType: 7, userIDList: [] }), ['Member info was updated', '群成员资料已更新']);
  assert.deepEqual(
    lines({ operationType: 7, userIDList: ['bob'], memberMuteChanges: [{ userID: 'bob', muteTime: Number.NaN }] }),
    ['Bob’s member info was updated', 'Bob 的群成员资料已更新'],
    'a broken mute time is not shown as a mute',
  );
});

test('10/11 ban and unban in an AV chat room', () => {
  assert.deepEqual(lines({ operationType: 10, userIDList: ['bob'] }), ['Alice banned Bob from the room', 'Alice 封禁了 Bob']);
  assert.deepEqual(lines({ operationType: 10, operatorID: '', userIDList: ['bob', 'carol'] }), [
    'Bob and Carol were banned from the room',
    'Bob、Carol 已被封禁',
  ]);
  assert.deepEqual(lines({ operationType: 11, userIDList: ['zhang'] }), ['Alice unbanned 张三', 'Alice 解除了对张三的封禁']);
  assert.deepEqual(lines({ operationType: 11, operatorID: '', userIDList: ['me'] }), ['You were unbanned', '你已被解除封禁']);
});

test('unknown types and malformed tips give a generic line, never a crash', () => {
  for (const operationType of [0, 8, 9, 12, 99, -1, Number.NaN]) {
    assert.deepEqual(lines({ operationType }), ['Group notification', '群通知']);
  }
  const broken = {
    type: 'TIMGroupTipElem',
    operationType: 3,
    operatorID: 42,
    userIDList: 'bob',
    groupProfileChanges: null,
  } as unknown as GroupTipElem;
  assert.deepEqual(describeGroupTip(broken, names, SELF), { key: 'tip.removed', params: { operator: null, users: [] } });
  assert.equal(localize('en', describeGroupTip(broken, names, SELF)), 'Someone was removed from the group');
  assert.equal(localize('en', describeGroupTip(null as unknown as GroupTipElem)), 'Group notification');
  const badChanges = tip({ operationType: 6, groupProfileChanges: [null, { key: 7, value: {} }] as never });
  assert.equal(localize('zh-CN', describeGroupTip(badChanges, names, SELF)), 'Alice 修改了群资料');
});

test('names: unknown users read as their ID; a throwing lookup is survived', () => {
  assert.equal(
    localize('en', describeGroupTip(tip({ operationType: 2, operatorID: 'u_42', userIDList: ['u_42'] }), names)),
    'u_42 left the group',
  );
  const throwing = () => {
    throw new Error('lookup broke');
  };
  assert.equal(localize('en', describeGroupTip(tip({ operationType: 2, userIDList: ['bob'] }), throwing)), 'bob left the group');
  // Without a selfID no one is "You".
  assert.equal(localize('en', describeGroupTip(tip({ operationType: 2, userIDList: ['me'] }), names)), 'Me Myself left the group');
});

test('the result is plain {key, params} data that survives JSON', () => {
  const text = describeGroupTip(tip({ operationType: 1, userIDList: ['bob'] }), names, SELF);
  assert.deepEqual(text, {
    key: 'tip.invited',
    params: { operator: { name: 'Alice', isSelf: false }, users: [{ name: 'Bob', isSelf: false }] },
  });
  assert.equal(localize('zh-CN', JSON.parse(JSON.stringify(text))), 'Alice 邀请 Bob 加入了群聊');
});
