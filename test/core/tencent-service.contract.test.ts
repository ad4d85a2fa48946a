import { afterEach, beforeEach, describe, it } from 'node:test';
import { describeChatServiceContract } from '../contract/chat-service-contract.js';
import { makeTencentHarness } from '../fakes/tencent-contract-harness.js';

/**
 * Contract cases the Tencent Cloud Chat Web SDK cannot meet, with the reason. They are
 * reported as skipped (not passed); docs/tencent.md lists them for app developers.
 */
const SDK_GAPS: Readonly<Record<string, string>> = {
  'counts unread messages and clears them on markRead':
    'the Web SDK marks a whole conversation read (setMessageRead) and cannot read up to a given message; ' +
    'the adapter then leaves the conversation unread (tencent-service.test.ts checks that and the rest of this case)',
  'aborts an upload with uploadCancelled and sends nothing':
    'SDK 3.x has no call to cancel an upload in progress; an abort before the send starts is honoured (tencent-service.test.ts)',
};

// The ChatService contract against TencentChatService over the fake SDK and its fake server.
describeChatServiceContract('TencentChatService (fake SDK)', makeTencentHarness, {
  framework: {
    describe,
    it: (name, body) => (SDK_GAPS[name] ? it(name, { skip: `SDK gap: ${SDK_GAPS[name]}` }, body) : it(name, body)),
    beforeEach,
    afterEach,
  },
});
