import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forwardTargets } from '../../src/core/forward/index.js';
import type { Conversation } from '../../src/core/model/conversation.js';
import { createMessage } from '../../src/core/model/factories.js';

const conversation = (id: string, time: number, extra: Partial<Conversation> = {}): Conversation =>
  ({
    conversationID: id,
    type: id.startsWith('GROUP') ? 'GROUP' : id.startsWith('C2C') ? 'C2C' : '@TIM#SYSTEM',
    unreadCount: 0,
    isPinned: false,
    activeTime: 0,
    messageRemindType: 'AcceptAndNotify',
    lastMessage: createMessage({ ID: `m-${id}`, conversationID: id, from: 'x', time, elements: [{ type: 'TIMTextElem', text: 'hi' }] }),
    ...(id.startsWith('C2C') ? { userProfile: { userID: id.slice(3), nick: id === 'C2Calice' ? 'Alice Chen' : '', avatar: '' } } : {}),
    ...(id.startsWith('GROUP') ? { groupProfile: { groupID: id.slice(5), name: 'Design Team' } } : {}),
    ...extra,
  }) as Conversation;

test('forward targets: chats only, most recent first (a pinned old chat does not jump ahead), no dismissed group', () => {
  const list = [
    conversation('C2Cbob', 10, { isPinned: true }),
    conversation('GROUPdesign', 30),
    conversation('@TIM#SYSTEM', 50),
    conversation('C2Calice', 20),
    conversation('GROUPgone', 40, { groupProfile: { groupID: 'gone', name: 'Gone', isDismissed: true } as Conversation['groupProfile'] }),
  ];
  assert.deepEqual(
    forwardTargets(list).map((c) => c.conversationID),
    ['GROUPdesign', 'C2Calice', 'C2Cbob'],
  );
});

test('forward targets: the search matches the name or the ID, ignoring case and full-width letters', () => {
  const list = [conversation('C2Cbob', 10), conversation('GROUPdesign', 30), conversation('C2Calice', 20)];
  assert.deepEqual(
    forwardTargets(list, 'ａｌｉｃｅ').map((c) => c.conversationID),
    ['C2Calice'],
  );
  assert.deepEqual(
    forwardTargets(list, '  design ').map((c) => c.conversationID),
    ['GROUPdesign'],
  );
  assert.deepEqual(
    forwardTargets(list, 'BOB').map((c) => c.conversationID),
    ['C2Cbob'],
  );
  assert.deepEqual(forwardTargets(list, 'nobody'), []);
});
