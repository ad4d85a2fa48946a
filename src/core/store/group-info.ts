import { CHAT_ERROR, ChatError, toChatError, unsupportedFeature } from '../errors.js';
import {
  GROUP_ROLE_RANK,
  mayDismissGroup,
  mayEditGroupProfile,
  mayQuitGroup,
  memberActionsOf,
  NO_MEMBER_ACTIONS,
  type GroupMemberAction,
  type GroupMemberActions,
  type GroupProfileField,
} from '../model/group-rules.js';
import { GROUP_TIP_OPERATION, type GroupTipElem } from '../model/elements.js';
import { groupConversationID } from '../model/ids.js';
import type { GroupMember, GroupProfile } from '../model/profile.js';
import type { ChatService } from '../service/chat-service.js';
import type { ChatState } from './chat-store-api.js';
import { StateStore } from './state-store.js';
import type { OnServiceEvent, StoreExtension, StoreFeature } from './store-extension.js';
import type { SessionView } from './store-session.js';

/** Members asked for a page (TUIKit pages its member list; the SDK gives at most 100 a call). */
export const GROUP_MEMBER_PAGE = 50;
/** How many members a search pages in at most before it filters what it has (a 6,000-member group stays usable). */
const GROUP_MEMBER_SEARCH_MAX = 2000;

/** What the panel edits: the group's profile fields, and one's own name in the group. */
export type GroupInfoField = GroupProfileField | 'nameCard';

/** One edit on its way or refused: the value asked for, and why it failed. */
export interface GroupInfoSave {
  readonly status: 'saving' | 'failed';
  readonly value: string;
  readonly error: ChatError | null;
}

export interface GroupInfoState {
  /** The group shown ('' when closed). */
  readonly groupID: string;
  /** Its profile as last known (the conversation's first, then the backend's). */
  readonly profile: GroupProfile | null;
  readonly profileError: ChatError | null;
  /** Members loaded so far, in the backend's order. */
  readonly members: readonly GroupMember[];
  readonly membersCursor: string;
  readonly membersComplete: boolean;
  readonly membersLoading: boolean;
  readonly membersError: ChatError | null;
  /** The member search (as typed). */
  readonly query: string;
  readonly saves: Readonly<Partial<Record<GroupInfoField, GroupInfoSave>>>;
  /** An action on a member from the list (remove, admin, mute, hand over): under way or refused, and on whom. */
  readonly memberAction: GroupMemberActionState | null;
  /** Leaving or dismissing: under way, refused, or done (the panel closes). */
  readonly leaving: {
    readonly action: 'quit' | 'dismiss';
    readonly status: 'working' | 'failed' | 'done';
    readonly error: ChatError | null;
  } | null;
}

/** What one asks of a member: an action of `memberActionsOf`, with the seconds of a mute (0 lifts it). */
export type GroupMemberRequest =
  { readonly action: Exclude<GroupMemberAction, 'mute'> } | { readonly action: 'mute'; readonly seconds: number };

export interface GroupMemberActionState {
  readonly userID: string;
  readonly request: GroupMemberRequest;
  readonly status: 'working' | 'failed';
  readonly error: ChatError | null;
}

const EMPTY: GroupInfoState = Object.freeze({
  groupID: '',
  profile: null,
  profileError: null,
  members: [],
  membersCursor: '',
  membersComplete: false,
  membersLoading: false,
  membersError: null,
  query: '',
  saves: {},
  memberAction: null,
  leaving: null,
});

/** What the signed-in user may do in the group, by its type and their role (model/group-rules.ts). */
export interface GroupInfoPermissions {
  readonly editProfile: boolean;
  readonly editNameCard: boolean;
  readonly quit: boolean;
  readonly dismiss: boolean;
}

const NONE: GroupInfoPermissions = Object.freeze({ editProfile: false, editNameCard: false, quit: false, dismiss: false });

/**
 * What the reader may do: nothing in a dismissed group or one they are not in, nothing a backend
 * without `groupManagement` can do; else TIM's rules for the group's type and their role.
 */
export function groupInfoPermissions(profile: GroupProfile | null, managed: boolean): GroupInfoPermissions {
  const role = profile?.selfRole;
  if (!profile || !managed || !role || profile.isDismissed) return NONE;
  return {
    editProfile: mayEditGroupProfile(profile.type, role),
    editNameCard: true,
    quit: mayQuitGroup(profile.type, role),
    dismiss: mayDismissGroup(profile.type, role),
  };
}

/**
 * The members to list: those matching the search (name card, nick or ID, ignoring case), the owner
 * first, then admins, then members, each group in the backend's order.
 */
export function groupInfoMembers(state: Pick<GroupInfoState, 'members' | 'query'>): GroupMember[] {
  const query = state.query.trim().toLocaleLowerCase();
  const found = query
    ? state.members.filter((m) => [m.nameCard, m.nick, m.userID].some((text) => text.toLocaleLowerCase().includes(query)))
    : [...state.members];
  return found
    .map((member, index) => ({ member, index }))
    .sort((a, b) => GROUP_ROLE_RANK[a.member.role] - GROUP_ROLE_RANK[b.member.role] || a.index - b.index)
    .map((entry) => entry.member);
}

export interface GroupInfoDeps {
  readonly service: ChatService;
  readonly session: SessionView;
  readonly state: StateStore<ChatState>;
  /** The server-calibrated time (seconds) in a conversation: when a mute ends. */
  stampSeconds?(conversationID: string): number;
}

/** The member calls a backend needs for `features.groupMemberManagement`. */
const MEMBER_CALLS: Record<GroupMemberAction, keyof ChatService> = {
  remove: 'removeGroupMembers',
  makeAdmin: 'setGroupMemberRole',
  removeAdmin: 'setGroupMemberRole',
  mute: 'setGroupMemberMuteTime',
  transferOwner: 'changeGroupOwner',
};

/** Group tips that change who is in the list or how they show (join, quit, removed, admins, owner, mutes). */
const MEMBER_TIPS: ReadonlySet<number> = new Set([
  GROUP_TIP_OPERATION.join,
  GROUP_TIP_OPERATION.quit,
  GROUP_TIP_OPERATION.kickedOut,
  GROUP_TIP_OPERATION.setAdmin,
  GROUP_TIP_OPERATION.cancelAdmin,
  GROUP_TIP_OPERATION.groupProfileUpdated,
  GROUP_TIP_OPERATION.memberProfileUpdated,
]);

/**
 * The group info panel's state (TUIKit's group profile page): the group's profile, its members a
 * page at a time (searchable), what the reader may change (`groupInfoPermissions`), edits on their
 * way and why one failed, and leaving or dismissing. The backend's tips and `groupUpdated` keep an
 * open panel current: a member who leaves in another tab is gone from the list here.
 */
export class GroupInfo implements StoreExtension {
  readonly state = new StateStore<GroupInfoState>(EMPTY);
  /** Bumped by open and close: answers for an earlier panel are dropped. */
  private generation = 0;
  /** Bumped by every member load: a reload (the group changed) drops a page still on its way. */
  private membersGeneration = 0;

  constructor(private readonly deps: GroupInfoDeps) {}

  /** The backend has the panel's calls (`features.groupManagement`); without them it is read-only. */
  get supported(): boolean {
    const { service } = this.deps;
    return !!(service.features?.groupManagement && service.getGroupMemberPage && service.updateGroupProfile);
  }

  /** What the reader may do in the open group now. */
  get permissions(): GroupInfoPermissions {
    return groupInfoPermissions(this.state.get().profile, this.supported);
  }

  /** The backend has the member list's actions (`features.groupMemberManagement`). */
  get membersManaged(): boolean {
    const { service } = this.deps;
    return !!service.features?.groupMemberManagement && Object.values(MEMBER_CALLS).every((call) => typeof service[call] === 'function');
  }

  /**
   * What the reader may do to a member (`memberActionsOf`: the group's type, both roles, never
   * oneself); nothing in a dismissed group, one they are not in, or on a backend without the calls.
   */
  memberActions(member: Pick<GroupMember, 'userID' | 'role'>): GroupMemberActions {
    const profile = this.state.get().profile;
    if (!profile || profile.isDismissed || !this.membersManaged) return NO_MEMBER_ACTIONS;
    return memberActionsOf(profile.type, profile.selfRole, member.role, member.userID === this.deps.session.userID);
  }

  /** The time now (server seconds), to tell whether a member's mute still runs. */
  nowSeconds(): number {
    const { groupID } = this.state.get();
    return this.deps.stampSeconds && groupID ? this.deps.stampSeconds(groupConversationID(groupID)) : Math.floor(Date.now() / 1000);
  }

  /**
   * Act on a member from the list: remove them, make or unmake them an admin, hand them the group,
   * mute them for `seconds` (0 lifts it). The list shows the change at once, then the backend's
   * truth; a refusal (no permission, offline) stays in `memberAction` until dismissed, and rejects.
   */
  async actOnMember(userID: string, request: GroupMemberRequest): Promise<void> {
    const current = this.state.get();
    const { service } = this.deps;
    const member = current.members.find((m) => m.userID === userID);
    if (!current.groupID || !member) return;
    if (!this.memberActions(member)[request.action])
      throw new ChatError(CHAT_ERROR.notGroupMember, 'Your role in this group cannot do this to this member.');
    const { groupID } = current;
    const generation = this.generation;
    this.state.set({ memberAction: Object.freeze({ userID, request, status: 'working', error: null }) });
    try {
      switch (request.action) {
        case 'remove':
          await service.removeGroupMembers!(groupID, [userID]);
          break;
        case 'makeAdmin':
        case 'removeAdmin':
          await service.setGroupMemberRole!(groupID, userID, request.action === 'makeAdmin' ? 'Admin' : 'Member');
          break;
        case 'transferOwner':
          await service.changeGroupOwner!(groupID, userID);
          break;
        case 'mute':
          await service.setGroupMemberMuteTime!(groupID, userID, Math.max(0, Math.floor(request.seconds)));
          break;
      }
    } catch (error) {
      const chatError = toChatError(error);
      if (generation === this.generation)
        this.state.set({ memberAction: Object.freeze({ userID, request, status: 'failed', error: chatError }) });
      throw chatError;
    }
    if (generation !== this.generation) return;
    this.state.set((s) => ({ memberAction: null, ...this.afterAction(s, userID, request) }));
    void this.reloadMembers();
  }

  /** Forget a refused member action. */
  dismissMemberError(): void {
    if (this.state.get().memberAction?.status === 'failed') this.state.set({ memberAction: null });
  }

  /** The list and profile as an action leaves them, before the backend's list comes back. */
  private afterAction(s: GroupInfoState, userID: string, request: GroupMemberRequest): Partial<GroupInfoState> {
    const self = this.deps.session.userID;
    const withRoles = (role: (m: GroupMember) => GroupMember) => Object.freeze(s.members.map(role));
    switch (request.action) {
      case 'remove':
        return {
          members: Object.freeze(s.members.filter((m) => m.userID !== userID)),
          profile: s.profile ? { ...s.profile, memberCount: Math.max(0, s.profile.memberCount - 1) } : null,
        };
      case 'makeAdmin':
      case 'removeAdmin': {
        const role = request.action === 'makeAdmin' ? 'Admin' : 'Member';
        return { members: withRoles((m) => (m.userID === userID ? { ...m, role } : m)) };
      }
      case 'transferOwner':
        return {
          members: withRoles((m) => (m.userID === userID ? { ...m, role: 'Owner' } : m.userID === self ? { ...m, role: 'Member' } : m)),
          profile: s.profile ? { ...s.profile, ownerID: userID, selfRole: 'Member' } : null,
        };
      case 'mute': {
        const until = request.seconds > 0 ? this.nowSeconds() + Math.floor(request.seconds) : 0;
        return { members: withRoles((m) => (m.userID === userID ? { ...m, muteUntil: until } : m)) };
      }
    }
  }

  /** Show a group: its known profile at once, then the backend's, and the first page of members. */
  async open(groupID: string): Promise<void> {
    const id = String(groupID ?? '');
    const generation = ++this.generation;
    this.membersGeneration++;
    const known = this.deps.state.get().groups[id] ?? null;
    this.state.set({ ...EMPTY, groupID: id, profile: known });
    await Promise.all([this.refreshProfile(generation), this.loadMore()]);
  }

  /** The panel closed: nothing kept. */
  close(): void {
    this.generation++;
    this.membersGeneration++;
    this.state.set(EMPTY);
  }

  /** Signed out. */
  reset(): void {
    this.close();
  }

  subscribe(on: OnServiceEvent): void {
    on('groupUpdated', ({ group }) => {
      const current = this.state.get();
      if (!current.groupID || group?.groupID !== current.groupID) return;
      // Removed (or left elsewhere): the list, which one may no longer load, loses oneself at least.
      const self = this.deps.session.userID;
      this.state.set((s) =>
        group.selfRole || !s.members.some((m) => m.userID === self)
          ? { profile: group }
          : { profile: group, members: Object.freeze(s.members.filter((m) => m.userID !== self)) },
      );
      void this.reloadMembers();
    });
    // A backend may not tell `groupUpdated` for a change to someone else (Tencent: another's role or
    // mute): the group's tips say the list changed.
    on('messageReceived', ({ messages }) => {
      const { groupID } = this.state.get();
      if (!groupID) return;
      const conversationID = groupConversationID(groupID);
      const changed = messages.some(
        (m) =>
          m.conversationID === conversationID &&
          m.elements.some((e) => e.type === 'TIMGroupTipElem' && MEMBER_TIPS.has((e as GroupTipElem).operationType)),
      );
      if (changed) void this.reloadMembers();
    });
  }

  /** The next page of members (nothing when all are in, or a page is on its way). */
  async loadMore(): Promise<void> {
    const current = this.state.get();
    if (!current.groupID || current.membersComplete || current.membersLoading) return;
    const generation = ++this.membersGeneration;
    const { service } = this.deps;
    this.state.set({ membersLoading: true, membersError: null });
    try {
      if (service.getGroupMemberPage && service.features?.groupManagement) {
        const page = await service.getGroupMemberPage(current.groupID, { cursor: current.membersCursor, count: GROUP_MEMBER_PAGE });
        if (generation !== this.membersGeneration) return;
        const known = new Set(this.state.get().members.map((m) => m.userID));
        this.state.set((s) => ({
          members: Object.freeze([...s.members, ...page.members.filter((m) => !known.has(m.userID))]),
          membersCursor: page.nextCursor,
          membersComplete: page.isCompleted,
          membersLoading: false,
        }));
      } else {
        // A backend without pages gives them all at once.
        const members = await service.getGroupMembers(current.groupID);
        if (generation !== this.membersGeneration) return;
        this.state.set({ members: Object.freeze([...members]), membersComplete: true, membersLoading: false });
      }
    } catch (error) {
      if (generation === this.membersGeneration) this.state.set({ membersLoading: false, membersError: toChatError(error) });
    }
  }

  /**
   * Search the members by name card, nick or ID. The list filters what is loaded at once; pages go
   * on loading (up to `GROUP_MEMBER_SEARCH_MAX`) so that a large group's members are found too.
   */
  async search(query: string): Promise<void> {
    this.state.set({ query: String(query ?? '') });
    while (this.state.get().query.trim() && this.wantsMoreForSearch()) {
      const before = this.state.get().members.length;
      await this.loadMore();
      if (this.state.get().members.length === before) break;
    }
  }

  /**
   * Save a field: the group's name, avatar, notice or introduction (where the role allows), or
   * one's own name card. Rejects (and `saves[field]` says why) when the backend refuses.
   */
  async save(field: GroupInfoField, value: string): Promise<void> {
    const current = this.state.get();
    const { service } = this.deps;
    if (!current.groupID) return;
    const text = field === 'avatar' ? String(value ?? '').trim() : String(value ?? '');
    if (field === 'nameCard') {
      if (text === this.ownNameCard()) return this.clearSave(field);
      if (!service.setGroupNameCard) throw unsupportedFeature('group name cards', service.constructor?.name || 'This backend');
    } else {
      if (current.profile && current.profile[field] === text) return this.clearSave(field);
      if (!this.permissions.editProfile)
        throw new ChatError(CHAT_ERROR.notGroupMember, 'Your role in this group cannot change its profile.');
    }
    const generation = this.generation;
    this.putSave(field, { status: 'saving', value: text, error: null });
    try {
      if (field === 'nameCard') {
        await service.setGroupNameCard!(current.groupID, text);
        if (generation !== this.generation) return;
        const self = this.deps.session.userID;
        this.state.set((s) => ({ members: Object.freeze(s.members.map((m) => (m.userID === self ? { ...m, nameCard: text } : m))) }));
      } else {
        const group = await service.updateGroupProfile!(current.groupID, { [field]: text });
        if (generation !== this.generation) return;
        this.state.set({ profile: group });
      }
      this.clearSave(field);
    } catch (error) {
      const chatError = toChatError(error);
      if (generation === this.generation) this.putSave(field, { status: 'failed', value: text, error: chatError });
      throw chatError;
    }
  }

  /** Forget a failed edit (the field shows the saved value again). */
  dismissError(field: GroupInfoField): void {
    if (this.state.get().saves[field]?.status === 'failed') this.clearSave(field);
  }

  /** Leave the group (`quit`) or dismiss it (`dismiss`, the owner); `leaving.status` is 'done' after. */
  async leave(action: 'quit' | 'dismiss'): Promise<void> {
    const { groupID } = this.state.get();
    const { service } = this.deps;
    if (!groupID || !service[action === 'quit' ? 'quitGroup' : 'dismissGroup']) return;
    const allowed = action === 'quit' ? this.permissions.quit : this.permissions.dismiss;
    if (!allowed)
      throw new ChatError(CHAT_ERROR.notGroupMember, action === 'quit' ? 'You cannot leave this group.' : 'You cannot dismiss this group.');
    const generation = this.generation;
    this.state.set({ leaving: { action, status: 'working', error: null } });
    try {
      await (action === 'quit' ? service.quitGroup!(groupID) : service.dismissGroup!(groupID));
      if (generation === this.generation) this.state.set({ leaving: { action, status: 'done', error: null } });
    } catch (error) {
      const chatError = toChatError(error);
      if (generation === this.generation) this.state.set({ leaving: { action, status: 'failed', error: chatError } });
      throw chatError;
    }
  }

  /** The reader's own name card in the open group ('' when none or not loaded). */
  ownNameCard(): string {
    const self = this.deps.session.userID;
    return this.state.get().members.find((m) => m.userID === self)?.nameCard ?? '';
  }

  private wantsMoreForSearch(): boolean {
    const s = this.state.get();
    return !s.membersComplete && !s.membersError && s.members.length < GROUP_MEMBER_SEARCH_MAX;
  }

  private async refreshProfile(generation: number): Promise<void> {
    const { groupID } = this.state.get();
    try {
      const profile = await this.deps.service.getGroupProfile(groupID);
      if (generation === this.generation) this.state.set({ profile, profileError: null });
    } catch (error) {
      if (generation === this.generation) this.state.set({ profileError: toChatError(error) });
    }
  }

  /** The group changed: load again as many members as were shown (a member who left is gone). */
  private async reloadMembers(): Promise<void> {
    const s = this.state.get();
    const generation = ++this.membersGeneration;
    const { service } = this.deps;
    const wanted = Math.max(GROUP_MEMBER_PAGE, s.members.length);
    try {
      let members: GroupMember[] = [];
      let cursor = '';
      let complete = false;
      if (service.getGroupMemberPage && service.features?.groupManagement) {
        while (members.length < wanted) {
          const page = await service.getGroupMemberPage(s.groupID, { cursor, count: Math.min(100, wanted - members.length) });
          members = members.concat(page.members.filter((m) => !members.some((known) => known.userID === m.userID)));
          cursor = page.nextCursor;
          complete = page.isCompleted;
          if (complete || page.members.length === 0) break;
        }
      } else {
        members = await service.getGroupMembers(s.groupID);
        complete = true;
      }
      if (generation !== this.membersGeneration) return;
      this.state.set({
        members: Object.freeze(members),
        membersCursor: cursor,
        membersComplete: complete,
        membersError: null,
        membersLoading: false,
      });
    } catch {
      // Not a member any more (one left or the group is gone): the list stays as it was.
      if (generation === this.membersGeneration) this.state.set({ membersLoading: false });
    }
  }

  private putSave(field: GroupInfoField, save: GroupInfoSave): void {
    this.state.set((s) => ({ saves: Object.freeze({ ...s.saves, [field]: Object.freeze(save) }) }));
  }

  private clearSave(field: GroupInfoField): void {
    if (!(field in this.state.get().saves)) return;
    this.state.set((s) => {
      const saves = { ...s.saves };
      delete saves[field];
      return { saves: Object.freeze(saves) };
    });
  }
}

/** The group info panel's state for a store (installed by `<tim-chat>` when the panel first opens). */
export const groupInfoFeature: StoreFeature<GroupInfo> = {
  name: 'groupInfo',
  create: (internals) => new GroupInfo(internals),
};
