import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { CHAT_ERROR } from '../../src/core/errors.js';
import { c2cConversationID } from '../../src/core/model/ids.js';
import { LocalChatService } from '../../src/core/service/local/index.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { conversionsFeature } from '../../src/core/store/message-conversions.js';
import { installMessageFeatures } from '../../src/core/store/message-features.js';
import { reactionsFeature } from '../../src/core/store/message-reactions.js';
import { EMPTY_MESSAGE } from '../../src/core/model/message.js';
import type { PinnedMessage } from '../../src/core/model/pinned-message.js';
import type { ChatService } from '../../src/core/service/chat-service.js';
import type { ChatState } from '../../src/core/store/chat-store-api.js';
import { initialState } from '../../src/core/store/initial-state.js';
import { PinnedMessages } from '../../src/core/store/pinned-messages.js';
import { StateStore } from '../../src/core/store/state-store.js';
import { makeStoreWorld, messagesOf, waitFor, type StoreWorld } from './store-harness.js';

const LIKE = '[TUIEmoji_Like]';
const isUnsupported = (e: { code: number; message: string }) => e.code === CHAT_ERROR.unsupported && /store\.use/.test(e.message);

describe('ChatStore features (store.use): a bare store carries none, an installed one joins the running session', () => {
  let world: StoreWorld;
  const stores: ChatStore[] = [];
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.stop();
    await world.dispose();
  });

  async function bareStore(userID: string): Promise<ChatStore> {
    const store = new ChatStore({ service: new LocalChatService(world.server) });
    stores.push(store);
    await store.start(userID);
    return store;
  }

  it('without features: the menu offers only what the core does, and each feature call rejects naming store.use', async () => {
    const store = await bareStore('alice');
    const sent = await store.sendText(c2cConversationID('bob'), 'hello');
    // The embedded backend edits, pins, translates and reacts; this store was given none of it.
    assert.deepEqual(store.messageActions(sent), ['copy', 'reply', 'revoke', 'delete', 'delete-from-history']);
    assert.equal(store.reactions, undefined);
    assert.equal(store.conversions, undefined);
    assert.equal(store.canForwardMerged(), false);
    await assert.rejects(store.editMessage(sent, 'edited'), isUnsupported);
    await assert.rejects(store.translateMessage(sent), isUnsupported);
    await assert.rejects(store.forwardMessages([sent], [c2cConversationID('carol')]), isUnsupported);
    assert.equal(store.reEditText(sent), null);
  });

  it('installed: the same store offers them, and installing twice gives the one installed', async () => {
    const store = await bareStore('alice');
    const sent = await store.sendText(c2cConversationID('bob'), 'hello');
    installMessageFeatures(store);
    installMessageFeatures(store);
    assert.equal(store.use(reactionsFeature), store.reactions);
    assert.deepEqual(store.messageActions(sent), [
      'copy',
      'translate',
      'reply',
      'edit',
      'forward',
      'select',
      'revoke',
      'delete',
      'delete-from-history',
    ]);
    assert.equal((await store.editMessage(sent, 'hello again')).isModified, true);
  });

  it('a feature installed mid-session hears the service live and loads the reactions of lists already open', async () => {
    const alice = await bareStore('alice');
    const bob = await world.client('bob');
    const sent = await alice.sendText(c2cConversationID('bob'), 'react to this');
    await waitFor(() => messagesOf(bob.store, c2cConversationID('alice')).some((m) => m.ID === sent.ID), 'bob has it');
    const bobsCopy = messagesOf(bob.store, c2cConversationID('alice')).find((m) => m.ID === sent.ID)!;
    await bob.reactions.add(bobsCopy, LIKE);
    messagesOf(alice, c2cConversationID('bob'));
    await waitFor(() => messagesOf(alice, c2cConversationID('bob')).some((m) => m.ID === sent.ID), 'alice has her list');

    const reactions = alice.use(reactionsFeature);
    await waitFor(() => reactions.of(sent.ID).length === 1, 'the reaction made before installing is loaded');
    await bob.reactions.remove(bobsCopy, LIKE);
    await waitFor(() => reactions.of(sent.ID).length === 0, 'the removal arrives live');
  });

  it('a sign-out resets what an installed feature kept for the session', async () => {
    const store = await bareStore('alice');
    const conversions = store.use(conversionsFeature);
    const sent = await store.sendText(c2cConversationID('bob'), 'Are you going on Saturday?');
    await store.translateMessage(sent, 'zh');
    assert.equal(Object.keys(conversions.state.get().items).length, 1);
    await store.stop();
    assert.deepEqual(conversions.state.get().items, {});
  });
});

describe('PinnedMessages: a load does not undo what arrived while it was on its way', () => {
  it("a backend update (another admin's pin) during the load is kept; the stale answer is dropped", async () => {
    const conversationID = 'GROUPclub';
    const pin = (ID: string): PinnedMessage => ({
      message: { ...EMPTY_MESSAGE, ID, conversationID, conversationType: 'GROUP', to: 'club', status: 'success' },
      pinnedBy: 'alice',
    });
    let answer!: (pins: readonly PinnedMessage[]) => void;
    const service = {
      features: { pinnedMessages: true },
      pinGroupMessage: async () => {},
      getPinnedMessages: () => new Promise<readonly PinnedMessage[]>((resolve) => (answer = resolve)),
    } as unknown as ChatService;
    const state = new StateStore<ChatState>(initialState('en'));
    const pins = new PinnedMessages({ service, session: { userID: 'bob', id: 1, serviceReady: true }, state });
    const loading = pins.load('club');
    pins.apply('club', [pin('m1')]); // pinnedMessagesUpdated, after the request left
    answer([]); // the server's answer, from before the pin
    await loading;
    assert.deepEqual(
      state.get().pinnedMessages['club']?.map((p) => p.message.ID),
      ['m1'],
    );
    // A later load with nothing in between is the server's word.
    const again = pins.load('club');
    answer([pin('m1'), pin('m2')]);
    await again;
    assert.deepEqual(
      state.get().pinnedMessages['club']?.map((p) => p.message.ID),
      ['m1', 'm2'],
    );
  });
});
