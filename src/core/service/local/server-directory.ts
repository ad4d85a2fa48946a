import type { FoundGroup, JoinGroupResult } from '../chat-service.js';
import type { UserProfile } from '../../model/profile.js';
import type { OpContext } from './server-context.js';
import { requestJoin } from './server-groups.js';
import { userProfileOf, type ServerViews } from './server-views.js';

/** At most this many people and groups a search answers (as Tencent's cloud search pages). */
const FOUND_MAX = 20;

/** A name holds the keyword (case folded), or the ID is the keyword itself. */
function matches(keyword: string, id: string, name: string): boolean {
  const folded = keyword.toLocaleLowerCase();
  return id === keyword || (folded !== '' && name.toLocaleLowerCase().includes(folded));
}

/** The embedded server's `findUsers`: by exact ID or a part of the nick, the caller left out. */
export async function findUsers(ctx: OpContext, callerID: string, keyword: string): Promise<UserProfile[]> {
  const wanted = keyword.trim();
  if (!wanted) return [];
  return (await ctx.tx.listUsers())
    .filter((u) => u.userID !== callerID && matches(wanted, u.userID, u.nick))
    .slice(0, FOUND_MAX)
    .map((u) => userProfileOf(u, u.userID));
}

/**
 * The embedded server's `findGroups`: by exact ID or a part of the name, as Tencent's search
 * does: work groups (which nobody asks to join) only for their members, dismissed groups never.
 */
export async function findGroups(ctx: OpContext, views: ServerViews, callerID: string, keyword: string): Promise<FoundGroup[]> {
  const wanted = keyword.trim();
  if (!wanted) return [];
  const found: FoundGroup[] = [];
  for (const group of await ctx.tx.listGroups()) {
    if (found.length === FOUND_MAX) break;
    if (group.dismissed || !matches(wanted, group.groupID, group.name)) continue;
    const isMember = !!(await ctx.tx.getMember(group.groupID, callerID));
    if (group.type === 'Work' && !isMember) continue;
    found.push({ group: await views.groupProfile(group), isMember });
  }
  return found;
}

/** The embedded server's `joinGroup`: at once, as a request for an admin, or already in. */
export async function joinGroup(ctx: OpContext, callerID: string, groupID: string, note: string): Promise<JoinGroupResult> {
  if (await ctx.tx.getMember(groupID, callerID)) return 'alreadyMember';
  return requestJoin(ctx, groupID, callerID, note);
}
