import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { CHAT_ERROR, ChatError } from '../../src/core/errors.js';
import { EMPTY_MESSAGE, type Message } from '../../src/core/model/message.js';
import type { MessageSearchPage, MessageSearchQuery } from '../../src/core/service/chat-service.js';
import { TencentChatService } from '../../src/core/service/tencent/tencent-chat-service.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import {
  MESSAGE_SEARCH_LIMIT,
  MessageSearch,
  SERVER_SEARCH_INTERVAL_MS,
  mergeServerResults,
  messageSearchFeature,
  type MessageSearchState,
} from '../../src/core/store/message-search.js';
import { eventually, textMessage } from '../contract/contract-helpers.js';
import { twoUserServer, type FakeTencentChat, type FakeTencentServer } from '../fakes/fake-tencent-chat.js';
import { ManualTimers } from '../support/manual-timers.js';

const msg = (ID: string, conversationID: string, time: number, text = ID): Message =>
  Object.freeze({
    ...EMPTY_MESSAGE,
    ID,
    conversationID,
    conversationType: 'C2C',
    time,
    status: 'success',
    elements: [{ type: 'TIMTextElem', text }],
  }) as Message;

const textOf = (m: Message) => (m.elements[0] as { text: string }).text;
const shape = (state: Pick<MessageSearchState, 'groups'>) =>
  state.groups.map((g) => `${g.conversationID}: ${g.messages.map(textOf).join(' | ')}${g.moreOnServer ? ` (+${g.moreOnServer})` : ''}`);

describe('merging server results into the cached ones', () => {
  test('one result per message ID, the cached copy winning; newest first, grouped by chat', () => {
    const local = [msg('m3', 'C2Cbob', 30, 'cached copy'), msg('m1', 'C2Cbob', 10)];
    const page: MessageSearchPage = {
      messages: [msg('m2', 'C2Ccarol', 20), msg('m3', 'C2Cbob', 30, 'server copy'), msg('m4', 'C2Cbob', 40), msg('m2', 'C2Ccarol', 20)],
      counts: [],
      cursor: '',
    };
    assert.deepEqual(shape({ groups: mergeServerResults(local, page) }), ['C2Cbob: m4 | cached copy | m1', 'C2Ccarol: m2']);
  });

  test('a chat the server only counted: "N more" beyond those shown, count-only chats last', () => {
    const local = [msg('m5', 'C2Cdan', 50), msg('m1', 'C2Cbob', 10)];
    const page: MessageSearchPage = {
      messages: [msg('m2', 'C2Ccarol', 20)],
      counts: [
        { conversationID: 'C2Ceve', count: 4 },
        { conversationID: 'C2Cbob', count: 3 },
        // No more than the cache shows: no row.
        { conversationID: 'C2Cdan', count: 1 },
      ],
      cursor: 'next',
    };
    assert.deepEqual(shape({ groups: mergeServerResults(local, page) }), [
      'C2Cdan: m5',
      'C2Ccarol: m2',
      'C2Cbob: m1 (+2)',
      'C2Ceve:  (+4)',
    ]);
  });

  test('within one chat, what the server gives of other chats is left out, and recalled messages too', () => {
    const page: MessageSearchPage = {
      messages: [msg('m2', 'C2Ccarol', 20), msg('m3', 'C2Cbob', 30), { ...msg('m4', 'C2Cbob', 40), isRevoked: true }],
      counts: [{ conversationID: 'C2Ccarol', count: 9 }],
      cursor: '',
    };
    assert.deepEqual(shape({ groups: mergeServerResults([msg('m1', 'C2Cbob', 10)], page, 'C2Cbob') }), ['C2Cbob: m3 | m1']);
  });
});

describe('the store asking the server', () => {
  /** A backend whose server answers when the test says (the policy under test is the store's). */
  function gatedSearch(cached = [msg('c1', 'C2Cbob', 10, 'lunch cached')]) {
    const asked: Array<{ query: MessageSearchQuery; at: number; answer(page: MessageSearchPage): void; fail(e: unknown): void }> = [];
    const timers = new ManualTimers();
    const session = { userID: 'alice', id: 1, loggedIn: true };
    const search = new MessageSearch({
      session: session as never,
      timers,
      now: () => timers.now(),
      service: {
        features: { cloudMessageSearch: true },
        searchMessages: (query) => new Promise((answer, fail) => asked.push({ query, at: timers.now(), answer, fail })),
      },
      searchCache: async (query, { limit }) =>
        cached
          .filter((m) => textOf(m).includes(query.trim()))
          .sort((a, b) => b.time - a.time)
          .slice(0, limit),
    });
    return { search, asked, timers, session };
  }
  const page = (...messages: Message[]): MessageSearchPage => ({ messages, counts: [], cursor: '' });
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

  test('the latest words win: a slow server answer for older words is dropped', async () => {
    const { search, asked, timers } = gatedSearch();
    const first = search.search('lunch', true);
    await settle();
    assert.equal(asked.length, 1);
    assert.deepEqual(asked[0]!.query, { keywords: ['lunch'], count: 20 });
    assert.equal(search.state.get().server, 'searching');
    assert.deepEqual(shape(search.state.get()), ['C2Cbob: lunch cached'], 'the cached results show meanwhile');
    const second = search.search('lunch cached', true);
    await first;
    // Within the rate limit: the second call waits for its turn.
    await settle();
    assert.equal(asked.length, 1, 'not yet: 2 calls a second at most');
    timers.advance(SERVER_SEARCH_INTERVAL_MS);
    await settle();
    assert.equal(asked.length, 2);
    assert.equal(asked[1]!.at - asked[0]!.at, SERVER_SEARCH_INTERVAL_MS);
    assert.deepEqual(asked[1]!.query.keywords, ['lunch', 'cached']);
    asked[0]!.answer(page(msg('old', 'C2Ccarol', 99, 'for the old words')));
    await settle();
    assert.deepEqual(shape(search.state.get()), ['C2Cbob: lunch cached'], 'the old answer is dropped');
    asked[1]!.answer(page(msg('s1', 'C2Ccarol', 20, 'lunch cached on the server'), msg('c1', 'C2Cbob', 10, 'server copy')));
    await second;
    assert.equal(search.state.get().server, 'done');
    assert.deepEqual(shape(search.state.get()), ['C2Ccarol: lunch cached on the server', 'C2Cbob: lunch cached']);
  });

  test('more results: the next newest from the cache and the next server page, merged; a new query drops them', async () => {
    const cached = Array.from({ length: MESSAGE_SEARCH_LIMIT + 10 }, (_, i) => msg(`c${i}`, 'C2Cbob', 100 + i, `lunch ${i}`));
    const { search, asked, timers } = gatedSearch(cached);
    const first = search.search('lunch', true);
    await settle();
    const count = () => search.state.get().groups.reduce((n, g) => n + g.messages.length, 0);
    assert.equal(count(), MESSAGE_SEARCH_LIMIT, 'the newest page from the cache');
    assert.equal(search.state.get().hasMore, true, 'the cache filled its page');
    asked[0]!.answer({ messages: [msg('s1', 'C2Ccarol', 500, 'lunch on the server')], counts: [], cursor: 'page-2' });
    await first;
    assert.equal(count(), MESSAGE_SEARCH_LIMIT + 1);
    const more = search.loadMore();
    assert.equal(search.loadMore(), more, 'one "more" at a time');
    assert.equal(search.state.get().loadingMore, true);
    await settle();
    timers.advance(SERVER_SEARCH_INTERVAL_MS);
    await settle();
    assert.deepEqual(asked[1]!.query, { keywords: ['lunch'], cursor: 'page-2', count: 20 }, 'the next server page');
    asked[1]!.answer({ messages: [msg('s2', 'C2Cdan', 50, 'lunch, older, on the server')], counts: [], cursor: '' });
    await more;
    const state = search.state.get();
    assert.equal(count(), MESSAGE_SEARCH_LIMIT + 10 + 2, 'the whole cache and both server pages');
    assert.deepEqual(
      state.groups.map((g) => g.conversationID),
      ['C2Ccarol', 'C2Cbob', 'C2Cdan'],
    );
    assert.equal(state.hasMore, false);
    assert.equal(state.loadingMore, false);
    await search.loadMore();
    assert.equal(asked.length, 2, 'nothing more to ask');

    // A new query while a "more" waits: its answer is dropped.
    timers.advance(1000);
    const again = search.search('lunch', true);
    await settle();
    asked[2]!.answer({ messages: [], counts: [], cursor: 'page-2' });
    await again;
    const late = search.loadMore();
    await settle();
    timers.advance(SERVER_SEARCH_INTERVAL_MS);
    await settle();
    const newer = search.search('lunch 5', true);
    asked[3]!.answer({ messages: [msg('s9', 'C2Ceve', 900, 'lunch for the old words')], counts: [], cursor: '' });
    await late;
    await settle();
    assert.ok(!search.state.get().groups.some((g) => g.conversationID === 'C2Ceve'), 'the old "more" is dropped');
    timers.advance(SERVER_SEARCH_INTERVAL_MS);
    await settle();
    asked[4]!.answer({ messages: [], counts: [], cursor: '' });
    await newer;
    assert.deepEqual(
      search.state.get().groups.map((g) => g.conversationID),
      ['C2Cbob'],
    );
  });

  test('typing fast asks the server once, after the pause', async () => {
    const { search, asked, timers } = gatedSearch();
    void search.search('lu');
    void search.search('lun');
    const last = search.search('lunch');
    timers.advance(1000);
    await settle();
    assert.deepEqual(
      asked.map((a) => a.query.keywords),
      [['lunch']],
    );
    asked[0]!.answer(page());
    await last;
  });

  test('without the plan (unsupported): no error, cached results stay, the server is asked no more this session', async () => {
    const { search, asked, timers, session } = gatedSearch();
    const first = search.search('lunch', true);
    await settle();
    asked[0]!.fail(new ChatError(CHAT_ERROR.unsupported, 'no plugin'));
    await first;
    assert.equal(search.state.get().server, 'off');
    assert.equal(search.state.get().error, null);
    assert.deepEqual(shape(search.state.get()), ['C2Cbob: lunch cached']);
    timers.advance(1000);
    await search.search('cached', true);
    assert.equal(asked.length, 1, 'not asked again');
    // A new session asks again.
    search.reset();
    session.id = 2;
    const again = search.search('lunch', true);
    await settle();
    assert.equal(asked.length, 2);
    asked[1]!.fail(new ChatError(CHAT_ERROR.network, 'offline'));
    await again;
    assert.equal(search.state.get().server, 'failed', 'another failure: shown as failed, the cached results kept');
    assert.deepEqual(shape(search.state.get()), ['C2Cbob: lunch cached']);
  });
});

describe('server message search on the Tencent adapter (fake SDK)', () => {
  let server: FakeTencentServer;
  const stores: ChatStore[] = [];
  const services: TencentChatService[] = [];
  let clock = 0;
  beforeEach(async () => {
    server = twoUserServer().addUser({ userID: 'carol', nick: 'Carol' });
    clock = Date.now();
    const say = async (from: string, to: string, ...texts: string[]) => {
      const service = new TencentChatService(server.createInstance(), { userSig: (id) => `sig-${id}` });
      services.push(service);
      await service.login({ userID: from });
      for (const text of texts) await service.sendMessage(textMessage(from, `C2C${to}`, text));
      await service.logout();
    };
    await say('bob', 'alice', 'lunch at noon?', 'or lunch at one', 'dinner maybe');
    await say('carol', 'alice', 'see you at lunch');
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.stop();
  });

  async function aliceStore() {
    const sdk = server.createInstance();
    const service = new TencentChatService(sdk, { userSig: (id) => `sig-${id}` });
    // The store's clock moves a second per search (the rate limit is not what these tests wait on).
    const store = new ChatStore({ service, now: () => clock });
    stores.push(store);
    await store.start('alice');
    return { store, sdk: sdk as FakeTencentChat };
  }

  test('across all chats: a chat with one match shows it, one with more shows the count; within the chat, its messages', async () => {
    server.cloudSearchEnabled = true;
    const { store } = await aliceStore();
    const search = store.use(messageSearchFeature);
    await search.search('lunch', true);
    assert.equal(search.state.get().server, 'done');
    assert.deepEqual(shape(search.state.get()), ['C2Ccarol: see you at lunch', 'C2Cbob:  (+2)']);
    clock += 1000;
    await search.setScope('C2Cbob');
    await eventually(() => search.state.get().server === 'done', 3000, 'searched within the chat');
    assert.deepEqual(shape(search.state.get()), ['C2Cbob: or lunch at one | lunch at noon?']);
    // Opened (cached) now: the cached copies and the server's merge into one result each.
    await store.openConversation('C2Cbob');
    await eventually(() => store.messageList('C2Cbob').get().messages.length === 3, 3000, 'history cached');
    clock += 1000;
    await search.search('lunch at', true);
    assert.deepEqual(shape(search.state.get()), ['C2Cbob: or lunch at one | lunch at noon?']);
  });

  test('without the cloud search plugin (60020): no server results, no error, not asked again', async () => {
    const { store, sdk } = await aliceStore();
    const search = store.use(messageSearchFeature);
    await search.search('lunch', true);
    assert.equal(search.state.get().server, 'off');
    assert.equal(search.state.get().status, 'done');
    assert.equal(search.state.get().error, null);
    clock += 1000;
    await search.search('dinner', true);
    assert.equal(sdk.calls.filter((c) => c.method === 'searchCloudMessages').length, 1);
  });

  test('the adapter maps the SDK answer and passes the cursor on', async () => {
    server.cloudSearchEnabled = true;
    const sdk = server.createInstance();
    const service = new TencentChatService(sdk, { userSig: (id) => `sig-${id}` });
    services.push(service);
    await service.login({ userID: 'alice' });
    assert.equal(service.features.cloudMessageSearch, true);
    const first = await service.searchMessages({ keywords: ['lunch'], conversationID: 'C2Cbob', count: 1 });
    assert.deepEqual(first.messages.map(textOf), ['or lunch at one']);
    assert.equal(first.messages[0]!.flow, 'in');
    assert.notEqual(first.cursor, '');
    const next = await service.searchMessages({ keywords: ['lunch'], conversationID: 'C2Cbob', count: 1, cursor: first.cursor });
    assert.deepEqual(next.messages.map(textOf), ['lunch at noon?']);
    assert.equal(next.cursor, '');
    assert.deepEqual(sdk.calls.filter((c) => c.method === 'searchCloudMessages').at(-1)!.args[0], {
      keywordList: ['lunch'],
      keywordListMatchType: 'and',
      conversationID: 'C2Cbob',
      cursor: first.cursor,
      count: 1,
    });
    server.cloudSearchEnabled = false;
    await assert.rejects(service.searchMessages({ keywords: ['lunch'] }), (e: ChatError) => e.code === CHAT_ERROR.unsupported);
    await service.logout();
  });
});
