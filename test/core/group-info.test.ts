import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { CHAT_ERROR, type ChatError } from '../../src/core/errors.js';
import {
  isMemberMuted,
  mayDismissGroup,
  mayEditGroupProfile,
  mayQuitGroup,
  memberActionsOf,
  groupRolesOf,
  type GroupMemberAction,
} from '../../src/core/model/group-rules.js';
import type { GroupMember, GroupProfile, GroupRole, GroupType } from '../../src/core/model/profile.js';
import { GROUP_MEMBER_PAGE, groupInfoFeature, groupInfoMembers, groupInfoPermissions } from '../../src/core/store/group-info.js';
import { makeStoreWorld, waitFor, type StoreWorld } from './store-harness.js';

const TYPES: GroupType[] = ['Work', 'Public', 'Meeting', 'Community', 'AVChatRoom'];
const ROLES: GroupRole[] = ['Owner', 'Admin', 'Member'];

describe('group rules by type and role (TIM)', () => {
  test('who edits the profile: any member of a Work group, owner and admins elsewhere, the owner of an AVChatRoom', () => {
    const table = Object.fromEntries(TYPES.map((type) => [type, ROLES.filter((role) => mayEditGroupProfile(type, role))]));
    assert.deepEqual(table, {
      Work: ['Owner', 'Admin', 'Member'],
      Public: ['Owner', 'Admin'],
      Meeting: ['Owner', 'Admin'],
      Community: ['Owner', 'Admin'],
      AVChatRoom: ['Owner'],
    });
    assert.equal(mayEditGroupProfile('Work', undefined), false, 'not a member');
  });

  test('who leaves: everyone but the owner, who leaves only a Work group', () => {
    for (const type of TYPES) {
      assert.equal(mayQuitGroup(type, 'Member'), true, type);
      assert.equal(mayQuitGroup(type, 'Owner'), type === 'Work', type);
    }
    assert.equal(mayQuitGroup('Public', undefined), false);
  });

  test('who dismisses: the owner, never of a Work group', () => {
    const table = Object.fromEntries(TYPES.map((type) => [type, ROLES.filter((role) => mayDismissGroup(type, role))]));
    assert.deepEqual(table, { Work: [], Public: ['Owner'], Meeting: ['Owner'], Community: ['Owner'], AVChatRoom: ['Owner'] });
  });

  test('what one member does to another: by type, my role and theirs; nothing to oneself', () => {
    const allowed = (type: GroupType, role: GroupRole | undefined, target: GroupRole, self = false): GroupMemberAction[] =>
      Object.entries(memberActionsOf(type, role, target, self))
        .filter(([, yes]) => yes)
        .map(([action]) => action as GroupMemberAction);
    // The owner of a Public (Meeting, Community) group: everything over admins and members.
    for (const type of ['Public', 'Meeting', 'Community'] as const) {
      assert.deepEqual(allowed(type, 'Owner', 'Member'), ['remove', 'makeAdmin', 'mute', 'transferOwner'], type);
      assert.deepEqual(allowed(type, 'Owner', 'Admin'), ['remove', 'removeAdmin', 'mute', 'transferOwner'], type);
      // An admin: remove and mute members, never the owner or another admin.
      assert.deepEqual(allowed(type, 'Admin', 'Member'), ['remove', 'mute'], type);
      assert.deepEqual(allowed(type, 'Admin', 'Admin'), [], type);
      assert.deepEqual(allowed(type, 'Admin', 'Owner'), [], type);
      assert.deepEqual(allowed(type, 'Member', 'Member'), [], type);
      assert.deepEqual(allowed(type, 'Member', 'Owner'), [], type);
    }
    // Work: no admins, no muting; the owner removes and hands over.
    assert.deepEqual(allowed('Work', 'Owner', 'Member'), ['remove', 'transferOwner']);
    assert.deepEqual(allowed('Work', 'Member', 'Member'), []);
    // A live room: the owner mutes, nothing else from a client.
    assert.deepEqual(allowed('AVChatRoom', 'Owner', 'Member'), ['mute']);
    // Never on oneself; nothing without a role.
    assert.deepEqual(allowed('Public', 'Owner', 'Owner', true), []);
    assert.deepEqual(allowed('Public', 'Owner', 'Member', true), []);
    assert.deepEqual(allowed('Public', undefined, 'Member'), []);
  });

  test('a member is muted while muteUntil is ahead of now', () => {
    assert.equal(isMemberMuted({ muteUntil: 0 }, 1000), false);
    assert.equal(isMemberMuted({ muteUntil: 1000 }, 1000), false);
    assert.equal(isMemberMuted({ muteUntil: 1600 }, 1000), true);
  });

  test('Work groups and audio-video rooms have no admins', () => {
    assert.deepEqual(groupRolesOf('Work'), ['Owner', 'Member']);
    assert.deepEqual(groupRolesOf('AVChatRoom'), ['Owner', 'Member']);
    assert.deepEqual(groupRolesOf('Public'), ['Owner', 'Admin', 'Member']);
  });
});

describe('group info selectors', () => {
  const profile = (type: GroupType, selfRole?: GroupRole, extra: Partial<GroupProfile> = {}): GroupProfile => ({
    groupID: 'g',
    name: 'G',
    avatar: '',
    type,
    ownerID: 'o',
    notification: '',
    introduction: '',
    memberCount: 3,
    muteAllMembers: false,
    ...(selfRole ? { selfRole } : {}),
    ...extra,
  });

  test('permissions follow the rules, and are none for a non-member, a dismissed group or a backend without management', () => {
    assert.deepEqual(groupInfoPermissions(profile('Public', 'Admin'), true), {
      editProfile: true,
      editNameCard: true,
      quit: true,
      dismiss: false,
    });
    assert.deepEqual(groupInfoPermissions(profile('Public', 'Owner'), true), {
      editProfile: true,
      editNameCard: true,
      quit: false,
      dismiss: true,
    });
    assert.deepEqual(groupInfoPermissions(profile('Public', 'Member'), true), {
      editProfile: false,
      editNameCard: true,
      quit: true,
      dismiss: false,
    });
    assert.deepEqual(groupInfoPermissions(profile('Work', 'Owner'), true), {
      editProfile: true,
      editNameCard: true,
      quit: true,
      dismiss: false,
    });
    const none = { editProfile: false, editNameCard: false, quit: false, dismiss: false };
    assert.deepEqual(groupInfoPermissions(profile('Work'), true), none, 'not a member');
    assert.deepEqual(groupInfoPermissions(profile('Work', 'Owner', { isDismissed: true }), true), none, 'dismissed');
    assert.deepEqual(groupInfoPermissions(profile('Work', 'Owner'), false), none, 'no groupManagement');
    assert.deepEqual(groupInfoPermissions(null, true), none);
  });

  test('members: owner, admins, members; the search matches name card, nick or ID, ignoring case', () => {
    const m = (userID: string, role: GroupRole, nick = '', nameCard = ''): GroupMember => ({
      userID,
      role,
      nick,
      nameCard,
      avatar: '',
      muteUntil: 0,
    });
    const members = [
      m('x', 'Member', 'Xavier'),
      m('a', 'Admin', 'Ann'),
      m('o', 'Owner', 'Olga'),
      m('y', 'Member', 'Yuki', '由纪 (design)'),
    ];
    assert.deepEqual(
      groupInfoMembers({ members, query: '' }).map((x) => x.userID),
      ['o', 'a', 'x', 'y'],
    );
    assert.deepEqual(
      groupInfoMembers({ members, query: ' DESIGN ' }).map((x) => x.userID),
      ['y'],
    );
    assert.deepEqual(
      groupInfoMembers({ members, query: 'x' }).map((x) => x.userID),
      ['x'],
    );
    assert.deepEqual(groupInfoMembers({ members, query: 'nobody' }), []);
  });
});

describe('group info: the panel over the embedded backend', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
    await world.server.createGroup({ groupID: 'team', name: 'Team', ownerID: 'alice', memberIDs: ['bob', 'carol'], type: 'Work' });
    await world.server.createGroup({ groupID: 'club', name: 'Club', ownerID: 'alice', memberIDs: ['bob'], type: 'Public' });
  });
  afterEach(() => world.dispose());

  test('opens with the profile and the members; a member saves the notice of a Work group and the owner sees it live', async () => {
    const bob = await world.client('bob');
    const alice = await world.client('alice');
    const panel = bob.store.use(groupInfoFeature);
    const ownerPanel = alice.store.use(groupInfoFeature);
    assert.equal(panel.supported, true);
    await panel.open('team');
    await ownerPanel.open('team');
    const s = panel.state.get();
    assert.equal(s.profile?.name, 'Team');
    assert.equal(s.profile?.selfRole, 'Member');
    assert.deepEqual(
      groupInfoMembers(s).map((m) => [m.userID, m.role]),
      [
        ['alice', 'Owner'],
        ['bob', 'Member'],
        ['carol', 'Member'],
      ],
    );
    assert.equal(s.membersComplete, true);
    assert.deepEqual(panel.permissions, { editProfile: true, editNameCard: true, quit: true, dismiss: false });

    const saving = panel.save('notification', 'Stand-up at 10');
    assert.equal(panel.state.get().saves.notification?.status, 'saving');
    await saving;
    assert.equal(panel.state.get().saves.notification, undefined);
    assert.equal(panel.state.get().profile?.notification, 'Stand-up at 10');
    await waitFor(() => ownerPanel.state.get().profile?.notification === 'Stand-up at 10', 'the owner sees the new notice');
  });

  test("a Public group's member cannot edit it: refused before asking, the profile unchanged", async () => {
    const bob = await world.client('bob');
    const panel = bob.store.use(groupInfoFeature);
    await panel.open('club');
    assert.equal(panel.permissions.editProfile, false);
    await assert.rejects(panel.save('name', 'Mine'), (e: ChatError) => e.code === CHAT_ERROR.notGroupMember);
    assert.equal(panel.state.get().profile?.name, 'Club');
  });

  test('a refused save says why and keeps the asked value; dismissing the error forgets it', async () => {
    const alice = await world.client('alice');
    const panel = alice.store.use(groupInfoFeature);
    await panel.open('team');
    alice.service.setOffline(true);
    await assert.rejects(panel.save('name', 'Team 2'));
    const failed = panel.state.get().saves.name;
    assert.equal(failed?.status, 'failed');
    assert.equal(failed?.value, 'Team 2');
    assert.equal(failed?.error?.code, CHAT_ERROR.offline);
    panel.dismissError('name');
    assert.equal(panel.state.get().saves.name, undefined);
    assert.equal(panel.state.get().profile?.name, 'Team');
  });

  test("one's own name card: saved, shown in the list, unchanged text asks nothing", async () => {
    const bob = await world.client('bob');
    const panel = bob.store.use(groupInfoFeature);
    await panel.open('team');
    await panel.save('nameCard', 'Bobby');
    assert.equal(panel.ownNameCard(), 'Bobby');
    const before = panel.state.get();
    await panel.save('nameCard', 'Bobby');
    assert.equal(panel.state.get().saves, before.saves);
  });

  test('a member leaves: done here, and the owner’s open panel loses them', async () => {
    const alice = await world.client('alice');
    const bob = await world.client('bob');
    const ownerPanel = alice.store.use(groupInfoFeature);
    const panel = bob.store.use(groupInfoFeature);
    await ownerPanel.open('team');
    await panel.open('team');
    await panel.leave('quit');
    assert.equal(panel.state.get().leaving?.status, 'done');
    await waitFor(() => !ownerPanel.state.get().members.some((m) => m.userID === 'bob'), 'bob is gone from the owner’s list');
    await waitFor(() => panel.state.get().profile?.selfRole === undefined, 'bob is no longer a member');
    assert.equal(panel.permissions.quit, false);
  });

  test("the owner cannot leave a Public group but dismisses it; a Work group's owner cannot dismiss it", async () => {
    const alice = await world.client('alice');
    const panel = alice.store.use(groupInfoFeature);
    await panel.open('club');
    assert.deepEqual(panel.permissions, { editProfile: true, editNameCard: true, quit: false, dismiss: true });
    await assert.rejects(panel.leave('quit'));
    await panel.leave('dismiss');
    assert.equal(panel.state.get().leaving?.status, 'done');
    await panel.open('team');
    assert.equal(panel.permissions.dismiss, false);
    await assert.rejects(panel.leave('dismiss'));
  });

  test('member actions follow the rules: the owner of a Public group over everyone, a member over nobody, nobody over themselves', async () => {
    const alice = await world.client('alice');
    const bob = await world.client('bob');
    const owner = alice.store.use(groupInfoFeature);
    const member = bob.store.use(groupInfoFeature);
    await owner.open('club');
    await member.open('club');
    assert.equal(owner.membersManaged, true);
    const find = (panel: typeof owner, userID: string) => panel.state.get().members.find((m) => m.userID === userID)!;
    assert.deepEqual(owner.memberActions(find(owner, 'bob')), {
      remove: true,
      makeAdmin: true,
      removeAdmin: false,
      mute: true,
      transferOwner: true,
    });
    assert.equal(Object.values(owner.memberActions(find(owner, 'alice'))).some(Boolean), false, 'not on oneself');
    assert.equal(Object.values(member.memberActions(find(member, 'alice'))).some(Boolean), false, 'a member over the owner');
    await assert.rejects(member.actOnMember('alice', { action: 'remove' }), (e: ChatError) => e.code === CHAT_ERROR.notGroupMember);
    assert.equal(member.state.get().memberAction, null, 'refused before asking');
  });

  test("the owner makes an admin, mutes and removes: the list changes at once, and the member's open panel live", async () => {
    const alice = await world.client('alice');
    const bob = await world.client('bob');
    const carol = await world.client('carol');
    await world.server.addGroupMembers('club', 'alice', ['carol']);
    const owner = alice.store.use(groupInfoFeature);
    const watcher = bob.store.use(groupInfoFeature);
    await owner.open('club');
    await watcher.open('club');
    await waitFor(() => owner.state.get().members.some((m) => m.userID === 'carol'), 'carol listed');

    const making = owner.actOnMember('carol', { action: 'makeAdmin' });
    assert.deepEqual(owner.state.get().memberAction?.status, 'working');
    await making;
    assert.equal(owner.state.get().memberAction, null);
    assert.deepEqual(
      groupInfoMembers(owner.state.get()).map((m) => [m.userID, m.role]),
      [
        ['alice', 'Owner'],
        ['carol', 'Admin'],
        ['bob', 'Member'],
      ],
      'the new admin sorts up',
    );
    await waitFor(() => watcher.state.get().members.find((m) => m.userID === 'carol')?.role === 'Admin', 'bob sees carol made admin');

    await owner.actOnMember('bob', { action: 'mute', seconds: 600 });
    const now = owner.nowSeconds();
    const muted = owner.state.get().members.find((m) => m.userID === 'bob')!;
    assert.ok(muted.muteUntil > now && muted.muteUntil <= now + 600, 'bob muted for ten minutes');
    await waitFor(() => (watcher.state.get().members.find((m) => m.userID === 'bob')?.muteUntil ?? 0) > now, 'bob sees himself muted');
    await owner.actOnMember('bob', { action: 'mute', seconds: 0 });
    await waitFor(() => watcher.state.get().members.find((m) => m.userID === 'bob')?.muteUntil === 0, 'the mute lifted');

    const carolPanel = carol.store.use(groupInfoFeature);
    await carolPanel.open('club');
    await owner.actOnMember('carol', { action: 'remove' });
    assert.equal(
      owner.state.get().members.some((m) => m.userID === 'carol'),
      false,
      'gone at once',
    );
    await waitFor(() => !watcher.state.get().members.some((m) => m.userID === 'carol'), 'gone from bob’s list');
    await waitFor(() => carolPanel.state.get().profile?.selfRole === undefined, 'carol is no longer a member');
    assert.equal(
      carolPanel.state.get().members.some((m) => m.userID === 'carol'),
      false,
      'carol gone from her own list',
    );
  });

  test('the owner hands the group over: their own role and rights follow at once', async () => {
    const alice = await world.client('alice');
    const owner = alice.store.use(groupInfoFeature);
    await owner.open('club');
    await owner.actOnMember('bob', { action: 'transferOwner' });
    assert.equal(owner.state.get().profile?.selfRole, 'Member');
    assert.deepEqual(
      groupInfoMembers(owner.state.get()).map((m) => [m.userID, m.role]),
      [
        ['bob', 'Owner'],
        ['alice', 'Member'],
      ],
    );
    assert.equal(owner.permissions.dismiss, false);
    assert.equal(Object.values(owner.memberActions(owner.state.get().members.find((m) => m.userID === 'bob')!)).some(Boolean), false);
  });

  test('a refused action says why and keeps the list; dismissing the error forgets it', async () => {
    const alice = await world.client('alice');
    const owner = alice.store.use(groupInfoFeature);
    await owner.open('club');
    alice.service.setOffline(true);
    await assert.rejects(owner.actOnMember('bob', { action: 'remove' }));
    const failed = owner.state.get().memberAction;
    assert.equal(failed?.status, 'failed');
    assert.equal(failed?.userID, 'bob');
    assert.equal(failed?.error?.code, CHAT_ERROR.offline);
    assert.equal(
      owner.state.get().members.some((m) => m.userID === 'bob'),
      true,
      'nothing lost',
    );
    owner.dismissMemberError();
    assert.equal(owner.state.get().memberAction, null);
  });

  test('in a Work group the owner only removes and hands over (no admins, no muting)', async () => {
    const alice = await world.client('alice');
    const owner = alice.store.use(groupInfoFeature);
    await owner.open('team');
    const bob = owner.state.get().members.find((m) => m.userID === 'bob')!;
    assert.deepEqual(owner.memberActions(bob), { remove: true, makeAdmin: false, removeAdmin: false, mute: false, transferOwner: true });
  });

  test('pages members and a search pages on until it finds them', async () => {
    const many = Array.from({ length: GROUP_MEMBER_PAGE + 20 }, (_, i) => `user${String(i).padStart(3, '0')}`);
    for (const userID of many) await world.server.createUser({ userID, nick: `Person ${userID}` });
    await world.server.createGroup({ groupID: 'big', name: 'Big', ownerID: 'alice', memberIDs: many, type: 'Work' });
    const alice = await world.client('alice');
    const panel = alice.store.use(groupInfoFeature);
    await panel.open('big');
    assert.equal(panel.state.get().members.length, GROUP_MEMBER_PAGE);
    assert.equal(panel.state.get().membersComplete, false);
    const last = many[many.length - 1]!;
    await panel.search(last);
    assert.deepEqual(
      groupInfoMembers(panel.state.get()).map((m) => m.userID),
      [last],
    );
    assert.equal(panel.state.get().membersComplete, true);
    panel.close();
    assert.equal(panel.state.get().groupID, '');
  });
});
