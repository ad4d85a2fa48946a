import { GROUP_SYSTEM_NOTICE_OPERATION as OP, type GroupSystemNoticeElem } from './elements.js';
import type { Message } from './message.js';

/**
 * A join request or an invitation waiting for an answer: an item of TIM's
 * `getGroupApplicationList` (`applicationType` 0 is a join request, 2 an invitation).
 */
export interface GroupApplication {
  /** 'join': `userID` asked to join (an owner or admin answers); 'invite': `inviterID` invited `userID`, who answers. */
  readonly kind: 'join' | 'invite';
  readonly groupID: string;
  readonly groupName: string;
  /** Who would join: the applicant, or the invitee. */
  readonly userID: string;
  /** Who invited ('' for a join request). */
  readonly inviterID: string;
  /** The applicant's or inviter's note ('' when none). */
  readonly note: string;
}

/** The application a notice is about, and the notice. */
export type NoticeApplication = Pick<GroupApplication, 'kind' | 'groupID' | 'userID'> & { readonly notice: GroupSystemNoticeElem };

/** Which application a system notice asks the reader to answer (operationType 1 or 12), or null. */
export function applicationOfNotice(message: Message | undefined, selfID: string): NoticeApplication | null {
  const notice = message?.elements?.[0];
  if (!notice || notice.type !== 'TIMGroupSystemNoticeElem' || !notice.groupID) return null;
  if (notice.operationType === OP.joinRequest && notice.operatorID)
    return { kind: 'join', groupID: notice.groupID, userID: notice.operatorID, notice };
  if (notice.operationType === OP.inviteRequest && selfID) return { kind: 'invite', groupID: notice.groupID, userID: selfID, notice };
  return null;
}
