// Two tabs of one user share a cache; when the server's answer to a send is lost, both end up showing
// the message delivered, and a resend of it is recognised as a duplicate.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DexieCache } from '../../src/core/cache/dexie-cache.js';
import { CHAT_ERROR, ChatError } from '../../src/core/errors.js';
import { ManualTimers } from '../support/manual-timers.js';
import { makeStoreWorld, messagesOf, waitFor, type StoreWorld } from './store-harness.js';

async function serverCopies(world: StoreWorld, text: string): Promise<number> {
  const bob = await world.client('bob');
  const page = await bob.service.getMessageList({ conversationID: 'C2Calice', count: 100 });
  return page.messages.filter((m) => m.elements[0]?.type === 'TIMTextElem' && m.elements[0].text === text).length;
}

describe('tabs converge on delivery when the answer is lost', () => {
  let world: StoreWorld;
  before(async () => {
    world = await makeStoreWorld();
  });
  after(() => world.dispose());

  it('the sending tab and the other tab both show it delivered within a few seconds, and the server has it once', async () => {
    const factory = new IDBFactory();
    const cacheOf = () => new DexieCache({ app: 'converge', userID: 'alice', indexedDB: factory, IDBKeyRange });
    // The lost answer comes late (the request's other half of the round trip): the other tab has heard of the message by then.
    // Tab A's own timers (the check with the server a moment later) run on fake time, moved on while the test waits
    // no faster than real time: the network's latency and the other tab are real, and a fake clock racing ahead of
    // them (100 fake ms a poll) timed out under load before either could answer.
    const timers = new ManualTimers();
    const tabA = await world.client('alice', { cache: cacheOf(), latencyMs: 300, timers });
    const tabB = await world.client('alice', { cache: cacheOf() });
    tabA.store.messageList('C2Cbob');
    tabB.store.messageList('C2Cbob');
    tabA.service.setFailureRate(1, { phase: 'response' });
    // The answer is lost; the send resolves delivered when the other tab's news came first, else it
    // rejects with the network error and the message is checked with the server a moment later.
    const outcome = await tabA.store.sendText('C2Cbob', 'did it arrive?').catch((e: ChatError) => e);
    assert.ok(!(outcome instanceof Error) || (outcome instanceof ChatError && outcome.code === CHAT_ERROR.network));
    tabA.service.setFailureRate(0);
    const [sent] = messagesOf(tabA.store, 'C2Cbob');
    await waitFor(
      () =>
        messagesOf(tabA.store, 'C2Cbob').find((m) => m.ID === sent!.ID)?.status === 'success' &&
        messagesOf(tabB.store, 'C2Cbob').find((m) => m.ID === sent!.ID)?.status === 'success',
      'both tabs show it delivered',
      { timers, stepMs: 5, intervalMs: 5, timeoutMs: 5000 },
    );
    assert.equal(await serverCopies(world, 'did it arrive?'), 1);
    await tabA.store.settled();
    await waitFor(async () => (await tabA.cache.getOutbox()).length === 0, 'the outbox is empty', { timers, timeoutMs: 3000 });
  });

  it('with no other tab, the sending tab asks the server and shows it delivered within a few seconds', async () => {
    const timers = new ManualTimers();
    const alice = await world.client('alice', { timers });
    alice.store.messageList('C2Cbob');
    alice.service.setFailureRate(1, { phase: 'response' });
    const error = await alice.store.sendText('C2Cbob', 'alone').catch((e: ChatError) => e);
    assert.ok(error instanceof ChatError && error.code === CHAT_ERROR.network);
    alice.service.setFailureRate(0);
    const sent = messagesOf(alice.store, 'C2Cbob').find((m) => m.elements[0]?.type === 'TIMTextElem' && m.elements[0].text === 'alone')!;
    assert.equal(sent.status, 'fail');
    await waitFor(
      () => messagesOf(alice.store, 'C2Cbob').find((m) => m.ID === sent.ID)?.status === 'success',
      'delivered after the check',
      { timers, stepMs: 5, intervalMs: 5, timeoutMs: 5000 },
    );
    assert.equal(await serverCopies(world, 'alone'), 1);
  });

  it('a resend of a message the server already has is recognised as a duplicate and turns into success', async () => {
    const alice = await world.client('alice');
    alice.service.setFailureRate(1, { phase: 'response' });
    await alice.store.sendText('C2Cbob', 'once only').catch(() => {});
    alice.service.setFailureRate(0);
    const [failed] = messagesOf(alice.store, 'C2Cbob').filter(
      (m) => m.elements[0]?.type === 'TIMTextElem' && m.elements[0].text === 'once only',
    );
    const resent = await alice.store.resend(failed!);
    assert.equal(resent.status, 'success');
    assert.equal(resent.ID, failed!.ID);
    assert.equal(await serverCopies(world, 'once only'), 1);
  });
});
