import { afterEach, beforeEach, describe, it } from 'node:test';
import { describeChatServiceContract } from '../contract/chat-service-contract.js';
import { makeTencentHarness } from '../fakes/tencent-contract-harness.js';
import { PARTIAL_UPDATE_GAPS, SDK_GAPS, TENCENT_CAPABILITIES } from '../fakes/tencent-sdk-gaps.js';

const frameworkWith = (gaps: Readonly<Record<string, string>>) => ({
  describe,
  it: (name: string, body: () => Promise<void>) => (gaps[name] ? it(name, { skip: `SDK gap: ${gaps[name]}` }, body) : it(name, body)),
  beforeEach,
  afterEach,
});
const framework = frameworkWith(SDK_GAPS);
const capabilities = TENCENT_CAPABILITIES;

// The ChatService contract against TencentChatService over the fake SDK and its fake server.
describeChatServiceContract('TencentChatService (fake SDK)', () => makeTencentHarness(), { framework, capabilities });

// Again with the SDK created with `partialUpdatedConversations`: conversation updates carry only what changed.
describeChatServiceContract(
  'TencentChatService (fake SDK, partial conversation updates)',
  () => makeTencentHarness({ partialUpdatedConversations: true }),
  {
    framework: frameworkWith({ ...SDK_GAPS, ...PARTIAL_UPDATE_GAPS }),
    capabilities,
  },
);
