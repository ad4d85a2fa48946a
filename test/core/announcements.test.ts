import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ArrivalAnnouncer,
  arrivalsBetween,
  newlyFailedSends,
  type Arrival,
  type ArrivalAnnouncement,
} from '../../src/core/announcements/index.js';
import type { Conversation } from '../../src/core/model/conversation.js';
import { EMPTY_MESSAGE, type Message } from '../../src/core/model/message.js';
import { ManualTimers } from '../support/manual-timers.js';

const message = (fields: Partial<Message>): Message => ({ ...EMPTY_MESSAGE, status: 'success', flow: 'in', ...fields }) as Message;
const text = (ID: string, from: string, nick: string, flow: 'in' | 'out' = 'in') =>
  message({ ID, from, nick, flow, elements: [{ type: 'TIMTextElem', text: 'hi' }] });

function conversation(id: string, fields: Partial<Conversation> = {}): Conversation {
  const group = id.startsWith('GROUP');
  return {
    conversationID: id,
    type: group ? 'GROUP' : 'C2C',
    unreadCount: 0,
    lastMessage: null,
    ...(group ? { groupProfile: { groupID: id.slice(5), name: 'Team' } } : { userProfile: { userID: id.slice(3), nick: 'Alice' } }),
    isPinned: false,
    messageRemindType: 'AcceptAndNotify',
    draft: null,
    peerReadTime: 0,
    atMe: false,
    activeTime: 0,
    ...fields,
  } as Conversation;
}

describe('arrivalsBetween: which changes of the conversation list are news for a reader elsewhere', () => {
  const before = [
    conversation('C2Calice', { lastMessage: text('m1', 'alice', 'Alice') }),
    conversation('GROUPteam'),
    conversation('C2Cmuted', { messageRemindType: 'AcceptNotNotify' }),
  ];

  it('a new incoming message that raised the unread count, with its sender and conversation', () => {
    const after = [conversation('C2Calice', { lastMessage: text('m2', 'alice', 'Alice'), unreadCount: 1 }), ...before.slice(1)];
    assert.deepEqual(arrivalsBetween(before, after, { openConversationID: null }), [
      { conversationID: 'C2Calice', conversationName: 'Alice', isGroup: false, sender: 'Alice', count: 1 },
    ]);
  });

  it('a conversation new to the list that starts with unread messages', () => {
    const after = [
      ...before,
      conversation('C2Cneo', {
        userProfile: { userID: 'neo', nick: 'Neo' } as never,
        lastMessage: text('n', 'neo', 'Neo'),
        unreadCount: 2,
      }),
    ];
    assert.deepEqual(arrivalsBetween(before, after, { openConversationID: null }), [
      { conversationID: 'C2Cneo', conversationName: 'Neo', isGroup: false, sender: 'Neo', count: 2 },
    ]);
  });

  it("not the open conversation, not a muted one, not one's own message, not a tip", () => {
    const after = [
      conversation('C2Calice', { lastMessage: text('m2', 'alice', 'Alice'), unreadCount: 1 }),
      conversation('GROUPteam', { lastMessage: text('g1', 'me', 'Me', 'out'), unreadCount: 0 }),
      conversation('C2Cmuted', { messageRemindType: 'AcceptNotNotify', lastMessage: text('x', 'mo', 'Mo'), unreadCount: 4 }),
    ];
    assert.deepEqual(arrivalsBetween(before, after, { openConversationID: 'C2Calice' }), []);
    const tip = message({ ID: 't', from: 'bob', elements: [{ type: 'TIMGroupTipElem', operationType: 1 } as never] });
    assert.deepEqual(
      arrivalsBetween(before, [before[0]!, conversation('GROUPteam', { lastMessage: tip, unreadCount: 1 }), before[2]!], {
        openConversationID: null,
      }),
      [],
    );
  });

  it('a read conversation whose last message did not change is no news (the count went down)', () => {
    const read = [conversation('C2Calice', { lastMessage: text('m1', 'alice', 'Alice'), unreadCount: 0 }), ...before.slice(1)];
    assert.deepEqual(arrivalsBetween(before, read, { openConversationID: null }), []);
  });
});

describe("newlyFailedSends: one's own messages that failed since the last look", () => {
  it('a sending message that failed is news; one already failed, or loaded failed, is not', () => {
    const sending = message({ ID: 'a', flow: 'out', status: 'unSend' });
    const old = message({ ID: 'b', flow: 'out', status: 'fail' });
    const failed = { ...sending, status: 'fail' } as Message;
    const loadedFailed = message({ ID: 'c', flow: 'out', status: 'fail' });
    assert.deepEqual(
      newlyFailedSends([old, sending], [old, failed, loadedFailed]).map((m) => m.ID),
      ['a'],
    );
    assert.deepEqual(newlyFailedSends([old, failed], [old, failed]), []);
    assert.deepEqual(newlyFailedSends([], [old]), [], 'a first load');
    const atOnce = message({ ID: 'd', flow: 'out', status: 'fail', time: 200 });
    assert.deepEqual(
      newlyFailedSends([{ ...old, time: 100 } as Message], [{ ...old, time: 100 } as Message, atOnce]).map((m) => m.ID),
      ['d'],
      'failed before it was ever seen sending',
    );
  });
});

describe('ArrivalAnnouncer: told at once, then at most once an interval, coalesced', () => {
  const arrival = (conversationID: string, sender = 'Alice', count = 1): Arrival => ({
    conversationID,
    conversationName: conversationID === 'GROUPteam' ? 'Team' : sender,
    isGroup: conversationID.startsWith('GROUP'),
    sender,
    count,
  });

  function setup(stillNews?: (id: string) => boolean) {
    const timers = new ManualTimers();
    const told: ArrivalAnnouncement[] = [];
    const announcer = new ArrivalAnnouncer({
      announce: (a) => told.push(a),
      intervalMs: 10_000,
      timers,
      ...(stillNews ? { stillNews } : {}),
    });
    return { timers, told, announcer };
  }

  it('the first message is told at once; those within the interval wait and are told as one', () => {
    const { timers, told, announcer } = setup();
    announcer.arrived([arrival('C2Calice')]);
    assert.deepEqual(told, [{ kind: 'one', sender: 'Alice', conversationName: 'Alice', isGroup: false }]);
    timers.advance(1_000);
    announcer.arrived([arrival('GROUPteam', 'Bob')]);
    timers.advance(1_000);
    announcer.arrived([arrival('GROUPteam', 'Carol', 2)]);
    assert.equal(told.length, 1, 'held within the interval');
    timers.advance(8_000);
    assert.deepEqual(told[1], { kind: 'several', count: 3, conversationName: 'Team', isGroup: true });
  });

  it('several conversations in one interval: one summary with the totals', () => {
    const { timers, told, announcer } = setup();
    announcer.arrived([arrival('C2Calice')]);
    announcer.arrived([arrival('C2Cbob', 'Bob', 2), arrival('GROUPteam', 'Carol')]);
    timers.advance(10_000);
    assert.deepEqual(told[1], { kind: 'elsewhere', count: 3, conversations: 2 });
    // Quiet for a whole interval: the next one is told at once again.
    timers.advance(30_000);
    announcer.arrived([arrival('C2Cbob', 'Bob')]);
    assert.equal(told.length, 3);
  });

  it('a conversation opened while its news was held is left out; dispose drops what is held', () => {
    const open = new Set<string>();
    const { timers, told, announcer } = setup((id) => !open.has(id));
    announcer.arrived([arrival('C2Calice')]);
    announcer.arrived([arrival('C2Cbob', 'Bob')]);
    open.add('C2Cbob');
    timers.advance(10_000);
    assert.equal(told.length, 1);
    announcer.arrived([arrival('C2Ccarol', 'Carol')]);
    assert.equal(told.length, 2, 'the interval since the last announcement has passed');
    announcer.arrived([arrival('C2Cdave', 'Dave')]);
    announcer.dispose();
    timers.advance(60_000);
    assert.equal(told.length, 2);
  });
});
