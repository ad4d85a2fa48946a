import { groupConversationID, SYSTEM_CONVERSATION_ID } from '../../src/core/model/ids.js';
import type { GroupApplication } from '../../src/core/model/group-application.js';
import type { GroupSystemNoticeElem, GroupTipElem } from '../../src/core/model/elements.js';
import type { ChatService } from '../../src/core/service/chat-service.js';
import { deepEqual, equal, ok } from './contract-assert.js';
import { eventually, nextEvent } from './contract-helpers.js';
import type { ContractAdminControls, ContractHarness, TestFramework } from './chat-service-contract.js';

/** An application as the cases compare it. */
const shape = (a: GroupApplication) => [a.kind, a.groupID, a.userID, a.inviterID, a.note];

const noticeFrom = (operationType: number, groupID: string) => (p: { messages: { elements: readonly { type: string }[] }[] }) =>
  p.messages.some((m) =>
    m.elements.some(
      (e) =>
        e.type === 'TIMGroupSystemNoticeElem' &&
        (e as GroupSystemNoticeElem).operationType === operationType &&
        (e as GroupSystemNoticeElem).groupID === groupID,
    ),
  );

const joinTipFor = (userID: string) => (p: { messages: { elements: readonly { type: string }[] }[] }) =>
  p.messages.some((m) =>
    m.elements.some(
      (e) => e.type === 'TIMGroupTipElem' && (e as GroupTipElem).operationType === 1 && (e as GroupTipElem).userIDList.includes(userID),
    ),
  );

async function codeOf(promise: Promise<unknown>): Promise<number | undefined> {
  return promise.then(
    () => undefined,
    (error: { code?: number }) => (typeof error?.code === 'number' ? error.code : -1),
  );
}

/**
 * The group application cases of the contract (`ServiceFeatures.groupApplications`): the owner or
 * an admin sees a join request in `getGroupApplications` and answers it; an invitee sees and answers
 * an invitation; the answer reaches the applicant or inviter as a system notice (2 / 3, 13 / 14),
 * a newcomer joins with a group tip, and an answered application is no longer pending.
 */
export function describeGroupApplicationCases(
  framework: Pick<TestFramework, 'it'>,
  world: () => { h: ContractHarness; alice: ChatService; bob: ChatService; carol: ChatService },
): void {
  const { it } = framework;
  const admin = (h: ContractHarness): Required<Pick<ContractAdminControls, 'createApprovalGroup' | 'requestToJoin' | 'invite'>> => {
    const { createApprovalGroup, requestToJoin, invite } = h.admin ?? {};
    if (!createApprovalGroup || !requestToJoin || !invite)
      throw new Error('The harness declares groupApplications but lacks admin.createApprovalGroup / requestToJoin / invite.');
    return { createApprovalGroup, requestToJoin, invite };
  };

  it('declares group applications and has their calls (features.groupApplications)', async () => {
    const { alice } = world();
    equal(alice.features?.groupApplications, true);
    equal(typeof alice.getGroupApplications, 'function');
    equal(typeof alice.answerGroupApplication, 'function');
  });

  it('lists a join request to the owner only, and accepting it makes a member the group and the applicant hear of', async () => {
    const { h, alice, bob, carol } = world();
    const groupID = await admin(h).createApprovalGroup(alice.userID, [bob.userID], 'Hikers');
    const asked = nextEvent(alice, 'messageReceived', noticeFrom(1, groupID));
    await admin(h).requestToJoin(groupID, carol.userID, 'let me in');
    await asked;
    const pending = await alice.getGroupApplications!();
    deepEqual(pending.map(shape), [['join', groupID, carol.userID, '', 'let me in']]);
    deepEqual(await bob.getGroupApplications!(), [], 'a member answers no join request');
    deepEqual(await carol.getGroupApplications!(), [], 'nor does the applicant');

    const accepted = nextEvent(carol, 'messageReceived', noticeFrom(2, groupID));
    const tip = nextEvent(bob, 'messageReceived', joinTipFor(carol.userID));
    await alice.answerGroupApplication!(pending[0]!, true, 'welcome');
    const notice = (await accepted).messages.find((m) => m.conversationID === SYSTEM_CONVERSATION_ID);
    ok(notice, 'the applicant is told in System notifications');
    equal((notice!.elements[0] as GroupSystemNoticeElem).handleMessage, 'welcome');
    equal((await tip).messages[0]!.conversationID, groupConversationID(groupID), 'the group sees the newcomer join');
    await eventually(async () => (await alice.getGroupMembers(groupID)).some((m) => m.userID === carol.userID), 3000, 'carol is a member');
    deepEqual(await alice.getGroupApplications!(), [], 'no longer pending');
  });

  it('declining a join request tells the applicant why and adds no one; a member cannot answer; an answered one cannot be answered again', async () => {
    const { h, alice, bob, carol } = world();
    const groupID = await admin(h).createApprovalGroup(alice.userID, [bob.userID], 'Readers');
    const asked = nextEvent(alice, 'messageReceived', noticeFrom(1, groupID));
    await admin(h).requestToJoin(groupID, carol.userID, '');
    await asked;
    const [application] = await alice.getGroupApplications!();
    ok(application, 'pending');
    ok((await codeOf(bob.answerGroupApplication!(application!, true))) !== undefined, 'a member may not answer a join request');
    const refused = nextEvent(carol, 'messageReceived', noticeFrom(3, groupID));
    await alice.answerGroupApplication!(application!, false, 'full');
    equal(((await refused).messages[0]!.elements[0] as GroupSystemNoticeElem).handleMessage, 'full');
    ok(!(await alice.getGroupMembers(groupID)).some((m) => m.userID === carol.userID), 'carol did not join');
    ok((await codeOf(alice.answerGroupApplication!(application!, true))) !== undefined, 'answered already');
  });

  it('lists an invitation to the invitee, who accepts (joins; the inviter hears) or declines (the inviter hears)', async () => {
    const { h, alice, bob, carol } = world();
    const groupID = await admin(h).createApprovalGroup(alice.userID, [], 'Book Club');
    const invited = nextEvent(carol, 'messageReceived', noticeFrom(12, groupID));
    await admin(h).invite(groupID, alice.userID, carol.userID, 'join us');
    await invited;
    const pending = await carol.getGroupApplications!();
    deepEqual(pending.map(shape), [['invite', groupID, carol.userID, alice.userID, 'join us']]);
    deepEqual(await bob.getGroupApplications!(), [], 'an invitation is the invitee’s to answer');
    const accepted = nextEvent(alice, 'messageReceived', noticeFrom(13, groupID));
    await carol.answerGroupApplication!(pending[0]!, true);
    await accepted;
    await eventually(async () => (await alice.getGroupMembers(groupID)).some((m) => m.userID === carol.userID), 3000, 'carol joined');
    deepEqual(await carol.getGroupApplications!(), []);

    const invitedAgain = nextEvent(bob, 'messageReceived', noticeFrom(12, groupID));
    await admin(h).invite(groupID, alice.userID, bob.userID, '');
    await invitedAgain;
    const [invitation] = await bob.getGroupApplications!();
    const refused = nextEvent(alice, 'messageReceived', noticeFrom(14, groupID));
    await bob.answerGroupApplication!(invitation!, false, 'busy');
    equal(((await refused).messages[0]!.elements[0] as GroupSystemNoticeElem).operatorID, bob.userID);
    ok(!(await alice.getGroupMembers(groupID)).some((m) => m.userID === bob.userID), 'bob did not join');
  });
}
