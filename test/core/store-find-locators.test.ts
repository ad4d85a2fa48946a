import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { locatorOf, matchesLocator, type Message, type MessageLocator } from '../../src/core/model/message.js';
import { locatorsFromDesktopJson, locatorToDesktop } from '../../src/core/interop/desktop-json.js';
import { makeStoreWorld, messagesOf, textOf, type StoreWorld } from './store-harness.js';

const BASE = 1_700_000_000;

/** Alice's locator of a message Bob posted to her (as she sees it: not her own, in C2Cbob). */
const aliceSees = (m: Message): MessageLocator => ({ ...locatorOf(m), conversationID: 'C2Cbob', isSelf: false });

describe('finding several messages by locator in one call (TIMMsgFindByMsgLocatorList)', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  async function bobWrites(count: number): Promise<Message[]> {
    return world.server.postMessages(
      Array.from({ length: count }, (_, i) => ({
        from: 'bob',
        conversationID: 'C2Calice',
        elements: [{ type: 'TIMTextElem' as const, text: `m${i + 1}` }],
        time: BASE + i,
      })),
    );
  }

  it('matchesLocator: the same conversation, time, sequence, random and side', () => {
    const m = { ID: 'x', conversationID: 'C2Cbob', time: 5, sequence: 2, random: 7, flow: 'in' } as Message;
    const l = locatorOf(m);
    assert.equal(matchesLocator(m, l), true);
    for (const other of [{ time: 6 }, { sequence: 3 }, { random: 8 }, { isSelf: true }, { conversationID: 'C2Ccarol' }]) {
      assert.equal(matchesLocator(m, { ...l, ...other }), false, JSON.stringify(other));
    }
  });

  it("on a fresh device (nothing cached) the service is asked once for all of them; the answer keeps the locators' order and leaves unknown ones out", async () => {
    const written = await bobWrites(30);
    const alice = await world.client('alice', { cache: new MemoryCache() });
    const asked: MessageLocator[][] = [];
    const service = alice.service;
    const original = service.findMessagesByLocators.bind(service);
    service.findMessagesByLocators = (conversationID, locators) => {
      asked.push([...locators]);
      return original(conversationID, locators);
    };
    const wanted = [aliceSees(written[20]!), aliceSees(written[3]!), { ...aliceSees(written[5]!), random: 1 }, aliceSees(written[11]!)];
    const found = await alice.store.findMessagesByLocators('C2Cbob', wanted);
    assert.deepEqual(found.map(textOf), ['m21', 'm4', 'm12']);
    assert.ok(found.every((m) => m.flow === 'in' && m.conversationID === 'C2Cbob'));
    assert.equal(asked.length, 1, 'one call to the service');
    assert.equal(asked[0]!.length, 4);

    // Opened: the newest page is in memory; only what is not there goes to the service.
    await alice.store.openConversation('C2Cbob');
    const inMemory = messagesOf(alice.store, 'C2Cbob').at(-1)!;
    asked.length = 0;
    const again = await alice.store.findMessagesByLocators('C2Cbob', [locatorOf(inMemory), aliceSees(written[0]!)]);
    assert.deepEqual(again.map(textOf), ['m30', 'm1']);
    assert.deepEqual(asked, [[aliceSees(written[0]!)]], 'the one in memory was not asked for');
    asked.length = 0;
    assert.equal((await alice.store.findMessageByLocator(locatorOf(inMemory)))?.ID, inMemory.ID);
    assert.deepEqual(asked, [], 'memory answered');
    assert.equal(
      (await alice.store.findMessageByLocator(aliceSees(written[1]!)))?.ID,
      written[1]!.ID,
      'one locator also reaches the service',
    );
  });

  it('locators of another conversation, or junk, are left out; messages deleted on this device are not found', async () => {
    const written = await bobWrites(3);
    const alice = await world.client('alice');
    await alice.store.openConversation('C2Cbob');
    const first = messagesOf(alice.store, 'C2Cbob')[0]!;
    const junk = [null, 5, { ...aliceSees(written[2]!), conversationID: 'C2Ccarol' }] as unknown as MessageLocator[];
    assert.deepEqual(await alice.store.findMessagesByLocators('C2Cbob', [...junk, aliceSees(written[2]!)]).then((l) => l.map(textOf)), [
      'm3',
    ]);
    assert.deepEqual(await alice.store.findMessagesByLocators('nonsense', [aliceSees(written[2]!)]), []);
    await alice.store.deleteMessages([first]);
    assert.deepEqual(await alice.store.findMessagesByLocators('C2Cbob', [locatorOf(first)]), []);
  });

  it('the desktop JSON locator array reads into locators for that conversation; bad entries are named by index', () => {
    const locator: MessageLocator = { conversationID: 'C2Cbob', isRevoked: false, time: BASE, sequence: 4, isSelf: false, random: 99 };
    const { locators, errors } = locatorsFromDesktopJson(
      JSON.stringify([locatorToDesktop(locator), { message_locator_time: 1 }]),
      'C2Cbob',
    );
    assert.deepEqual(locators, [locator]);
    assert.deepEqual(
      errors.map((e) => e.index),
      [1, 1],
    );
    assert.equal(locatorsFromDesktopJson('{}', 'C2Cbob').errors[0]?.message, 'expected an array of locators, got an object');
  });
});
