import { CHAT_ERROR } from '../../errors.js';
import type { GroupApplication } from '../../model/group-application.js';
import { fail, type OpContext } from './server-context.js';
import { answerInvite, answerJoinRequest } from './server-groups.js';

/**
 * Join requests and invitations as the embedded server's `getGroupApplicationList`: the requests
 * to groups `userID` owns or administers, and the invitations to `userID`, still waiting.
 */
export async function listApplications(ctx: OpContext, userID: string): Promise<GroupApplication[]> {
  const [groups, users] = await Promise.all([ctx.tx.listGroups(), ctx.tx.listUsers()]);
  const applications: GroupApplication[] = [];
  for (const group of groups) {
    if (group.dismissed) continue;
    const invitation = await ctx.tx.getPendingJoin(group.groupID, userID);
    if (invitation?.kind === 'invite') {
      applications.push({
        kind: 'invite',
        groupID: group.groupID,
        groupName: group.name,
        userID,
        inviterID: invitation.inviterID,
        note: invitation.message,
      });
    }
    const role = (await ctx.tx.getMember(group.groupID, userID))?.role;
    if (role !== 'Owner' && role !== 'Admin') continue;
    for (const user of users) {
      const request = await ctx.tx.getPendingJoin(group.groupID, user.userID);
      if (request?.kind !== 'request') continue;
      applications.push({
        kind: 'join',
        groupID: group.groupID,
        groupName: group.name,
        userID: user.userID,
        inviterID: '',
        note: request.message,
      });
    }
  }
  return applications;
}

/** `userID` answers an application: a join request as an owner or admin, an invitation as the invitee. */
export async function answerApplication(
  ctx: OpContext,
  userID: string,
  application: GroupApplication,
  accept: boolean,
  note: string,
): Promise<void> {
  if (application?.kind === 'join') return answerJoinRequest(ctx, application.groupID, userID, application.userID, accept, note);
  if (application?.kind === 'invite' && application.userID === userID) return answerInvite(ctx, application.groupID, userID, accept, note);
  fail(CHAT_ERROR.invalidArgument, 'Only a join request or an invitation to oneself can be answered.');
}
