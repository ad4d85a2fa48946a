import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_MESSAGE, type Message } from '../../src/core/model/message.js';
import type { GroupProfile } from '../../src/core/model/profile.js';
import { canEditMessage, editWindowSeconds, RE_EDIT_WINDOW_SECONDS, reEditText } from '../../src/core/store/selectors/edit-window.js';
import { availableMessageActions } from '../../src/core/store/selectors/message-actions.js';
import { canManagePins, isPinnable } from '../../src/core/store/selectors/pin-rules.js';
import { nextPinnedID, pinnedBarView } from '../../src/core/store/selectors/pinned-bar.js';

const SENT = 1_000_000; // seconds
const at = (seconds: number) => (SENT + seconds) * 1000;

function message(patch: Partial<Message> = {}): Message {
  return {
    ...EMPTY_MESSAGE,
    ID: 'm1',
    conversationID: 'GROUPg1',
    conversationType: 'GROUP',
    from: 'alice',
    to: 'g1',
    flow: 'out',
    time: SENT,
    status: 'success',
    elements: [{ type: 'TIMTextElem', text: 'hello' }],
    ...patch,
  };
}

function group(selfRole: GroupProfile['selfRole']): Record<string, GroupProfile> {
  return {
    g1: {
      groupID: 'g1',
      name: 'G',
      avatar: '',
      type: 'Work',
      ownerID: 'alice',
      notification: '',
      introduction: '',
      memberCount: 2,
      muteAllMembers: false,
      ...(selfRole ? { selfRole } : {}),
    },
  };
}

describe('edit window', () => {
  it('is the backend’s number of seconds, Infinity for no limit, null without editing', () => {
    assert.equal(editWindowSeconds(undefined), null);
    assert.equal(editWindowSeconds({}), null);
    assert.equal(editWindowSeconds({ editWindowSeconds: 900 }), 900);
    assert.equal(editWindowSeconds({ editWindowSeconds: Infinity }), Infinity);
    for (const bad of [-1, Number.NaN, '60' as unknown as number])
      assert.equal(editWindowSeconds({ editWindowSeconds: bad }), null, String(bad));
  });

  it('allows one’s own delivered text message up to the end of the window, not a second later', () => {
    const rules = (seconds: number) => ({ now: at(seconds), windowSeconds: 900 });
    assert.equal(canEditMessage(message(), rules(0)), true);
    assert.equal(canEditMessage(message(), rules(900)), true);
    assert.equal(canEditMessage(message(), rules(901)), false);
    assert.equal(canEditMessage(message(), { now: at(10 ** 6), windowSeconds: Infinity }), true);
    assert.equal(canEditMessage(message(), { now: at(0), windowSeconds: null }), false, 'no editing on this backend');
  });

  it('refuses others’ messages, undelivered, recalled, online-only and non-text ones', () => {
    const rules = { now: at(1), windowSeconds: 900 };
    assert.equal(canEditMessage(message({ flow: 'in', from: 'bob' }), rules), false);
    assert.equal(canEditMessage(message({ status: 'unSend' }), rules), false);
    assert.equal(canEditMessage(message({ status: 'fail' }), rules), false);
    assert.equal(canEditMessage(message({ isRevoked: true }), rules), false);
    assert.equal(canEditMessage(message({ onlineOnly: true }), rules), false);
    assert.equal(canEditMessage(message({ elements: [{ type: 'TIMFaceElem', index: 1, data: 'x' }] }), rules), false);
    const two = [
      { type: 'TIMTextElem', text: 'a' },
      { type: 'TIMTextElem', text: 'b' },
    ] as const;
    assert.equal(canEditMessage(message({ elements: two }), rules), false, 'several elements');
  });
});

describe('re-edit after recall', () => {
  const recalled = message({ isRevoked: true, revoker: 'alice' });

  it('offers the text for 2 minutes after the recall, counted from when this device saw it', () => {
    assert.equal(RE_EDIT_WINDOW_SECONDS, 120);
    const recalledAt = at(60);
    assert.equal(reEditText(recalled, { now: at(60), userID: 'alice', recalledAt }), 'hello');
    assert.equal(reEditText(recalled, { now: at(180), userID: 'alice', recalledAt }), 'hello');
    assert.equal(reEditText(recalled, { now: at(181), userID: 'alice', recalledAt }), null);
  });

  it('without a known recall time, counts from the send time (never longer than allowed)', () => {
    assert.equal(reEditText(recalled, { now: at(120), userID: 'alice' }), 'hello');
    assert.equal(reEditText(recalled, { now: at(121), userID: 'alice' }), null);
  });

  it('only for one’s own text recalled by oneself', () => {
    const rules = { now: at(1), userID: 'alice', recalledAt: at(0) };
    assert.equal(reEditText(message(), rules), null, 'not recalled');
    assert.equal(reEditText(message({ isRevoked: true, flow: 'in', from: 'bob' }), rules), null);
    assert.equal(reEditText(message({ isRevoked: true, revoker: 'admin' }), rules), null, 'recalled by an admin');
    assert.equal(reEditText(message({ isRevoked: true, elements: [{ type: 'TIMFaceElem', index: 1, data: 'x' }] }), rules), null);
  });
});

describe('pins', () => {
  const features = { pinnedMessages: { max: 10 } };

  it('owner and admins of a group manage pins on a backend with pins; members and C2C never', () => {
    assert.equal(canManagePins('GROUPg1', group('Owner'), features), true);
    assert.equal(canManagePins('GROUPg1', group('Admin'), features), true);
    assert.equal(canManagePins('GROUPg1', group('Member'), features), false);
    assert.equal(canManagePins('GROUPg1', group(undefined), features), false, 'role not known yet');
    assert.equal(canManagePins('GROUPg1', group('Owner'), {}), false, 'backend without pins');
    assert.equal(canManagePins('C2Cbob', group('Owner'), features), false);
  });

  it('pins delivered, stored, shown messages only', () => {
    assert.equal(isPinnable(message()), true);
    assert.equal(isPinnable(message({ status: 'unSend' })), false);
    assert.equal(isPinnable(message({ isRevoked: true })), false);
    assert.equal(isPinnable(message({ onlineOnly: true })), false);
    assert.equal(isPinnable(message({ elements: [{ type: 'TIMGroupTipElem', operationType: 1 } as never] })), false);
  });
});

describe('message menu with edit and pins', () => {
  it('offers Edit within the window, Pin or Unpin to those who manage pins', () => {
    const base = { now: at(10), editWindowSeconds: 900 };
    assert.deepEqual(availableMessageActions(message(), base), ['copy', 'reply', 'edit', 'forward', 'select', 'revoke', 'delete']);
    assert.ok(!availableMessageActions(message(), { ...base, now: at(901) }).includes('edit'));
    assert.ok(!availableMessageActions(message(), { now: at(10) }).includes('edit'), 'no edit window: no Edit');
    const pins = { ...base, managePins: true };
    assert.ok(availableMessageActions(message(), pins).includes('pin'));
    const pinned = availableMessageActions(message(), { ...pins, pinnedIDs: new Set(['m1']) });
    assert.ok(pinned.includes('unpin') && !pinned.includes('pin'));
    assert.ok(!availableMessageActions(message({ flow: 'in', from: 'bob' }), base).includes('pin'), 'members: no pin');
  });
});

describe('pinned bar', () => {
  const pin = (ID: string) => ({ message: message({ ID }), pinnedBy: 'alice' });
  const pins = [pin('a'), pin('b'), pin('c')];

  it('shows the latest pin first, with its place among them', () => {
    assert.equal(pinnedBarView([], null), null);
    assert.equal(pinnedBarView(undefined, 'a'), null);
    const view = pinnedBarView(pins, null)!;
    assert.equal(view.pin.message.ID, 'c');
    assert.equal(view.position, 3);
    assert.equal(view.count, 3);
    assert.equal(pinnedBarView(pins, 'a')!.position, 1);
    assert.equal(pinnedBarView(pins, 'gone')!.pin.message.ID, 'c', 'an unpinned one falls back to the latest');
  });

  it('cycles from the latest to older pins, then round again', () => {
    assert.equal(nextPinnedID(pins, null), 'b');
    assert.equal(nextPinnedID(pins, 'b'), 'a');
    assert.equal(nextPinnedID(pins, 'a'), 'c');
    assert.equal(nextPinnedID([pin('x')], 'x'), 'x');
    assert.equal(nextPinnedID([], null), null);
  });
});
