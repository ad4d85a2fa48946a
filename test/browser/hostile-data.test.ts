import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { TimConversationList } from '../../src/components/conversation-list/tim-conversation-list.js';
import type { TimMessage } from '../../src/components/message/tim-message.js';
import { DexieCache } from '../../src/core/cache/dexie-cache.js';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { messagesFromDesktopJson } from '../../src/core/interop/desktop-json.js';
import { normalizeConversation } from '../../src/core/interop/normalize-conversation.js';
import { normalizeMessage } from '../../src/core/interop/normalize-message.js';
import { EMPTY_MESSAGE, type Message } from '../../src/core/model/message.js';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';
import { LocalServer } from '../../src/core/service/local/local-server.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { FUZZ_SEED, hostileConversation, hostileMessage } from '../fixtures/hostile-data.js';
import { until } from '../fixtures/message-world.js';
import { deepQuery, deepText } from './dom-helpers.js';
import { mountList } from './message-list-helpers.js';

/** Errors that reach the page: thrown in handlers or rendering, or unhandled rejections. */
function collectPageErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => {
    if (!String(e.message).includes('ResizeObserver loop')) errors.push(String(e.message));
  };
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason?.message ?? e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => (window.removeEventListener('error', onError), window.removeEventListener('unhandledrejection', onRejection)),
  };
}

const conversationRows = (el: TimConversationList) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];

/** Visible text, or media drawn in its place: never an empty row. */
function isBlank(el: Element): boolean {
  return deepText(el).trim() === '' && !deepQuery(el, 'img, video, audio, svg, canvas');
}

async function storeOn(server: LocalServer, cacheName: string): Promise<ChatStore> {
  const store = new ChatStore({ service: new LocalChatService(server), cache: new DexieCache({ app: cacheName, userID: 'alice' }) });
  await store.start('alice');
  return store;
}

describe('hostile data never breaks the page', () => {
  it('a desktop message with message_server_time 1e300 imports into the conversation list and the message list, and both render after a reload', async function () {
    this.timeout(20000);
    const page = collectPageErrors();
    const server = await LocalServer.open({ storage: 'memory', namespace: `hostile-${Date.now()}` });
    for (const userID of ['alice', 'bob', 'carol', 'dave']) await server.createUser({ userID, nick: userID.toUpperCase() });
    // Conversations the server knows, so that the sync after a reload keeps them.
    await server.postMessages([
      { from: 'bob', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'hello' }], time: 1_600_000_000 },
      { from: 'dave', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'hi' }], time: 1_600_000_000 },
    ]);
    const cacheName = `hostile-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    let store = await storeOn(server, cacheName);
    try {
      const { messages, warnings } = messagesFromDesktopJson(
        [
          {
            message_elem_array: [{ elem_type: 0, text_elem_content: 'from the far future' }],
            message_conv_id: 'bob',
            message_conv_type: 1,
            message_sender: 'bob',
            message_server_time: 1e300,
            message_msg_id: 'future',
          },
          {
            message_elem_array: [{ elem_type: 4, file_elem_file_name: 'big.bin', file_elem_file_size: 1e300 }],
            message_conv_id: 'bob',
            message_conv_type: 1,
            message_sender: 'bob',
            message_server_time: 1_700_000_000,
            message_seq: 1e300,
            message_msg_id: 'huge',
          },
        ],
        { selfUserID: 'alice' },
      );
      expect(warnings.map((w) => w.field)).to.include('message_server_time');
      await store.importMessages(messages);

      const list = await fixture<TimConversationList>(
        html`<tim-conversation-list .store=${store} locale="en" style="display:block;block-size:200px"></tim-conversation-list>`,
      );
      await until(() => conversationRows(list).some((row) => row.dataset.id === 'C2Cbob'), 'the imported conversation');
      const messageList = await mountList(store, 'C2Cbob', { height: 300 });
      await until(
        () => deepText(messageList).includes('from the far future') && deepText(messageList).includes('big.bin'),
        'both messages drawn',
      );

      // New conversations still appear afterwards.
      await server.postMessages([{ from: 'carol', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'later' }] }]);
      await until(() => conversationRows(list).some((row) => row.dataset.id === 'C2Ccarol'), 'a new conversation');

      // A row an older version left in the database, read back after a reload.
      await store.settled();
      // Written straight into the store's database, through a connection of its own (as an older version's page would).
      const older = new DexieCache({ app: cacheName, userID: 'alice' });
      await older.open();
      const db = older.database!;
      const bad: Message = {
        ...EMPTY_MESSAGE,
        ID: 'stored-bad',
        conversationID: 'C2Cdave',
        from: 'dave',
        to: 'alice',
        time: 1e300,
        clientTime: 1e300,
        elements: [{ type: 'TIMTextElem', text: 'left by an old version' }],
      };
      await db.messages.put(bad);
      await db.conversations.put({
        ...(await db.conversations.get('C2Cbob'))!,
        conversationID: 'C2Cdave',
        lastMessage: bad,
        activeTime: 1e300,
        userProfile: undefined,
      });
      await older.close();
      await store.stop();

      store = await storeOn(server, cacheName);
      const again = await fixture<TimConversationList>(html`<tim-conversation-list .store=${store} locale="en"></tim-conversation-list>`);
      await until(
        () => ['C2Cbob', 'C2Ccarol', 'C2Cdave'].every((id) => conversationRows(again).some((row) => row.dataset.id === id)),
        'every conversation after the reload',
      );
      for (const row of conversationRows(again)) expect(isBlank(row), row.dataset.id).to.equal(false);
      fixtureCleanup(); // the virtualizer draws only rows inside the window
      const daveList = await mountList(store, 'C2Cdave');
      await until(() => deepText(daveList).includes('left by an old version'), 'the repaired stored message');
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
      await store.stop();
      server.close();
    }
  });

  it('a message whose model values nothing expects shows a placeholder; the next row still renders', async () => {
    const page = collectPageErrors();
    const base: Message = {
      ...EMPTY_MESSAGE,
      ID: 'x',
      conversationID: 'C2Cbob',
      from: 'bob',
      to: 'alice',
      time: 1_700_000_000,
      clientTime: 1_700_000_000,
    };
    const broken = [
      { ...base, time: 1e300 },
      { ...base, elements: null },
      { ...base, elements: [null, 42, { type: 'TIMImageElem', imageInfoArray: null }] },
      {
        ...base,
        elements: [
          {
            type: 'TIMTextElem',
            text: {
              toString: () => {
                throw new Error('no');
              },
            },
          },
        ],
      },
      {
        ...base,
        elements: [
          { type: 'TIMFileElem', fileName: null, fileSize: 'huge' },
          { type: 'TIMSoundElem', second: -Infinity },
          { type: 'TIMVideoFileElem', videoSecond: NaN },
        ],
      },
      { ...base, cloudCustomData: '{"messageReply":{"messageAbstract":{},"messageSender":[]}}', atUserList: null, nick: 7 },
      { ...base, progress: { loaded: NaN, total: -1 }, status: 'unSend', elements: [{ type: 'TIMLocationElem', latitude: 'x' }] },
    ] as unknown as Message[];
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size:480px">
      ${broken.map((message, i) => html`<tim-message .message=${{ ...message, ID: `bad-${i}` }} locale="en"></tim-message>`)}
      <tim-message .message=${{ ...base, ID: 'good', elements: [{ type: 'TIMTextElem', text: 'still here' }] }} locale="en"></tim-message>
    </div>`);
    const rows = [...wrapper.querySelectorAll<TimMessage>('tim-message')];
    for (const row of rows) await row.updateComplete;
    await until(() => rows.every((row) => !isBlank(row)), 'every row drawn (placeholder or content)');
    expect(deepText(rows.at(-1)!)).to.contain('still here');
    expect(page.errors).to.deep.equal([]);
    page.stop();
  });

  it('a seeded sample of fuzzed messages and conversations renders in Chromium: no thrown error, no blank row', async function () {
    this.timeout(30000);
    const page = collectPageErrors();
    const messages = fc.sample(hostileMessage, { seed: FUZZ_SEED + 11, numRuns: 150 }).map((input, i) => {
      const { message } = normalizeMessage(input);
      return { ...message, ID: `fuzz-${i}`, conversationID: message.conversationID || 'C2Cbob' };
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size:520px">
      ${messages.map((message) => html`<tim-message .message=${message} locale="en" show-name show-avatar notice-text="notice"></tim-message>`)}
    </div>`);
    const rows = [...wrapper.querySelectorAll<TimMessage>('tim-message')];
    for (const row of rows) await row.updateComplete;
    await until(() => rows.every((row) => !isBlank(row)), 'no blank message row');

    const conversations = fc
      .sample(hostileConversation, { seed: FUZZ_SEED + 12, numRuns: 150 })
      .map((input) => normalizeConversation(input).conversation)
      .filter((c) => c.conversationID !== '');
    const cache = new MemoryCache();
    await cache.putConversations(conversations);
    const server = await LocalServer.open({ storage: 'memory', namespace: `fuzz-${Date.now()}` });
    await server.createUser({ userID: 'alice', nick: 'Alice' });
    const service = new LocalChatService(server);
    service.setOffline(true); // the list shows what the cache holds; no server sync removes anything
    const store = new ChatStore({ service, cache });
    await store.start('alice').catch(() => {});
    try {
      const list = await fixture<TimConversationList>(
        html`<tim-conversation-list .store=${store} locale="zh-CN" style="block-size:20000px"></tim-conversation-list>`,
      );
      const ids = new Set(store.state.get().conversations.map((c) => c.conversationID));
      expect(ids.size).to.be.greaterThan(30);
      await until(() => conversationRows(list).length === ids.size, 'a row per conversation');
      for (const row of conversationRows(list)) expect(isBlank(row), row.dataset.id).to.equal(false);
      expect(page.errors).to.deep.equal([]);
      console.log(`rendered: ${rows.length} fuzzed messages, ${ids.size} fuzzed conversations; ${page.errors.length} errors, 0 blank rows`);
    } finally {
      page.stop();
      await store.stop();
      server.close();
    }
  });
});
