import type { ChatService } from '../../src/core/service/chat-service.js';
import { deepEqual, equal, ok } from './contract-assert.js';
import { textMessage, textOf } from './contract-helpers.js';
import type { TestFramework } from './chat-service-contract.js';

/**
 * The server message search cases of the contract (`ServiceFeatures.cloudMessageSearch`): within a
 * conversation, the messages holding every word, page after page through the cursor without
 * repeats; across all, every conversation with matches is there, with its messages or a count of
 * them; recalled messages are not found. The embedded backend has no server search.
 */
export function describeMessageSearchCases(
  framework: Pick<TestFramework, 'it'>,
  world: () => { alice: ChatService; bob: ChatService; carol: ChatService },
): void {
  const { it } = framework;
  const say = async (from: ChatService, to: ChatService, ...texts: string[]) => {
    const sent = [];
    for (const text of texts) sent.push(await from.sendMessage(textMessage(from.userID, `C2C${to.userID}`, text)));
    return sent;
  };

  it('declares the server search and has its call (features.cloudMessageSearch)', async () => {
    const { alice } = world();
    equal(alice.features?.cloudMessageSearch, true);
    equal(typeof alice.searchMessages, 'function');
  });

  it('within a conversation: the messages holding every word, page by page through the cursor', async () => {
    const { alice, bob } = world();
    const conversationID = `C2C${bob.userID}`;
    await say(bob, alice, 'harbour picnic saturday', 'picnic postponed', 'the harbour picnic is on', 'nothing here');
    const [recalled] = await say(alice, bob, 'harbour picnic, recalled');
    await alice.revokeMessage(recalled!);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 5; page++) {
      const result = await alice.searchMessages!({
        keywords: ['harbour', 'picnic'],
        conversationID,
        count: 1,
        ...(cursor ? { cursor } : {}),
      });
      ok(result.messages.every((m) => m.conversationID === conversationID));
      seen.push(...result.messages.map(textOf));
      cursor = result.cursor;
      if (!cursor) break;
    }
    deepEqual(
      seen.sort((a, b) => a.localeCompare(b)),
      ['harbour picnic saturday', 'the harbour picnic is on'],
      'each once, the recalled one left out',
    );
    equal(cursor, '', 'the end');
  });

  it('across all conversations: each one with matches, with its messages or their count', async () => {
    const { alice, bob, carol } = world();
    await say(bob, alice, 'kayak trip', 'kayak rental');
    await say(carol, alice, 'kayak photos');
    const result = await alice.searchMessages!({ keywords: ['kayak'] });
    const found = new Map<string, number>();
    for (const m of result.messages) found.set(m.conversationID, (found.get(m.conversationID) ?? 0) + 1);
    for (const c of result.counts) found.set(c.conversationID, Math.max(found.get(c.conversationID) ?? 0, c.count));
    deepEqual(Object.fromEntries([...found].sort(([a], [b]) => a.localeCompare(b))), {
      [`C2C${bob.userID}`]: 2,
      [`C2C${carol.userID}`]: 1,
    });
    deepEqual(await alice.searchMessages!({ keywords: ['   '] }), { messages: [], counts: [], cursor: '' }, 'no words: nothing asked');
  });
}
