import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { describeChatServiceContract } from '../contract/chat-service-contract.js';
import { makeLocalHarness } from '../contract/local-harness.js';

// The same contract with the server's Dexie storage, on fake-indexeddb (the real one runs in Chromium).
describeChatServiceContract('LocalChatService (Dexie on fake-indexeddb)', () => makeLocalHarness({ storage: 'indexeddb' }), {
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
