import { afterEach, beforeEach, describe, it } from 'node:test';
import { describeChatServiceContract } from '../contract/chat-service-contract.js';
import { makeLocalHarness } from '../contract/local-harness.js';

// The ChatService contract against LocalChatService with its server in memory (as under Node).
describeChatServiceContract('LocalChatService (memory)', () => makeLocalHarness({ storage: 'memory' }), {
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
