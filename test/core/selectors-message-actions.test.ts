import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createMessage, groupTipElem, imageElem, textElem } from '../../src/core/model/factories.js';
import type { Message } from '../../src/core/model/message.js';
import { availableMessageActions, copyableText, MESSAGE_ACTIONS } from '../../src/core/store/selectors/message-actions.js';

const NOW = Date.UTC(2026, 0, 1);
const sentAt = (secondsAgo: number) => Math.floor(NOW / 1000) - secondsAgo;
const message = (extra: Partial<Message> = {}): Message =>
  createMessage({
    ID: 'm',
    conversationID: 'C2Cbob',
    from: 'me',
    flow: 'out',
    status: 'success',
    time: sentAt(10),
    elements: [textElem('hi')],
    ...extra,
  });

describe('availableMessageActions', () => {
  it("offers, in menu order, copy, reply, forward, select, recall and delete for one's own delivered text within the window", () => {
    assert.deepEqual(availableMessageActions(message(), { now: NOW }), ['copy', 'reply', 'forward', 'select', 'revoke', 'delete']);
  });

  it('recalls only within the window: the default 120 s, or the one given', () => {
    assert.ok(availableMessageActions(message({ time: sentAt(120) }), { now: NOW }).includes('revoke'));
    assert.ok(!availableMessageActions(message({ time: sentAt(121) }), { now: NOW }).includes('revoke'));
    assert.ok(availableMessageActions(message({ time: sentAt(500) }), { now: NOW, recallWindowSeconds: 600 }).includes('revoke'));
    assert.ok(!availableMessageActions(message({ time: sentAt(31) }), { now: NOW, recallWindowSeconds: 30 }).includes('revoke'));
  });

  it("never recalls someone else's message or one not delivered", () => {
    assert.deepEqual(availableMessageActions(message({ flow: 'in', from: 'bob' }), { now: NOW }), [
      'copy',
      'reply',
      'forward',
      'select',
      'delete',
    ]);
    assert.deepEqual(availableMessageActions(message({ status: 'unSend' }), { now: NOW }), ['copy', 'delete']);
  });

  it('offers resend (first) for a failed own message, and no reply or forward', () => {
    assert.deepEqual(availableMessageActions(message({ status: 'fail' }), { now: NOW }), ['resend', 'copy', 'delete']);
  });

  it('has no copy without text', () => {
    const image = message({ elements: [imageElem({ width: 10, height: 10 })] });
    assert.deepEqual(availableMessageActions(image, { now: NOW }), ['reply', 'forward', 'select', 'revoke', 'delete']);
  });

  it('offers no forward or select (multi-select mode) for an online-only message, which is stored nowhere', () => {
    assert.deepEqual(availableMessageActions(message({ flow: 'in', onlineOnly: true }), { now: NOW }), ['copy', 'reply', 'delete']);
  });

  it('offers delete from history for delivered, stored messages when the backend can', () => {
    assert.deepEqual(availableMessageActions(message({ flow: 'in' }), { now: NOW, deleteFromHistory: true }).slice(-2), [
      'delete',
      'delete-from-history',
    ]);
    assert.deepEqual(availableMessageActions(message({ flow: 'in', onlineOnly: true }), { now: NOW, deleteFromHistory: true }).slice(-1), [
      'delete',
    ]);
    assert.deepEqual(availableMessageActions(message({ status: 'fail' }), { now: NOW, deleteFromHistory: true }).slice(-1), ['delete']);
  });

  it('gives tips and notices no menu, and a recalled message only delete', () => {
    const tip = message({
      flow: 'in',
      elements: [groupTipElem({ operationType: 1, operatorID: 'bob', groupID: 'g', userIDList: ['carol'] })],
    });
    assert.deepEqual(availableMessageActions(tip, { now: NOW }), []);
    assert.deepEqual(availableMessageActions(message({ isRevoked: true }), { now: NOW, deleteFromHistory: true }), [
      'delete',
      'delete-from-history',
    ]);
  });

  it('only ever offers known actions', () => {
    for (const m of [message(), message({ status: 'fail' }), message({ isRevoked: true })]) {
      for (const action of availableMessageActions(m, { now: NOW, deleteFromHistory: true })) assert.ok(MESSAGE_ACTIONS.includes(action));
    }
  });
});

describe('copyableText', () => {
  it('joins the text elements, and is empty without any', () => {
    assert.equal(copyableText(message({ elements: [textElem('a'), imageElem({ width: 10, height: 10 }), textElem('b')] })), 'a\nb');
    assert.equal(copyableText(message({ elements: [] })), '');
  });
});
