/**
 * Friends as the SDK's friend list last had them. FRIEND_LIST_UPDATED always carries the whole
 * list; this turns it into changes: a friend whose remark (or nick, avatar) is new or changed, and
 * a remark of '' for a friend who is gone.
 */
import type { UserProfileUpdate } from '../chat-service.js';

export class FriendRemarks {
  private friends = new Map<string, UserProfileUpdate>();

  changes(friends: ReadonlyMap<string, UserProfileUpdate>): UserProfileUpdate[] {
    const out: UserProfileUpdate[] = [];
    for (const [userID, friend] of friends) {
      const old = this.friends.get(userID);
      if (!old || old.remark !== friend.remark || old.nick !== friend.nick || old.avatar !== friend.avatar) out.push(friend);
    }
    for (const [userID, old] of this.friends) {
      if (!friends.has(userID) && old.remark) out.push(Object.freeze({ userID, remark: '' }));
    }
    this.friends = new Map(friends);
    return out;
  }

  clear(): void {
    this.friends.clear();
  }
}
