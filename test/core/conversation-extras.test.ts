import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHAT_ERROR } from '../../src/core/errors.js';
import type { ServiceFeatures, UserStatus } from '../../src/core/service/chat-service.js';
import { LocalChatService } from '../../src/core/service/local/index.js';
import { ServerPresence, type PresenceLocks } from '../../src/core/service/local/server-presence.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { conversationMarksFeature, showsUnread } from '../../src/core/store/conversation-marks.js';
import { batchesOf, presenceFeature, watchChanges } from '../../src/core/store/user-presence.js';
import { conversationOf, makeStoreWorld, waitFor, type StoreWorld } from './store-harness.js';

describe('Mark as unread (conversationMarksFeature)', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('marks at once, reaches the user’s other store, counts no unread, and opening clears it', async () => {
    const bob = await world.client('bob');
    const bobElsewhere = await world.client('bob');
    const alice = await world.client('alice');
    await alice.store.sendText('C2Cbob', 'see you at 3');
    await waitFor(() => !!conversationOf(bob.store, 'C2Calice'), 'bob has the conversation');
    await bob.store.markConversationRead('C2Calice');
    const marks = bob.store.use(conversationMarksFeature);
    const done = marks.setUnread('C2Calice', true);
    assert.equal(conversationOf(bob.store, 'C2Calice')?.markedUnread, true, 'shown before the backend answers');
    await done;
    await waitFor(() => conversationOf(bobElsewhere.store, 'C2Calice')?.markedUnread === true, 'the other store sees the mark');
    assert.equal(bob.store.state.get().totalUnread, 0, 'a mark is not counted in the total (TUIKit’s total is the SDK’s)');
    assert.ok(showsUnread(conversationOf(bob.store, 'C2Calice')!));
    bobElsewhere.store.use(conversationMarksFeature);
    await bobElsewhere.store.openConversation('C2Calice');
    await waitFor(() => !conversationOf(bob.store, 'C2Calice')?.markedUnread, 'opening it elsewhere took the mark off');
  });

  it('undoes the mark when the backend refuses, and rejects as unsupported without the feature', async () => {
    const bob = await world.client('bob');
    const alice = await world.client('alice');
    await alice.store.sendText('C2Cbob', 'hi');
    await waitFor(() => !!conversationOf(bob.store, 'C2Calice'), 'bob has it');
    const marks = bob.store.use(conversationMarksFeature);
    bob.service.setOffline(true);
    await assert.rejects(marks.setUnread('C2Calice', true), (e: { code: number }) => e.code === CHAT_ERROR.offline);
    assert.ok(!conversationOf(bob.store, 'C2Calice')?.markedUnread, 'rolled back');
    bob.service.setOffline(false);

    class PlainService extends LocalChatService {
      override readonly features: ServiceFeatures = Object.freeze({});
    }
    const store = new ChatStore({ service: new PlainService(world.server) });
    await store.start('carol');
    try {
      const plain = store.use(conversationMarksFeature);
      assert.equal(plain.supported, false);
      await assert.rejects(plain.setUnread('C2Calice', true), (e: { code: number }) => e.code === CHAT_ERROR.unsupported);
    } finally {
      await store.stop();
    }
  });
});

describe('Online status (presenceFeature)', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('watches the union of what views show, follows sign-in and sign-out, and stops watching who left', async () => {
    const bob = await world.client('bob');
    const presence = bob.store.use(presenceFeature);
    await presence.show('list', ['alice', 'carol', 'bob']);
    await presence.show('header', ['alice']);
    assert.equal(presence.statusOf('alice'), 'offline');
    assert.equal(presence.statusOf('bob'), undefined, 'never oneself');
    const alice = await world.client('alice');
    await waitFor(() => presence.statusOf('alice') === 'online', 'alice online');
    await alice.store.stop();
    await waitFor(() => presence.statusOf('alice') === 'offline', 'alice offline');
    await presence.show('list', []);
    assert.equal(presence.statusOf('carol'), undefined, 'carol is no longer watched');
    assert.equal(presence.statusOf('alice'), 'offline', 'alice still is (the header)');
  });

  it('goes quiet when the backend refuses: no statuses, no error shown', async () => {
    class NoSwitch extends LocalChatService {
      override subscribeUserStatus(): Promise<UserStatus[]> {
        return Promise.reject(Object.assign(new Error('user status is not enabled in the console'), { code: 72001 }));
      }
    }
    const store = new ChatStore({ service: new NoSwitch(world.server) });
    await store.start('bob');
    try {
      const presence = store.use(presenceFeature);
      assert.equal(presence.state.get().available, true);
      await presence.show('list', ['alice']);
      assert.equal(presence.state.get().available, false);
      assert.deepEqual(presence.state.get().statuses, {});
      assert.equal(store.state.get().lastError, null);
    } finally {
      await store.stop();
    }
  });

  it('diffs and batches subscriptions (at most 100 a call)', () => {
    assert.deepEqual(watchChanges(new Set(['a', 'b']), new Set(['b', 'c'])), { add: ['c'], remove: ['a'] });
    const ids = Array.from({ length: 250 }, (_, i) => `u${i}`);
    assert.deepEqual(
      batchesOf(ids).map((b) => b.length),
      [100, 100, 50],
    );
  });
});

/**
 * Web Locks as the browser keeps them for a page's tabs: held names with their mode, requests
 * granted in turn on release (an exclusive one alone, shared ones together).
 */
class FakeLocks {
  private readonly held: { name: string; mode: 'exclusive' | 'shared'; released: Promise<void> }[] = [];
  readonly tab = (): PresenceLocks => ({
    query: async () => ({ held: this.held.map(({ name, mode }) => ({ name, mode })) }),
    request: async (name, options, callback) => {
      const blocking = () => this.held.filter((h) => h.name === name && (options.mode === 'exclusive' || h.mode === 'exclusive'));
      while (blocking().length) await Promise.race(blocking().map((h) => h.released));
      let done!: () => void;
      const entry = { name, mode: options.mode, released: new Promise<void>((resolve) => (done = resolve)) };
      this.held.push(entry);
      try {
        await callback();
      } finally {
        this.held.splice(this.held.indexOf(entry), 1);
        done();
      }
    },
  });
}

describe('ServerPresence across tabs (Web Locks)', () => {
  it('a client in another tab is online while it holds its lock, offline once it lets go', async () => {
    const locks = new FakeLocks();
    const here = new ServerPresence('tab-1');
    const there = new ServerPresence('tab-2');
    here.connect(`presence-test-${Math.random()}`, locks.tab());
    const name = (here as unknown as { prefix: string }).prefix.replace(/:presence:$/, '');
    there.connect(name, locks.tab());
    const changes: string[][] = [];
    here.onChange((ids) => changes.push([...ids]));
    const leave = there.attach('alice', 'session-a');
    await here.refresh();
    await waitFor(() => here.isOnline('alice'), 'alice is online in the other tab');
    leave();
    await waitFor(() => !here.isOnline('alice'), 'alice left');
    assert.ok(changes.flat().includes('alice'));
    here.close();
    there.close();
  });

  it('a user goes offline even when other tabs were watching for the same client (watchers are not holders)', async () => {
    const locks = new FakeLocks();
    const here = new ServerPresence('tab-1');
    here.connect(`presence-test-${Math.random()}`, locks.tab());
    const name = (here as unknown as { prefix: string }).prefix.replace(/:presence:$/, '');
    const third = new ServerPresence('tab-3');
    third.connect(name, locks.tab());
    const there = new ServerPresence('tab-2');
    there.connect(name, locks.tab());
    const leave = there.attach('alice', 'session-a');
    await Promise.all([here.refresh(), third.refresh()]);
    await waitFor(() => here.isOnline('alice') && third.isOnline('alice'), 'both watching tabs see alice online');
    leave();
    await waitFor(() => !here.isOnline('alice') && !third.isOnline('alice'), 'both see her go');
    here.close();
    third.close();
    there.close();
  });
});
