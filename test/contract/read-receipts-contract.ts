import { groupConversationID } from '../../src/core/model/ids.js';
import type { Message } from '../../src/core/model/message.js';
import type { ChatService, GroupReadReceipt } from '../../src/core/service/chat-service.js';
import { deepEqual, equal, ok } from './contract-assert.js';
import { eventually, nextEvent, textMessage } from './contract-helpers.js';
import type { ContractHarness, TestFramework } from './chat-service-contract.js';

/** The client's own copy of a message (received, or loaded). */
async function copyOf(client: ChatService, messageID: string): Promise<Message> {
  let found: Message | undefined;
  await eventually(async () => !!(found = (await client.findMessages([messageID]))[0]), 3000, `${client.userID} has the message`);
  return found!;
}

const counts = (r: GroupReadReceipt | undefined) => (r ? [r.readCount, r.unreadCount] : null);

async function countsOf(client: ChatService, message: Message): Promise<unknown> {
  return counts((await client.getReadReceipts!([message])).find((r) => r.messageID === message.ID));
}

async function allMembers(client: ChatService, message: Message, filter: 'read' | 'unread', count: number): Promise<string[]> {
  const users: string[] = [];
  let cursor = '';
  for (let pages = 0; pages < 10; pages++) {
    const page = await client.getReadMembers!(message, { filter, cursor, count });
    users.push(...page.userIDs);
    if (page.isCompleted) break;
    cursor = page.nextCursor;
  }
  return users;
}

/**
 * The group read receipt cases of the contract (`ServiceFeatures.groupReadReceipts`): a group
 * message sent with `needReadReceipt` reaches the members asking for receipts; a member's
 * `sendReadReceipts` counts once and tells the sender (`messageReadReceipt`); the sender's
 * `getReadReceipts` gives the counts and `getReadMembers` pages who has read it and who has not.
 */
export function describeReadReceiptCases(
  framework: Pick<TestFramework, 'it'>,
  world: () => { h: ContractHarness; alice: ChatService; bob: ChatService; carol: ChatService },
): void {
  const { it } = framework;
  const groupOf = async (h: ContractHarness, alice: ChatService, members: readonly string[]) => {
    if (!h.groups) throw new Error('The harness declares groupReadReceipts but has no groups.');
    return groupConversationID(await h.groups.createGroup(alice.userID, members, 'Receipts'));
  };

  it('declares group read receipts and has their calls (features.groupReadReceipts)', async () => {
    const { alice } = world();
    equal(alice.features?.groupReadReceipts, true);
    for (const name of ['sendReadReceipts', 'getReadReceipts', 'getReadMembers'] as const) equal(typeof alice[name], 'function', name);
  });

  it('counts the members who read a group message that asked for receipts, tells the sender, and lists who has and has not read it', async () => {
    const { h, alice, bob, carol } = world();
    const conversationID = await groupOf(h, alice, [bob.userID, carol.userID]);
    const sent = await alice.sendMessage(textMessage(alice.userID, conversationID, 'please read', { needReadReceipt: true }));
    equal(sent.needReadReceipt, true, 'the sent message asks for receipts');
    const bobsCopy = await copyOf(bob, sent.ID);
    equal(bobsCopy.needReadReceipt, true, 'the members see that it asks');
    deepEqual(await countsOf(alice, sent), [0, 2], 'nobody has read it yet');

    const told = nextEvent(alice, 'messageReadReceipt', (p) => p.receipts.some((r) => r.messageID === sent.ID));
    await bob.sendReadReceipts!([bobsCopy]);
    const payload = await told;
    equal(payload.conversationID, conversationID);
    deepEqual(counts(payload.receipts.find((r) => r.messageID === sent.ID)), [1, 1], 'the sender hears the new counts');
    deepEqual(await countsOf(alice, sent), [1, 1]);
    deepEqual(await allMembers(alice, sent, 'read', 100), [bob.userID]);
    deepEqual(await allMembers(alice, sent, 'unread', 100), [carol.userID]);
  });

  it('counts a reader once however often they acknowledge, and pages the member lists', async () => {
    const { h, alice, bob, carol } = world();
    const conversationID = await groupOf(h, alice, [bob.userID, carol.userID]);
    const sent = await alice.sendMessage(textMessage(alice.userID, conversationID, 'twice', { needReadReceipt: true }));
    const bobsCopy = await copyOf(bob, sent.ID);
    const told = nextEvent(alice, 'messageReadReceipt', (p) => p.receipts.some((r) => r.messageID === sent.ID));
    await bob.sendReadReceipts!([bobsCopy]);
    await told;
    await bob.sendReadReceipts!([bobsCopy]).catch(() => {});
    deepEqual(await countsOf(alice, sent), [1, 1]);
    const page = await alice.getReadMembers!(sent, { filter: 'unread', cursor: '', count: 1 });
    deepEqual([...page.userIDs], [carol.userID]);
    deepEqual((await allMembers(alice, sent, 'unread', 1)).sort(), [carol.userID]);
  });

  it("leaves out a message that asked for no receipts, and one's own", async () => {
    const { h, alice, bob } = world();
    const conversationID = await groupOf(h, alice, [bob.userID]);
    const plain = await alice.sendMessage(textMessage(alice.userID, conversationID, 'no receipts'));
    ok(!plain.needReadReceipt, 'a plain message asks for none');
    const asked = await alice.sendMessage(textMessage(alice.userID, conversationID, 'receipts', { needReadReceipt: true }));
    const bobsPlain = await copyOf(bob, plain.ID);
    ok(!bobsPlain.needReadReceipt);
    await bob.sendReadReceipts!([bobsPlain]).catch(() => {});
    await alice.sendReadReceipts!([asked]).catch(() => {});
    deepEqual(await alice.getReadReceipts!([plain]), [], 'no counts for a message that asked for none');
    deepEqual(await countsOf(alice, asked), [0, 1], "the sender's own acknowledgement does not count");
  });
}
