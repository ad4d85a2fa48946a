import { c2cConversationID, groupConversationID } from '../../src/core/model/ids.js';
import type { ChatService, MessageReaction } from '../../src/core/service/chat-service.js';
import type { Message } from '../../src/core/model/message.js';
import { deepEqual, equal, ok } from './contract-assert.js';
import { eventually, nextEvent, textMessage } from './contract-helpers.js';
import type { ContractHarness, TestFramework } from './chat-service-contract.js';

const LIKE = '[TUIEmoji_Like]';
const HEART = '[TUIEmoji_Heart]';

/** A reaction as the cases compare it: [ID, count, users sorted, mine]. */
const shape = (r: MessageReaction) => [r.reactionID, r.count, [...r.userIDs].sort(), r.reactedByMe];

/** The client's own copy of a message (as it would react to it: received, or loaded). */
async function copyOf(client: ChatService, messageID: string): Promise<Message> {
  let found: Message | undefined;
  await eventually(async () => !!(found = (await client.findMessages([messageID]))[0]), 3000, `${client.userID} has the message`);
  return found!;
}

async function reactionsOf(client: ChatService, message: Message): Promise<unknown[]> {
  const results = await client.getReactions!([message]);
  return (results.find((r) => r.messageID === message.ID)?.reactions ?? []).map(shape);
}

/**
 * The reaction cases of the contract (`ServiceFeatures.reactions`): a backend that declares the
 * feature adds and removes reactions, counts them per reaction and tells each user whether they
 * reacted, tells everyone in the conversation (the reactor too) what changed, and lists who reacted.
 */
export function describeReactionCases(
  framework: Pick<TestFramework, 'it'>,
  world: () => { h: ContractHarness; alice: ChatService; bob: ChatService; carol: ChatService },
  can: { groups: boolean },
): void {
  const { it } = framework;

  it('declares reactions and has their calls (features.reactions)', async () => {
    const { alice } = world();
    equal(alice.features?.reactions, true);
    for (const name of ['addReaction', 'removeReaction', 'getReactions', 'getReactionUsers'] as const) {
      equal(typeof alice[name], 'function', name);
    }
  });

  it('adds and removes a reaction; everyone in the conversation hears what changed, as themselves', async () => {
    const { alice, bob } = world();
    const sent = await alice.sendMessage(textMessage(alice.userID, c2cConversationID(bob.userID), 'react to me'));
    const bobsCopy = await copyOf(bob, sent.ID);
    const toAlice = nextEvent(alice, 'messageReactionsUpdated', (p) => p.messageID === sent.ID);
    const toBob = nextEvent(bob, 'messageReactionsUpdated', (p) => p.messageID === sent.ID);
    await bob.addReaction!(bobsCopy, LIKE);
    const heardByAlice = await toAlice;
    equal(heardByAlice.conversationID, c2cConversationID(bob.userID));
    deepEqual(heardByAlice.reactions.map(shape), [[LIKE, 1, [bob.userID], false]]);
    const heardByBob = await toBob;
    equal(heardByBob.conversationID, c2cConversationID(alice.userID));
    deepEqual(heardByBob.reactions.map(shape), [[LIKE, 1, [bob.userID], true]]);
    deepEqual(await reactionsOf(alice, sent), [[LIKE, 1, [bob.userID], false]]);
    deepEqual(await reactionsOf(bob, bobsCopy), [[LIKE, 1, [bob.userID], true]]);

    const gone = nextEvent(alice, 'messageReactionsUpdated', (p) => p.messageID === sent.ID && p.reactions.some((r) => r.count === 0));
    await bob.removeReaction!(bobsCopy, LIKE);
    deepEqual((await gone).reactions.map(shape), [[LIKE, 0, [], false]]);
    deepEqual(await reactionsOf(alice, sent), []);
  });

  it('counts each reaction over users, in the order first made, and a repeat changes nothing', async () => {
    const { alice, bob } = world();
    const sent = await alice.sendMessage(textMessage(alice.userID, c2cConversationID(bob.userID), 'count them'));
    const bobsCopy = await copyOf(bob, sent.ID);
    await alice.addReaction!(sent, LIKE);
    await bob.addReaction!(bobsCopy, HEART);
    await bob.addReaction!(bobsCopy, LIKE);
    await bob.addReaction!(bobsCopy, LIKE);
    deepEqual(await reactionsOf(alice, sent), [
      [LIKE, 2, [alice.userID, bob.userID].sort(), true],
      [HEART, 1, [bob.userID], false],
    ]);
    deepEqual(await reactionsOf(bob, bobsCopy), [
      [LIKE, 2, [alice.userID, bob.userID].sort(), true],
      [HEART, 1, [bob.userID], true],
    ]);
    await alice.removeReaction!(sent, LIKE);
    deepEqual(await reactionsOf(bob, bobsCopy), [
      [LIKE, 1, [bob.userID], true],
      [HEART, 1, [bob.userID], true],
    ]);
  });

  if (can.groups) {
    it('lists everyone who reacted, a page at a time (getReactionUsers)', async () => {
      const { h, alice, bob, carol } = world();
      const groupID = await h.groups!.createGroup(alice.userID, [bob.userID, carol.userID], 'Reactions');
      const sent = await alice.sendMessage(textMessage(alice.userID, groupConversationID(groupID), 'who likes it?'));
      const copies = [sent, await copyOf(bob, sent.ID), await copyOf(carol, sent.ID)];
      const clients = [alice, bob, carol];
      for (let i = 0; i < 3; i++) await clients[i]!.addReaction!(copies[i]!, LIKE);
      const first = await alice.getReactionUsers!(sent, LIKE, { cursor: 0, count: 2 });
      equal(first.userIDs.length, 2, 'the first page');
      equal(first.isCompleted, false);
      const second = await alice.getReactionUsers!(sent, LIKE, { cursor: first.nextCursor, count: 2 });
      equal(second.isCompleted, true, 'the last page');
      deepEqual([...first.userIDs, ...second.userIDs].sort(), [alice.userID, bob.userID, carol.userID].sort());
      ok(second.userIDs.length === 1, 'one left for the second page');
    });
  }
}
