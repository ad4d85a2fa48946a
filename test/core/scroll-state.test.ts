import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  followsNewest,
  INITIAL_SCROLL_STATE,
  keepsReadingAnchor,
  mayShowJumpToLatest,
  reduceScroll,
  type ChatScrollState,
  type ScrollEvent,
} from '../../src/core/scroll/chat-scroll-state.js';

/** Runs events from a state; returns the last state and every effect, in order. */
function run(events: ScrollEvent[], from: ChatScrollState = INITIAL_SCROLL_STATE) {
  let state = from;
  const effects: string[] = [];
  for (const event of events) {
    const t = reduceScroll(state, event);
    state = t.state;
    effects.push(...t.effects);
  }
  return { state, effects };
}

const message = (ID: string, extra: { unread?: boolean; ownSending?: boolean } = {}) => ({
  ID,
  unread: extra.unread ?? true,
  ownSending: extra.ownSending ?? false,
});
const scrolledUp: ScrollEvent[] = [{ type: 'gesture-started' }, { type: 'scrolled', atEnd: false }, { type: 'gesture-ended' }];

describe('chat scroll state', () => {
  it('opens pinned to the newest message, or jumping to the place the conversation was left', () => {
    assert.equal(run([{ type: 'opened', restore: null }]).state.mode.kind, 'pinned');
    const back = run([{ type: 'opened', restore: { messageID: 'm5', offset: -12 } }]);
    assert.deepEqual(back.state.mode, { kind: 'jumping', messageID: 'm5', block: 'start', offset: -12, restore: true });
    assert.deepEqual(back.effects, ['align']);
  });

  it('a place left behind that is gone opens at the newest message; a missing jump target leaves the reader where they are', () => {
    const gone = run([{ type: 'opened', restore: { messageID: 'm5', offset: 0 } }, { type: 'target-missing' }]);
    assert.equal(gone.state.mode.kind, 'pinned');
    assert.deepEqual(gone.effects.slice(-1), ['pin']);
    assert.equal(
      run([...scrolledUp, { type: 'jump', messageID: 'x', block: 'center', offset: 0 }, { type: 'target-missing' }]).state.mode.kind,
      'reading',
    );
  });

  it('stays pinned when a new message arrives at the end, and counts nothing', () => {
    const { state, effects } = run([{ type: 'items-changed', appended: [message('n1')] }]);
    assert.ok(followsNewest(state));
    assert.equal(state.newCount, 0);
    assert.deepEqual(effects, []);
  });

  it('scrolled up by the reader, it stops following (unpins) and counts arrivals, marking where they begin', () => {
    const up = run(scrolledUp);
    assert.equal(up.state.mode.kind, 'reading');
    assert.deepEqual(up.effects, ['unpin']);
    const { state } = run(
      [
        { type: 'items-changed', appended: [message('n1'), message('tip', { unread: false }), message('n2')] },
        { type: 'items-changed', appended: [message('n3')] },
      ],
      up.state,
    );
    assert.equal(state.newCount, 3);
    assert.equal(state.dividerID, 'n1');
    assert.ok(mayShowJumpToLatest(state));
  });

  it("the list's own scrolls never unpin it; reaching the end (by anyone) pins it again and clears the count", () => {
    assert.equal(run([{ type: 'scrolled', atEnd: false }]).state.mode.kind, 'pinned');
    const up = run([...scrolledUp, { type: 'items-changed', appended: [message('n1')] }]);
    const back = run([{ type: 'scrolled', atEnd: true }], up.state);
    assert.equal(back.state.mode.kind, 'pinned');
    assert.equal(back.state.newCount, 0);
    assert.deepEqual(back.effects, ['pin']);
  });

  it("one's own message being sent is followed to the end, even mid-gesture", () => {
    const { state, effects } = run([
      { type: 'gesture-started' },
      { type: 'scrolled', atEnd: false },
      { type: 'items-changed', appended: [message('mine', { ownSending: true, unread: false })] },
    ]);
    assert.ok(followsNewest(state));
    assert.equal(state.gesture, false);
    assert.deepEqual(effects, ['unpin', 'pin']);
  });

  it('keeps the anchor when older history is prepended, even while the reader scrolls, until the layout settles', () => {
    const reading = run(scrolledUp).state;
    assert.ok(keepsReadingAnchor(reading));
    const flinging = run([{ type: 'gesture-started' }], reading).state;
    assert.ok(!keepsReadingAnchor(flinging), "the reader's own scroll is where they are");
    const prepended = run([{ type: 'items-changed', appended: [] }], flinging).state;
    assert.ok(keepsReadingAnchor(prepended), 'older messages put in front of a fling');
    assert.ok(!keepsReadingAnchor(run([{ type: 'layout-settled' }], prepended).state));
    assert.ok(!keepsReadingAnchor(INITIAL_SCROLL_STATE), 'pinned: moving the view is the point');
  });

  it("a jump aligns (which stops following the newest); the list's scrolls do not end it; it lands in reading; a gesture takes over", () => {
    const jump = run([{ type: 'jump', messageID: 'q', block: 'center', offset: 0 }]);
    assert.deepEqual(jump.effects, ['align']);
    assert.equal(
      run(
        [
          { type: 'scrolled', atEnd: true },
          { type: 'unpinned', atEnd: false },
        ],
        jump.state,
      ).state.mode.kind,
      'jumping',
    );
    assert.equal(run([{ type: 'landed' }], jump.state).state.mode.kind, 'reading');
    assert.equal(run([{ type: 'gesture-started' }, { type: 'scrolled', atEnd: false }], jump.state).state.mode.kind, 'reading');
  });

  it('jump to latest pins and clears the count; a resend pins; keyboard focus pins only at the newest with the view at the end', () => {
    const up = run([...scrolledUp, { type: 'items-changed', appended: [message('n1')] }]).state;
    const latest = run([{ type: 'jump-to-latest' }], up);
    assert.ok(followsNewest(latest.state));
    assert.equal(latest.state.newCount, 0);
    assert.deepEqual(latest.effects, ['pin']);
    assert.ok(followsNewest(run([{ type: 'resend' }], up).state));
    assert.equal(run([{ type: 'focus-moved', toNewest: true, atEnd: false }]).state.mode.kind, 'reading');
    assert.ok(followsNewest(run([{ type: 'focus-moved', toNewest: true, atEnd: true }], up).state));
  });

  it("the virtualizer's unpinned event says where the reader is", () => {
    assert.equal(run([{ type: 'unpinned', atEnd: false }]).state.mode.kind, 'reading');
    assert.equal(run([{ type: 'unpinned', atEnd: true }], run(scrolledUp).state).state.mode.kind, 'pinned');
  });

  it('the unread divider is set once: where the unread began when the conversation opened', () => {
    const { state } = run([
      { type: 'unread-begins', messageID: 'u1' },
      { type: 'unread-begins', messageID: 'u0' },
      ...scrolledUp,
      { type: 'items-changed', appended: [message('n1')] },
    ]);
    assert.equal(state.dividerID, 'u1');
  });

  it('returns the same state object when nothing changed (no render for it)', () => {
    const s = INITIAL_SCROLL_STATE;
    assert.equal(reduceScroll(s, { type: 'gesture-ended' }).state, s);
    assert.equal(reduceScroll(s, { type: 'scrolled', atEnd: false }).state, s);
    assert.equal(reduceScroll(s, { type: 'landed' }).state, s);
  });
});
