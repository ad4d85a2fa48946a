import { CHAT_ERROR } from '../../src/core/errors.js';
import { buildMergedElement } from '../../src/core/forward/index.js';
import type { RelayElem } from '../../src/core/model/elements.js';
import { c2cConversationID } from '../../src/core/model/ids.js';
import type { Message } from '../../src/core/model/message.js';
import type { ChatService } from '../../src/core/service/chat-service.js';
import { deepEqual, equal, ok, rejectsWithCode } from './contract-assert.js';
import { nextEvent, outgoingMessage, textMessage, textOf } from './contract-helpers.js';
import type { TestFramework } from './chat-service-contract.js';

/** The clients of the contract's world, read when a case runs. */
export interface ForwardingWorld {
  readonly alice: ChatService;
  readonly bob: ChatService;
  readonly carol: ChatService;
}

const relayOf = (message: Message | undefined): RelayElem | undefined =>
  message?.elements.find((e): e is RelayElem => e.type === 'TIMRelayElem');

/**
 * Forwarding (issue 12, item 3): one message as a new message with the same content (only
 * `sendMessage`), and several combined into one merged ("chat history") message that the receiver
 * opens (`features.mergedForward`, `downloadMergedMessages`).
 */
export function forwardingCases(it: TestFramework['it'], world: () => ForwardingWorld): void {
  /** alice and bob chat two lines; alice holds them as they are stored. */
  const chat = async (w: ForwardingWorld, long = false): Promise<Message[]> => {
    const filler = long ? ` ${'x'.repeat(1500)}` : '';
    const got = nextEvent(w.alice, 'messageReceived', (p) => p.messages.some((m) => textOf(m).startsWith('see you at 6')));
    const first = await w.alice.sendMessage(textMessage(w.alice.userID, c2cConversationID(w.bob.userID), `lunch tomorrow?${filler}`));
    await w.bob.sendMessage(textMessage(w.bob.userID, c2cConversationID(w.alice.userID), `see you at 6${filler}`));
    const second = (await got).messages.find((m) => textOf(m).startsWith('see you at 6'))!;
    return [first, second];
  };

  it('forwards a message as a new message with the same content', async () => {
    const w = world();
    const [, fromBob] = await chat(w);
    const target = c2cConversationID(w.carol.userID);
    const received = nextEvent(w.carol, 'messageReceived', (p) => p.messages.some((m) => textOf(m) === 'see you at 6'));
    const copy = outgoingMessage(w.alice.userID, target, fromBob!.elements);
    const sent = await w.alice.sendMessage(copy, { forwardOf: fromBob! });
    equal(sent.status, 'success');
    equal(sent.conversationID, target);
    equal(sent.from, w.alice.userID, 'the forwarder sends it');
    ok(sent.ID !== fromBob!.ID, 'a message of its own');
    equal(textOf(sent), 'see you at 6');
    const got = (await received).messages.find((m) => textOf(m) === 'see you at 6')!;
    equal(got.from, w.alice.userID);
    equal(got.conversationID, c2cConversationID(w.alice.userID));
  });

  it('forwards messages combined as one merged message the receiver opens', async () => {
    const w = world();
    if (w.alice.features?.mergedForward !== true) {
      // A backend without merged messages says so; the store then refuses and the UI hides the action.
      equal(w.alice.downloadMergedMessages, undefined, 'no download without the feature');
      return;
    }
    const originals = await chat(w);
    const relay = buildMergedElement({ messages: originals, source: { type: 'C2C' }, selfID: w.alice.userID });
    const target = c2cConversationID(w.carol.userID);
    const received = nextEvent(w.carol, 'messageReceived', (p) => p.messages.some((m) => !!relayOf(m)));
    const sent = await w.alice.sendMessage(outgoingMessage(w.alice.userID, target, [relay]));
    equal(sent.status, 'success');
    equal(relayOf(sent)?.title, relay.title);
    const got = (await received).messages.find((m) => !!relayOf(m))!;
    const card = relayOf(got)!;
    equal(card.title, relay.title, 'the title travels');
    deepEqual([...card.abstractList], [...relay.abstractList], 'the abstract lines travel');
    equal(card.abstractList.length, 2);
    ok(card.abstractList[0]!.endsWith(': lunch tomorrow?'), `"Alice: lunch tomorrow?" (${card.abstractList[0]})`);
    ok(card.compatibleText !== '', 'a compatible text for clients without merged messages');
    const opened = await w.carol.downloadMergedMessages!(got);
    deepEqual(opened.map(textOf), ['lunch tomorrow?', 'see you at 6'], 'the receiver opens the history, oldest first');
    deepEqual(
      opened.map((m) => m.from),
      [w.alice.userID, w.bob.userID],
      'each with its sender',
    );
  });

  it('keeps a large merge on the server and the receiver still opens it', async () => {
    const w = world();
    if (w.alice.features?.mergedForward !== true) return;
    const originals = await chat(w, true);
    const relay = buildMergedElement({ messages: originals, source: { type: 'C2C' }, selfID: w.alice.userID });
    const received = nextEvent(w.carol, 'messageReceived', (p) => p.messages.some((m) => !!relayOf(m)));
    await w.alice.sendMessage(outgoingMessage(w.alice.userID, c2cConversationID(w.carol.userID), [relay]));
    const got = (await received).messages.find((m) => !!relayOf(m))!;
    const opened = await w.carol.downloadMergedMessages!(got);
    equal(opened.length, 2);
    ok(textOf(opened[1]!).startsWith('see you at 6'));
  });

  it('opens merged messages only for those who can see them', async () => {
    const w = world();
    if (w.alice.features?.mergedForward !== true) return;
    const originals = await chat(w);
    const relay = buildMergedElement({ messages: originals, source: { type: 'C2C' }, selfID: w.alice.userID });
    const sent = await w.alice.sendMessage(outgoingMessage(w.alice.userID, c2cConversationID(w.bob.userID), [relay]));
    await rejectsWithCode(w.carol.downloadMergedMessages!(sent), CHAT_ERROR.messageNotFound);
  });
}
