import type { Conversation } from '../model/conversation.js';
import { compareMessages, type Message } from '../model/message.js';
import type { GroupProfile, UserProfile } from '../model/profile.js';
import type { ChatState, MessageListState } from './chat-store-api.js';
import { sortConversations, totalUnreadOf } from './conversation-merge.js';
import { mergeMessageCopies, type MessageSource } from './message-merge.js';
import type { MessageListStore } from './message-list-store.js';
import type { StateStore } from './state-store.js';
import { ownValue, setOwn } from '../util/own-value.js';

/** What the change set needs from the store. */
export interface StoreChangesHost {
  readonly state: StateStore<ChatState>;
  /** The list of a conversation, made when missing. */
  list(conversationID: string): MessageListStore;
  /** The list of a conversation when there is one. */
  findList(conversationID: string): MessageListStore | undefined;
}

type ListPatch = Partial<Omit<MessageListState, 'messages' | 'conversationID'>>;

interface ListChanges {
  readonly list: MessageListStore;
  readonly upserts: Map<string, Message>;
  readonly removals: Set<string>;
  patch: ListPatch;
}

export interface UpsertOptions {
  /** Write it to the cache. */
  persist: boolean;
  /**
   * Only put it in the list when the list reaches back that far (an update of an old message that
   * is not loaded must not appear out of context); it is still written to the cache.
   */
  inRangeOnly?: boolean;
}

/** How a removed message leaves the cache. */
export type RemovalMode = 'delete' | 'tombstone' | 'none';

/**
 * Everything one batch changes: conversations, messages of any number of lists, profiles, and
 * what to write to the cache. Reads see the batch's own earlier writes. `apply()` updates each
 * touched store once, so a batch of any size makes one notification per subscriber.
 */
export class StoreChanges {
  private conversationMap: Map<string, Conversation> | null = null;
  private conversationsTouched = false;
  /** Conversations this batch changed or deleted. */
  readonly changedConversationIDs = new Set<string>();
  private readonly listChanges = new Map<string, ListChanges>();
  private users: Record<string, UserProfile> | null = null;
  private groups: Record<string, GroupProfile> | null = null;
  private typing: Record<string, Readonly<Record<string, number>>> | null = null;
  private statePatch: Partial<ChatState> = {};

  // Cache work, written after `apply()`.
  readonly cachePut = new Map<string, Message>();
  readonly cacheDelete = new Set<string>();
  readonly cacheConversations = new Map<string, Conversation>();
  readonly cacheDeletedConversations = new Set<string>();
  readonly cacheUsers = new Map<string, UserProfile>();
  readonly cacheGroups = new Map<string, GroupProfile>();

  constructor(private readonly host: StoreChangesHost) {}

  // Conversations

  private conversationsByID(): Map<string, Conversation> {
    if (!this.conversationMap) {
      this.conversationMap = new Map(this.host.state.get().conversations.map((c) => [c.conversationID, c]));
    }
    return this.conversationMap;
  }

  conversation(conversationID: string): Conversation | undefined {
    return this.conversationsByID().get(conversationID);
  }

  conversations(): Iterable<Conversation> {
    return this.conversationsByID().values();
  }

  putConversation(conversation: Conversation, persist: boolean): void {
    const map = this.conversationsByID();
    if (map.get(conversation.conversationID) !== conversation) {
      map.set(conversation.conversationID, conversation);
      this.conversationsTouched = true;
      this.changedConversationIDs.add(conversation.conversationID);
    }
    if (persist) {
      this.cacheConversations.set(conversation.conversationID, conversation);
      this.cacheDeletedConversations.delete(conversation.conversationID);
    }
  }

  deleteConversation(conversationID: string, persist: boolean): void {
    if (this.conversationsByID().delete(conversationID)) {
      this.conversationsTouched = true;
      this.changedConversationIDs.add(conversationID);
    }
    if (persist) {
      this.cacheConversations.delete(conversationID);
      this.cacheDeletedConversations.add(conversationID);
    }
  }

  // Messages

  private changesOf(list: MessageListStore): ListChanges {
    let changes = this.listChanges.get(list.conversationID);
    if (!changes) {
      changes = { list, upserts: new Map(), removals: new Set(), patch: {} };
      this.listChanges.set(list.conversationID, changes);
    }
    return changes;
  }

  /** The message as this batch sees it: its own change first, then the list. */
  message(conversationID: string, messageID: string): Message | undefined {
    const changes = this.listChanges.get(conversationID);
    if (changes) {
      if (changes.removals.has(messageID)) return undefined;
      const pending = changes.upserts.get(messageID);
      if (pending) return pending;
    }
    return this.host.findList(conversationID)?.get(messageID);
  }

  /** Merge a copy of a message with the one we hold; returns the merged message. */
  upsertMessage(message: Message, source: MessageSource, options: UpsertOptions): Message {
    const existing = this.message(message.conversationID, message.ID);
    const merged = mergeMessageCopies(existing, message, source);
    let list = this.host.findList(message.conversationID);
    if (!existing && options.inRangeOnly) {
      const oldest = list?.oldest();
      const inRange = !!list && (!oldest || list.state.get().isCompleted || compareMessages(merged, oldest) >= 0);
      if (!inRange) list = undefined;
    } else if (!list) {
      list = this.host.list(message.conversationID);
    }
    if (list) {
      const changes = this.changesOf(list);
      changes.removals.delete(merged.ID);
      if (merged !== existing || changes.upserts.has(merged.ID)) changes.upserts.set(merged.ID, merged);
    }
    if (options.persist && (merged !== existing || !list)) {
      this.cachePut.set(merged.ID, merged);
      this.cacheDelete.delete(merged.ID);
    }
    return merged;
  }

  /** The messages this batch puts into lists (new or changed). */
  *upsertedMessages(): Iterable<Message> {
    for (const changes of this.listChanges.values()) yield* changes.upserts.values();
  }

  /** Take a message out of its list; `tombstone` keeps a hidden copy in the cache so a server copy stays hidden. */
  removeMessage(message: Message, mode: RemovalMode): void {
    const current = this.message(message.conversationID, message.ID) ?? message;
    const list = this.host.findList(message.conversationID);
    if (list) {
      const changes = this.changesOf(list);
      changes.upserts.delete(message.ID);
      changes.removals.add(message.ID);
    }
    if (mode === 'delete') {
      this.cachePut.delete(message.ID);
      this.cacheDelete.add(message.ID);
    } else if (mode === 'tombstone') {
      this.cacheDelete.delete(message.ID);
      this.cachePut.set(message.ID, { ...current, isDeleted: true });
    }
  }

  patchList(conversationID: string, patch: ListPatch): void {
    const changes = this.changesOf(this.host.list(conversationID));
    changes.patch = { ...changes.patch, ...patch };
  }

  /** The list's messages as they will be after this batch, oldest first (sorted only when the batch added some). */
  listMessages(conversationID: string): readonly Message[] {
    const list = this.host.findList(conversationID);
    const changes = this.listChanges.get(conversationID);
    const base = list?.messages ?? [];
    if (!changes || (changes.upserts.size === 0 && changes.removals.size === 0)) return base;
    const byID = new Map(base.map((m) => [m.ID, m]));
    for (const id of changes.removals) byID.delete(id);
    for (const [id, m] of changes.upserts) byID.set(id, m);
    return [...byID.values()].sort(compareMessages);
  }

  // Profiles and other state

  putUser(incoming: UserProfile, persist: boolean): void {
    const current = this.users ?? this.host.state.get().users;
    const old = ownValue(current, incoming.userID);
    // A remark is this user's own data: a copy that does not carry one leaves it as it was.
    const user = incoming.remark === undefined && old?.remark !== undefined ? { ...incoming, remark: old.remark } : incoming;
    if (
      old &&
      old.nick === user.nick &&
      old.avatar === user.avatar &&
      old.selfSignature === user.selfSignature &&
      old.remark === user.remark
    )
      return;
    if (!this.users) this.users = { ...current };
    setOwn(this.users, user.userID, user);
    if (persist) this.cacheUsers.set(user.userID, user);
  }

  /** A group as this batch leaves it (its profile, else the one in its conversation). */
  group(groupID: string): GroupProfile | undefined {
    return (
      ownValue(this.groups ?? this.host.state.get().groups, groupID) ?? this.conversation(`GROUP${groupID}`)?.groupProfile ?? undefined
    );
  }

  /** A user as this batch sees them. */
  knownUser(userID: string): UserProfile | undefined {
    return ownValue(this.users ?? this.host.state.get().users, userID);
  }

  putGroup(incoming: GroupProfile, persist: boolean): void {
    const current = this.groups ?? this.host.state.get().groups;
    const old = ownValue(current, incoming.groupID);
    // A dismissed group stays dismissed: a later copy of its profile (a list, a cache) may not say so.
    const group = old?.isDismissed && !incoming.isDismissed ? { ...incoming, isDismissed: true } : incoming;
    if (old && sameFlat(old, group)) return;
    if (!this.groups) this.groups = { ...current };
    setOwn(this.groups, group.groupID, group);
    if (persist) this.cacheGroups.set(group.groupID, group);
  }

  /** Show `userID` typing in a conversation until `until` (epoch ms), or no longer (null). */
  setTyping(conversationID: string, userID: string, until: number | null): void {
    const current = this.typing ?? this.host.state.get().typing;
    const users = ownValue(current, conversationID) ?? {};
    if (until === null ? !Object.hasOwn(users, userID) : ownValue(users, userID) === until) return;
    if (!this.typing) this.typing = { ...current };
    const next = { ...users };
    if (until === null) delete next[userID];
    else setOwn(next, userID, until);
    if (Object.keys(next).length) setOwn(this.typing, conversationID, Object.freeze(next));
    else delete this.typing[conversationID];
  }

  typingOf(conversationID: string, userID: string): number | undefined {
    const users = ownValue(this.typing ?? this.host.state.get().typing, conversationID);
    return users && ownValue(users, userID);
  }

  patchState(patch: Partial<Omit<ChatState, 'conversations' | 'totalUnread' | 'users' | 'groups' | 'typing'>>): void {
    this.statePatch = { ...this.statePatch, ...patch };
  }

  /** Lists touched by this batch. */
  touchedConversationIDs(): string[] {
    return [...this.listChanges.keys()];
  }

  /** Update every touched store once. */
  apply(): void {
    const { state } = this.host;
    state.batch(() => {
      for (const changes of this.listChanges.values()) {
        changes.list.apply(changes.upserts.values(), changes.removals, changes.patch);
      }
      const patch: { -readonly [K in keyof ChatState]?: ChatState[K] } = { ...this.statePatch };
      if (this.conversationsTouched && this.conversationMap) {
        const conversations = this.conversationMap.values();
        patch.conversations = sortConversations(conversations);
        patch.totalUnread = totalUnreadOf(patch.conversations);
      }
      if (this.users) patch.users = Object.freeze(this.users);
      if (this.groups) patch.groups = Object.freeze(this.groups);
      if (this.typing) patch.typing = Object.freeze(this.typing);
      if (Object.keys(patch).length) state.set(patch);
    });
  }
}

function sameFlat(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
