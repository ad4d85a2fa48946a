import { expect } from '@open-wc/testing';
import { DexieCache } from '../../src/core/cache/dexie-cache.js';
import type { Message } from '../../src/core/model/message.js';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';
import { LocalServer } from '../../src/core/service/local/local-server.js';
import { waitFor } from '../support/wait-for.js';

/** A small seeded generator, so a failing run can be run again. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The random pause between two sends: part of what the test does (sends at random instants), not a wait for something. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every message of a conversation as the server has it, oldest first. */
async function history(service: LocalChatService, conversationID: string): Promise<Message[]> {
  const all: Message[] = [];
  let page = await service.getMessageList({ conversationID, count: 100 });
  all.unshift(...page.messages);
  while (!page.isCompleted && page.messages.length) {
    page = await service.getMessageList({ conversationID, count: 100, fromMessageID: page.messages[0]!.ID, direction: 'older' });
    all.unshift(...page.messages);
  }
  return all;
}

const textOf = (m: Message) => (m.elements[0]?.type === 'TIMTextElem' ? m.elements[0].text : '');

describe('write-ahead outbox', () => {
  it('reloads at random instants during sends with failures: 0 lost, 0 duplicated, order kept', async function () {
    this.timeout(240_000);
    const SENDS = Number(new URLSearchParams(location.search).get('sends')) || 300;
    const random = seeded(18_003);
    const ns = `outbox-reload-${Date.now()}`;
    const server = await LocalServer.open({ namespace: ns, storage: 'indexeddb' });
    await server.createUser({ userID: 'alice', nick: 'Alice' });
    await server.createUser({ userID: 'bob', nick: 'Bob' });

    // Two tabs of Alice, each an iframe that the test reloads.
    const tabs = [0, 1].map((tab) => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'inline-size:10px;block-size:10px';
      const url = `/test/browser/support/outbox-tab.html?ns=${ns}&user=alice&conversation=C2Cbob&tab=${tab}&failures=0.3&latency=20`;
      document.body.append(frame);
      return { tab, frame, url, ready: false, reloads: 0 };
    });
    const shown = new Map<string, string>(); // text → message ID
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { tab: string; kind: string; text?: string; id?: string };
      const tab = tabs[Number(data.tab)];
      if (!tab || event.source !== tab.frame.contentWindow) return;
      if (data.kind === 'ready') tab.ready = true;
      if (data.kind === 'shown' && data.text) shown.set(data.text, data.id!);
    };
    window.addEventListener('message', onMessage);
    const load = (tab: (typeof tabs)[number]) => {
      tab.ready = false;
      tab.frame.src = `${tab.url}&load=${tab.reloads++}`;
    };
    tabs.forEach(load);

    const sentBy = new Map<string, number>(); // text → order it was asked in
    try {
      await waitFor(() => tabs.every((t) => t.ready), 'both tabs to start', { timeoutMs: 20_000, intervalMs: 50 });
      let pendingReloads = 0;
      for (let i = 0; i < SENDS; i++) {
        const ready = tabs.filter((t) => t.ready);
        if (ready.length === 0) {
          await waitFor(() => tabs.some((t) => t.ready), 'a tab', { timeoutMs: 20_000, intervalMs: 50 });
          i--;
          continue;
        }
        const tab = ready[Math.floor(random() * ready.length)]!;
        const text = `m-${String(i).padStart(4, '0')}`;
        sentBy.set(text, i);
        tab.frame.contentWindow!.postMessage({ kind: 'send', text }, '*');
        // Now and then the tab reloads a random 0–300 ms later, whatever it is doing then.
        if (random() < 0.08) {
          pendingReloads++;
          const delay = random() * 300;
          setTimeout(() => {
            pendingReloads--;
            load(tab);
          }, delay);
        }
        await pause(random() * 30);
      }
      await waitFor(() => pendingReloads === 0, 'the last reloads', { timeoutMs: 5_000, intervalMs: 50 });
      // The network heals; each tab reloads once more and delivers what is queued.
      await waitFor(() => tabs.every((t) => t.ready), 'both tabs after the reloads', { timeoutMs: 30_000, intervalMs: 50 });
      for (const tab of tabs) tab.frame.contentWindow!.postMessage({ kind: 'calm' }, '*');
      const cache = new DexieCache({ app: ns, userID: 'alice' });
      await cache.open();
      const pending = async () => (await cache.getOutbox()).filter((e) => e.message.status !== 'fail').length;
      await waitFor(async () => (await pending()) === 0, 'the outbox to drain', { timeoutMs: 60_000, intervalMs: 50 });

      const bob = new LocalChatService(server);
      await bob.login({ userID: 'bob' });
      const delivered = (await history(bob, 'C2Calice')).filter((m) => textOf(m).startsWith('m-'));
      const failed = new Set((await cache.getOutbox()).filter((e) => e.message.status === 'fail').map((e) => textOf(e.message)));
      const copies = new Map<string, number>();
      for (const m of delivered) copies.set(textOf(m), (copies.get(textOf(m)) ?? 0) + 1);

      const lost = [...shown.keys()].filter((text) => !copies.has(text) && !failed.has(text));
      const duplicated = [...copies].filter(([, n]) => n > 1).map(([text]) => text);
      // Order: each tab instance sends in the order asked; across reloads and tabs, delivery keeps
      // the order the messages were made in (their client IDs), which is the order asked.
      let outOfOrder = 0;
      const order = delivered.map((m) => sentBy.get(textOf(m)) ?? -1);
      for (let k = 1; k < order.length; k++) if (order[k]! < order[k - 1]!) outOfOrder++;
      const reloads = tabs.reduce((n, t) => n + t.reloads - 1, 0);
      console.log(
        `outbox-reload: ${SENDS} sends asked, ${shown.size} shown as sending, ${reloads} reloads at random instants, 30% failures; ` +
          `${delivered.length} delivered, ${failed.size} shown failed; lost ${lost.length}, duplicated ${duplicated.length}, out of order ${outOfOrder}`,
      );
      expect(lost, 'shown as sending, then neither delivered nor shown as failed').to.deep.equal([]);
      expect(duplicated, 'delivered twice').to.deep.equal([]);
      expect(outOfOrder, 'delivered out of the order they were sent').to.equal(0);
      expect(reloads).to.be.greaterThan(5);
      await cache.close();
    } finally {
      window.removeEventListener('message', onMessage);
      for (const { frame } of tabs) frame.remove();
      server.close();
    }
  });
});
