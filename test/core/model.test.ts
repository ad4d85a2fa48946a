import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseConversationID,
  c2cConversationID,
  groupConversationID,
  SYSTEM_CONVERSATION_ID,
  targetIDOf,
} from '../../src/core/model/ids.js';

test('conversation IDs round-trip through parse', () => {
  assert.deepEqual(parseConversationID(c2cConversationID('alice')), { type: 'C2C', targetID: 'alice' });
  assert.deepEqual(parseConversationID(groupConversationID('g1')), { type: 'GROUP', targetID: 'g1' });
  assert.deepEqual(parseConversationID(SYSTEM_CONVERSATION_ID), { type: '@TIM#SYSTEM', targetID: '' });
  assert.equal(parseConversationID('C2C'), null);
  assert.equal(parseConversationID('nonsense'), null);
});

test('the target of a conversation ID: the peer, the group, or nothing', () => {
  assert.equal(targetIDOf('C2Calice'), 'alice');
  assert.equal(targetIDOf('GROUPg1'), 'g1');
  assert.equal(targetIDOf(SYSTEM_CONVERSATION_ID), '');
  assert.equal(targetIDOf('GROUP'), '');
});
