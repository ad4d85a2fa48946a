import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_RECALL_WINDOW_SECONDS, recallWindowSeconds } from '../../src/core/store/selectors/recall-window.js';
import { LocalServer } from '../../src/core/service/local/local-server.js';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';

describe('recallWindowSeconds', () => {
  it("is TIM's 120 s when the backend says nothing", () => {
    assert.equal(DEFAULT_RECALL_WINDOW_SECONDS, 120);
    assert.equal(recallWindowSeconds(undefined), 120);
    assert.equal(recallWindowSeconds({ groupTyping: true }), 120);
  });

  it("is the backend's window when it has one, and the app's override over both", () => {
    assert.equal(recallWindowSeconds({ recallWindowSeconds: 30 }), 30);
    assert.equal(recallWindowSeconds({ recallWindowSeconds: 30 }, 600), 600);
    assert.equal(recallWindowSeconds(undefined, 0), 0);
  });

  it('ignores what is not a number of seconds', () => {
    for (const bad of [Number.NaN, -1, Infinity, '60' as unknown as number]) {
      assert.equal(recallWindowSeconds({ recallWindowSeconds: bad }), 120, String(bad));
      assert.equal(recallWindowSeconds({ recallWindowSeconds: 45 }, bad), 45, String(bad));
    }
  });

  it('the embedded backend tells the window its server enforces', () => {
    const server = new LocalServer(undefined, { revokeTimeLimit: 30 });
    assert.equal(recallWindowSeconds(new LocalChatService(server).features), 30);
  });
});
