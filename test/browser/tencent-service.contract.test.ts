import { describeChatServiceContract } from '../contract/chat-service-contract.js';
import { makeTencentHarness } from '../fakes/tencent-contract-harness.js';
import { PARTIAL_UPDATE_GAPS, SDK_GAPS, TENCENT_CAPABILITIES } from '../fakes/tencent-sdk-gaps.js';

const frameworkWith = (gaps: Readonly<Record<string, string>>) => ({
  describe,
  it: (name: string, body: () => Promise<void>) => (gaps[name] ? it.skip(name, body) : it(name, body)),
  beforeEach,
  afterEach,
});

// The ChatService contract against TencentChatService over the fake SDK, in Chromium: real
// File, Blob, fetch Response and stream classes, as the adapter meets them in a page. The cases
// skipped are SDK gaps (test/fakes/tencent-sdk-gaps.ts says why).
describeChatServiceContract('TencentChatService (fake SDK, browser)', () => makeTencentHarness(), {
  framework: frameworkWith(SDK_GAPS),
  capabilities: TENCENT_CAPABILITIES,
});

describeChatServiceContract(
  'TencentChatService (fake SDK, partial conversation updates, browser)',
  () => makeTencentHarness({ partialUpdatedConversations: true }),
  {
    framework: frameworkWith({ ...SDK_GAPS, ...PARTIAL_UPDATE_GAPS }),
    capabilities: TENCENT_CAPABILITIES,
  },
);
