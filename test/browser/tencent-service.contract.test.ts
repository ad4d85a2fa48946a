import { describeChatServiceContract } from '../contract/chat-service-contract.js';
import { makeTencentHarness } from '../fakes/tencent-contract-harness.js';

/** Contract cases the Tencent Cloud Chat Web SDK cannot meet (see test/core/tencent-service.contract.test.ts). */
const SDK_GAPS = new Set(['counts unread messages and clears them on markRead', 'aborts an upload with uploadCancelled and sends nothing']);

// The ChatService contract against TencentChatService over the fake SDK, in Chromium: real
// File, Blob, fetch Response and stream classes, as the adapter meets them in a page.
describeChatServiceContract('TencentChatService (fake SDK, browser)', makeTencentHarness, {
  framework: {
    describe,
    it: (name, body) => (SDK_GAPS.has(name) ? it.skip(name, body) : it(name, body)),
    beforeEach,
    afterEach,
  },
});
