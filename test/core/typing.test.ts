import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { TYPING_PAUSE_MS, TYPING_REFRESH_MS, TYPING_SHOWN_MS, TypingSignal } from '../../src/core/typing/typing-signal.js';
import { nextTypingExpiry, typingUserIDs } from '../../src/core/typing/typing-state.js';
import { ManualTimers } from '../support/manual-timers.js';
import { makeStoreWorld, waitFor, type StoreWorld } from './store-harness.js';

function signal() {
  const timers = new ManualTimers();
  const said: string[] = [];
  const typing = new TypingSignal((isTyping) => said.push(isTyping ? 'typing' : 'stopped'), timers);
  return { timers, said, typing };
}

describe('TypingSignal (the sending side)', () => {
  it('says "typing" once, again every few seconds while the user goes on, and "stopped" after a pause', () => {
    const { timers, said, typing } = signal();
    typing.input(true);
    timers.advance(1000);
    typing.input(true);
    assert.deepEqual(said, ['typing']);
    for (let t = 0; t < 4; t++) {
      timers.advance(1000);
      typing.input(true);
    }
    assert.deepEqual(said, ['typing', 'typing'], `refreshed after ${TYPING_REFRESH_MS} ms of typing`);
    timers.advance(TYPING_PAUSE_MS - 1);
    assert.equal(said.length, 2);
    timers.advance(1);
    assert.deepEqual(said, ['typing', 'typing', 'stopped']);
    assert.equal(typing.active, false);
  });

  it('emptying the box stops at once, and once', () => {
    const { said, typing } = signal();
    typing.input(true);
    typing.input(false);
    typing.input(false);
    typing.stop();
    assert.deepEqual(said, ['typing', 'stopped']);
  });

  it("sending needs no stop (the message ends the indicator); a stop past the peer's own expiry is not sent", () => {
    const { timers, said, typing } = signal();
    typing.input(true);
    typing.sent();
    timers.advance(TYPING_PAUSE_MS * 2);
    assert.deepEqual(said, ['typing']);
    typing.input(true);
    // No keystroke for longer than the peer shows it, and the pause timer did not run (a frozen tab).
    timers.time += TYPING_SHOWN_MS + 1;
    typing.stop();
    assert.deepEqual(said, ['typing', 'typing']);
  });

  it('the peer sees "typing…" end within 5 s of the last keystroke even when the stop is lost', () => {
    // Refreshes come at most TYPING_REFRESH_MS apart and each shows for TYPING_SHOWN_MS.
    assert.ok(TYPING_PAUSE_MS <= TYPING_SHOWN_MS && TYPING_SHOWN_MS <= 5000);
    assert.ok(TYPING_REFRESH_MS < TYPING_SHOWN_MS, 'a refresh arrives before the indicator expires');
  });
});

describe('typing state', () => {
  it('lists who types in a conversation now, and the soonest expiry', () => {
    const typing = { GROUPg: { bob: 2000, carol: 900 }, C2Cbob: { bob: 1500 } };
    assert.deepEqual(typingUserIDs(typing, 'GROUPg', 1000), ['bob']);
    assert.deepEqual(typingUserIDs(typing, 'GROUPx', 1000), []);
    assert.equal(nextTypingExpiry(typing), 900);
    assert.equal(nextTypingExpiry({}), Infinity);
  });
});

describe('ChatStore: typing indicators', () => {
  let world: StoreWorld;
  afterEach(async () => {
    await world?.dispose();
  });

  it('shows a peer typing for 5 s after their last signal, then drops it on its own', async () => {
    world = await makeStoreWorld();
    const timers = new ManualTimers();
    const alice = await world.client('alice');
    const bob = await world.client('bob', { start: false });
    const bobStore = new ChatStore({ service: bob.service, cache: bob.cache, timers });
    await bobStore.start('bob');
    try {
      await alice.store.sendTyping('C2Cbob');
      await waitFor(() => bobStore.state.get().typing['C2Calice']?.['alice'] !== undefined, 'Bob sees Alice typing', { timers });
      assert.equal(bobStore.state.get().typing['C2Calice']!['alice'], timers.now() + TYPING_SHOWN_MS);
      timers.advance(TYPING_SHOWN_MS - 1);
      assert.ok(bobStore.state.get().typing['C2Calice']);
      timers.advance(1);
      assert.equal(bobStore.state.get().typing['C2Calice'], undefined);
    } finally {
      await bobStore.stop();
    }
  });

  it("in a group, each member typing is shown apart, and a member's message ends only their indicator", async () => {
    world = await makeStoreWorld();
    const group = await world.server.createGroup({ ownerID: 'alice', memberIDs: ['bob', 'carol'], name: 'G', type: 'Work' });
    const groupID = `GROUP${group.groupID}`;
    const alice = await world.client('alice');
    const bob = await world.client('bob');
    const carol = await world.client('carol');
    assert.equal(alice.store.supportsTyping(groupID), true);
    await bob.store.sendTyping(groupID);
    await carol.store.sendTyping(groupID);
    await waitFor(() => typingUserIDs(alice.store.state.get().typing, groupID, Date.now()).length === 2, 'Alice sees both typing');
    assert.deepEqual(typingUserIDs(alice.store.state.get().typing, groupID, Date.now()).sort(), ['bob', 'carol']);
    await bob.store.sendText(groupID, 'here it is');
    await waitFor(
      () => typingUserIDs(alice.store.state.get().typing, groupID, Date.now()).join() === 'carol',
      "Bob's message ends his indicator only",
    );
    await carol.store.sendTyping(groupID, false);
    await waitFor(() => alice.store.state.get().typing[groupID] === undefined, "Carol's stop ends hers");
  });
});
