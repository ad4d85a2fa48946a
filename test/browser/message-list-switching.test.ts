import { expect } from '@open-wc/testing';
import type { TimMessageList } from '../../src/components/message-list/tim-message-list.js';
import { bulkHistory, makeMessageWorld, until, type MessageWorld } from '../fixtures/message-world.js';
import { distanceFromBottom, frames, mountList, rowsOf, scrollerOf, visibleRows } from './message-list-helpers.js';

/** The conversations the drawn rows belong to. */
const conversationsOnScreen = (list: TimMessageList) => [...new Set(rowsOf(list).map((row) => row.message?.conversationID))];

/** The row at the top of the view and how far below the view's top it starts (px). */
function topRow(list: TimMessageList): { id: string; offset: number } {
  const top = scrollerOf(list).getBoundingClientRect().top;
  const row = visibleRows(list).sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0]!;
  return { id: row.dataset.id!, offset: row.getBoundingClientRect().top - top };
}

async function open(list: TimMessageList, conversationID: string): Promise<void> {
  list.conversationId = conversationID;
  await list.updateComplete;
  await until(() => rowsOf(list).length > 0, `rows of ${conversationID}`);
}

describe('<tim-message-list> switching conversations', () => {
  let world: MessageWorld;
  afterEach(async () => {
    await world?.dispose();
  });

  it('A → B → A → B → A: every open shows exactly its own conversation, from the first frame', async () => {
    world = await makeMessageWorld();
    await world.alice.importMessages(bulkHistory(world.c2c, 30, 'alice', 'bob'));
    await world.alice.importMessages(bulkHistory(world.group, 30, 'alice', 'bob'));
    const list = await mountList(world.alice, world.c2c, { height: 400 });
    for (const id of [world.group, world.c2c, world.group, world.c2c, world.group]) {
      list.conversationId = id;
      await list.updateComplete;
      // The list of a conversation seen before is in memory: drawn in this very update, and only it.
      for (let frame = 0; frame < 4; frame++) {
        const shown = conversationsOnScreen(list);
        expect(
          shown.every((c) => c === id),
          `rows of ${shown.join(', ')} while ${id} is open`,
        ).to.equal(true);
        await frames(1);
      }
      await until(() => rowsOf(list).length > 0, `rows of ${id}`);
      expect(conversationsOnScreen(list)).to.deep.equal([id]);
    }
  });

  it('a conversation left scrolled up opens at the same place; one left at the newest opens at the newest', async () => {
    world = await makeMessageWorld();
    await world.alice.importMessages(bulkHistory(world.c2c, 60, 'alice', 'bob'));
    await world.alice.importMessages(bulkHistory(world.group, 60, 'alice', 'bob'));
    const list = await mountList(world.alice, world.c2c, { height: 400 });
    await until(() => distanceFromBottom(list) <= 2, 'the newest message');

    const scroller = scrollerOf(list);
    scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: -500 }));
    scroller.scrollTop -= 500;
    await frames(3);
    const left = topRow(list);

    await open(list, world.group);
    await until(() => distanceFromBottom(list) <= 2, 'the group at its newest message');
    await open(list, world.c2c);
    await until(() => topRow(list).id === left.id && Math.abs(topRow(list).offset - left.offset) <= 1, 'the same row at the same place');
    expect(list.shadowRoot!.querySelector('[part="new-messages-button"]')).to.equal(null);

    await open(list, world.group);
    await frames(3);
    expect(distanceFromBottom(list)).to.be.at.most(2);
  });
});
