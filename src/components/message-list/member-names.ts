import { createNameLookup, type NameLookup } from '../../core/notices/index.js';
import type { ChatState, ChatStoreApi } from '../../core/store/index.js';

/**
 * How the list names people (senders, group tips): by the group's name cards, else nicknames. The
 * lookup is rebuilt only when the users or the group's members change; the members of a group are
 * asked for once, when it opens.
 */
export class MemberNames {
  lookup: NameLookup = () => undefined;
  private users?: unknown;
  private members?: unknown;
  private askedFor = '';

  /** Rebuild the lookup when the people it reads have changed. */
  update(chat: Pick<ChatState, 'users' | 'groupMembers'> | undefined, groupID: string): void {
    const users = chat?.users;
    const members = groupID ? chat?.groupMembers[groupID] : undefined;
    if (users === this.users && members === this.members) return;
    this.users = users;
    this.members = members;
    this.lookup = createNameLookup({ users, members });
  }

  /** Ask the store for the group's members once (again after a failure). */
  ensureLoaded(store: ChatStoreApi | undefined, groupID: string, loaded: boolean): void {
    if (!groupID || !store || loaded || this.askedFor === groupID) return;
    this.askedFor = groupID;
    store.loadGroupMembers(groupID).catch(() => {
      this.askedFor = '';
    });
  }
}
