/**
 * Join requests and invitations over the Tencent Cloud Chat Web SDK (3.x). Shapes from the SDK's
 * documentation of `getGroupApplicationList` (`data.applicationList`: `{applicant, applicantNick,
 * groupID, groupName, applicationType, userID, note}`; type 0 is a join request, type 2 an
 * invitation whose invitee is `userID`) and `handleGroupApplication({handleAction: 'Agree' |
 * 'Reject', handleMessage, application})`, which takes a list item back as it came.
 */
import type { GroupApplication } from '../../model/group-application.js';
import { field, list, num, responseData, str } from './sdk-read.js';
import type { TencentChatSDK } from './sdk-types.js';

const JOIN_REQUEST = 0;
const INVITATION = 2;

export interface ApplicationCalls {
  readonly sdk: Pick<TencentChatSDK, 'getGroupApplicationList' | 'handleGroupApplication'>;
  /** The signed-in user. */
  selfID(): string;
  /** Run an SDK call; a failure becomes a ChatError. */
  call<T>(request: () => Promise<T>): Promise<T>;
}

const keyOf = (a: Pick<GroupApplication, 'kind' | 'groupID' | 'userID'>) => `${a.kind}\n${a.groupID}\n${a.userID}`;

/** One SDK list item in our model; null for what the kit does not answer (an invitation of someone else, awaiting an admin). */
function applicationFromSdk(item: unknown, selfID: string): GroupApplication | null {
  const groupID = str(field(item, 'groupID'));
  const type = num(field(item, 'applicationType'), -1);
  const applicant = str(field(item, 'applicant'));
  const common = { groupID, groupName: str(field(item, 'groupName')) || groupID, note: str(field(item, 'note')) };
  if (!groupID || !applicant) return null;
  if (type === JOIN_REQUEST) return { kind: 'join', userID: applicant, inviterID: '', ...common };
  if (type === INVITATION && str(field(item, 'userID')) === selfID)
    return { kind: 'invite', userID: selfID, inviterID: applicant, ...common };
  return null;
}

/**
 * The SDK's pending list, mapped; `raw` keeps each item as the SDK gave it (the SDK wants it back
 * in `handleGroupApplication`; we pass a copy and never touch the SDK's object).
 */
async function load(calls: ApplicationCalls): Promise<{ applications: GroupApplication[]; raw: Map<string, unknown> }> {
  const response = await calls.call(() => calls.sdk.getGroupApplicationList());
  const raw = new Map<string, unknown>();
  const applications: GroupApplication[] = [];
  for (const item of list(field(responseData(response), 'applicationList'))) {
    const application = applicationFromSdk(item, calls.selfID());
    if (!application || raw.has(keyOf(application))) continue;
    raw.set(keyOf(application), item);
    applications.push(Object.freeze(application));
  }
  return { applications, raw };
}

export async function getGroupApplications(calls: ApplicationCalls): Promise<GroupApplication[]> {
  return (await load(calls)).applications;
}

/** Answers from the SDK's current list item (a fresh one: the SDK refuses an answer to a handled application). */
export async function answerGroupApplication(
  calls: ApplicationCalls,
  application: GroupApplication,
  accept: boolean,
  note: string,
  notPending: () => Error,
): Promise<void> {
  const item = (await load(calls)).raw.get(keyOf(application));
  if (!item) throw notPending();
  const handled = { ...(item as object) };
  await calls.call(() =>
    calls.sdk.handleGroupApplication({ handleAction: accept ? 'Agree' : 'Reject', handleMessage: note, application: handled }),
  );
}
