import { expect } from '@open-wc/testing';
import type { TimMessageList } from '../../src/components/message-list/tim-message-list.js';
import { WINDOW_PAGES } from '../../src/core/store/message-paging.js';
import { bulkHistory, makeMessageWorld, until, type MessageWorld } from '../fixtures/message-world.js';
import { distanceFromBottom, frames, mountList, rowFor, scrollerOf, visibleRows } from './message-list-helpers.js';

const PAGE = 20;
const WINDOW = PAGE * WINDOW_PAGES;
const last = <T>(list: readonly T[]) => list[list.length - 1]!;

/** The list the store holds for the conversation, as the element reads it. */
const stateOf = (world: MessageWorld) => world.alice.messageList(world.c2c).get();

/** Scroll as a reader does (a wheel turn, then the scroll it makes) to `top`. */
async function readerScrollsTo(list: TimMessageList, top: number): Promise<void> {
  const scroller = scrollerOf(list);
  scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: top < scroller.scrollTop ? -100 : 100 }));
  scroller.scrollTop = top;
  await frames(2);
}

/** Scroll up (paging older) until the window no longer reaches the newest message. */
async function scrollUpUntilDetached(world: MessageWorld, list: TimMessageList): Promise<void> {
  await until(
    () => {
      if (!stateOf(world).hasNewer) void readerScrollsTo(list, 0);
      return stateOf(world).hasNewer && !stateOf(world).loading;
    },
    'the newest end trimmed',
    20000,
  );
  await frames(4);
}

describe('<tim-message-list>: a window of the history', () => {
  let world: MessageWorld;
  afterEach(async () => {
    await world?.dispose();
  });

  it('scrolled far up holds a bounded window; scrolling down pages newer messages in, and the row being read stays within 1 px as the top is trimmed', async function () {
    this.timeout(40000);
    world = await makeMessageWorld({ pageSize: PAGE });
    const history = bulkHistory(world.c2c, 3 * WINDOW, 'alice', 'bob');
    await world.alice.importMessages(history);
    const list = await mountList(world.alice, world.c2c, { height: 500 });
    await scrollUpUntilDetached(world, list);
    expect(stateOf(world).messages.length).to.be.at.most(WINDOW);
    expect(rowFor(list, last(history).ID)).to.equal(undefined);
    // The newest message is not in the rows: the way back to it shows.
    await until(() => list.shadowRoot!.querySelector('[part="jump-to-latest-button"]'), 'the jump-to-latest button');

    // A page each way by hand, measured around it: the row being read does not move.
    list.loadThreshold = -1;
    const scroller = scrollerOf(list);
    const measured = async (top: number, load: () => Promise<void>, what: string): Promise<void> => {
      await readerScrollsTo(list, top);
      await frames(4);
      const reading = visibleRows(list)[1]!;
      const id = reading.dataset.id!;
      const before = reading.getBoundingClientRect().top;
      const [firstBefore, lastBefore] = [stateOf(world).messages[0]!.ID, last(stateOf(world).messages).ID];
      await load();
      expect(stateOf(world).messages[0]!.ID, `${what}: the oldest end moved`).to.not.equal(firstBefore);
      expect(last(stateOf(world).messages).ID, `${what}: the newest end moved`).to.not.equal(lastBefore);
      let worst = 0;
      for (let f = 0; f < 12; f++) {
        await frames(1);
        worst = Math.max(worst, Math.abs(rowFor(list, id)!.getBoundingClientRect().top - before));
      }
      expect(worst, `${what}: drift of the row being read`).to.be.at.most(1);
    };
    await measured(300, () => world.alice.loadOlder(world.c2c), 'an older page, the newest end trimmed');
    await measured(
      scroller.scrollHeight - scroller.clientHeight - 50,
      () => world.alice.loadNewer(world.c2c),
      'a newer page, the oldest end trimmed',
    );

    // Then as a reader: down to the newest, page by page.
    list.loadThreshold = 800;
    await until(
      () => {
        void readerScrollsTo(list, scroller.scrollHeight);
        return !stateOf(world).hasNewer && rowFor(list, last(history).ID) && distanceFromBottom(list) <= 2;
      },
      'the newest message at the bottom',
      20000,
    );
    expect(stateOf(world).messages.length).to.be.at.most(WINDOW);
    const ids = stateOf(world).messages.map((m) => m.ID);
    expect(ids).to.deep.equal(
      history.slice(history.length - ids.length).map((m) => m.ID),
      'one unbroken stretch up to the newest',
    );
  });

  it('"jump to latest" from far up reads the newest page instead of scrolling through everything', async function () {
    this.timeout(30000);
    world = await makeMessageWorld({ pageSize: PAGE });
    const history = bulkHistory(world.c2c, 2 * WINDOW, 'alice', 'bob');
    await world.alice.importMessages(history);
    const list = await mountList(world.alice, world.c2c, { height: 500 });
    await scrollUpUntilDetached(world, list);
    await until(() => list.shadowRoot!.querySelector('[part="jump-to-latest-button"]'), 'the jump-to-latest button');
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="jump-to-latest-button"]')!.click();
    await until(
      () => !stateOf(world).hasNewer && rowFor(list, last(history).ID) && distanceFromBottom(list) <= 2,
      'the newest message at the bottom',
      8000,
    );
    expect(stateOf(world).messages.length, 'the newest page, not the history between').to.be.at.most(2 * PAGE);
    await until(() => !list.shadowRoot!.querySelector('[part="jump-to-latest-button"]'), 'the button gone');
  });

  it('jumps to an old quoted message with a window around it; the way back to the latest reads the newest page', async function () {
    this.timeout(30000);
    world = await makeMessageWorld({ pageSize: PAGE });
    const history = bulkHistory(world.c2c, 2000, 'alice', 'bob');
    await world.alice.importMessages(history);
    const original = history[10]!;
    const reply = await world.alice.sendText(world.c2c, 'replying to a very old one', {
      cloudCustomData: JSON.stringify({
        messageReply: { messageID: original.ID, messageAbstract: 'old text', messageSender: 'Bob Smith', messageType: 1, version: 1 },
      }),
    });
    const list = await mountList(world.alice, world.c2c, { height: 400 });
    await until(() => rowFor(list, reply.ID), 'the reply');
    rowFor(list, reply.ID)!.shadowRoot!.querySelector<HTMLButtonElement>('button[part="quote"]')!.click();
    await until(() => rowFor(list, original.ID) && visibleRows(list).includes(rowFor(list, original.ID)!), 'the original in view', 8000);
    expect(rowFor(list, original.ID)!.highlighted).to.equal(true);
    expect(stateOf(world).hasNewer).to.equal(true);
    expect(stateOf(world).messages.length, 'a window around it, not the history down to it').to.be.at.most(WINDOW);

    await until(() => list.shadowRoot!.querySelector('[part="jump-to-latest-button"]'), 'the way back');
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="jump-to-latest-button"]')!.click();
    await until(
      () => rowFor(list, reply.ID) && visibleRows(list).includes(rowFor(list, reply.ID)!) && distanceFromBottom(list) <= 2,
      'back at the latest',
      8000,
    );
    expect(stateOf(world).hasNewer).to.equal(false);
  });

  it('a message sent from far up shows at the bottom of the newest page', async function () {
    this.timeout(30000);
    world = await makeMessageWorld({ pageSize: PAGE });
    const history = bulkHistory(world.c2c, 2 * WINDOW, 'alice', 'bob');
    await world.alice.importMessages(history);
    const list = await mountList(world.alice, world.c2c, { height: 500 });
    await scrollUpUntilDetached(world, list);
    const sent = await world.alice.sendText(world.c2c, 'sent from far up');
    await until(
      () => rowFor(list, sent.ID) && visibleRows(list).includes(rowFor(list, sent.ID)!) && distanceFromBottom(list) <= 2,
      'the sent message at the bottom',
      8000,
    );
    await until(() => rowFor(list, last(history).ID), 'the newest page above it');
    expect(stateOf(world).hasNewer).to.equal(false);
  });
});
