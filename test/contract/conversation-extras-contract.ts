import { c2cConversationID } from '../../src/core/model/ids.js';
import type { ChatService } from '../../src/core/service/chat-service.js';
import { equal, ok } from './contract-assert.js';
import { eventually, nextEvent, textMessage } from './contract-helpers.js';
import type { ContractHarness, TestFramework } from './chat-service-contract.js';

/**
 * The conversation extras of the contract: "Mark as unread" (`features.markUnread`,
 * `markConversationUnread`) reaches the user's other client and changes no unread count; watching
 * a person's online status (`features.userStatus`, `subscribeUserStatus`) gives their status now
 * and tells when they sign in and out.
 */
export function describeConversationExtrasCases(
  framework: Pick<TestFramework, 'it'>,
  world: () => { h: ContractHarness; alice: ChatService; bob: ChatService },
): void {
  const { it } = framework;

  it('marks a conversation unread and back, seen by the user\u2019s other client (markConversationUnread)', async () => {
    const { h, alice, bob } = world();
    equal(alice.features?.markUnread, true);
    const conversationID = c2cConversationID(bob.userID);
    await bob.sendMessage(textMessage(bob.userID, c2cConversationID(alice.userID), 'remind me'));
    await eventually(async () => (await alice.getConversationList()).some((c) => c.conversationID === conversationID), 3000, 'delivered');
    await alice.markRead(conversationID);
    const other = h.newClient();
    await other.login({ userID: alice.userID });
    const marked = nextEvent(other, 'conversationUpdated', (p) =>
      p.conversations.some((c) => c.conversationID === conversationID && c.markedUnread === true),
    );
    await alice.markConversationUnread!(conversationID, true);
    const seen = (await marked).conversations.find((c) => c.conversationID === conversationID)!;
    equal(seen.unreadCount, 0, 'a mark is no unread message');
    const listed = (await alice.getConversationList()).find((c) => c.conversationID === conversationID);
    equal(listed?.markedUnread, true, 'the list has the mark');
    const unmarked = nextEvent(other, 'conversationUpdated', (p) =>
      p.conversations.some((c) => c.conversationID === conversationID && !c.markedUnread),
    );
    await alice.markConversationUnread!(conversationID, false);
    await unmarked;
    ok(!(await alice.getConversationList()).find((c) => c.conversationID === conversationID)?.markedUnread, 'the mark is gone');
    await other.logout();
  });

  it('tells a watched person\u2019s status now, and when they sign in and out (subscribeUserStatus)', async () => {
    const { h, alice } = world();
    equal(alice.features?.userStatus, true);
    const dave = h.extraUserID;
    const [now] = await alice.subscribeUserStatus!([dave]);
    equal(now?.userID, dave);
    ok(now?.status !== 'online', `not signed in anywhere: ${now?.status}`);
    const client = h.newClient();
    const online = nextEvent(alice, 'userStatusUpdated', (p) => p.statuses.some((s) => s.userID === dave && s.status === 'online'));
    await client.login({ userID: dave });
    await online;
    const gone = nextEvent(alice, 'userStatusUpdated', (p) => p.statuses.some((s) => s.userID === dave && s.status !== 'online'));
    await client.logout();
    await gone;
    await alice.unsubscribeUserStatus!([dave]);
  });
}
