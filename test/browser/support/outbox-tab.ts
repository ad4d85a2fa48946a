/**
 * One tab of the reload-during-send test: a store of `user` on the embedded backend and the cache
 * in IndexedDB, with failures injected. It sends what the test asks and says when each message
 * shows as sending; the test reloads it (the iframe) at random instants.
 */
import { DexieCache } from '../../../src/core/cache/dexie-cache.js';
import { LocalChatService } from '../../../src/core/service/local/local-chat-service.js';
import { LocalServer } from '../../../src/core/service/local/local-server.js';
import { ChatStore } from '../../../src/core/store/chat-store.js';

const params = new URLSearchParams(location.search);
const tab = params.get('tab') ?? '0';
const post = (data: Record<string, unknown>) => parent.postMessage({ tab, ...data }, '*');

const server = await LocalServer.open({ namespace: params.get('ns')!, storage: 'indexeddb' });
const service = new LocalChatService(server, { latencyMs: Number(params.get('latency') ?? 20) });
service.setFailureRate(Number(params.get('failures') ?? 0), { phase: 'either' });
const store = new ChatStore({ service, cache: new DexieCache({ app: params.get('ns')!, userID: params.get('user')! }) });
const conversationID = params.get('conversation')!;
const shown = new Set<string>();
store.messageList(conversationID).subscribe(
  (state) => state.messages,
  (messages) => {
    for (const message of messages) {
      const text = message.elements[0]?.type === 'TIMTextElem' ? message.elements[0].text : '';
      if (!text.startsWith('m-') || shown.has(message.ID)) continue;
      shown.add(message.ID);
      post({ kind: 'shown', text, id: message.ID, status: message.status });
    }
  },
);
window.addEventListener('message', (event) => {
  const data = event.data as { kind: string; text?: string };
  if (data.kind === 'send') void store.sendText(conversationID, data.text!).catch(() => {});
  if (data.kind === 'calm') service.setFailureRate(0);
});
await store.start(params.get('user')!);
store.messageList(conversationID);
post({ kind: 'ready' });
