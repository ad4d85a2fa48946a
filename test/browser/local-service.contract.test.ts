import { describeChatServiceContract } from '../contract/chat-service-contract.js';
import { makeLocalHarness } from '../contract/local-harness.js';

// The ChatService contract against LocalChatService with its server in IndexedDB (Dexie), in Chromium.
describeChatServiceContract('LocalChatService (IndexedDB)', () => makeLocalHarness({ storage: 'indexeddb' }), {
  framework: { describe, it, beforeEach, afterEach },
  capabilities: {
    reactions: true,
    groupApplications: true,
    directory: true,
    groupReadReceipts: true,
    conversationExtras: true,
    groupManagement: true,
  },
});

describe('LocalChatService harness storage', () => {
  it('really uses IndexedDB in the browser', async () => {
    const harness = await makeLocalHarness({ storage: 'indexeddb' });
    const server = (harness.clients[0] as unknown as { server: { storage: { kind: string } } }).server;
    try {
      if (server.storage.kind !== 'indexeddb') throw new Error(`storage is ${server.storage.kind}`);
    } finally {
      await harness.dispose();
    }
  });
});
