import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { CHAT_ERROR } from '../../src/core/errors.js';
import { c2cConversationID } from '../../src/core/model/ids.js';
import type { MessageReaction } from '../../src/core/service/chat-service.js';
import { mergeChangedReactions, newReactors, withMyReaction } from '../../src/core/store/reaction-merge.js';
import { REACTIONS_BATCH } from '../../src/core/store/message-reactions.js';
import { canReact } from '../../src/core/store/selectors/can-react.js';
import { quickReactionIDs, reactionDisplay, reactionText } from '../../src/core/emoji/index.js';
import { ReactionAnnouncer, type ReactionAnnouncement } from '../../src/core/announcements/index.js';
import { ManualTimers } from '../support/manual-timers.js';
import { makeStoreWorld, messagesOf, waitFor, type StoreWorld } from './store-harness.js';

const LIKE = '[TUIEmoji_Like]';
const HEART = '[TUIEmoji_Heart]';
const r = (reactionID: string, userIDs: string[], reactedByMe = false, count = userIDs.length): MessageReaction => ({
  reactionID,
  count,
  userIDs,
  reactedByMe,
});
const shape = (list: readonly MessageReaction[]) => list.map((x) => [x.reactionID, x.count, [...x.userIDs], x.reactedByMe]);

describe('reaction merge (pure)', () => {
  test('a changed reaction replaces its old self in place; a new one goes last; count 0 removes it', () => {
    const current = [r(LIKE, ['bob']), r(HEART, ['carol'])];
    assert.deepEqual(shape(mergeChangedReactions(current, [r(LIKE, ['bob', 'dave'])])), [
      [LIKE, 2, ['bob', 'dave'], false],
      [HEART, 1, ['carol'], false],
    ]);
    assert.deepEqual(
      shape(mergeChangedReactions(current, [r('😀', ['dave'])])).map((x) => x[0]),
      [LIKE, HEART, '😀'],
    );
    assert.deepEqual(shape(mergeChangedReactions(current, [r(LIKE, [], false, 0)])), [[HEART, 1, ['carol'], false]]);
    assert.ok(Object.isFrozen(mergeChangedReactions(current, [])), 'frozen');
  });

  test('my reaction is added and taken back as the server will count it', () => {
    const added = withMyReaction([r(LIKE, ['bob'])], LIKE, 'alice', true);
    assert.deepEqual(shape(added), [[LIKE, 2, ['bob', 'alice'], true]]);
    assert.equal(withMyReaction(added, LIKE, 'alice', true), added, 'adding twice changes nothing');
    assert.deepEqual(shape(withMyReaction(added, LIKE, 'alice', false)), [[LIKE, 1, ['bob'], false]]);
    assert.deepEqual(shape(withMyReaction([r(LIKE, ['alice'], true)], LIKE, 'alice', false)), []);
  });

  test('new reactors are those who were not listed before, the reader left out', () => {
    assert.deepEqual(newReactors([r(LIKE, ['bob'])], [r(LIKE, ['bob', 'carol', 'alice'])], 'alice'), [
      { reactionID: LIKE, userID: 'carol' },
    ]);
    assert.deepEqual(newReactors([r(LIKE, ['bob', 'carol'])], [r(LIKE, ['bob'])], 'alice'), [], 'a removal is no news');
  });

  test('reaction IDs are TUIKit codes shown as the emoji set draws them', () => {
    assert.deepEqual(quickReactionIDs(), [
      '[TUIEmoji_Like]',
      '[TUIEmoji_Heart]',
      '[TUIEmoji_TearsLaugh]',
      '[TUIEmoji_Amazed]',
      '[TUIEmoji_Sorrow]',
      '[TUIEmoji_Celebrate]',
    ]);
    assert.equal(reactionText(LIKE), '👍');
    assert.deepEqual(reactionDisplay('🦄'), { kind: 'glyph', glyph: '🦄' });
    assert.deepEqual(reactionDisplay('emoji_like'), { kind: 'text', text: 'emoji_like' });
    assert.equal((reactionDisplay('x'.repeat(40)) as { text: string }).text.length, 16, 'long IDs are shortened');
  });
});

describe('store.reactions over the local backend', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  async function conversationWithMessage() {
    const alice = await world.client('alice');
    const bob = await world.client('bob');
    const sent = await alice.store.sendText(c2cConversationID('bob'), 'react to this');
    messagesOf(bob.store, c2cConversationID('alice'));
    await waitFor(() => messagesOf(bob.store, c2cConversationID('alice')).some((m) => m.ID === sent.ID), 'bob has it');
    const bobsCopy = messagesOf(bob.store, c2cConversationID('alice')).find((m) => m.ID === sent.ID)!;
    messagesOf(alice.store, c2cConversationID('bob'));
    return { alice, bob, sent, bobsCopy };
  }

  test('a toggle shows at once, reaches the other user live, and a second toggle takes it back', async () => {
    const { alice, bob, sent, bobsCopy } = await conversationWithMessage();
    const toggling = bob.reactions.toggle(bobsCopy, LIKE);
    assert.deepEqual(shape(bob.reactions.of(sent.ID)), [[LIKE, 1, ['bob'], true]], 'optimistic, before the server answers');
    await toggling;
    await waitFor(() => alice.reactions.of(sent.ID).length === 1, 'alice sees it');
    assert.deepEqual(shape(alice.reactions.of(sent.ID)), [[LIKE, 1, ['bob'], false]]);
    await bob.reactions.toggle(bobsCopy, LIKE);
    assert.deepEqual(bob.reactions.of(sent.ID), []);
    await waitFor(() => alice.reactions.of(sent.ID).length === 0, 'alice sees it gone');
  });

  test('a refused reaction is put back and the call rejects with the backend error', async () => {
    const { bob, sent, bobsCopy } = await conversationWithMessage();
    bob.service.setOffline(true);
    const adding = bob.reactions.add(bobsCopy, HEART);
    assert.deepEqual(shape(bob.reactions.of(sent.ID)), [[HEART, 1, ['bob'], true]], 'shown at once');
    await assert.rejects(adding, (e: { code: number }) => e.code === CHAT_ERROR.offline);
    assert.deepEqual(bob.reactions.of(sent.ID), [], 'rolled back');
  });

  test('the reactions of loaded pages are loaded in batches of one conversation', async () => {
    const alice = await world.client('alice');
    const ids: string[] = [];
    for (let i = 0; i < 25; i++)
      ids.push(
        (
          await world.server.postMessages([
            { from: 'bob', conversationID: c2cConversationID('alice'), elements: [{ type: 'TIMTextElem', text: `m${i}` }] },
          ])
        )[0]!.ID,
      );
    await world.server.reactAsAdmin('bob', ids[24]!, LIKE);
    await world.server.reactAsAdmin('carol', ids[3]!, HEART).catch(() => {}); // carol is not in this conversation: refused
    const calls: number[] = [];
    const original = alice.service.getReactions.bind(alice.service);
    alice.service.getReactions = (messages) => {
      calls.push(messages.length);
      return original(messages);
    };
    const bigStore = await world.client('alice', { pageSize: 30 });
    bigStore.service.getReactions = alice.service.getReactions;
    bigStore.store.messageList(c2cConversationID('bob'));
    await waitFor(() => ids.every((id) => bigStore.reactions.state.get().byMessage[id] !== undefined), 'all loaded');
    assert.deepEqual(shape(bigStore.reactions.of(ids[24]!)), [[LIKE, 1, ['bob'], false]]);
    assert.deepEqual(bigStore.reactions.of(ids[3]!), []);
    assert.ok(
      calls.every((n) => n <= REACTIONS_BATCH),
      `batches of at most ${REACTIONS_BATCH}: ${calls.join(', ')}`,
    );
    assert.equal(
      calls.reduce((a, b) => a + b, 0),
      25,
      'each message asked for once',
    );
  });

  test("others' reactions are told (for the announcement); one's own are not", async () => {
    const { alice, bob, sent, bobsCopy } = await conversationWithMessage();
    await waitFor(() => alice.reactions.state.get().byMessage[sent.ID] !== undefined, 'alice loaded the reactions');
    const told: string[] = [];
    alice.reactions.onOthersReacted((x) => told.push(`${x.userID} ${x.reactionID} ${x.conversationID}`));
    await alice.reactions.add(sent, HEART);
    await bob.reactions.add(bobsCopy, LIKE);
    await waitFor(() => told.length === 1, 'told once');
    assert.deepEqual(told, [`bob ${LIKE} ${c2cConversationID('bob')}`]);
  });

  test('reactions are refused where they make no sense or the backend has none', async () => {
    const { bob, bobsCopy } = await conversationWithMessage();
    await assert.rejects(bob.reactions.add(bobsCopy, ''), (e: { code: number }) => e.code === CHAT_ERROR.invalidArgument);
    await assert.rejects(
      bob.reactions.add({ ...bobsCopy, isRevoked: true }, LIKE),
      (e: { code: number }) => e.code === CHAT_ERROR.invalidArgument,
    );
    assert.equal(canReact({ ...bobsCopy, status: 'fail' }, true), false);
    assert.equal(canReact(bobsCopy, false), false);
    Object.defineProperty(bob.service, 'features', { value: { reactions: false } });
    assert.equal(bob.reactions.supported, false);
    await assert.rejects(bob.reactions.add(bobsCopy, LIKE), (e: { code: number }) => e.code === CHAT_ERROR.unsupported);
  });
});

describe('ReactionAnnouncer', () => {
  test('tells the first reaction at once and sums up the ones within the interval', () => {
    const timers = new ManualTimers();
    const told: ReactionAnnouncement[] = [];
    const announcer = new ReactionAnnouncer({ announce: (a) => told.push(a), timers, intervalMs: 10_000 });
    announcer.reacted('bob', LIKE);
    assert.deepEqual(told, [{ kind: 'one', userID: 'bob', reactionID: LIKE }]);
    announcer.reacted('carol', HEART);
    announcer.reacted('dave', LIKE);
    timers.advance(9_999);
    assert.equal(told.length, 1, 'held within the interval');
    timers.advance(1);
    assert.deepEqual(told[1], { kind: 'several', count: 2 });
    timers.advance(10_000);
    announcer.reacted('bob', HEART);
    assert.deepEqual(told[2], { kind: 'one', userID: 'bob', reactionID: HEART });
    announcer.reacted('carol', LIKE);
    announcer.dispose();
    timers.advance(20_000);
    assert.equal(told.length, 3, 'nothing after dispose');
  });
});
