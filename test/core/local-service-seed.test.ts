import { isSafeUrl } from '../../src/core/model/url.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LocalServer } from '../../src/core/service/local/local-server.js';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';
import { DEMO_GROUPS, DEMO_USERS, seedDemo } from '../../src/core/service/local/seed-demo.js';
import { SYSTEM_CONVERSATION_ID, groupConversationID } from '../../src/core/model/ids.js';
import type { Message } from '../../src/core/model/message.js';
import { GROUP_SYSTEM_NOTICE_OPERATION } from '../../src/core/model/elements.js';
import { localize } from '../../src/core/i18n/translate.js';
import { describeGroupSystemNotice } from '../../src/core/notices/group-system-notice.js';

async function demo() {
  const server = await LocalServer.open({ storage: 'memory' });
  const started = Date.now();
  await seedDemo(server);
  const alice = new LocalChatService(server);
  await alice.login({ userID: 'alice' });
  return { server, alice, seedMs: Date.now() - started };
}

async function allMessages(service: LocalChatService, conversationID: string): Promise<Message[]> {
  return (await service.getMessageList({ conversationID, count: 100 })).messages;
}

test('the demo has people with realistic names, and no avatar URL the renderer would refuse (initials are drawn)', async () => {
  const { server, alice } = await demo();
  const users = await alice.getUserProfiles(DEMO_USERS.map((u) => u.userID));
  assert.ok(users.length >= 4);
  for (const user of users) assert.ok(user.avatar === '' || isSafeUrl(user.avatar), user.avatar.slice(0, 40));
  assert.ok(users.some((u) => /\p{Script=Han}/u.test(u.nick)) && users.some((u) => /^[A-Z][a-z]+ /.test(u.nick)));
  server.close();
});

test('the demo conversations hold every element type (video where it can be encoded), tips and notices', async () => {
  const { server, alice } = await demo();
  const product = await allMessages(alice, groupConversationID(DEMO_GROUPS.productTeam));
  const hikers = await allMessages(alice, groupConversationID(DEMO_GROUPS.hikers));
  const types = new Set([...product, ...hikers].flatMap((m) => m.elements.map((e) => e.type)));
  const expected = [
    'TIMTextElem',
    'TIMFaceElem',
    'TIMImageElem',
    'TIMSoundElem',
    'TIMFileElem',
    'TIMLocationElem',
    'TIMCustomElem',
    'TIMGroupTipElem',
  ];
  for (const type of expected) assert.ok(types.has(type as never), `has ${type}`);
  // Node has no WebCodecs: the video message is left out rather than unplayable.
  assert.equal(types.has('TIMVideoFileElem'), typeof VideoEncoder === 'function');
  const tipOps = new Set(hikers.flatMap((m) => m.elements).flatMap((e) => (e.type === 'TIMGroupTipElem' ? [e.operationType] : [])));
  for (const op of [1, 2, 3, 4, 6, 7]) assert.ok(tipOps.has(op), `hikers tip ${op}`);
  const notices = await allMessages(alice, SYSTEM_CONVERSATION_ID);
  const noticeOps = new Set(
    notices.flatMap((m) => m.elements).flatMap((e) => (e.type === 'TIMGroupSystemNoticeElem' ? [e.operationType] : [])),
  );
  for (const op of [1, 5, 6, 7, 9, 12, 255]) assert.ok(noticeOps.has(op), `notice ${op} (got ${[...noticeOps]})`);
  const image = product.flatMap((m) => m.elements).find((e) => e.type === 'TIMImageElem');
  assert.ok(image && image.type === 'TIMImageElem');
  assert.equal(image.imageInfoArray.length, 3);
  for (const info of image.imageInfoArray) assert.match(info.url, /^blob:/);
  const custom = product.flatMap((m) => m.elements).find((e) => e.type === 'TIMCustomElem' && e.data.includes('text_link'));
  assert.ok(custom, 'a TUIKit text_link custom message');
  server.close();
});

test('the demo conversation list has pins, mutes, unread counts, an @mention, a draft and recalled messages', async () => {
  const { server, alice, seedMs } = await demo();
  const list = await alice.getConversationList();
  const byID = new Map(list.map((c) => [c.conversationID, c]));
  assert.equal(byID.get('C2Clilei')?.isPinned, true);
  assert.equal(byID.get(groupConversationID(DEMO_GROUPS.hikers))?.messageRemindType, 'AcceptNotNotify');
  assert.ok((byID.get(groupConversationID(DEMO_GROUPS.hikers))?.unreadCount ?? 0) > 0, 'the muted group has unread');
  assert.equal(byID.get('C2Cbob')?.unreadCount, 2);
  const product = byID.get(groupConversationID(DEMO_GROUPS.productTeam));
  assert.equal(product?.unreadCount, 3);
  assert.equal(product?.atMe, true);
  assert.match(byID.get('C2Cemma')?.draft?.text ?? '', /\[Smile\]/);
  assert.equal(
    byID.get(SYSTEM_CONVERSATION_ID)?.unreadCount,
    3,
    "the survey, James's request to rejoin the hikers and the book club invitation are new",
  );
  const wangfang = await allMessages(alice, 'C2Cwangfang');
  assert.deepEqual(
    wangfang
      .filter((m) => m.isRevoked)
      .map((m) => m.revoker)
      .sort(),
    ['alice', 'wangfang'],
  );
  const hanmeimei = await allMessages(alice, 'C2Chanmeimei');
  assert.ok(
    hanmeimei.filter((m) => m.flow === 'out').every((m) => m.isPeerRead),
    'receipts from 韩梅梅',
  );
  const times = list.map((c) => c.activeTime);
  const now = server.now();
  assert.ok(Math.min(...times) < now - 3 * 86400 && Math.max(...times) > now - 3600, 'activity spread over days');
  console.log(`seeded the demo in ${seedMs} ms`);
  server.close();
});

test('seeding twice changes nothing', async () => {
  const { server, alice } = await demo();
  const before = (await allMessages(alice, groupConversationID(DEMO_GROUPS.productTeam))).length;
  await seedDemo(server);
  assert.equal((await allMessages(alice, groupConversationID(DEMO_GROUPS.productTeam))).length, before);
  server.close();
});

test('the custom group notice of the demo reads as a sentence, not as JSON', async () => {
  const { server, alice } = await demo();
  const notices = (await allMessages(alice, SYSTEM_CONVERSATION_ID)).flatMap((m) => m.elements);
  const custom = notices.find((e) => e.type === 'TIMGroupSystemNoticeElem' && e.operationType === GROUP_SYSTEM_NOTICE_OPERATION.custom);
  assert.ok(custom && custom.type === 'TIMGroupSystemNoticeElem', 'a custom notice');
  for (const locale of ['en', 'zh-CN']) {
    const line = localize(locale, describeGroupSystemNotice(custom, undefined, 'alice'));
    assert.match(line, /Quarterly team survey/, line);
    assert.doesNotMatch(line, /[{}"]|"kind"/, `no JSON in "${line}"`);
  }
  server.close();
});
