import { expect } from '@open-wc/testing';
import '../../src/components/message-list/define.js';
import type { Message } from '../../src/core/model/message.js';
import { bulkHistory, makeMessageWorld, sampleMedia, until, type MessageWorld } from '../fixtures/message-world.js';
import { deepQuery, deepText } from './dom-helpers.js';
import { RowSlots } from '../../src/components/message-list/row-slots.js';
import { frames, mountList, rowFor, rowsOf, scrollerOf, visibleRows } from './message-list-helpers.js';

/**
 * Rows leaving the range are handed to messages coming in (row-slots.ts): a reused element must
 * show only its new message, be measured again (even at the same height), and never be the row
 * the reader is on.
 */
describe('<tim-message-list> reuses rows without showing stale content', () => {
  let world: MessageWorld;
  let history: Message[];

  beforeEach(async () => {
    world = await makeMessageWorld({ pageSize: 400 });
    const media = await sampleMedia();
    history = bulkHistory(world.c2c, 300, 'alice', 'bob', { imageUrl: media.image.url });
    await world.alice.importMessages(history);
  });

  afterEach(async () => {
    await world.dispose();
  });

  /** Scroll as a reader does: a wheel event first (it stops the list following the newest message). */
  function readerScroll(scroller: HTMLElement, top: number) {
    scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: top - scroller.scrollTop }));
    scroller.scrollTop = top;
  }

  const indexOf = (id: string) => history.findIndex((m) => m.ID === id);

  /** Each row shows its own message, and the rows on screen lie one under another without overlap. */
  function expectRowsTrue(list: HTMLElement & { shadowRoot: ShadowRoot | null }) {
    for (const row of rowsOf(list as never)) {
      const i = indexOf(row.dataset.id!);
      expect(i, `a row for an unknown message ${row.dataset.id}`).to.be.at.least(0);
      const elem = history[i]!.elements[0]!;
      if (elem.type === 'TIMTextElem') {
        expect(deepText(row), `row ${i}`).to.contain(`#${i}`);
        expect(deepQuery(row, 'tim-message-image'), `row ${i} keeps an image`).to.equal(null);
      } else {
        expect(deepQuery(row, 'tim-message-image'), `row ${i} lost its image`).to.not.equal(null);
      }
    }
    const boxes = visibleRows(list as never)
      .map((r) => r.getBoundingClientRect())
      .sort((a, b) => a.top - b.top);
    for (let k = 1; k < boxes.length; k++) {
      expect(boxes[k]!.top, 'rows overlap: a reused row was not measured').to.be.at.least(boxes[k - 1]!.bottom - 1);
    }
  }

  it('a jump across the history shows the right messages, measured, and back again', async () => {
    const list = await mountList(world.alice, world.c2c, { height: 500 });
    await until(() => rowFor(list, history[299]!.ID), 'the newest row');
    const scroller = scrollerOf(list);
    for (const fraction of [0.5, 0.1, 0.75, 0.3, 0.9, 0.05, 1]) {
      readerScroll(scroller, fraction * (scroller.scrollHeight - scroller.clientHeight));
      await frames(6);
      expectRowsTrue(list);
    }
  });

  it('the focused row is never handed to another message', async () => {
    const list = await mountList(world.alice, world.c2c, { height: 500 });
    const newest = history[299]!;
    await until(() => rowFor(list, newest.ID), 'the newest row');
    const focused = rowFor(list, newest.ID)!;
    focused.focus();
    const scroller = scrollerOf(list);
    // A short scroll keeps it in range: the same element, still focused.
    readerScroll(scroller, scroller.scrollTop - 150);
    await frames(6);
    expect(rowFor(list, newest.ID) === focused, 'the same element').to.equal(true);
    expect(list.shadowRoot!.activeElement === focused, 'still focused').to.equal(true);
    // Far away it leaves the range; whatever holds focus then is never a row showing another message.
    for (const fraction of [0.4, 0.1, 0.7]) {
      readerScroll(scroller, fraction * (scroller.scrollHeight - scroller.clientHeight));
      await frames(6);
      const active = list.shadowRoot!.activeElement as HTMLElement | null;
      if (active?.localName === 'tim-message') expect(active.dataset.id).to.equal(newest.ID);
      expect(focused.dataset.id).to.equal(newest.ID);
      expectRowsTrue(list);
    }
  });
});

describe('RowSlots', () => {
  it('rows drawn under their own ID keep it; rows leaving hand their key to rows coming in', () => {
    const slots = new RowSlots();
    expect([slots.keyOf('a'), slots.keyOf('b'), slots.keyOf('c')]).to.deep.equal(['a', 'b', 'c']);
    slots.assign(['b', 'c', 'd']);
    expect([slots.keyOf('b'), slots.keyOf('c'), slots.keyOf('d')]).to.deep.equal(['b', 'c', 'a']);
    // A kept row (focused) is never handed on, even when it leaves.
    slots.assign(['e', 'f'], ['c']);
    const keys = [slots.keyOf('e'), slots.keyOf('f')];
    expect(keys).to.have.members(['b', 'a']);
    expect(keys).to.not.include('c');
  });
});
