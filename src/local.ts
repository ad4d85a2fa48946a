/**
 * tim-elements/local: the embedded backend — an in-browser chat server (`LocalServer`, its data in
 * IndexedDB, shared by the page's tabs) and the `ChatService` over it (`LocalChatService`). For
 * demos, tests, prototypes and offline apps: no account, no network. It holds no demo data
 * (that is `tim-elements/demo`).
 *
 * ```ts
 * import { ChatStore } from 'tim-elements/core';
 * import { LocalServer, LocalChatService } from 'tim-elements/local';
 * const server = await LocalServer.open({ namespace: 'my-app' });
 * await server.createUser({ userID: 'alice', nick: 'Alice' });
 * const store = new ChatStore({ service: new LocalChatService(server) });
 * ```
 */
export * from './core/service/local/index.js';
