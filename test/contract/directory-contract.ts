import type { GroupTipElem } from '../../src/core/model/elements.js';
import type { ChatService } from '../../src/core/service/chat-service.js';
import { deepEqual, equal, ok } from './contract-assert.js';
import { eventually, nextEvent } from './contract-helpers.js';
import type { ContractAdminControls, ContractHarness, TestFramework } from './chat-service-contract.js';

const joinTipFor = (userID: string) => (p: { messages: { elements: readonly { type: string }[] }[] }) =>
  p.messages.some((m) =>
    m.elements.some(
      (e) => e.type === 'TIMGroupTipElem' && (e as GroupTipElem).operationType === 1 && (e as GroupTipElem).userIDList.includes(userID),
    ),
  );

/**
 * The "new chat" cases of the contract (`ServiceFeatures.directory`): people found by exact ID
 * (never oneself), groups found by exact ID with the reader's membership and how they take
 * newcomers, joining a free group at once, asking to join one that approves, and work groups
 * hidden from non-members. Finding by name is a plan option on Tencent (cloud search), so the
 * contract asks for IDs only.
 */
export function describeDirectoryCases(
  framework: Pick<TestFramework, 'it'>,
  world: () => { h: ContractHarness; alice: ChatService; bob: ChatService; carol: ChatService },
): void {
  const { it } = framework;
  const admin = (h: ContractHarness): Required<Pick<ContractAdminControls, 'createOpenGroup' | 'createApprovalGroup'>> => {
    const { createOpenGroup, createApprovalGroup } = h.admin ?? {};
    if (!createOpenGroup || !createApprovalGroup)
      throw new Error('The harness declares directory but lacks admin.createOpenGroup / createApprovalGroup.');
    return { createOpenGroup, createApprovalGroup };
  };

  it('declares the directory and has its calls (features.directory)', async () => {
    const { alice } = world();
    equal(alice.features?.directory, true);
    equal(typeof alice.findUsers, 'function');
    equal(typeof alice.findGroups, 'function');
    equal(typeof alice.joinGroup, 'function');
  });

  it('finds a person by exact ID, never oneself, and nobody for an unknown ID or an empty keyword', async () => {
    const { alice, bob } = world();
    deepEqual(
      (await alice.findUsers!(bob.userID)).map((u) => u.userID),
      [bob.userID],
    );
    ok(!(await alice.findUsers!(alice.userID)).some((u) => u.userID === alice.userID), 'oneself is left out');
    deepEqual(await alice.findUsers!('nobody-by-this-id'), []);
    deepEqual(await alice.findUsers!('   '), []);
  });

  it('finds a free group by ID as a non-member, joins it at once (the group hears the tip), then finds it as a member', async () => {
    const { h, alice, bob, carol } = world();
    const groupID = await admin(h).createOpenGroup(bob.userID, [carol.userID], 'Open Garden');
    const found = await alice.findGroups!(groupID);
    deepEqual(
      found.map((f) => [f.group.groupID, f.group.name, f.isMember, f.group.joinOption]),
      [[groupID, 'Open Garden', false, 'FreeAccess']],
    );
    const tip = nextEvent(carol, 'messageReceived', joinTipFor(alice.userID));
    equal(await alice.joinGroup!(groupID), 'joined');
    await tip;
    await eventually(async () => (await bob.getGroupMembers(groupID)).some((m) => m.userID === alice.userID), 3000, 'alice is a member');
    deepEqual(
      (await alice.findGroups!(groupID)).map((f) => f.isMember),
      [true],
    );
    equal(await alice.joinGroup!(groupID), 'alreadyMember');
  });

  it('asks to join a group that approves: pending, and not a member until an admin accepts', async () => {
    const { h, alice, carol } = world();
    const groupID = await admin(h).createApprovalGroup(alice.userID, [], 'Approvals');
    deepEqual(
      (await carol.findGroups!(groupID)).map((f) => [f.isMember, f.group.joinOption]),
      [[false, 'NeedPermission']],
    );
    equal(await carol.joinGroup!(groupID, 'hello'), 'pending');
    ok(!(await alice.getGroupMembers(groupID)).some((m) => m.userID === carol.userID), 'not a member yet');
  });

  it('hides a work group from non-members', async () => {
    const { h, alice, bob, carol } = world();
    if (!h.groups) return;
    const groupID = await h.groups.createGroup(alice.userID, [bob.userID], 'Work only');
    deepEqual(await carol.findGroups!(groupID), [], 'a non-member does not find it');
  });
}
