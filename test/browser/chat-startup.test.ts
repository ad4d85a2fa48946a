// How <tim-chat> gets its store: the app's store, set at any moment, always wins; without one the
// element waits, empty; the demo runs only when asked (`demo` + the demo entry) and stops when a
// store arrives or the element leaves the page.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TimChat } from '../../src/components/chat/tim-chat.js';
import { provideDemoChat, type DemoChat } from '../../src/components/chat/demo-hook.js';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';
import { LocalServer } from '../../src/core/service/local/local-server.js';
import { ChatStore } from '../../src/core/store/chat-store.js';

let counter = 0;

/** A store on an in-memory embedded server whose one conversation is with `peer`. Not started. */
async function storeWithPeer(peer: string, latencyMs = 0) {
  const server = await LocalServer.open({ namespace: `startup-${Date.now()}-${counter++}`, storage: 'memory' });
  await server.createUser({ userID: 'alice', nick: 'Alice' });
  await server.createUser({ userID: peer, nick: peer });
  await server.postMessages([{ from: peer, conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: `hi from ${peer}` }] }]);
  return { server, store: new ChatStore({ service: new LocalChatService(server, { latencyMs }), cache: new MemoryCache() }) };
}

/** A stand-in for `tim-elements/demo`: records what the element asks of it; `release` lets a creation finish. */
function fakeDemo() {
  const made: Array<{ chat: DemoChat; stopped: boolean; started: boolean }> = [];
  const pending: Array<() => void> = [];
  let hold = false;
  const create = async (userID: string): Promise<DemoChat> => {
    if (hold) await new Promise<void>((resolve) => pending.push(resolve));
    const { store } = await storeWithPeer('demo-bot');
    const record = {
      stopped: false,
      started: false,
      chat: {
        store,
        start: async () => {
          record.started = true;
          await store.start(userID);
        },
        stop: async () => {
          record.stopped = true;
          await store.stop();
        },
      },
    };
    made.push(record);
    return record.chat;
  };
  return {
    made,
    create,
    holdCreations: () => (hold = true),
    release: () => {
      hold = false;
      for (const resolve of pending.splice(0)) resolve();
    },
  };
}

const rows = (el: TimChat) =>
  [...(el.shadowRoot!.querySelector('tim-conversation-list')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-id]') ?? [])].map(
    (r) => r.dataset.id,
  );
const databases = async () => new Set((await indexedDB.databases()).map((d) => d.name));

describe('tim-chat start-up', () => {
  it('without a store waits in a neutral, empty state and makes no database', async () => {
    const before = await databases();
    const el = await fixture<TimChat>(html`<tim-chat style="display:block;height:500px"></tim-chat>`);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(rows(el)).to.deep.equal([]);
    const main = el.shadowRoot!.querySelector('[part="main"]')!;
    expect(main.textContent!.trim()).to.equal('', 'no "starting", no error, no demo');
    const after = await databases();
    expect([...after].filter((name) => !before.has(name))).to.deep.equal([], 'no IndexedDB database was created');
  });

  it('shows a store set later (the app signed in after a while), and never starts the demo', async () => {
    const demo = fakeDemo();
    provideDemoChat(demo.create);
    const el = await fixture<TimChat>(html`<tim-chat style="display:block;height:500px"></tim-chat>`);
    // "Later": the element has rendered without a store and painted.
    await el.updateComplete;
    await nextFrame();
    const { store } = await storeWithPeer('bob');
    el.store = store;
    void store.start('alice');
    await waitUntil(() => rows(el).includes('C2Cbob'), "the app's conversation shows");
    expect(demo.made).to.have.length(0);
    await store.stop();
  });

  it("runs the demo only when asked, and the app's store replaces it at any moment", async () => {
    const demo = fakeDemo();
    provideDemoChat(demo.create);
    const el = await fixture<TimChat>(html`<tim-chat demo user-id="alice" style="display:block;height:500px"></tim-chat>`);
    await waitUntil(() => rows(el).includes('C2Cdemo-bot'), 'the demo shows');
    expect(demo.made[0]!.started).to.equal(true);

    const { store } = await storeWithPeer('bob');
    el.store = store;
    void store.start('alice');
    await waitUntil(() => rows(el).includes('C2Cbob'), "the app's store shows");
    expect(rows(el)).to.not.include('C2Cdemo-bot');
    await waitUntil(() => demo.made[0]!.stopped, 'the demo stopped');
    // Attribute changes later do not bring it back while the app's store is set.
    el.userId = 'bob';
    await el.updateComplete;
    expect(demo.made).to.have.length(1);
    await store.stop();
  });

  it('a store set while the demo is still being made wins; the late demo is stopped and never shown', async () => {
    const demo = fakeDemo();
    demo.holdCreations();
    provideDemoChat(demo.create);
    const el = await fixture<TimChat>(html`<tim-chat demo style="display:block;height:500px"></tim-chat>`);
    const { store } = await storeWithPeer('carol');
    el.store = store;
    void store.start('alice');
    await waitUntil(() => rows(el).includes('C2Ccarol'), "the app's store shows");
    demo.release();
    await waitUntil(() => demo.made.length === 1 && demo.made[0]!.stopped, 'the late demo is stopped');
    expect(demo.made[0]!.started).to.equal(false, 'it never started');
    expect(rows(el)).to.deep.equal(['C2Ccarol']);
    await store.stop();
  });

  it('stops its demo when it leaves the page, not when it is moved', async () => {
    const demo = fakeDemo();
    provideDemoChat(demo.create);
    const wrapper = await fixture<HTMLDivElement>(html`<div><tim-chat demo style="display:block;height:500px"></tim-chat></div>`);
    const el = wrapper.querySelector('tim-chat') as TimChat;
    await waitUntil(() => rows(el).includes('C2Cdemo-bot'), 'the demo shows');
    document.body.append(el); // moved: disconnected and connected in one task
    await new Promise((resolve) => setTimeout(resolve));
    expect(demo.made[0]!.stopped).to.equal(false);
    el.remove();
    await waitUntil(() => demo.made[0]!.stopped, 'the demo stopped');
    expect(demo.made).to.have.length(1);
  });

  it('while the store signs in, says "Connecting…" once, not "offline" in the composer', async () => {
    const { store } = await storeWithPeer('bob', 800);
    const el = await fixture<TimChat>(html`<tim-chat style="display:block;height:500px"></tim-chat>`);
    el.store = store;
    el.conversationId = 'C2Cbob';
    const starting = store.start('alice');
    await waitUntil(() => store.state.get().connection === 'connecting', 'connecting');
    const banner = () => el.shadowRoot!.querySelector('[part="banner"]')?.textContent?.trim() ?? '';
    await waitUntil(() => banner() === 'Connecting…', 'the chat says it is connecting');
    const composer = el.shadowRoot!.querySelector('tim-composer')!;
    await composer.updateComplete;
    expect(composer.shadowRoot!.querySelector('[part~="notice"]'), 'no "you are offline" while connecting').to.equal(null);
    await starting;
    await waitUntil(() => !el.shadowRoot!.querySelector('[part="banner"]'), 'the banner goes once connected');
    await store.stop();
  });
});
