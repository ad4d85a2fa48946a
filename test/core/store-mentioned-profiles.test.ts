import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SYSTEM_CONVERSATION_ID, groupConversationID } from '../../src/core/model/ids.js';
import { EMPTY_MESSAGE, type Message } from '../../src/core/model/message.js';
import { createNameLookup, nameOf } from '../../src/core/notices/name-lookup.js';
import { mentionedUserIDs } from '../../src/core/store/mentioned-profiles.js';
import { ManualTimers } from '../support/manual-timers.js';
import { conversationOf, makeStoreWorld, waitFor, type StoreClient, type StoreWorld } from './store-harness.js';

/** A store for `userID` whose service records every profile request (the real service answers). */
async function recordingClient(
  world: StoreWorld,
  userID: string,
  timers?: ManualTimers,
): Promise<{ client: StoreClient; asked: string[][] }> {
  const client = await world.client(userID, { start: false, ...(timers ? { timers } : {}) });
  const asked: string[][] = [];
  const getUserProfiles = client.service.getUserProfiles.bind(client.service);
  client.service.getUserProfiles = (userIDs) => {
    asked.push([...userIDs]);
    return getUserProfiles(userIDs);
  };
  await client.store.start(userID);
  return { client, asked };
}

const namesIn = (client: StoreClient) => createNameLookup({ users: client.store.state.get().users, members: {} });

describe('ChatStore: profiles of people that tips and notices name', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('asks once per person for the people named by notices and tips as they arrive', async () => {
    // Bob's store runs on fake timers: its lookups go out only when the test runs them, so "no request" is known, not hoped.
    const timers = new ManualTimers();
    const { client: bob, asked } = await recordingClient(world, 'bob', timers);
    assert.equal(nameOf(namesIn(bob), 'dave'), 'dave', 'Bob has not met Dave');
    await world.server.createGroup({ groupID: 'launch', name: 'Launch', ownerID: 'dave', memberIDs: ['bob'] });
    await world.server.addGroupMembers('launch', 'dave', ['carol']);
    await world.server.dismissGroup('launch', 'dave');
    await waitFor(() => bob.store.state.get().users.dave?.nick === 'Dave Lee', "Dave's profile in Bob's store", { timers });
    await waitFor(() => bob.store.state.get().users.carol?.nick === '王芳', "Carol's profile (named by the tip)", { timers });
    await bob.store.settled();
    assert.equal(nameOf(namesIn(bob), 'dave'), 'Dave Lee');
    const flat = asked.flat();
    assert.equal(flat.filter((id) => id === 'dave').length, 1, `Dave asked for once (requests: ${JSON.stringify(asked)})`);
    assert.equal(flat.filter((id) => id === 'carol').length, 1, 'Carol asked for once');
    assert.ok(!flat.includes('bob'), 'never asks for oneself');
    // Later notices about people it knows ask nothing more.
    const before = asked.length;
    await world.server.createGroup({ groupID: 'again', name: 'Again', ownerID: 'dave', memberIDs: ['bob'] });
    await waitFor(
      async () => (await bob.service.getConversationList()).some((c) => c.conversationID === groupConversationID('again')),
      'the new group',
    );
    await waitFor(
      () => conversationOf(bob.store, groupConversationID('again'))?.lastMessage != null,
      "the new group's tip in Bob's store",
      { timers },
    );
    await bob.store.settled();
    timers.advance(0); // the lookups the tip would start
    assert.equal(asked.length, before, `no new request (requests: ${JSON.stringify(asked)})`);
  });

  it('names the operators of notices a store starts up with, and keeps them for the next start', async () => {
    await world.server.createGroup({ groupID: 'old', name: 'Old project', ownerID: 'dave', memberIDs: ['bob'] });
    await world.server.dismissGroup('old', 'dave');
    const { client: bob, asked } = await recordingClient(world, 'bob');
    // The system conversation's summary names Dave; the list was never opened.
    await waitFor(() => bob.store.state.get().users.dave?.nick === 'Dave Lee', "Dave's profile from the conversation summary");
    await bob.store.openConversation(SYSTEM_CONVERSATION_ID);
    await bob.store.settled();
    assert.equal(asked.flat().filter((id) => id === 'dave').length, 1, `one request for Dave (requests: ${JSON.stringify(asked)})`);

    // Same cache, next session: the profile is already there and nobody is asked again.
    await bob.store.stop();
    asked.length = 0;
    await bob.store.start('bob');
    await bob.store.openConversation(SYSTEM_CONVERSATION_ID);
    await bob.store.settled();
    assert.equal(bob.store.state.get().users.dave?.nick, 'Dave Lee');
    assert.deepEqual(
      asked.flat().filter((id) => id === 'dave'),
      [],
      'kept in the cache',
    );
  });

  it('asks again later when a request fails', async () => {
    const { client: bob, asked } = await recordingClient(world, 'bob');
    bob.service.setFailureRate(1);
    await world.server.createGroup({ groupID: 'flaky', name: 'Flaky', ownerID: 'dave', memberIDs: ['bob'] });
    await waitFor(() => asked.flat().includes('dave'), 'a first request');
    await bob.store.settled();
    assert.equal(bob.store.state.get().users.dave, undefined);
    bob.service.setFailureRate(0);
    await world.server.dismissGroup('flaky', 'dave');
    await waitFor(() => bob.store.state.get().users.dave?.nick === 'Dave Lee', 'the profile after the retry');
  });
});

describe('mentionedUserIDs', () => {
  const message = (elements: unknown[]): Message => ({ ...EMPTY_MESSAGE, elements: elements as Message['elements'] });
  it('reads operators, targets and muted members of tips and notices; ignores other messages and bad input', () => {
    assert.deepEqual(
      mentionedUserIDs(
        message([
          { type: 'TIMGroupTipElem', operatorID: 'a', userIDList: ['b', '', 3], memberMuteChanges: [{ userID: 'c', muteTime: 60 }, null] },
        ]),
      ),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(mentionedUserIDs(message([{ type: 'TIMGroupSystemNoticeElem', operatorID: 'd' }])), ['d']);
    assert.deepEqual(mentionedUserIDs(message([{ type: 'TIMTextElem', text: 'hi' }])), []);
    assert.deepEqual(mentionedUserIDs(message([null, { type: 'TIMGroupTipElem' }])), []);
    assert.deepEqual(mentionedUserIDs(undefined), []);
    assert.deepEqual(mentionedUserIDs({ ...EMPTY_MESSAGE, elements: 'nope' } as unknown as Message), []);
  });
});
