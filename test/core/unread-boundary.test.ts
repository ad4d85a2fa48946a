import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createMessage, groupTipElem, textElem } from '../../src/core/model/factories.js';
import { locateUnreadBoundary, unreadBoundary, unreadJumpTarget } from '../../src/core/store/unread-boundary.js';

const message = (ID: string, flow: 'in' | 'out', extra: Record<string, unknown> = {}) =>
  createMessage({ ID, conversationID: 'GROUPg', from: flow === 'in' ? 'bob' : 'me', flow, elements: [textElem(ID)], ...extra });

describe('unreadBoundary', () => {
  const list = [
    message('a', 'in'),
    message('b', 'in'),
    message('mine', 'out'),
    createMessage({
      ID: 'tip',
      conversationID: 'GROUPg',
      from: 'bob',
      flow: 'in',
      elements: [groupTipElem({ operationType: 1, operatorID: 'bob', groupID: 'g', userIDList: ['carol'] })],
    }),
    message('recalled', 'in', { isRevoked: true }),
    message('c', 'in'),
  ];

  it('is the first of the N newest messages from others; own messages, tips and recalled ones do not count', () => {
    assert.deepEqual(unreadBoundary(list, 1), { messageID: 'c', count: 1 });
    assert.deepEqual(unreadBoundary(list, 2), { messageID: 'b', count: 2 });
    assert.deepEqual(unreadBoundary(list, 3), { messageID: 'a', count: 3 });
  });

  it('is further back than what is loaded when more are unread, and absent when none are', () => {
    assert.deepEqual(unreadBoundary(list, 9), { messageID: '', count: 9 });
    assert.equal(unreadBoundary(list, 0), null);
    assert.equal(unreadBoundary([], Number.NaN), null);
  });
});

describe('locateUnreadBoundary and unreadJumpTarget: one boundary, completed as older pages arrive', () => {
  const newer = [message('c', 'in'), message('d', 'in')];
  const older = [message('a', 'in'), message('b', 'out'), ...newer];

  it('keeps a boundary whose message is known, and the same object while its message is still further back', () => {
    const known = { messageID: 'c', count: 2 };
    assert.equal(locateUnreadBoundary(known, older), known);
    const back = { messageID: '', count: 3 };
    assert.equal(locateUnreadBoundary(back, newer), back);
    assert.deepEqual(locateUnreadBoundary(back, older), { messageID: 'a', count: 3 });
  });

  it('a jump lands on the boundary once loaded, asks for older pages until then, and after the whole history on the oldest unread', () => {
    const back = { messageID: '', count: 3 };
    assert.equal(unreadJumpTarget(back, newer, false), null);
    assert.equal(unreadJumpTarget(back, older, false), 'a');
    // The server counted more than there are: the oldest unread loaded message.
    assert.equal(unreadJumpTarget({ messageID: '', count: 9 }, older, true), 'a');
    assert.equal(unreadJumpTarget({ messageID: '', count: 9 }, [message('mine', 'out')], true), '');
  });
});
