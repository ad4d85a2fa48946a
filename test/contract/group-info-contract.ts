import { CHAT_ERROR } from '../../src/core/errors.js';
import type { GroupTipElem } from '../../src/core/model/elements.js';
import type { ChatService } from '../../src/core/service/chat-service.js';
import { deepEqual, equal, ok, rejectsWithCode } from './contract-assert.js';
import { eventually, nextEvent } from './contract-helpers.js';
import type { ContractHarness, TestFramework } from './chat-service-contract.js';

const tipOf =
  (operationType: number, accept: (tip: GroupTipElem) => boolean = () => true) =>
  (p: { messages: { elements: readonly { type: string }[] }[] }) =>
    p.messages.some((m) =>
      m.elements.some(
        (e) => e.type === 'TIMGroupTipElem' && (e as GroupTipElem).operationType === operationType && accept(e as GroupTipElem),
      ),
    );

/** TIM's "no permission" (10007); a backend may also call a refused change an invalid one. */
const REFUSED = [CHAT_ERROR.notGroupMember, CHAT_ERROR.invalidArgument];

/**
 * The group info panel's cases of the contract (`ServiceFeatures.groupManagement`), with TIM's rules
 * by group type and role (src/core/model/group-rules.ts): any member edits a Work group's profile,
 * only the owner and admins a Public group's; members page through with their roles; one sets one's
 * own name card; members leave (a Public group's owner may not); the owner dismisses a Public group,
 * and nobody a Work group. Every change reaches the other members as the group tip the kit renders.
 */
export function describeGroupInfoCases(
  framework: Pick<TestFramework, 'it'>,
  world: () => { h: ContractHarness; alice: ChatService; bob: ChatService; carol: ChatService },
): void {
  const { it } = framework;
  const workGroup = (h: ContractHarness, ownerID: string, memberIDs: string[], name: string) => {
    const create = h.groups?.createGroup;
    if (!create) throw new Error('The harness declares groupManagement but has no groups.createGroup.');
    return create(ownerID, memberIDs, name);
  };
  const publicGroup = (h: ContractHarness, ownerID: string, memberIDs: string[], name: string) => {
    const create = h.admin?.createApprovalGroup;
    if (!create) throw new Error('The harness declares groupManagement but has no admin.createApprovalGroup.');
    return create(ownerID, memberIDs, name);
  };

  it('declares group management and has its calls (features.groupManagement)', async () => {
    const { alice } = world();
    equal(alice.features?.groupManagement, true);
    for (const call of ['updateGroupProfile', 'getGroupMemberPage', 'setGroupNameCard', 'quitGroup', 'dismissGroup'] as const)
      equal(typeof alice[call], 'function', call);
  });

  it('a member of a Work group changes its notice: the others get the tip and read the new notice', async () => {
    const { h, alice, bob, carol } = world();
    const groupID = await workGroup(h, alice.userID, [bob.userID, carol.userID], 'Notice board');
    const tip = nextEvent(
      carol,
      'messageReceived',
      tipOf(6, (t) => t.groupProfileChanges.some((c) => c.key === 'notification' && c.value === 'Lunch at noon')),
    );
    const group = await bob.updateGroupProfile!(groupID, { notification: 'Lunch at noon' });
    equal(group.notification, 'Lunch at noon');
    await tip;
    await eventually(async () => (await carol.getGroupProfile(groupID)).notification === 'Lunch at noon', 3000, 'carol reads the notice');
  });

  it('in a Public group only the owner and admins change the profile', async () => {
    const { h, alice, bob } = world();
    const groupID = await publicGroup(h, alice.userID, [bob.userID], 'Club');
    await rejectsWithCode(bob.updateGroupProfile!(groupID, { name: 'Hijacked' }), REFUSED, 'a member renames');
    equal((await alice.getGroupProfile(groupID)).name, 'Club');
    const renamed = await alice.updateGroupProfile!(groupID, { name: 'Book club', introduction: 'We read' });
    deepEqual([renamed.name, renamed.introduction], ['Book club', 'We read']);
  });

  it('pages through the members with their roles, the owner among them, each once', async () => {
    const { h, alice, bob, carol } = world();
    const dave = h.extraUserID;
    const groupID = await workGroup(h, alice.userID, [bob.userID, carol.userID, dave], 'Four');
    const seen: { userID: string; role: string }[] = [];
    let cursor = '';
    for (let pages = 0; pages < 10; pages++) {
      const page = await bob.getGroupMemberPage!(groupID, { cursor, count: 3 });
      ok(page.members.length <= 3, 'no more than asked');
      seen.push(...page.members.map((m) => ({ userID: m.userID, role: m.role })));
      if (page.isCompleted) break;
      cursor = page.nextCursor;
    }
    deepEqual(seen.map((m) => m.userID).sort(), [alice.userID, bob.userID, carol.userID, dave].sort());
    deepEqual(
      seen.filter((m) => m.role === 'Owner').map((m) => m.userID),
      [alice.userID],
    );
  });

  it("sets one's own name card in the group, which the other members see", async () => {
    const { h, alice, bob } = world();
    const groupID = await workGroup(h, alice.userID, [bob.userID], 'Cards');
    await bob.setGroupNameCard!(groupID, 'Bobby (design)');
    await eventually(
      async () => (await alice.getGroupMembers(groupID)).find((m) => m.userID === bob.userID)?.nameCard === 'Bobby (design)',
      3000,
      'alice sees the name card',
    );
  });

  it('a member leaves: the owner hears the quit tip and the member is gone', async () => {
    const { h, alice, bob, carol } = world();
    const groupID = await workGroup(h, alice.userID, [bob.userID, carol.userID], 'Leaving');
    const tip = nextEvent(
      alice,
      'messageReceived',
      tipOf(2, (t) => t.userIDList.includes(bob.userID)),
    );
    await bob.quitGroup!(groupID);
    await tip;
    await eventually(async () => !(await alice.getGroupMembers(groupID)).some((m) => m.userID === bob.userID), 3000, 'bob is gone');
  });

  it("a Public group's owner may not leave but dismisses it; a member may not dismiss it", async () => {
    const { h, alice, bob } = world();
    const groupID = await publicGroup(h, alice.userID, [bob.userID], 'Short-lived');
    await rejectsWithCode(alice.quitGroup!(groupID), REFUSED, 'the owner leaves');
    await rejectsWithCode(bob.dismissGroup!(groupID), REFUSED, 'a member dismisses');
    const told = nextEvent(bob, 'messageReceived', (p) =>
      p.messages.some((m) => m.elements.some((e) => e.type === 'TIMGroupSystemNoticeElem' && e.operationType === 5)),
    );
    await alice.dismissGroup!(groupID);
    await told;
  });

  it('nobody dismisses a Work group from a client, not even its owner', async () => {
    const { h, alice, bob } = world();
    const groupID = await workGroup(h, alice.userID, [bob.userID], 'Keeps going');
    await rejectsWithCode(alice.dismissGroup!(groupID), REFUSED, 'the owner dismisses a Work group');
    equal((await bob.getGroupProfile(groupID)).isDismissed ?? false, false);
  });
}
