import { CHAT_ERROR } from '../../src/core/errors.js';
import {
  GROUP_SYSTEM_NOTICE_OPERATION as NOTICE,
  GROUP_TIP_OPERATION as TIP,
  IMAGE_SIZE,
  type GroupSystemNoticeElem,
  type GroupTipElem,
  type ImageElem,
} from '../../src/core/model/elements.js';
import { SYSTEM_CONVERSATION_ID, c2cConversationID, groupConversationID } from '../../src/core/model/ids.js';
import { compareMessages, locatorOf, type Message, type MessageLocator } from '../../src/core/model/message.js';
import type { ChatService } from '../../src/core/service/chat-service.js';
import { deepEqual, equal, ok, rejectsWithCode } from './contract-assert.js';
import { forwardingCases } from './forwarding-contract.js';
import { eventually, hasMessage, nextEvent, outgoingMessage, recordEvents, textMessage, textOf } from './contract-helpers.js';
import { describeReactionCases } from './reactions-contract.js';
import { describeGroupApplicationCases } from './group-applications-contract.js';
import { describeDirectoryCases } from './directory-contract.js';
import { describeMessageSearchCases } from './message-search-contract.js';
import { describeGroupInfoCases } from './group-info-contract.js';
import { describeReadReceiptCases } from './read-receipts-contract.js';
import { describeConversationExtrasCases } from './conversation-extras-contract.js';

/**
 * The behaviour every `ChatService` backend must show, written once. A backend's test file
 * calls `describeChatServiceContract` with a harness factory and its test framework's
 * functions (node:test's or mocha's), so the same cases run in Node and in a browser.
 */

export interface TestFramework {
  describe(name: string, body: () => void): void;
  it(name: string, body: () => Promise<void>): void;
  beforeEach(body: () => Promise<void>): void;
  afterEach(body: () => Promise<void>): void;
}

/** Group operations, done by whatever means the backend offers (REST, admin API, a fake server). */
export interface ContractGroupControls {
  /** A group owned by `ownerID` with these other members, in which every member may send; resolves its groupID. */
  createGroup(ownerID: string, memberIDs: readonly string[], name: string): Promise<string>;
  addMembers(groupID: string, operatorID: string, userIDs: readonly string[]): Promise<void>;
  kickMember(groupID: string, operatorID: string, userID: string): Promise<void>;
  quit(groupID: string, userID: string): Promise<void>;
  setAdmin(groupID: string, operatorID: string, userID: string, isAdmin: boolean): Promise<void>;
  muteMember(groupID: string, operatorID: string, userID: string, seconds: number): Promise<void>;
  updateProfile(groupID: string, operatorID: string, patch: { name?: string; notification?: string }): Promise<void>;
  dismiss(groupID: string, operatorID: string): Promise<void>;
}

/**
 * What happens elsewhere — another app of the user, the REST API, the console, a moderator —
 * done by whatever means the backend offers. The optional ones are for backends with the concept.
 */
export interface ContractAdminControls {
  /** The message's text becomes `text` (its sender edited it elsewhere, or a moderator did). */
  modifyMessage(messageID: string, text: string): Promise<void>;
  /** The user changes their nick or avatar. */
  updateProfile(userID: string, patch: { nick?: string; avatar?: string }): Promise<void>;
  /** The server signs the user out everywhere (reason `REST`). */
  kick(userID: string): Promise<void>;
  /** Makes this client meet an unrecoverable backend error. */
  causeError(client: ChatService): Promise<void>;
  /** `userID` reacts to a message. */
  react?(userID: string, messageID: string, reactionID: string): Promise<void>;
  /** `readerID` sends a read receipt for a group message. */
  sendReadReceipt?(readerID: string, messageID: string): Promise<void>;
  /** The user's online status changes. */
  setUserStatus?(userID: string, status: 'online' | 'offline'): Promise<void>;
  /** A text the backend translates, the language asked for and the translation it gives (translate). */
  readonly knownTranslation?: { readonly text: string; readonly targetLanguage: string; readonly translated: string };
  /** What is said in a voice message, as the backend's speech recognition will hear it (voiceToText). */
  setVoiceTranscript?(messageID: string, transcript: string): Promise<void>;
  /** A group whose join requests the owner (or an admin) approves; resolves its groupID (groupApplications). */
  createApprovalGroup?(ownerID: string, memberIDs: readonly string[], name: string): Promise<string>;
  /** `userID` asks to join such a group with a note (groupApplications). */
  requestToJoin?(groupID: string, userID: string, note: string): Promise<void>;
  /** `inviterID` invites `userID`, who must accept (groupApplications). */
  invite?(groupID: string, inviterID: string, userID: string, note: string): Promise<void>;
  /** A group anyone may join at once ('FreeAccess'); resolves its groupID (directory). */
  createOpenGroup?(ownerID: string, memberIDs: readonly string[], name: string): Promise<string>;
}

export interface ContractHarness {
  /** Signed-in clients of three different users ("alice", "bob", "carol" below); fresh state per test. */
  readonly clients: readonly [ChatService, ChatService, ChatService];
  /** A fourth existing user, not signed in anywhere. */
  readonly extraUserID: string;
  /** A new client of the same backend, not signed in; it may log in as any of the users. */
  newClient(): ChatService;
  /** Move the server clock forward (for the revoke time limit). */
  advanceClock?(seconds: number): Promise<void>;
  /** Cut or restore one client's connection. */
  setOffline?(client: ChatService, offline: boolean): Promise<void>;
  /** The revoke time limit in seconds the backend enforces (default 120). */
  readonly revokeTimeLimit?: number;
  readonly groups?: ContractGroupControls;
  readonly admin?: ContractAdminControls;
  /** A file to upload as an image: the blob and its pixel size. */
  imageFile?(): Promise<{ blob: Blob; width: number; height: number }>;
  dispose(): Promise<void>;
}

export interface ContractCapabilities {
  clock: boolean;
  offline: boolean;
  groups: boolean;
  uploads: boolean;
  onlineOnly: boolean;
  /** The backend has reactions (`features.reactions`, reactions-contract.ts); off unless declared. */
  reactions: boolean;
  /** The backend has group read receipts (`features.groupReadReceipts`, read-receipts-contract.ts); off unless declared. */
  groupReadReceipts: boolean;
  /** The backend tells users' online status (userStatusUpdated); off unless declared. */
  userStatus: boolean;
  /** `features.translate` and `translateText` (both kit backends have it; declare false where not). */
  translate: boolean;
  /** `features.voiceToText` and `convertVoiceToText` (both kit backends have it; declare false where not). */
  voiceToText: boolean;
  /** The backend edits messages (`editMessage`, `features.editWindowSeconds`). */
  editing: boolean;
  /** The backend pins group messages (`pinGroupMessage`, `getPinnedMessages`, `pinnedMessagesUpdated`). */
  pinnedMessages: boolean;
  /** Join requests and invitations answered (`features.groupApplications`, group-applications-contract.ts); off unless declared. */
  groupApplications: boolean;
  /** People and groups found to start a chat (`features.directory`, directory-contract.ts); off unless declared. */
  directory: boolean;
  /** Messages searched on the server (`features.cloudMessageSearch`, message-search-contract.ts); off unless declared. */
  cloudMessageSearch: boolean;
  /** Mark as unread and watched online status (`features.markUnread`, `features.userStatus`, conversation-extras-contract.ts); off unless declared. */
  conversationExtras: boolean;
  /** The group info panel's calls (`features.groupManagement`, group-info-contract.ts); off unless declared. */
  groupManagement: boolean;
}

export interface ContractOptions {
  framework: TestFramework;
  /** What the harness can do; cases that need a missing capability are not registered. */
  capabilities?: Partial<ContractCapabilities>;
}

const ALL: ContractCapabilities = {
  clock: true,
  offline: true,
  groups: true,
  uploads: true,
  onlineOnly: true,
  reactions: false,
  groupReadReceipts: false,
  userStatus: false,
  translate: true,
  voiceToText: true,
  editing: true,
  pinnedMessages: true,
  groupApplications: false,
  directory: false,
  cloudMessageSearch: false,
  conversationExtras: false,
  groupManagement: false,
};

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The harness declares "${what}" but does not provide it.`);
  return value;
}

export function describeChatServiceContract(name: string, makeHarness: () => Promise<ContractHarness>, options: ContractOptions): void {
  const { describe, it, beforeEach, afterEach } = options.framework;
  const can = { ...ALL, ...options.capabilities };

  describe(`ChatService contract: ${name}`, () => {
    let h: ContractHarness;
    let alice: ChatService;
    let bob: ChatService;
    let carol: ChatService;
    let A: string;
    let B: string;
    let C: string;
    /** Send and return the stored message. */
    const send = (from: ChatService, conversationID: string, text: string, extra: Partial<Message> = {}) =>
      from.sendMessage(textMessage(from.userID, conversationID, text, extra));
    const history = async (client: ChatService, conversationID: string, count = 50) =>
      (await client.getMessageList({ conversationID, count })).messages;
    /** The receiver's copy of a message (its history holds it once delivered). */
    const nextEventOrHistory = async (client: ChatService, conversationID: string, messageID: string) => {
      let found: Message | undefined;
      await eventually(async () => !!(found = (await history(client, conversationID)).find((m) => m.ID === messageID)), 3000, 'delivered');
      return found;
    };
    const conversationOf = async (client: ChatService, conversationID: string) =>
      (await client.getConversationList()).find((c) => c.conversationID === conversationID);

    beforeEach(async () => {
      h = await makeHarness();
      [alice, bob, carol] = h.clients;
      A = alice.userID;
      B = bob.userID;
      C = carol.userID;
    });

    afterEach(async () => {
      await h?.dispose();
    });

    describe('session', () => {
      it('rejects every call before login with notLoggedIn, and works after', async () => {
        const client = h.newClient();
        equal(client.userID, '', 'userID before login');
        await rejectsWithCode(client.getConversationList(), CHAT_ERROR.notLoggedIn, 'getConversationList before login');
        await rejectsWithCode(client.sendMessage(textMessage(A, c2cConversationID(B), 'hi')), CHAT_ERROR.notLoggedIn, 'send before login');
        await rejectsWithCode(client.getMessageList({ conversationID: c2cConversationID(B), count: 5 }), CHAT_ERROR.notLoggedIn);
        const profile = await client.login({ userID: A });
        equal(profile.userID, A, 'login resolves the profile');
        equal(client.userID, A);
        equal(client.getConnectionState(), 'connected');
        ok(Array.isArray(await client.getConversationList()));
        await client.logout();
        equal(client.userID, '');
        await rejectsWithCode(client.getConversationList(), CHAT_ERROR.notLoggedIn, 'after logout');
      });

      it('gives user profiles for known users', async () => {
        const profiles = await alice.getUserProfiles([B, C]);
        deepEqual(profiles.map((p) => p.userID).sort(), [B, C].sort());
      });
    });

    describe('sending and receiving', () => {
      it('delivers a C2C message with server time and a growing sequence', async () => {
        const before = Math.floor(Date.now() / 1000);
        const received = nextEvent(bob, 'messageReceived', (p) => p.messages.some((m) => textOf(m) === 'hello bob'));
        const first = await send(alice, c2cConversationID(B), 'hello bob');
        equal(first.status, 'success');
        equal(first.flow, 'out');
        equal(first.from, A);
        equal(first.conversationID, c2cConversationID(B));
        ok(first.sequence > 0, 'a server sequence');
        ok(first.time >= before - 5 && first.time <= Math.floor(Date.now() / 1000) + 5, 'server time in seconds');
        const got = (await received).messages.find((m) => m.ID === first.ID);
        ok(got, 'bob receives the same message ID');
        equal(got.flow, 'in');
        equal(got.from, A);
        equal(got.conversationID, c2cConversationID(A), 'bob sees it in the conversation with alice');
        equal(got.sequence, first.sequence);
        equal(got.time, first.time);
        equal(textOf(got), 'hello bob');
        const second = await send(bob, c2cConversationID(A), 'hi alice');
        ok(second.sequence > first.sequence, 'sequence grows in the conversation');
        ok(second.time >= first.time, 'time never goes back');
      });

      it('keeps the order of messages, also when sent at once', async () => {
        for (let i = 0; i < 3; i++) await send(alice, c2cConversationID(B), `one by one ${i}`);
        const together = await Promise.all([0, 1, 2, 3].map((i) => send(bob, c2cConversationID(A), `together ${i}`)));
        equal(new Set(together.map((m) => m.sequence)).size, 4, 'distinct sequences');
        const list = await history(alice, c2cConversationID(B));
        equal(list.length, 7);
        deepEqual(list.slice(0, 3).map(textOf), ['one by one 0', 'one by one 1', 'one by one 2']);
        for (let i = 1; i < list.length; i++) ok(compareMessages(list[i - 1]!, list[i]!) < 0, 'oldest first, by time then sequence');
        for (let i = 1; i < list.length; i++) ok(list[i]!.sequence > list[i - 1]!.sequence, 'sequence increases');
        const bobs = await history(bob, c2cConversationID(A));
        deepEqual(
          bobs.map((m) => m.ID),
          list.map((m) => m.ID),
          'both sides see the same order',
        );
      });

      it('drops a resend with the same ID and random', async () => {
        const message = textMessage(A, c2cConversationID(B), 'only once');
        const events = recordEvents(bob, 'messageReceived');
        const first = await alice.sendMessage(message);
        const again = await alice.sendMessage(message);
        equal(again.ID, first.ID);
        equal(again.sequence, first.sequence, 'the stored message comes back');
        equal(again.time, first.time);
        const barrier = await send(alice, c2cConversationID(B), 'barrier');
        await eventually(() => events.payloads.some(hasMessage(barrier.ID)), 3000, 'barrier delivery');
        events.stop();
        equal(events.payloads.flatMap((p) => p.messages).filter((m) => m.ID === first.ID).length, 1, 'bob got it once');
        equal((await history(bob, c2cConversationID(A))).filter((m) => textOf(m) === 'only once').length, 1, 'stored once');
      });

      it('does not echo a message to the client that sent it', async () => {
        const events = recordEvents(alice, 'messageReceived');
        const mine = await send(alice, c2cConversationID(B), 'my own');
        const barrier = nextEvent(alice, 'messageReceived', (p) => p.messages.some((m) => textOf(m) === 'reply'));
        await send(bob, c2cConversationID(A), 'reply');
        await barrier;
        events.stop();
        ok(!events.payloads.some(hasMessage(mine.ID)), 'no messageReceived for the sender');
      });

      it('delivers a message to another client of the same user', async () => {
        const secondAlice = h.newClient();
        await secondAlice.login({ userID: A });
        const received = nextEvent(secondAlice, 'messageReceived', (p) => p.messages.some((m) => textOf(m) === 'from my other device'));
        const sent = await send(alice, c2cConversationID(B), 'from my other device');
        const got = (await received).messages.find((m) => m.ID === sent.ID);
        ok(got);
        equal(got.flow, 'out', 'own message from another device is outgoing');
        await secondAlice.logout();
      });

      it('keeps the priority', async () => {
        const received = nextEvent(bob, 'messageReceived', (p) => p.messages.some((m) => textOf(m) === 'urgent'));
        const sent = await alice.sendMessage(textMessage(A, c2cConversationID(B), 'urgent'), { priority: 'High' });
        equal(sent.priority, 'High');
        equal((await received).messages[0]!.priority, 'High');
        const stored = (await history(bob, c2cConversationID(A))).find((m) => m.ID === sent.ID);
        equal(stored?.priority, 'High');
        const low = await alice.sendMessage(textMessage(A, c2cConversationID(B), 'fyi', { priority: 'Lowest' }));
        equal(low.priority, 'Lowest', 'priority set on the message itself is kept too');
      });

      it('delivers a location with its description and coordinates (Tencent: createLocationMessage)', async () => {
        const place = {
          type: 'TIMLocationElem',
          description: 'Blue Bottle Coffee, Nanshan',
          latitude: 22.5405,
          longitude: 113.9441,
        } as const;
        const received = nextEvent(bob, 'messageReceived', (p) => p.messages.some((m) => m.elements[0]?.type === 'TIMLocationElem'));
        const sent = await alice.sendMessage(outgoingMessage(A, c2cConversationID(B), [place]));
        deepEqual(sent.elements, [place]);
        const got = (await received).messages.find((m) => m.elements[0]?.type === 'TIMLocationElem');
        deepEqual(got?.elements, [place]);
      });

      it('refuses text over 12 KB with textTooLong', async () => {
        await rejectsWithCode(send(alice, c2cConversationID(B), 'x'.repeat(12 * 1024 + 1)), CHAT_ERROR.textTooLong);
        const exactly = await send(alice, c2cConversationID(B), 'y'.repeat(12 * 1024));
        equal(exactly.status, 'success', '12 KB exactly is allowed');
      });

      it('finds messages by ID and leaves unknown IDs out', async () => {
        const sent = await send(alice, c2cConversationID(B), 'find me');
        const found = await bob.findMessages([sent.ID, 'no-such-message']);
        equal(found.length, 1);
        equal(found[0]!.ID, sent.ID);
        equal(found[0]!.flow, 'in');
      });
    });

    describe('find by locator (desktop TIMMsgFindByMsgLocatorList)', () => {
      const findByLocators = (client: ChatService, conversationID: string, locators: readonly MessageLocator[]) =>
        need(client.findMessagesByLocators?.bind(client), 'findMessagesByLocators')(conversationID, locators);

      it("finds several messages of a C2C conversation by locator in one call, on a fresh device, in the locators' order; unknown ones left out", async () => {
        const sent = [];
        for (const text of ['loc one', 'loc two', 'loc three']) sent.push(await send(alice, c2cConversationID(B), text));
        const reply = await send(bob, c2cConversationID(A), 'loc reply');
        const seen = await history(bob, c2cConversationID(A));
        const view = (id: string) => seen.find((m) => m.ID === id)!;
        const fresh = h.newClient();
        await fresh.login({ userID: B });
        try {
          const found = await findByLocators(fresh, c2cConversationID(A), [
            locatorOf(view(sent[2]!.ID)),
            locatorOf(view(sent[0]!.ID)),
            { ...locatorOf(view(sent[1]!.ID)), random: (view(sent[1]!.ID).random + 1) % 2 ** 32 },
            locatorOf(view(reply.ID)),
          ]);
          deepEqual(
            found.map((m) => [textOf(m), m.flow]),
            [
              ['loc three', 'in'],
              ['loc one', 'in'],
              ['loc reply', 'out'],
            ],
          );
          deepEqual(await findByLocators(fresh, c2cConversationID(A), []), []);
        } finally {
          await fresh.logout();
        }
      });

      if (can.groups) {
        it('finds group messages by locator (sequence, time, random, own or not)', async () => {
          const groupID = await need(h.groups, 'groups').createGroup(A, [B, C], 'Locator group');
          const conversationID = groupConversationID(groupID);
          const first = await send(alice, conversationID, 'group loc 1');
          const second = await send(carol, conversationID, 'group loc 2');
          let seen: Message[] = [];
          await eventually(
            async () => (seen = await history(bob, conversationID)).some((m) => m.ID === second.ID),
            3000,
            'delivered to bob',
          );
          const view = (id: string) => seen.find((m) => m.ID === id)!;
          const found = await findByLocators(bob, conversationID, [
            locatorOf(view(second.ID)),
            locatorOf(view(first.ID)),
            { ...locatorOf(view(first.ID)), isSelf: true },
          ]);
          deepEqual(found.map(textOf), ['group loc 2', 'group loc 1']);
          const own = await findByLocators(alice, conversationID, [locatorOf(first)]);
          deepEqual(
            own.map((m) => [textOf(m), m.flow]),
            [['group loc 1', 'out']],
          );
        });
      }
    });

    describe('history paging', () => {
      it('pages older to isCompleted, then newer to isCompleted', async () => {
        const sent: Message[] = [];
        for (let i = 1; i <= 7; i++) sent.push(await send(alice, c2cConversationID(B), `m${i}`));
        const conversationID = c2cConversationID(A);
        const page1 = await bob.getMessageList({ conversationID, count: 3 });
        deepEqual(page1.messages.map(textOf), ['m5', 'm6', 'm7'], 'newest page, oldest first');
        equal(page1.isCompleted, false);
        const page2 = await bob.getMessageList({ conversationID, count: 3, fromMessageID: page1.messages[0]!.ID, direction: 'older' });
        deepEqual(page2.messages.map(textOf), ['m2', 'm3', 'm4']);
        equal(page2.isCompleted, false);
        const page3 = await bob.getMessageList({ conversationID, count: 3, fromMessageID: page2.messages[0]!.ID, direction: 'older' });
        deepEqual(page3.messages.map(textOf), ['m1']);
        equal(page3.isCompleted, true, 'the oldest page is complete');
        const forward1 = await bob.getMessageList({ conversationID, count: 3, fromMessageID: sent[0]!.ID, direction: 'newer' });
        deepEqual(forward1.messages.map(textOf), ['m2', 'm3', 'm4']);
        equal(forward1.isCompleted, false);
        const forward2 = await bob.getMessageList({
          conversationID,
          count: 3,
          fromMessageID: forward1.messages[2]!.ID,
          direction: 'newer',
        });
        deepEqual(forward2.messages.map(textOf), ['m5', 'm6', 'm7']);
        equal(forward2.isCompleted, true, 'nothing newer than m7');
        const empty = await bob.getMessageList({ conversationID, count: 3, fromMessageID: sent[6]!.ID, direction: 'newer' });
        deepEqual(empty.messages, []);
        equal(empty.isCompleted, true);
      });

      it('gives an empty, complete page for a conversation without messages', async () => {
        const page = await alice.getMessageList({ conversationID: c2cConversationID(h.extraUserID), count: 20 });
        deepEqual(page.messages, []);
        equal(page.isCompleted, true);
      });

      it('rejects paging from an unknown message with messageNotFound', async () => {
        await send(alice, c2cConversationID(B), 'something');
        await rejectsWithCode(
          bob.getMessageList({ conversationID: c2cConversationID(A), count: 5, fromMessageID: 'no-such-message', direction: 'older' }),
          CHAT_ERROR.messageNotFound,
        );
      });
    });

    describe('unread and read receipts', () => {
      it('counts unread messages and clears them on markRead', async () => {
        const updated = nextEvent(bob, 'conversationUpdated', (p) =>
          p.conversations.some((c) => c.conversationID === c2cConversationID(A) && c.unreadCount === 3),
        );
        const sent: Message[] = [];
        for (let i = 0; i < 3; i++) sent.push(await send(alice, c2cConversationID(B), `unread ${i}`));
        await updated;
        const conversation = await conversationOf(bob, c2cConversationID(A));
        equal(conversation?.unreadCount, 3, 'three unread for bob');
        equal((await conversationOf(alice, c2cConversationID(B)))?.unreadCount, 0, 'own messages are not unread');
        ok(conversation?.lastMessage && conversation.lastMessage.ID === sent[2]!.ID, 'last message');
        await bob.markRead(c2cConversationID(A), sent[1]);
        equal((await conversationOf(bob, c2cConversationID(A)))?.unreadCount, 1, 'read up to the second');
        const bobsView = await history(bob, c2cConversationID(A));
        deepEqual(
          bobsView.map((m) => m.isRead),
          [true, true, false],
        );
        await bob.markRead(c2cConversationID(A));
        equal((await conversationOf(bob, c2cConversationID(A)))?.unreadCount, 0, 'all read');
      });

      it('tells the sender when the peer read (C2C receipt)', async () => {
        const sent = await send(alice, c2cConversationID(B), 'did you read this?');
        equal(sent.isPeerRead, false);
        const receipt = nextEvent(alice, 'messageReadByPeer', (p) => p.conversationID === c2cConversationID(B));
        await eventually(async () => ((await conversationOf(bob, c2cConversationID(A)))?.unreadCount ?? 0) > 0, 3000, 'unread for bob');
        await bob.markRead(c2cConversationID(A));
        const { peerReadTime } = await receipt;
        ok(peerReadTime >= sent.time, 'peerReadTime covers the message');
        const [stored] = await alice.findMessages([sent.ID]);
        equal(stored?.isPeerRead, true, 'the message now shows as read by the peer');
        ok(((await conversationOf(alice, c2cConversationID(B)))?.peerReadTime ?? 0) >= sent.time);
      });
    });

    describe('revoke', () => {
      it('lets the sender revoke; the other side gets messageRevoked', async () => {
        const sent = await send(alice, c2cConversationID(B), 'oops');
        const revokedEvent = nextEvent(bob, 'messageRevoked', hasMessage(sent.ID));
        const revoked = await alice.revokeMessage(sent);
        equal(revoked.isRevoked, true);
        equal(revoked.revoker, A);
        const seen = (await revokedEvent).messages.find((m) => m.ID === sent.ID);
        equal(seen?.isRevoked, true);
        equal(seen?.revoker, A);
        const inHistory = (await history(bob, c2cConversationID(A))).find((m) => m.ID === sent.ID);
        equal(inHistory?.isRevoked, true, 'history keeps it as revoked');
        equal((await conversationOf(bob, c2cConversationID(A)))?.unreadCount, 0, 'a revoked message is not unread');
      });

      it('refuses a revoke by someone else with revokeNotSender', async () => {
        const sent = await send(alice, c2cConversationID(B), 'mine');
        const [bobsCopy] = await bob.findMessages([sent.ID]);
        await rejectsWithCode(bob.revokeMessage(bobsCopy!), CHAT_ERROR.revokeNotSender);
        const [still] = await alice.findMessages([sent.ID]);
        equal(still?.isRevoked, false);
      });

      it('refuses a revoke of an unknown message with messageNotFound', async () => {
        const ghost = textMessage(A, c2cConversationID(B), 'never sent');
        await rejectsWithCode(alice.revokeMessage(ghost), CHAT_ERROR.messageNotFound);
      });

      if (can.clock) {
        it('refuses a revoke after the time limit with revokeTimeLimit', async () => {
          const sent = await send(alice, c2cConversationID(B), 'too late');
          await need(h.advanceClock, 'advanceClock')((h.revokeTimeLimit ?? 120) + 1);
          await rejectsWithCode(alice.revokeMessage(sent), CHAT_ERROR.revokeTimeLimit);
          const within = await send(alice, c2cConversationID(B), 'in time');
          await need(h.advanceClock, 'advanceClock')((h.revokeTimeLimit ?? 120) - 5);
          equal((await alice.revokeMessage(within)).isRevoked, true, 'within the limit it works');
        });
      }
    });

    if (can.editing) {
      describe('edit', () => {
        const edit = (client: ChatService, message: Message, text: string) =>
          need(client.editMessage?.bind(client), 'editMessage')(message, text);

        it('edits one’s own text message; everyone in the conversation sees it (messageModified)', async () => {
          ok(typeof alice.features?.editWindowSeconds === 'number', 'features.editWindowSeconds');
          const sent = await send(alice, c2cConversationID(B), 'see you at 5');
          const toBob = nextEvent(bob, 'messageModified', hasMessage(sent.ID));
          const edited = await edit(alice, sent, 'see you at 6');
          equal(edited.ID, sent.ID);
          equal(textOf(edited), 'see you at 6');
          equal(edited.isModified, true, 'marked as edited');
          const got = (await toBob).messages.find((m) => m.ID === sent.ID)!;
          equal(textOf(got), 'see you at 6');
          equal(got.isModified, true, 'the other client shows it as edited');
          equal(got.time, sent.time, 'time and place stay');
          equal(got.sequence, sent.sequence);
          const stored = (await history(bob, c2cConversationID(A))).find((m) => m.ID === sent.ID)!;
          equal(textOf(stored), 'see you at 6', 'history has the new text');
          equal(stored.isModified, true, 'history keeps the mark');
        });

        it('refuses to edit someone else’s message with editNotAllowed', async () => {
          const sent = await send(alice, c2cConversationID(B), 'mine');
          const copy = (await nextEventOrHistory(bob, c2cConversationID(A), sent.ID))!;
          await rejectsWithCode(edit(bob, copy, 'yours now'), CHAT_ERROR.editNotAllowed);
        });

        if (can.clock) {
          it('refuses an edit after the edit window with editTimeLimit', async () => {
            const window = alice.features?.editWindowSeconds ?? 0;
            ok(Number.isFinite(window), 'a finite window to pass');
            const sent = await send(alice, c2cConversationID(B), 'old news');
            await need(h.advanceClock, 'advanceClock')(window + 1);
            await rejectsWithCode(edit(alice, sent, 'too late'), CHAT_ERROR.editTimeLimit);
          });
        }
      });
    }

    describe('delete', () => {
      it("deletes messages from this user's history only", async () => {
        const keep = await send(alice, c2cConversationID(B), 'keep');
        const drop = await send(alice, c2cConversationID(B), 'drop');
        await alice.deleteMessages([drop]);
        deepEqual(
          (await history(alice, c2cConversationID(B))).map((m) => m.ID),
          [keep.ID],
          'gone for alice',
        );
        deepEqual(
          (await history(bob, c2cConversationID(A))).map((m) => m.ID),
          [keep.ID, drop.ID],
          'still there for bob',
        );
        equal((await alice.findMessages([drop.ID])).length, 0);
        await alice.deleteMessages([drop]);
      });

      it('deletes a conversation and keeps or drops its history as asked', async () => {
        await send(alice, c2cConversationID(B), 'history 1');
        await send(carol, c2cConversationID(A), 'history 2');
        await alice.deleteConversation(c2cConversationID(B), { clearHistory: false });
        ok(!(await conversationOf(alice, c2cConversationID(B))), 'gone from the list');
        equal((await history(alice, c2cConversationID(B))).length, 1, 'history kept');
        await alice.deleteConversation(c2cConversationID(C), { clearHistory: true });
        ok(!(await conversationOf(alice, c2cConversationID(C))));
        equal((await history(alice, c2cConversationID(C))).length, 0, 'history dropped');
        equal((await history(carol, c2cConversationID(A))).length, 1, 'the peer keeps theirs');
        const back = nextEvent(alice, 'conversationUpdated', (p) => p.conversations.some((c) => c.conversationID === c2cConversationID(C)));
        const fresh = await send(carol, c2cConversationID(A), 'new after delete');
        await back;
        const conversation = await conversationOf(alice, c2cConversationID(C));
        ok(conversation, 'a new message brings the conversation back');
        equal(conversation.unreadCount, 1);
        deepEqual(
          (await history(alice, c2cConversationID(C))).map((m) => m.ID),
          [fresh.ID],
          'only what came after',
        );
      });
    });

    describe('conversations', () => {
      it('gets or creates a conversation', async () => {
        const conversationID = c2cConversationID(h.extraUserID);
        const created = await alice.getConversation(conversationID);
        equal(created.conversationID, conversationID);
        equal(created.type, 'C2C');
        equal(created.unreadCount, 0);
        equal(created.lastMessage, null);
        equal(created.userProfile?.userID, h.extraUserID, 'with the peer profile');
        ok(await conversationOf(alice, conversationID), 'it is in the list now');
        const again = await alice.getConversation(conversationID);
        equal(again.conversationID, conversationID);
        await rejectsWithCode(alice.getConversation('not-a-conversation'), [CHAT_ERROR.invalidArgument, CHAT_ERROR.conversationNotFound]);
      });

      it('pins, mutes and keeps a draft', async () => {
        const conversationID = c2cConversationID(B);
        await send(bob, c2cConversationID(A), 'hi');
        await send(carol, c2cConversationID(A), 'later');
        const pinned = nextEvent(alice, 'conversationUpdated', (p) =>
          p.conversations.some((c) => c.conversationID === conversationID && c.isPinned),
        );
        await alice.pinConversation(conversationID, true);
        await pinned;
        equal((await conversationOf(alice, conversationID))?.isPinned, true);
        await alice.setMessageRemindType(conversationID, 'AcceptNotNotify');
        equal((await conversationOf(alice, conversationID))?.messageRemindType, 'AcceptNotNotify');
        const draft = { text: 'half a thought [Smile]', editTime: Math.floor(Date.now() / 1000), userDefine: '{"reply":"x"}' };
        await alice.setConversationDraft(conversationID, draft);
        deepEqual((await conversationOf(alice, conversationID))?.draft, draft);
        await alice.setConversationDraft(conversationID, null);
        equal((await conversationOf(alice, conversationID))?.draft, null, 'null clears the draft');
        await alice.pinConversation(conversationID, false);
        equal((await conversationOf(alice, conversationID))?.isPinned, false);
        await send(bob, c2cConversationID(A), 'still counted when muted');
        await eventually(async () => (await conversationOf(alice, conversationID))?.unreadCount === 2, 3000, 'muted unread');
      });
    });

    if (can.onlineOnly) {
      describe('online-only messages', () => {
        it('reaches a connected client but is neither stored nor unread', async () => {
          const received = nextEvent(bob, 'messageReceived', (p) => p.messages.some((m) => textOf(m) === 'typing…'));
          const sent = await alice.sendMessage(textMessage(A, c2cConversationID(B), 'typing…'), { onlineOnly: true });
          const got = (await received).messages.find((m) => textOf(m) === 'typing…');
          ok(got, 'delivered live');
          equal(got.onlineOnly, true);
          ok(!(await history(bob, c2cConversationID(A))).some((m) => m.ID === sent.ID), "not in bob's history");
          ok(!(await history(alice, c2cConversationID(B))).some((m) => m.ID === sent.ID), "not in alice's history");
          equal((await conversationOf(bob, c2cConversationID(A)))?.unreadCount ?? 0, 0, 'not unread');
        });

        if (can.offline) {
          it('is lost for a client that is offline', async () => {
            const events = recordEvents(bob, 'messageReceived');
            await need(h.setOffline, 'setOffline')(bob, true);
            await alice.sendMessage(textMessage(A, c2cConversationID(B), 'live only'), { onlineOnly: true });
            const kept = await send(alice, c2cConversationID(B), 'stored');
            await need(h.setOffline, 'setOffline')(bob, false);
            await eventually(() => events.payloads.some(hasMessage(kept.ID)), 3000, 'the stored message after reconnecting');
            events.stop();
            ok(!events.payloads.some((p) => p.messages.some((m) => textOf(m) === 'live only')), 'the online-only one never arrives');
          });
        }
      });
    }

    describe('batch send', () => {
      it('sends one message to three users as three conversations', async () => {
        const targets = [B, C, h.extraUserID];
        const received = nextEvent(bob, 'messageReceived', (p) => p.messages.some((m) => textOf(m) === 'to everyone'));
        const results = await alice.sendToUsers(textMessage(A, c2cConversationID(B), 'to everyone'), targets);
        equal(results.length, 3);
        deepEqual(
          results.map((r) => r.userID),
          targets,
        );
        for (const result of results) {
          ok(result.message, `a message for ${result.userID}`);
          equal(result.error, undefined);
          equal(result.message.conversationID, c2cConversationID(result.userID));
          equal(result.message.status, 'success');
        }
        equal(new Set(results.map((r) => r.message!.ID)).size, 3, 'three stored messages');
        await received;
        const list = await alice.getConversationList();
        for (const userID of targets)
          ok(
            list.some((c) => c.conversationID === c2cConversationID(userID)),
            `conversation with ${userID}`,
          );
        equal((await history(carol, c2cConversationID(A))).filter((m) => textOf(m) === 'to everyone').length, 1);
      });
    });

    describe('forwarding', () => forwardingCases(it, () => ({ alice, bob, carol })));

    if (can.uploads) {
      describe('uploads', () => {
        const imageMessage = (from: string, conversationID: string, width: number, height: number, size: number) =>
          outgoingMessage(from, conversationID, [
            {
              type: 'TIMImageElem',
              uuid: '',
              imageFormat: 'PNG',
              imageInfoArray: [{ type: IMAGE_SIZE.original, width, height, size, url: '' }],
            },
          ]);

        it('uploads an image with progress and gives the three sizes', async () => {
          const { blob, width, height } = await need(h.imageFile, 'imageFile')();
          const progress: [number, number][] = [];
          const received = nextEvent(bob, 'messageReceived', (p) => p.messages.some((m) => m.elements[0]?.type === 'TIMImageElem'));
          const sent = await alice.sendMessage(imageMessage(A, c2cConversationID(B), width, height, blob.size), {
            file: blob,
            onProgress: (loaded, total) => progress.push([loaded, total]),
          });
          ok(progress.length >= 2, 'several progress reports');
          for (let i = 1; i < progress.length; i++) ok(progress[i]![0] >= progress[i - 1]![0], 'progress only grows');
          deepEqual(progress[progress.length - 1], [blob.size, blob.size], 'ends at the full size');
          const image = sent.elements[0] as ImageElem;
          equal(image.type, 'TIMImageElem');
          deepEqual(
            image.imageInfoArray.map((i) => i.type).sort((a, b) => a - b),
            [0, 1, 2],
            'original, thumbnail and large',
          );
          for (const info of image.imageInfoArray)
            ok(/^(https?:|blob:|data:image\/)/.test(info.url), `a usable URL (${info.url.slice(0, 30)})`);
          const byType = (t: number) => image.imageInfoArray.find((i) => i.type === t)!;
          deepEqual([byType(0).width, byType(0).height], [width, height], 'original size');
          equal(Math.min(byType(2).width, byType(2).height), Math.min(720, width, height), 'large: short side 720');
          equal(Math.min(byType(1).width, byType(1).height), Math.min(198, width, height), 'thumbnail: short side 198');
          ok((await received).messages.some((m) => m.ID === sent.ID));
          const downloaded: number[] = [];
          const back = await bob.downloadElement(sent, 0, { onProgress: (loaded) => downloaded.push(loaded) });
          equal(back.size, blob.size, 'the download gives the uploaded bytes');
          ok(downloaded.length >= 2, 'download progress');
        });

        it('aborts an upload with uploadCancelled and sends nothing', async () => {
          const { blob, width, height } = await need(h.imageFile, 'imageFile')();
          const controller = new AbortController();
          const message = imageMessage(A, c2cConversationID(B), width, height, blob.size);
          const sending = alice.sendMessage(message, {
            file: blob,
            signal: controller.signal,
            onProgress: (loaded) => {
              if (loaded > 0) controller.abort();
            },
          });
          await rejectsWithCode(sending, CHAT_ERROR.uploadCancelled);
          ok(!(await history(alice, c2cConversationID(B))).some((m) => m.ID === message.ID), 'nothing stored');
          const already = new AbortController();
          already.abort();
          await rejectsWithCode(
            alice.sendMessage(message, { file: blob, signal: already.signal }),
            CHAT_ERROR.uploadCancelled,
            'aborted before start',
          );
        });

        it('several elements in one message: text and two images stored as one message in order (features.multiElementMessages); else refused, the store sends them one by one', async () => {
          const { blob, width, height } = await need(h.imageFile, 'imageFile')();
          const second = new Blob([await blob.arrayBuffer()], { type: blob.type });
          const image = (): ImageElem => ({
            type: 'TIMImageElem',
            uuid: '',
            imageFormat: 'PNG',
            imageInfoArray: [{ type: IMAGE_SIZE.original, width, height, size: blob.size, url: '' }],
          });
          const message = outgoingMessage(A, c2cConversationID(B), [{ type: 'TIMTextElem', text: 'two pictures' }, image(), image()]);
          if (!alice.features?.multiElementMessages) {
            await rejectsWithCode(alice.sendMessage(message, { files: [blob, second] }), CHAT_ERROR.invalidArgument);
            return;
          }
          const progress: number[] = [];
          const received = nextEvent(bob, 'messageReceived', (p) => p.messages.some((m) => m.ID === message.ID));
          const sent = await alice.sendMessage(message, { files: [blob, second], onProgress: (loaded) => progress.push(loaded) });
          deepEqual(
            sent.elements.map((e) => e.type),
            ['TIMTextElem', 'TIMImageElem', 'TIMImageElem'],
          );
          const uuids = sent.elements.flatMap((e) => (e.type === 'TIMImageElem' ? [e.uuid] : []));
          ok(uuids.every(Boolean) && uuids[0] !== uuids[1], 'each image stored on its own');
          equal(progress.at(-1), blob.size + second.size, 'progress over both files');
          const got = (await received).messages.find((m) => m.ID === message.ID)!;
          deepEqual(
            got.elements.map((e) => e.type),
            ['TIMTextElem', 'TIMImageElem', 'TIMImageElem'],
          );
          const back = await bob.downloadElement(got, 2);
          equal(back.size, second.size, 'the second image downloads as its own file');
        });

        it('uploads a file and a sound with their sizes', async () => {
          const file = new Blob(['quarterly report, draft 3\n'.repeat(200)], { type: 'text/plain' });
          const sent = await alice.sendMessage(
            outgoingMessage(A, c2cConversationID(B), [{ type: 'TIMFileElem', uuid: '', fileName: 'report.txt', fileSize: 0, fileUrl: '' }]),
            { file },
          );
          const element = sent.elements[0]!;
          ok(element.type === 'TIMFileElem');
          equal(element.fileName, 'report.txt');
          equal(element.fileSize, file.size);
          ok(/^(https?:|blob:)/.test(element.fileUrl), 'a file URL');
          const sound = new Blob([new Uint8Array(4000)], { type: 'audio/wav' });
          const voice = await alice.sendMessage(
            outgoingMessage(A, c2cConversationID(B), [{ type: 'TIMSoundElem', uuid: '', url: '', second: 3, size: 0 }]),
            { file: sound },
          );
          const soundElement = voice.elements[0]!;
          ok(soundElement.type === 'TIMSoundElem');
          equal(soundElement.second, 3);
          equal(soundElement.size, sound.size);
        });
      });
    }

    if (can.groups) {
      describe('groups', () => {
        const tipsIn = (messages: readonly Message[]) =>
          messages.flatMap((m) => m.elements).filter((e): e is GroupTipElem => e.type === 'TIMGroupTipElem');
        const noticesIn = (messages: readonly Message[]) =>
          messages.flatMap((m) => m.elements).filter((e): e is GroupSystemNoticeElem => e.type === 'TIMGroupSystemNoticeElem');

        it('delivers group messages to every member with one sequence', async () => {
          const groupID = await need(h.groups, 'groups').createGroup(A, [B, C], 'Contract group');
          const conversationID = groupConversationID(groupID);
          const toBob = nextEvent(bob, 'messageReceived', (p) => p.messages.some((m) => textOf(m) === 'hello group'));
          const toCarol = nextEvent(carol, 'messageReceived', (p) => p.messages.some((m) => textOf(m) === 'hello group'));
          const first = await send(alice, conversationID, 'hello group');
          for (const got of [await toBob, await toCarol]) {
            const message = got.messages.find((m) => m.ID === first.ID)!;
            equal(message.conversationID, conversationID);
            equal(message.conversationType, 'GROUP');
            equal(message.to, groupID);
          }
          const second = await send(carol, conversationID, 'hi all');
          ok(second.sequence > first.sequence);
          const profile = await alice.getGroupProfile(groupID);
          equal(profile.memberCount, 3);
          equal(profile.ownerID, A);
          deepEqual((await alice.getGroupMembers(groupID)).map((m) => m.userID).sort(), [A, B, C].sort());
          await eventually(async () => (await conversationOf(bob, conversationID))?.unreadCount === 2, 3000, 'group unread');
        });

        if (can.pinnedMessages) {
          const pin = (client: ChatService, message: Message, pinned: boolean) =>
            need(client.pinGroupMessage?.bind(client), 'pinGroupMessage')(message, pinned);
          const pinsOf = (client: ChatService, groupID: string) =>
            need(client.getPinnedMessages?.bind(client), 'getPinnedMessages')(groupID);

          it('pins and unpins a group message; every member is told (pinnedMessagesUpdated)', async () => {
            ok((alice.features?.pinnedMessages?.max ?? 0) > 0, 'features.pinnedMessages');
            const groupID = await need(h.groups, 'groups').createGroup(A, [B, C], 'Pin group');
            const conversationID = groupConversationID(groupID);
            await send(alice, conversationID, 'before');
            const rules = await send(alice, conversationID, 'house rules');
            const pinnedToBob = nextEvent(
              bob,
              'pinnedMessagesUpdated',
              (p) => p.groupID === groupID && p.pinned.some((x) => x.message.ID === rules.ID),
            );
            await pin(alice, rules, true);
            const told = await pinnedToBob;
            equal(told.pinned.find((x) => x.message.ID === rules.ID)?.pinnedBy, A, 'who pinned it');
            equal(textOf(told.pinned[0]!.message), 'house rules');
            const listed = await pinsOf(bob, groupID);
            deepEqual(
              listed.map((x) => x.message.ID),
              [rules.ID],
            );
            equal(listed[0]!.pinnedBy, A);
            equal(listed[0]!.message.conversationID, conversationID);
            const unpinnedToCarol = nextEvent(carol, 'pinnedMessagesUpdated', (p) => p.groupID === groupID && p.pinned.length === 0);
            await pin(alice, rules, false);
            await unpinnedToCarol;
            deepEqual(await pinsOf(bob, groupID), []);
          });

          it('refuses a pin by a plain member with pinNotAllowed; an admin may pin', async () => {
            const groupID = await need(h.groups, 'groups').createGroup(A, [B, C], 'Admins pin');
            const sent = await send(alice, groupConversationID(groupID), 'pin me');
            const bobsCopy = (await nextEventOrHistory(bob, groupConversationID(groupID), sent.ID))!;
            await rejectsWithCode(pin(bob, bobsCopy, true), CHAT_ERROR.pinNotAllowed);
            deepEqual(await pinsOf(alice, groupID), []);
            await need(h.groups, 'groups').setAdmin(groupID, A, C, true);
            const carolsCopy = (await nextEventOrHistory(carol, groupConversationID(groupID), sent.ID))!;
            await eventually(async () => (await carol.getGroupProfile(groupID)).selfRole === 'Admin', 3000, 'carol is an admin');
            await pin(carol, carolsCopy, true);
            deepEqual(
              (await pinsOf(alice, groupID)).map((x) => x.pinnedBy),
              [C],
            );
          });
        }

        it('refuses a message from a non-member and from a muted member', async () => {
          const groupID = await need(h.groups, 'groups').createGroup(A, [B], 'Closed group');
          await rejectsWithCode(send(carol, groupConversationID(groupID), 'let me in'), CHAT_ERROR.notGroupMember);
          await need(h.groups, 'groups').muteMember(groupID, A, B, 600);
          await rejectsWithCode(send(bob, groupConversationID(groupID), 'shh'), CHAT_ERROR.mutedInGroup);
          await need(h.groups, 'groups').muteMember(groupID, A, B, 0);
          equal((await send(bob, groupConversationID(groupID), 'free again')).status, 'success');
        });

        it('produces group tips and system notices for membership and profile changes', async () => {
          const groups = need(h.groups, 'groups');
          const groupID = await groups.createGroup(A, [B], 'Tips group');
          const conversationID = groupConversationID(groupID);
          const joinTip = nextEvent(bob, 'messageReceived', (p) =>
            tipsIn(p.messages).some((t) => t.operationType === TIP.join && t.userIDList.includes(C)),
          );
          await groups.addMembers(groupID, A, [C]);
          await joinTip;
          await groups.setAdmin(groupID, A, B, true);
          await groups.updateProfile(groupID, A, { name: 'Renamed group', notification: 'Be kind' });
          await groups.muteMember(groupID, A, C, 60);
          await groups.kickMember(groupID, B, C);
          const tips = tipsIn(await history(alice, conversationID));
          const ops = tips.map((t) => t.operationType);
          for (const op of [TIP.join, TIP.setAdmin, TIP.groupProfileUpdated, TIP.memberProfileUpdated, TIP.kickedOut]) {
            ok(ops.includes(op), `a tip with operationType ${op} (got ${ops.join(',')})`);
          }
          const profileTip = tips.find((t) => t.operationType === TIP.groupProfileUpdated)!;
          ok(
            profileTip.groupProfileChanges.some((c) => c.key === 'name' && c.value === 'Renamed group'),
            'the tip names the change',
          );
          const muteTip = tips.find((t) => t.operationType === TIP.memberProfileUpdated)!;
          deepEqual(muteTip.memberMuteChanges, [{ userID: C, muteTime: 60 }]);
          const kickTip = tips.find((t) => t.operationType === TIP.kickedOut)!;
          equal(kickTip.operatorID, B);
          deepEqual([...kickTip.userIDList], [C]);
          equal((await alice.getGroupProfile(groupID)).name, 'Renamed group');
          const bobsNotices = noticesIn(await history(bob, SYSTEM_CONVERSATION_ID));
          ok(
            bobsNotices.some((n) => n.operationType === NOTICE.setAdmin && n.groupID === groupID),
            'bob is told he was made admin',
          );
          const carolsNotices = noticesIn(await history(carol, SYSTEM_CONVERSATION_ID));
          ok(
            carolsNotices.some((n) => n.operationType === NOTICE.kickedOut && n.groupID === groupID),
            'carol is told she was removed',
          );
          await rejectsWithCode(send(carol, conversationID, 'am I still here?'), CHAT_ERROR.notGroupMember);
          equal((await conversationOf(alice, conversationID))?.unreadCount, 0, 'tips are not unread');
        });

        it('tells members when a group is dismissed and when someone quits', async () => {
          const groups = need(h.groups, 'groups');
          const groupID = await groups.createGroup(A, [B, C], 'Short-lived');
          const quitTip = nextEvent(alice, 'messageReceived', (p) => tipsIn(p.messages).some((t) => t.operationType === TIP.quit));
          await groups.quit(groupID, C);
          equal(tipsIn((await quitTip).messages)[0]!.userIDList[0], C);
          const notice = nextEvent(bob, 'messageReceived', (p) => noticesIn(p.messages).some((n) => n.operationType === NOTICE.dismissed));
          await groups.dismiss(groupID, A);
          const dismissed = noticesIn((await notice).messages)[0]!;
          equal(dismissed.groupID, groupID);
          equal(dismissed.operatorID, A);
          await rejectsWithCode(send(alice, groupConversationID(groupID), 'anyone?'), CHAT_ERROR.notGroupMember);
        });
      });
    }

    describe('translation and voice to text', () => {
      const admin = () => need(h.admin, 'admin');
      if (can.translate) {
        it('translates a text it knows into the asked language (translateText)', async () => {
          const known = need(admin().knownTranslation, 'admin.knownTranslation');
          equal(bob.features?.translate, true, 'features.translate');
          deepEqual(await need(bob.translateText?.bind(bob), 'translateText')([known.text], { targetLanguage: known.targetLanguage }), [
            known.translated,
          ]);
          await rejectsWithCode(bob.translateText!([], { targetLanguage: known.targetLanguage }), CHAT_ERROR.invalidArgument, 'no texts');
        });

        it('says noResult for a text it has no translation of', async () => {
          await rejectsWithCode(
            bob.translateText!(['qzx vbnm plokij'], { targetLanguage: 'zh' }),
            CHAT_ERROR.noResult,
            'an untranslatable text',
          );
        });
      }

      if (can.voiceToText && can.uploads) {
        it('converts a voice message to text for its recipient, and says noResult when nothing was recognised (convertVoiceToText)', async () => {
          equal(bob.features?.voiceToText, true, 'features.voiceToText');
          const voice = () => outgoingMessage(A, c2cConversationID(B), [{ type: 'TIMSoundElem', uuid: '', url: '', second: 2, size: 64 }]);
          const file = new Blob([new Uint8Array(64)], { type: 'audio/mp4' });
          const spoken = await alice.sendMessage(voice(), { file });
          const silent = await alice.sendMessage(voice(), { file });
          await need(admin().setVoiceTranscript, 'admin.setVoiceTranscript')(spoken.ID, 'see you at the station');
          await eventually(async () => (await bob.findMessages([spoken.ID, silent.ID])).length === 2, 3000, 'bob has both');
          const [received] = await bob.findMessages([spoken.ID]);
          equal(await bob.convertVoiceToText!(received!), 'see you at the station');
          const [quiet] = await bob.findMessages([silent.ID]);
          await rejectsWithCode(bob.convertVoiceToText!(quiet!), CHAT_ERROR.noResult, 'nothing recognised');
          const text = await send(alice, c2cConversationID(B), 'not a voice message');
          await rejectsWithCode(alice.convertVoiceToText!(text), CHAT_ERROR.invalidArgument, 'a text message');
        });
      }
    });

    describe('events from elsewhere', () => {
      const admin = () => need(h.admin, 'admin');

      it("tells the user's other client when a conversation is deleted (conversationDeleted)", async () => {
        await send(bob, c2cConversationID(A), 'soon gone');
        const second = h.newClient();
        await second.login({ userID: A });
        await eventually(async () => !!(await conversationOf(second, c2cConversationID(B))), 3000, 'the conversation on the other client');
        const gone = nextEvent(second, 'conversationDeleted', (p) => p.conversationIDs.includes(c2cConversationID(B)));
        await alice.deleteConversation(c2cConversationID(B), { clearHistory: false });
        await gone;
        await second.logout();
      });

      it("tells the user's other client when messages are deleted (messageDeleted)", async () => {
        const doomed = await send(alice, c2cConversationID(B), 'delete me everywhere');
        const second = h.newClient();
        await second.login({ userID: A });
        const deleted = nextEvent(second, 'messageDeleted', (p) => p.messageIDs.includes(doomed.ID));
        await alice.deleteMessages([doomed]);
        equal((await deleted).conversationID, c2cConversationID(B));
        await second.logout();
      });

      it('tells everyone in the conversation when a message is edited (messageModified)', async () => {
        const sent = await send(alice, c2cConversationID(B), 'teh typo');
        const toBob = nextEvent(bob, 'messageModified', hasMessage(sent.ID));
        const toAlice = nextEvent(alice, 'messageModified', hasMessage(sent.ID));
        await admin().modifyMessage(sent.ID, 'the typo');
        for (const payload of [await toBob, await toAlice]) {
          const edited = payload.messages.find((m) => m.ID === sent.ID)!;
          equal(textOf(edited), 'the typo');
          equal(edited.time, sent.time, 'time and place stay');
          equal(edited.sequence, sent.sequence);
        }
        equal(textOf((await history(bob, c2cConversationID(A))).find((m) => m.ID === sent.ID)!), 'the typo', 'history has the new text');
      });

      it('tells the user and their contacts when a profile changes (profileUpdated)', async () => {
        await send(bob, c2cConversationID(A), 'hello, you');
        const renamed = (p: { profiles: readonly { userID: string; nick?: string }[] }) =>
          p.profiles.some((x) => x.userID === A && x.nick === 'Alice Renamed');
        const toBob = nextEvent(bob, 'profileUpdated', renamed);
        const toAlice = nextEvent(alice, 'profileUpdated', renamed);
        await admin().updateProfile(A, { nick: 'Alice Renamed' });
        await toBob;
        await toAlice;
        equal((await bob.getUserProfiles([A]))[0]?.nick, 'Alice Renamed');
      });

      it('tells the total of unread messages when it changes (totalUnreadUpdated)', async () => {
        const total = nextEvent(bob, 'totalUnreadUpdated', (p) => p.totalUnread >= 2);
        await send(alice, c2cConversationID(B), 'one');
        await send(carol, c2cConversationID(B), 'two');
        equal((await total).totalUnread, 2);
      });

      it('signs a client out when the server kicks the user (kickedOut)', async () => {
        const kicked = nextEvent(alice, 'kickedOut');
        await admin().kick(A);
        equal((await kicked).reason, 'REST');
        await eventually(() => alice.userID === '', 3000, 'signed out');
        await rejectsWithCode(alice.getConversationList(), CHAT_ERROR.notLoggedIn);
      });

      it('passes an unrecoverable backend error on (error)', async () => {
        const failed = nextEvent(alice, 'error');
        await admin().causeError(alice);
        const { error } = await failed;
        ok(typeof error.code === 'number' && error.code !== 0, 'a code');
        ok(typeof error.message === 'string' && error.message !== '', 'a readable message');
      });

      if (can.groups) {
        it("tells members when a group's profile or membership changes (groupUpdated)", async () => {
          const groups = need(h.groups, 'groups');
          const groupID = await groups.createGroup(A, [B], 'Before');
          await send(alice, groupConversationID(groupID), 'welcome');
          const renamed = nextEvent(bob, 'groupUpdated', (p) => p.group.groupID === groupID && p.group.name === 'After');
          await groups.updateProfile(groupID, A, { name: 'After' });
          await renamed;
          const grown = nextEvent(alice, 'groupUpdated', (p) => p.group.groupID === groupID && p.group.memberCount === 3);
          await groups.addMembers(groupID, A, [C]);
          await grown;
          const promoted = nextEvent(bob, 'groupUpdated', (p) => p.group.groupID === groupID && p.group.selfRole === 'Admin');
          await groups.setAdmin(groupID, A, B, true);
          await promoted;
        });
      }

      if (can.reactions) {
        it('tells everyone in the conversation about reactions (messageReactionsUpdated)', async () => {
          const sent = await send(alice, c2cConversationID(B), 'react to me');
          await eventually(async () => (await bob.findMessages([sent.ID])).length === 1, 3000, 'bob has the message');
          const toAlice = nextEvent(alice, 'messageReactionsUpdated', (p) => p.messageID === sent.ID);
          await need(admin().react, 'admin.react')(B, sent.ID, 'emoji_like');
          const payload = await toAlice;
          equal(payload.conversationID, c2cConversationID(B));
          deepEqual(
            payload.reactions.map((r) => [r.reactionID, r.count, [...r.userIDs], r.reactedByMe]),
            [['emoji_like', 1, [B], false]],
          );
        });
      }

      if (can.groupReadReceipts && can.groups) {
        it('tells the sender how many members read a group message (messageReadReceipt)', async () => {
          const groupID = await need(h.groups, 'groups').createGroup(A, [B, C], 'Receipts');
          const sent = await send(alice, groupConversationID(groupID), 'please read', { needReadReceipt: true });
          const receipt = nextEvent(alice, 'messageReadReceipt', (p) => p.receipts.some((r) => r.messageID === sent.ID));
          await need(admin().sendReadReceipt, 'admin.sendReadReceipt')(B, sent.ID);
          const payload = await receipt;
          equal(payload.conversationID, groupConversationID(groupID));
          deepEqual(
            payload.receipts.find((r) => r.messageID === sent.ID),
            { messageID: sent.ID, readCount: 1, unreadCount: 1 },
          );
        });
      }

      if (can.userStatus) {
        it("tells a user's contacts when they come online (userStatusUpdated)", async () => {
          const online = nextEvent(alice, 'userStatusUpdated', (p) => p.statuses.some((s) => s.userID === B && s.status === 'online'));
          await need(admin().setUserStatus, 'admin.setUserStatus')(B, 'online');
          await online;
        });
      }
    });

    if (can.reactions) {
      describe('reactions', () => describeReactionCases({ it }, () => ({ h, alice, bob, carol }), { groups: can.groups }));
    }

    if (can.groupReadReceipts && can.groups) {
      describe('group read receipts', () => describeReadReceiptCases({ it }, () => ({ h, alice, bob, carol })));
    }

    if (can.groupApplications) {
      describe('group applications', () => describeGroupApplicationCases({ it }, () => ({ h, alice, bob, carol })));
    }

    if (can.directory) {
      describe('new chat: finding people and groups', () => describeDirectoryCases({ it }, () => ({ h, alice, bob, carol })));
    }

    if (can.cloudMessageSearch) {
      describe('server message search', () => describeMessageSearchCases({ it }, () => ({ alice, bob, carol })));
    }

    if (can.groupManagement && can.groups) {
      describe('group info: profile, members, leaving', () => describeGroupInfoCases({ it }, () => ({ h, alice, bob, carol })));
    }

    if (can.conversationExtras) {
      describe('conversation extras', () => describeConversationExtrasCases({ it }, () => ({ h, alice, bob })));
    }

    if (can.offline) {
      describe('connection', () => {
        it('rejects calls while offline with offline/network and recovers', async () => {
          const setOffline = need(h.setOffline, 'setOffline');
          const down = nextEvent(alice, 'connectionStateChanged', (p) => p.state === 'disconnected');
          await setOffline(alice, true);
          await down;
          equal(alice.getConnectionState(), 'disconnected');
          await rejectsWithCode(send(alice, c2cConversationID(B), 'into the void'), [CHAT_ERROR.offline, CHAT_ERROR.network]);
          await rejectsWithCode(alice.getConversationList(), [CHAT_ERROR.offline, CHAT_ERROR.network]);
          const up = nextEvent(alice, 'connectionStateChanged', (p) => p.state === 'connected');
          await setOffline(alice, false);
          await up;
          equal((await send(alice, c2cConversationID(B), 'back online')).status, 'success');
        });

        it('delivers what arrived while offline once back', async () => {
          const setOffline = need(h.setOffline, 'setOffline');
          await setOffline(bob, true);
          const sent = await send(alice, c2cConversationID(B), 'while you were away');
          const received = nextEvent(bob, 'messageReceived', hasMessage(sent.ID));
          await setOffline(bob, false);
          equal((await received).messages.find((m) => m.ID === sent.ID)?.flow, 'in');
        });
      });
    }
  });
}
