// The page of csp.test.ts: an app with its own store, under `default-src 'self'; style-src 'self';
// script-src 'self'`. It records every policy violation, then loads the kit.
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.effectiveDirective}: ${event.sample || event.blockedURI}`),
);

// Proof that the policy is on: a <style> tag the page adds itself is refused.
const probe = document.createElement('style');
probe.textContent = ':root { --csp-probe: applied; }';
document.head.append(probe);

const [{ ChatStore, MemoryCache }, { LocalServer, LocalChatService }] = await Promise.all([
  import('../../../src/core/index.js'),
  import('../../../src/local.js'),
  import('../../../src/index.js'),
]);
const server = await LocalServer.open({ namespace: `csp-${Date.now()}`, storage: 'memory' });
await server.createUser({ userID: 'alice', nick: 'Alice' });
await server.createUser({ userID: 'bob', nick: 'Bob' });
await server.postMessages([
  { from: 'bob', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'Hello from Bob' }] },
  { from: 'alice', conversationID: 'C2Cbob', elements: [{ type: 'TIMTextElem', text: 'Hi Bob' }] },
]);
const store = new ChatStore({ service: new LocalChatService(server), cache: new MemoryCache() });
const chat = document.querySelector('tim-chat')!;
chat.store = store;
chat.conversationId = 'C2Cbob';
await store.start('alice');

Object.assign(window, { cspPage: { violations, store, server } });
export {};
