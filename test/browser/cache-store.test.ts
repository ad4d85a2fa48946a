import { expect, waitUntil } from '@open-wc/testing';
import { DexieCache } from '../../src/core/cache/dexie-cache.js';
import type { Message } from '../../src/core/model/message.js';
import { LocalChatService, LocalServer } from '../../src/core/service/local/index.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { deleteDatabases, uniqueApp } from './cache-fixtures.js';

// The real ChatStore and LocalChatService over the real DexieCache, in Chromium's IndexedDB.

const textOf = (m: Message) => (m.elements[0]?.type === 'TIMTextElem' ? m.elements[0].text : '');

describe('ChatStore with DexieCache', () => {
  let server: LocalServer;
  const stores: ChatStore[] = [];
  const caches: DexieCache[] = [];

  beforeEach(async () => {
    server = await LocalServer.open({ storage: 'memory', namespace: uniqueApp('server') });
    await server.createUser({ userID: 'alice', nick: 'Alice' });
    await server.createUser({ userID: 'bob', nick: 'Bob' });
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.stop();
    await Promise.all(caches.splice(0).map((c) => c.close()));
    server.close();
  });
  after(() => deleteDatabases('tim-cache-test-'));

  /** A "tab" of alice: its own service client, cache and store, on the app's database. */
  function tab(app: string, latencyMs = 0) {
    const service = new LocalChatService(server, { latencyMs });
    const cache = new DexieCache({ app, userID: 'alice' });
    const store = new ChatStore({ service, cache });
    stores.push(store);
    caches.push(cache);
    return { service, cache, store };
  }

  /** How many messages with this text bob's side of the server holds. */
  async function copiesOnServer(text: string): Promise<number> {
    const bob = new LocalChatService(server);
    await bob.login({ userID: 'bob' });
    const page = await bob.getMessageList({ conversationID: 'C2Calice', count: 100 });
    await bob.logout();
    return page.messages.filter((m) => textOf(m) === text).length;
  }

  it('shows the conversation list and the newest messages from the cache before the service answers', async () => {
    const app = uniqueApp('start');
    const first = tab(app);
    await first.store.start('alice');
    await server.postMessages(
      Array.from({ length: 25 }, (_, n) => ({
        from: 'bob',
        conversationID: 'C2Calice',
        elements: [{ type: 'TIMTextElem' as const, text: `hi ${n}` }],
      })),
    );
    await first.store.openConversation('C2Cbob');
    await waitUntil(() => first.store.messageList('C2Cbob').get().messages.length === 25, 'first run sees them', { timeout: 3000 });
    await first.store.settled();
    await first.store.stop();
    await first.cache.close();

    // A reload on a slow network: the service takes a second to answer anything.
    const second = tab(app, 2000);
    const started = performance.now();
    void second.store.start('alice');
    await waitUntil(() => second.store.state.get().conversations.some((c) => c.conversationID === 'C2Cbob'), 'list from cache', {
      timeout: 1500,
    });
    const opening = second.store.openConversation('C2Cbob');
    await waitUntil(() => second.store.messageList('C2Cbob').get().messages.length === 20, 'page from cache', { timeout: 1500 });
    const shownAfter = performance.now() - started;
    expect(shownAfter).to.be.below(1000);
    expect(second.store.state.get().connection).not.to.equal('connected');
    expect(textOf(second.store.messageList('C2Cbob').get().messages.at(-1)!)).to.equal('hi 24');
    await opening.catch(() => {});
  });

  it('keeps a message sent offline through a reload and delivers it exactly once', async () => {
    const app = uniqueApp('outbox');
    const first = tab(app);
    await first.store.start('alice');
    first.service.setOffline(true);
    const queued = first.store.sendText('C2Cbob', 'sent while offline').catch((e) => e);
    await waitUntil(async () => (await first.cache.getOutbox()).length === 1, 'queued in the outbox');
    const [entry] = await first.cache.getOutbox();
    expect(entry!.message.status).to.equal('unSend');
    // The page goes away before the connection returns.
    await first.store.stop();
    await first.cache.close();
    await queued;
    expect(await copiesOnServer('sent while offline')).to.equal(0);

    const second = tab(app);
    await second.store.start('alice');
    await waitUntil(async () => (await second.cache.getOutbox()).length === 0, 'outbox delivered', { timeout: 5000 });
    await second.store.settled();
    expect(await copiesOnServer('sent while offline')).to.equal(1);
    const shown = second.store
      .messageList('C2Cbob')
      .get()
      .messages.filter((m) => textOf(m) === 'sent while offline');
    expect(shown.map((m) => [m.ID, m.status])).to.deep.equal([[entry!.message.ID, 'success']]);

    // A third start finds nothing left to send.
    await second.store.stop();
    await second.cache.close();
    const third = tab(app);
    await third.store.start('alice');
    await third.store.settled();
    expect(await copiesOnServer('sent while offline')).to.equal(1);
  });

  it('two stores of one user on one database deliver a shared outbox once and stay consistent', async () => {
    const app = uniqueApp('twotabs');
    // Put a message in the outbox while offline, then open two tabs at once.
    const setup = tab(app);
    await setup.store.start('alice');
    setup.service.setOffline(true);
    void setup.store.sendText('C2Cbob', 'queued for two tabs').catch(() => {});
    await waitUntil(async () => (await setup.cache.getOutbox()).length === 1);
    await setup.store.stop();
    await setup.cache.close();

    const a = tab(app);
    const b = tab(app);
    await Promise.all([a.store.start('alice'), b.store.start('alice')]);
    await waitUntil(async () => (await a.cache.getOutbox()).length === 0, 'outbox delivered', { timeout: 5000 });
    await Promise.all([a.store.settled(), b.store.settled()]);
    expect(await copiesOnServer('queued for two tabs')).to.equal(1);

    // A message saved locally in one tab (never sent) shows in the other, once.
    const saved = await a.store.saveMessage('C2Cbob', [{ type: 'TIMTextElem', text: 'local note' }]);
    await b.store.openConversation('C2Cbob');
    await waitUntil(
      () =>
        b.store
          .messageList('C2Cbob')
          .get()
          .messages.some((m) => m.ID === saved.ID),
      'B sees the saved message',
    );
    await b.store.settled();
    const inB = b.store.messageList('C2Cbob').get().messages;
    expect(inB.filter((m) => m.ID === saved.ID).length).to.equal(1);
    expect(new Set(inB.map((m) => m.ID)).size).to.equal(inB.length);
    // And a local deletion in B reaches A.
    await b.store.deleteMessages([saved]);
    await a.store.openConversation('C2Cbob');
    await waitUntil(
      () =>
        !a.store
          .messageList('C2Cbob')
          .get()
          .messages.some((m) => m.ID === saved.ID),
      'A drops the deleted message',
    );
  });
});
