import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { CHAT_ERROR, ChatError } from '../../src/core/errors.js';
import { applicationOfNotice, type GroupApplication } from '../../src/core/model/group-application.js';
import { groupSystemNoticeElem } from '../../src/core/model/factories.js';
import { groupConversationID, SYSTEM_CONVERSATION_ID } from '../../src/core/model/ids.js';
import type { Message } from '../../src/core/model/message.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import {
  GroupApplications,
  groupApplicationsFeature,
  groupApplicationView,
  type GroupApplicationsState,
} from '../../src/core/store/group-applications.js';
import { LocalChatService } from '../../src/core/service/local/index.js';
import { makeStoreWorld, messagesOf, waitFor, type StoreWorld } from './store-harness.js';

const noticeMessage = (ID: string, operationType: number, operatorID: string, groupID = 'hikers'): Message =>
  ({
    ID,
    conversationID: SYSTEM_CONVERSATION_ID,
    conversationType: '@TIM#SYSTEM',
    elements: [groupSystemNoticeElem({ operationType, operatorID, groupID, groupName: 'Hikers' })],
  }) as unknown as Message;

const join = (userID: string, groupID = 'hikers'): GroupApplication => ({
  kind: 'join',
  groupID,
  groupName: 'Hikers',
  userID,
  inviterID: '',
  note: '',
});

describe('which notices ask for an answer (pure)', () => {
  test('a join request (1) names its applicant; an invitation (12) is the reader’s; other notices ask nothing', () => {
    assert.deepEqual(
      [applicationOfNotice(noticeMessage('n1', 1, 'carol'), 'alice')].map((a) => a && [a.kind, a.groupID, a.userID]),
      [['join', 'hikers', 'carol']],
    );
    const invite = applicationOfNotice(noticeMessage('n2', 12, 'emma'), 'alice');
    assert.deepEqual(invite && [invite.kind, invite.userID], ['invite', 'alice']);
    for (const op of [2, 3, 5, 7, 13, 14, 255])
      assert.equal(applicationOfNotice(noticeMessage('n', op, 'emma'), 'alice'), null, `op ${op}`);
    assert.equal(applicationOfNotice(undefined, 'alice'), null);
    assert.equal(applicationOfNotice(noticeMessage('n', 1, ''), 'alice'), null, 'a request without an applicant');
  });

  test('a notice is hidden until the pending list is known, pending while listed, handled once not, and this session’s answers win', () => {
    const notice = noticeMessage('n1', 1, 'carol');
    const state = (patch: Partial<GroupApplicationsState>): GroupApplicationsState => ({ pending: null, answers: {}, ...patch });
    assert.equal(groupApplicationView(state({}), notice, 'alice'), null, 'not known yet');
    assert.equal(groupApplicationView(state({ pending: [join('carol')] }), notice, 'alice')?.status, 'pending');
    assert.equal(groupApplicationView(state({ pending: [join('dave')] }), notice, 'alice')?.status, 'handled');
    assert.equal(groupApplicationView(state({ pending: [join('carol', 'other')] }), notice, 'alice')?.status, 'handled', 'another group');
    const sending = { n1: { accept: false, status: 'sending' as const, error: null } };
    assert.equal(groupApplicationView(state({ answers: sending }), notice, 'alice')?.status, 'declining');
    const done = { n1: { accept: true, status: 'done' as const, error: null } };
    assert.equal(groupApplicationView(state({ pending: [], answers: done }), notice, 'alice')?.status, 'accepted');
    const error = new ChatError(CHAT_ERROR.network, 'down');
    const failed = { n1: { accept: true, status: 'failed' as const, error } };
    const view = groupApplicationView(state({ pending: [join('carol')], answers: failed }), notice, 'alice');
    assert.deepEqual([view?.status, view?.error], ['failed', error]);
    assert.equal(
      groupApplicationView(state({ pending: [], answers: failed }), notice, 'alice')?.status,
      'handled',
      'failed, then answered elsewhere',
    );
  });
});

describe('GroupApplications over the embedded backend', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
    await world.server.createGroup({
      groupID: 'hikers',
      name: 'Hikers',
      ownerID: 'alice',
      memberIDs: ['bob'],
      type: 'Public',
      joinOption: 'NeedPermission',
    });
  });
  afterEach(() => world.dispose());

  const systemNotices = (store: ChatStore, operationType: number) =>
    messagesOf(store, SYSTEM_CONVERSATION_ID).filter(
      (m) => m.elements[0]?.type === 'TIMGroupSystemNoticeElem' && m.elements[0].operationType === operationType,
    );

  test('the owner accepts a join request: accepting, then accepted; the applicant is told and joins, the group sees the tip', async () => {
    const alice = await world.client('alice');
    const carol = await world.client('carol');
    const applications = alice.store.use(groupApplicationsFeature);
    assert.equal(alice.store.use(groupApplicationsFeature), applications, 'one per store');
    await world.server.requestToJoinGroup('hikers', 'carol', 'let me in');
    await alice.store.openConversation(SYSTEM_CONVERSATION_ID);
    await waitFor(() => systemNotices(alice.store, 1).length === 1, 'the request arrives');
    const notice = systemNotices(alice.store, 1)[0]!;
    await waitFor(() => applications.viewOf(notice)?.status === 'pending', 'Accept / Decline offered');

    const answered = applications.answer(notice, true, 'welcome');
    assert.equal(applications.viewOf(notice)?.status, 'accepting', 'shown at once');
    await answered;
    assert.equal(applications.viewOf(notice)?.status, 'accepted');
    await waitFor(() => applications.state.get().pending?.length === 0, 'the list loads again without it');
    assert.equal(applications.viewOf(notice)?.status, 'accepted', 'still accepted after the list changed');

    await carol.store.openConversation(SYSTEM_CONVERSATION_ID);
    await waitFor(() => systemNotices(carol.store, 2).length === 1, 'carol is told');
    await alice.store.openConversation(groupConversationID('hikers'));
    await waitFor(
      () =>
        messagesOf(alice.store, groupConversationID('hikers')).some(
          (m) => m.elements[0]?.type === 'TIMGroupTipElem' && m.elements[0].userIDList.includes('carol'),
        ),
      'the join tip',
    );
    assert.ok((await alice.service.getGroupMembers('hikers')).some((m) => m.userID === 'carol'));
  });

  test('an invitee declines: the notice says declined, the inviter is told, nobody joins; a second store of the invitee sees it handled', async () => {
    await world.server.inviteToGroup('hikers', 'alice', 'dave', 'come along');
    const dave = await world.client('dave');
    const inviter = await world.client('alice');
    await dave.store.openConversation(SYSTEM_CONVERSATION_ID);
    await waitFor(() => systemNotices(dave.store, 12).length === 1, 'the invitation is in System notifications');
    const notice = systemNotices(dave.store, 12)[0]!;
    const applications = dave.store.use(groupApplicationsFeature);
    await waitFor(() => applications.viewOf(notice)?.status === 'pending', 'Accept / Decline offered');
    const otherTab = new ChatStore({ service: new LocalChatService(world.server) });
    await otherTab.start('dave');
    const elsewhere = otherTab.use(groupApplicationsFeature);
    await waitFor(() => elsewhere.viewOf(notice)?.status === 'pending', 'the other tab offers it too');

    await applications.answer(notice, false);
    assert.equal(applications.viewOf(notice)?.status, 'declined');
    await inviter.store.openConversation(SYSTEM_CONVERSATION_ID);
    await waitFor(() => systemNotices(inviter.store, 14).length === 1, 'the inviter hears the refusal');
    assert.ok(!(await inviter.service.getGroupMembers('hikers')).some((m) => m.userID === 'dave'));
    await elsewhere.refresh();
    assert.equal(elsewhere.viewOf(notice)?.status, 'handled', 'the other tab no longer offers it');
    await assert.rejects(elsewhere.answer(notice, true), (e: ChatError) => e.code === CHAT_ERROR.invalidArgument, 'already answered');
    await otherTab.stop();
  });

  test('a failed answer says why and offers the buttons again; a retry works', async () => {
    await world.server.requestToJoinGroup('hikers', 'carol', '');
    const alice = await world.client('alice');
    await alice.store.openConversation(SYSTEM_CONVERSATION_ID);
    await waitFor(() => systemNotices(alice.store, 1).length === 1, 'the request arrives');
    const notice = systemNotices(alice.store, 1)[0]!;
    const applications = alice.store.use(groupApplicationsFeature);
    await waitFor(() => applications.viewOf(notice)?.status === 'pending', 'Accept / Decline offered');
    alice.service.setOffline(true);
    await assert.rejects(applications.answer(notice, true), (e: ChatError) => e.code === CHAT_ERROR.offline);
    const view = applications.viewOf(notice);
    assert.deepEqual([view?.status, view?.error?.code], ['failed', CHAT_ERROR.offline]);
    alice.service.setOffline(false);
    await applications.answer(notice, true);
    assert.equal(applications.viewOf(notice)?.status, 'accepted');
  });

  test('without the backend’s feature nothing is offered and answering rejects with unsupported', async () => {
    const alice = await world.client('alice');
    const plain = Object.create(alice.service, { features: { value: { reactions: true } } }) as LocalChatService;
    const applications = new GroupApplications({ service: plain, session: { userID: 'alice', id: 1, serviceReady: true } });
    const notice = noticeMessage('n1', 1, 'carol');
    assert.equal(applications.supported, false);
    assert.equal(applications.viewOf(notice), null);
    await assert.rejects(applications.answer(notice, true), (e: ChatError) => e.code === CHAT_ERROR.unsupported);
    await assert.rejects(
      alice.store
        .use(groupApplicationsFeature)
        .answer(
          { ...notice, elements: [groupSystemNoticeElem({ operationType: 2, operatorID: 'x', groupID: 'hikers' })] } as Message,
          true,
        ),
      (e: ChatError) => e.code === CHAT_ERROR.invalidArgument,
      'a notice that asks nothing',
    );
  });

  test('signing in as someone else forgets the last user’s list and answers', async () => {
    await world.server.requestToJoinGroup('hikers', 'carol', '');
    const alice = await world.client('alice');
    const applications = alice.store.use(groupApplicationsFeature);
    await waitFor(() => applications.state.get().pending?.length === 1, 'alice has one request to answer');
    await alice.store.stop();
    await alice.store.start('bob');
    await waitFor(() => applications.state.get().pending !== null && applications.state.get().pending!.length === 0, 'bob manages nothing');
  });
});

describe('answering from the conversation list (the System notifications row)', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
    await world.server.createGroup({
      groupID: 'hikers',
      name: 'Hikers',
      ownerID: 'alice',
      memberIDs: ['bob'],
      type: 'Public',
      joinOption: 'NeedPermission',
    });
  });
  afterEach(() => world.dispose());

  test("the row offers its newest notice's request without the conversation being opened; other rows and other notices offer nothing", async () => {
    const alice = await world.client('alice');
    const carol = await world.client('carol');
    const applications = alice.store.use(groupApplicationsFeature);
    await world.server.requestToJoinGroup('hikers', 'carol', 'let me in');
    const systemRow = () => alice.store.state.get().conversations.find((c) => c.conversationID === SYSTEM_CONVERSATION_ID);
    await waitFor(() => applications.viewOfConversation(systemRow()!)?.status === 'pending', 'the row offers Accept / Decline');
    assert.notEqual(alice.store.state.get().activeConversationID, SYSTEM_CONVERSATION_ID, 'System notifications was never opened');
    const view = applications.viewOfConversation(systemRow()!)!;
    assert.deepEqual([view.kind, view.userID, view.groupID], ['join', 'carol', 'hikers']);
    const other = alice.store.state.get().conversations.find((c) => c.conversationID !== SYSTEM_CONVERSATION_ID);
    if (other) assert.equal(applications.viewOfConversation(other), null);

    await applications.answer(systemRow()!.lastMessage!, true);
    assert.equal(applications.viewOfConversation(systemRow()!)?.status, 'accepted');
    await waitFor(async () => (await carol.service.getGroupMembers('hikers')).some((m) => m.userID === 'carol'), 'carol joined');
    // Carol's own row: her newest notice says she was approved — nothing to answer.
    const carolApps = carol.store.use(groupApplicationsFeature);
    await waitFor(
      () => carol.store.state.get().conversations.some((c) => c.conversationID === SYSTEM_CONVERSATION_ID),
      'carol has System notifications',
    );
    const carolRow = carol.store.state.get().conversations.find((c) => c.conversationID === SYSTEM_CONVERSATION_ID)!;
    assert.equal(carolApps.viewOfConversation(carolRow), null);
  });
});
