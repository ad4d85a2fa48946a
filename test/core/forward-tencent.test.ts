import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { buildMergedElement, relayOf } from '../../src/core/forward/index.js';
import { c2cConversationID } from '../../src/core/model/ids.js';
import type { Message } from '../../src/core/model/message.js';
import type { ContractHarness } from '../contract/chat-service-contract.js';
import { nextEvent, outgoingMessage, textMessage, textOf } from '../contract/contract-helpers.js';
import { makeTencentHarness } from '../fakes/tencent-contract-harness.js';

let h: ContractHarness;
beforeEach(async () => {
  h = await makeTencentHarness();
});
afterEach(async () => {
  await h.dispose();
});

test('Tencent: a large merge nested in another opens by its downloadKey, though the SDK holds no message for it', async () => {
  const [alice, , carol] = h.clients;
  const long = (text: string) => `${text} ${'x'.repeat(1200)}`;
  const first = await alice.sendMessage(textMessage('alice', c2cConversationID('bob'), long('one')));
  const second = await alice.sendMessage(textMessage('alice', c2cConversationID('bob'), long('two')));
  const inner = await alice.sendMessage(
    outgoingMessage('alice', c2cConversationID('bob'), [
      buildMergedElement({ messages: [first, second], source: { type: 'C2C' }, selfID: 'alice' }),
    ]),
  );
  assert.notEqual(relayOf(inner)?.downloadKey, '', 'the large merge is kept on the server');
  const got = nextEvent(carol, 'messageReceived', (p) => p.messages.some((m) => !!relayOf(m)));
  await alice.sendMessage(
    outgoingMessage('alice', c2cConversationID('carol'), [
      buildMergedElement({ messages: [inner], source: { type: 'C2C' }, selfID: 'alice' }),
    ]),
  );
  const outer = (await got).messages.find((m) => !!relayOf(m))!;
  const [nested] = (await carol.downloadMergedMessages!(outer)) as Message[];
  assert.ok(nested && relayOf(nested), 'the outer merge holds the inner one');
  assert.equal(relayOf(nested)!.messageList.length, 0, 'its messages are not inline');
  const opened = await carol.downloadMergedMessages!(nested);
  assert.deepEqual(
    opened.map((m) => textOf(m).split(' ')[0]),
    ['one', 'two'],
  );
});
