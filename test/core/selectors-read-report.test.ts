import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createMessage, textElem } from '../../src/core/model/factories.js';
import { readReportDue } from '../../src/core/store/selectors/read-report.js';

const message = (ID: string, flow: 'in' | 'out', isRead = false) =>
  createMessage({ ID, conversationID: 'C2Cbob', from: flow === 'in' ? 'bob' : 'me', flow, isRead, elements: [textElem(ID)] });

describe('readReportDue', () => {
  it('is the newest message when some of the newest came in unread', () => {
    assert.equal(readReportDue([message('a', 'in'), message('b', 'out')], ''), 'b');
  });

  it('is nothing when all are read or own, when empty, or when the newest was reported already', () => {
    assert.equal(readReportDue([message('a', 'in', true), message('b', 'out')], ''), '');
    assert.equal(readReportDue([], ''), '');
    assert.equal(readReportDue([message('a', 'in')], 'a'), '');
  });

  it("looks at the newest 50 only: an unread message further back is the store's to count, not a reason to report", () => {
    const list = [message('old', 'in'), ...Array.from({ length: 50 }, (_, i) => message(`r${i}`, 'in', true))];
    assert.equal(readReportDue(list, ''), '');
    assert.equal(readReportDue([...list, message('new', 'in')], ''), 'new');
  });
});
