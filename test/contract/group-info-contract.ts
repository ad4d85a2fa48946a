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

  // ── The member list's actions (`features.groupMemberManagement`; memberActionsOf) ──

  const roleOf = async (client: ChatService, groupID: string, userID: string) =>
    (await client.getGroupMembers(groupID)).find((m) => m.userID === userID)?.role;

  it('declares member management and has its calls (features.groupMemberManagement)', async () => {
    const { alice } = world();
    equal(alice.features?.groupMemberManagement, true);
    for (const call of ['removeGroupMembers', 'setGroupMemberRole', 'changeGroupOwner', 'setGroupMemberMuteTime'] as const)
      equal(typeof alice[call], 'function', call);
  });

  it("a Public group's owner makes a member an admin and back: everyone gets the tips, the roles change", async () => {
    const { h, alice, bob, carol } = world();
    const groupID = await publicGroup(h, alice.userID, [bob.userID, carol.userID], 'Admins');
    await rejectsWithCode(carol.setGroupMemberRole!(groupID, bob.userID, 'Admin'), REFUSED, 'a member makes an admin');
    const made = nextEvent(
      carol,
      'messageReceived',
      tipOf(4, (t) => t.userIDList.includes(bob.userID) && t.operatorID === alice.userID),
    );
    await alice.setGroupMemberRole!(groupID, bob.userID, 'Admin');
    await made;
    await eventually(async () => (await roleOf(carol, groupID, bob.userID)) === 'Admin', 3000, 'carol sees bob as admin');
    equal((await bob.getGroupProfile(groupID)).selfRole, 'Admin');
    // An admin does not unmake another admin, nor act on the owner.
    await rejectsWithCode(bob.setGroupMemberRole!(groupID, alice.userID, 'Member'), REFUSED, 'an admin demotes the owner');
    const unmade = nextEvent(
      bob,
      'messageReceived',
      tipOf(5, (t) => t.userIDList.includes(bob.userID)),
    );
    await alice.setGroupMemberRole!(groupID, bob.userID, 'Member');
    await unmade;
    await eventually(async () => (await roleOf(alice, groupID, bob.userID)) === 'Member', 3000, 'bob is a member again');
  });

  it('an admin removes a member, never the owner; the others get the tip and the member is gone', async () => {
    const { h, alice, bob, carol } = world();
    const groupID = await publicGroup(h, alice.userID, [bob.userID, carol.userID], 'Moderated');
    await rejectsWithCode(carol.removeGroupMembers!(groupID, [bob.userID]), REFUSED, 'a member removes a member');
    await alice.setGroupMemberRole!(groupID, bob.userID, 'Admin');
    await eventually(async () => (await bob.getGroupProfile(groupID)).selfRole === 'Admin', 3000, 'bob is an admin');
    await rejectsWithCode(bob.removeGroupMembers!(groupID, [alice.userID]), REFUSED, 'an admin removes the owner');
    const tip = nextEvent(
      alice,
      'messageReceived',
      tipOf(3, (t) => t.userIDList.includes(carol.userID) && t.operatorID === bob.userID),
    );
    const notice = nextEvent(carol, 'messageReceived', (p) =>
      p.messages.some((m) => m.elements.some((e) => e.type === 'TIMGroupSystemNoticeElem' && e.operationType === 4)),
    );
    await bob.removeGroupMembers!(groupID, [carol.userID], 'Off topic');
    await Promise.all([tip, notice]);
    await eventually(async () => !(await alice.getGroupMembers(groupID)).some((m) => m.userID === carol.userID), 3000, 'carol is gone');
    await eventually(async () => !(await carol.getGroupProfile(groupID).catch(() => null))?.selfRole, 3000, 'carol is no member');
  });

  it('the owner mutes a member for a while and lifts it: the tip says how long, the member list says until when', async () => {
    const { h, alice, bob, carol } = world();
    const groupID = await publicGroup(h, alice.userID, [bob.userID, carol.userID], 'Quiet please');
    await rejectsWithCode(carol.setGroupMemberMuteTime!(groupID, bob.userID, 600), REFUSED, 'a member mutes a member');
    const tip = nextEvent(
      carol,
      'messageReceived',
      tipOf(7, (t) => t.memberMuteChanges.some((c) => c.userID === bob.userID && c.muteTime === 600)),
    );
    await alice.setGroupMemberMuteTime!(groupID, bob.userID, 600);
    await tip;
    const bobAsSeen = async () => (await carol.getGroupMembers(groupID)).find((m) => m.userID === bob.userID);
    await eventually(async () => ((await bobAsSeen())?.muteUntil ?? 0) > 0, 3000, 'bob muted');
    const lifted = nextEvent(
      bob,
      'messageReceived',
      tipOf(7, (t) => t.memberMuteChanges.some((c) => c.userID === bob.userID && c.muteTime === 0)),
    );
    await alice.setGroupMemberMuteTime!(groupID, bob.userID, 0);
    await lifted;
    await eventually(async () => (await bobAsSeen())?.muteUntil === 0, 3000, 'bob unmuted');
  });

  it('a Work group has no admins and no muting; its owner removes members, a member does not', async () => {
    const { h, alice, bob, carol } = world();
    const groupID = await workGroup(h, alice.userID, [bob.userID, carol.userID], 'Flat');
    await rejectsWithCode(alice.setGroupMemberRole!(groupID, bob.userID, 'Admin'), REFUSED, 'an admin in a Work group');
    await rejectsWithCode(alice.setGroupMemberMuteTime!(groupID, bob.userID, 600), REFUSED, 'muting in a Work group');
    await rejectsWithCode(bob.removeGroupMembers!(groupID, [carol.userID]), REFUSED, 'a member removes a member');
    await rejectsWithCode(alice.removeGroupMembers!(groupID, [alice.userID]), REFUSED, 'the owner removes themselves');
    const tip = nextEvent(
      carol,
      'messageReceived',
      tipOf(3, (t) => t.userIDList.includes(bob.userID)),
    );
    await alice.removeGroupMembers!(groupID, [bob.userID]);
    await tip;
    await eventually(async () => !(await carol.getGroupMembers(groupID)).some((m) => m.userID === bob.userID), 3000, 'bob is gone');
  });

  it('the owner hands the group over: the tip names the new owner, who may dismiss it, and the old owner is a member', async () => {
    const { h, alice, bob, carol } = world();
    const groupID = await publicGroup(h, alice.userID, [bob.userID, carol.userID], 'New hands');
    await rejectsWithCode(bob.changeGroupOwner!(groupID, carol.userID), REFUSED, 'a member hands over');
    const tip = nextEvent(
      carol,
      'messageReceived',
      tipOf(6, (t) => t.groupProfileChanges.some((c) => c.key === 'owner' && c.value === bob.userID)),
    );
    await alice.changeGroupOwner!(groupID, bob.userID);
    await tip;
    await eventually(async () => (await bob.getGroupProfile(groupID)).selfRole === 'Owner', 3000, 'bob owns it');
    await eventually(async () => (await alice.getGroupProfile(groupID)).selfRole === 'Member', 3000, 'alice is a member');
    equal(await roleOf(carol, groupID, alice.userID), 'Member');
    await rejectsWithCode(alice.dismissGroup!(groupID), REFUSED, 'the old owner dismisses');
    await rejectsWithCode(alice.removeGroupMembers!(groupID, [carol.userID]), REFUSED, 'the old owner removes');
  });
}
