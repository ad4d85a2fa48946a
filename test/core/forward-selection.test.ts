import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createMessage } from '../../src/core/model/factories.js';
import type { Message } from '../../src/core/model/message.js';
import {
  enterSelection,
  extendSelection,
  isSelectable,
  MessageSelection,
  pruneSelection,
  selectedMessages,
  SELECTION_LIMIT,
  SELECTION_OFF,
  toggleSelected,
} from '../../src/core/store/message-selection.js';

const text = (id: string, extra: Partial<Message> = {}): Message =>
  ({
    ...createMessage({ ID: id, conversationID: 'C2Cbob', from: 'bob', elements: [{ type: 'TIMTextElem', text: id }] }),
    status: 'success',
    ...extra,
  }) as Message;

const items = [
  text('m1'),
  text('m2'),
  text('tip', {
    elements: [
      {
        type: 'TIMGroupTipElem',
        operationType: 1,
        operatorID: 'a',
        userIDList: [],
        groupID: 'g',
        groupProfileChanges: [],
        memberMuteChanges: [],
      },
    ],
  }),
  text('m4'),
  text('m5'),
];
const [m1, m2, tip, m4, m5] = items as [Message, Message, Message, Message, Message];

describe('message selection (multi-select mode)', () => {
  test('only delivered messages with content can be picked', () => {
    assert.equal(isSelectable(m1), true);
    assert.equal(isSelectable(tip), false, 'a group tip');
    assert.equal(isSelectable(text('x', { isRevoked: true })), false, 'a recalled message');
    assert.equal(isSelectable(text('x', { status: 'unSend' })), false, 'one still sending');
    assert.equal(isSelectable(text('x', { status: 'fail' })), false, 'a failed one');
  });

  test('entering picks the message the menu was opened on', () => {
    assert.deepEqual(enterSelection(m2), { active: true, selected: ['m2'], anchor: 'm2', base: [] });
    assert.deepEqual(enterSelection(tip).selected, [], 'a tip is not picked');
    assert.equal(enterSelection().active, true);
  });

  test('Space toggles a message and makes it the anchor', () => {
    let s = enterSelection(m1);
    s = toggleSelected(s, m4);
    assert.deepEqual(s.selected, ['m1', 'm4']);
    assert.equal(s.anchor, 'm4');
    s = toggleSelected(s, m1);
    assert.deepEqual(s.selected, ['m4']);
    assert.equal(toggleSelected(SELECTION_OFF, m1), SELECTION_OFF, 'nothing happens outside the mode');
  });

  test('Shift+arrows extend from the anchor over what was picked before, skipping what cannot be picked', () => {
    let s = toggleSelected(enterSelection(m5), m1); // m5 picked earlier; anchor m1
    s = extendSelection(s, items, m2);
    assert.deepEqual(s.selected, ['m5', 'm1', 'm2']);
    s = extendSelection(s, items, m4);
    assert.deepEqual(s.selected, ['m5', 'm1', 'm2', 'm4'], 'the tip in between is skipped');
    s = extendSelection(s, items, m2);
    assert.deepEqual(s.selected, ['m5', 'm1', 'm2'], 'moving back shrinks the range to the anchor');
    assert.deepEqual(
      selectedMessages(s, items).map((m) => m.ID),
      ['m1', 'm2', 'm5'],
      'in list order',
    );
  });

  test('extending without an anchor picks the message and anchors there', () => {
    const s = extendSelection(enterSelection(), items, m4);
    assert.deepEqual(s.selected, ['m4']);
    assert.equal(s.anchor, 'm4');
  });

  test('what leaves the list or is recalled leaves the selection', () => {
    let s = toggleSelected(toggleSelected(enterSelection(m1), m2), m4);
    s = pruneSelection(s, [m1, text('m2', { isRevoked: true }), m5]);
    assert.deepEqual(s.selected, ['m1']);
    assert.equal(s.anchor, '', 'the anchor went with m4');
    const same = pruneSelection(s, items);
    assert.equal(same, s, 'unchanged state is the same object');
  });

  test(`at most ${SELECTION_LIMIT} messages can be picked`, () => {
    const many = Array.from({ length: SELECTION_LIMIT + 5 }, (_, i) => text(`n${i}`));
    let s = enterSelection(many[0]);
    s = extendSelection(s, many, many[many.length - 1]!);
    assert.equal(s.selected.length, SELECTION_LIMIT);
    assert.equal(toggleSelected(s, many[many.length - 1]!).selected.length, SELECTION_LIMIT);
  });

  test('the store form notifies subscribers and leaves with exit', () => {
    const selection = new MessageSelection();
    const seen: number[] = [];
    selection.state.subscribe(
      (s) => s.selected.length,
      (n) => seen.push(n),
    );
    selection.enter(m1);
    selection.toggle(m2);
    selection.extend(items, m5);
    assert.equal(selection.isSelected('m4'), true);
    selection.exit();
    assert.equal(selection.active, false);
    assert.deepEqual(seen, [1, 2, 4, 0]);
  });
});
