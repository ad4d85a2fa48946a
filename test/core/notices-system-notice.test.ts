import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNameLookup, describeGroupSystemNotice } from '../../src/core/notices/index.js';
import { localize } from '../../src/core/i18n/index.js';
import type { GroupSystemNoticeElem } from '../../src/core/model/elements.js';

const SELF = 'me';
const names = createNameLookup({
  users: [
    { userID: 'alice', nick: 'Alice', avatar: '' },
    { userID: 'zhang', nick: '张三', avatar: '' },
  ],
});

function notice(fields: Partial<GroupSystemNoticeElem>): GroupSystemNoticeElem {
  return {
    type: 'TIMGroupSystemNoticeElem',
    operationType: 1,
    operatorID: 'alice',
    groupID: 'hikers',
    groupName: 'Weekend Hikers',
    handleMessage: '',
    userDefinedField: '',
    ...fields,
  };
}

function lines(fields: Partial<GroupSystemNoticeElem>): [string, string] {
  const text = describeGroupSystemNotice(notice(fields), names, SELF);
  return [localize('en', text), localize('zh-CN', text)];
}

/** Each type with an operator, without one, and where relevant with a reason. */
const CASES: { type: number; withOperator: [string, string]; withoutOperator: [string, string] }[] = [
  {
    type: 1,
    withOperator: ['Alice asked to join Weekend Hikers', 'Alice 申请加入群聊“Weekend Hikers”'],
    withoutOperator: ['Someone asked to join Weekend Hikers', '有人申请加入群聊“Weekend Hikers”'],
  },
  {
    type: 2,
    withOperator: ['Alice approved your request to join Weekend Hikers', 'Alice 同意了你加入群聊“Weekend Hikers”的申请'],
    withoutOperator: ['Your request to join Weekend Hikers was approved', '你加入群聊“Weekend Hikers”的申请已通过'],
  },
  {
    type: 3,
    withOperator: ['Alice declined your request to join Weekend Hikers', 'Alice 拒绝了你加入群聊“Weekend Hikers”的申请'],
    withoutOperator: ['Your request to join Weekend Hikers was declined', '你加入群聊“Weekend Hikers”的申请被拒绝'],
  },
  {
    type: 4,
    withOperator: ['Alice removed you from Weekend Hikers', 'Alice 将你移出了群聊“Weekend Hikers”'],
    withoutOperator: ['You were removed from Weekend Hikers', '你已被移出群聊“Weekend Hikers”'],
  },
  {
    type: 5,
    withOperator: ['Alice disbanded Weekend Hikers', 'Alice 解散了群聊“Weekend Hikers”'],
    withoutOperator: ['Weekend Hikers was disbanded', '群聊“Weekend Hikers”已被解散'],
  },
  {
    type: 6,
    withOperator: ['Alice created Weekend Hikers', 'Alice 创建了群聊“Weekend Hikers”'],
    withoutOperator: ['Weekend Hikers was created', '群聊“Weekend Hikers”已创建'],
  },
  {
    type: 7,
    withOperator: ['Alice added you to Weekend Hikers', 'Alice 邀请你加入了群聊“Weekend Hikers”'],
    withoutOperator: ['You were added to Weekend Hikers', '你已加入群聊“Weekend Hikers”'],
  },
  {
    type: 8,
    withOperator: ['You left Weekend Hikers', '你已退出群聊“Weekend Hikers”'],
    withoutOperator: ['You left Weekend Hikers', '你已退出群聊“Weekend Hikers”'],
  },
  {
    type: 9,
    withOperator: ['Alice made you an admin of Weekend Hikers', 'Alice 将你设为群聊“Weekend Hikers”的管理员'],
    withoutOperator: ['You are now an admin of Weekend Hikers', '你已成为群聊“Weekend Hikers”的管理员'],
  },
  {
    type: 10,
    withOperator: ['Alice removed you as an admin of Weekend Hikers', 'Alice 取消了你在群聊“Weekend Hikers”的管理员身份'],
    withoutOperator: ['You are no longer an admin of Weekend Hikers', '你已不再是群聊“Weekend Hikers”的管理员'],
  },
  {
    type: 11,
    withOperator: ['Weekend Hikers was deleted by the system', '群聊“Weekend Hikers”已被系统回收'],
    withoutOperator: ['Weekend Hikers was deleted by the system', '群聊“Weekend Hikers”已被系统回收'],
  },
  {
    type: 12,
    withOperator: ['Alice invited you to join Weekend Hikers', 'Alice 邀请你加入群聊“Weekend Hikers”'],
    withoutOperator: ['You were invited to join Weekend Hikers', '你收到了加入群聊“Weekend Hikers”的邀请'],
  },
  {
    type: 13,
    withOperator: ['Alice accepted your invitation to join Weekend Hikers', 'Alice 接受了邀请，加入了群聊“Weekend Hikers”'],
    withoutOperator: ['Your invitation to join Weekend Hikers was accepted', '加入群聊“Weekend Hikers”的邀请已被接受'],
  },
  {
    type: 14,
    withOperator: ['Alice declined your invitation to join Weekend Hikers', 'Alice 拒绝了加入群聊“Weekend Hikers”的邀请'],
    withoutOperator: ['Your invitation to join Weekend Hikers was declined', '加入群聊“Weekend Hikers”的邀请已被拒绝'],
  },
];

for (const c of CASES) {
  test(`system notice ${c.type} in both languages`, () => {
    assert.deepEqual(lines({ operationType: c.type }), c.withOperator);
    assert.deepEqual(lines({ operationType: c.type, operatorID: '' }), c.withoutOperator);
  });
}

test('every type 1–14 has its own line', () => {
  const english = new Set(CASES.map((c) => c.withOperator[0]));
  assert.equal(english.size, 14);
  assert.equal(CASES.map((c) => c.type).join(), '1,2,3,4,5,6,7,8,9,10,11,12,13,14');
});

test('the attached message or reason (handleMessage) is quoted after the line', () => {
  assert.deepEqual(lines({ operationType: 1, handleMessage: 'Hi, I met you at the trail' }), [
    'Alice asked to join Weekend Hikers: “Hi, I met you at the trail”',
    'Alice 申请加入群聊“Weekend Hikers”：“Hi, I met you at the trail”',
  ]);
  assert.deepEqual(lines({ operationType: 3, handleMessage: '群已满' }), [
    'Alice declined your request to join Weekend Hikers: “群已满”',
    'Alice 拒绝了你加入群聊“Weekend Hikers”的申请：“群已满”',
  ]);
  assert.deepEqual(lines({ operationType: 2, operatorID: '', handleMessage: 'Welcome!' }), [
    'Your request to join Weekend Hikers was approved: “Welcome!”',
    '你加入群聊“Weekend Hikers”的申请已通过：“Welcome!”',
  ]);
  const [long] = lines({ operationType: 1, handleMessage: `a\nb ${'c'.repeat(200)}` });
  assert.equal(long, `Alice asked to join Weekend Hikers: “a b ${'c'.repeat(96)}…”`);
});

test('255: the user-defined field is the content', () => {
  assert.deepEqual(lines({ operationType: 255, userDefinedField: 'Trail closed on Sunday' }), [
    'Notice from Weekend Hikers: Trail closed on Sunday',
    '群聊“Weekend Hikers”的通知：Trail closed on Sunday',
  ]);
  assert.deepEqual(lines({ operationType: 255, userDefinedField: '' }), [
    'Custom notice from Weekend Hikers',
    '群聊“Weekend Hikers”的自定义通知',
  ]);
});

test('the operator is named by the lookup, "You"/"你" for the reader, the ID when unknown', () => {
  assert.deepEqual(lines({ operationType: 6, operatorID: 'me' }), ['You created Weekend Hikers', '你创建了群聊“Weekend Hikers”']);
  assert.deepEqual(lines({ operationType: 5, operatorID: 'zhang' }), ['张三 disbanded Weekend Hikers', '张三解散了群聊“Weekend Hikers”']);
  assert.deepEqual(lines({ operationType: 4, operatorID: 'u_9' }), [
    'u_9 removed you from Weekend Hikers',
    'u_9 将你移出了群聊“Weekend Hikers”',
  ]);
});

test('the group is named by its name, else its ID, else "the group"', () => {
  assert.deepEqual(lines({ operationType: 5, groupName: '' }), ['Alice disbanded hikers', 'Alice 解散了群聊“hikers”']);
  assert.deepEqual(lines({ operationType: 5, groupName: '', groupID: '', operatorID: '' }), ['The group was disbanded', '群聊已被解散']);
  assert.deepEqual(lines({ operationType: 8, groupName: '周末徒步' }), ['You left 周末徒步', '你已退出群聊“周末徒步”']);
});

test('unknown types and malformed notices give a generic line, never a crash', () => {
  for (const operationType of [0, 15, 100, 254, -3, Number.NaN]) {
    assert.deepEqual(lines({ operationType }), ['System notification from Weekend Hikers', '来自群聊“Weekend Hikers”的系统通知']);
  }
  assert.deepEqual(lines({ operationType: 42, groupName: '', groupID: '' }), ['Group system notification', '群系统通知']);
  const broken = {
    operationType: '5',
    operatorID: null,
    groupName: 7,
    groupID: ['x'],
    handleMessage: {},
  } as unknown as GroupSystemNoticeElem;
  assert.equal(localize('en', describeGroupSystemNotice(broken, names, SELF)), '7 was disbanded');
  assert.equal(localize('zh-CN', describeGroupSystemNotice(undefined as unknown as GroupSystemNoticeElem)), '群系统通知');
});
