/**
 * Finding people and groups to start a chat with, over the Tencent Cloud Chat Web SDK (3.x).
 * Shapes from the SDK's documentation: `getUserProfile` → `data: Profile[]` (an unknown ID is left
 * out); `searchCloudUsers` / `searchCloudGroups` → `data.searchResultList` (the cloud search add-on;
 * without it they reject, and the search is by exact ID alone); `searchGroupByID` → `data.group`
 * (not for work groups); `joinGroup` → `data.status`: 'JoinedSuccess', 'WaitAdminApproval',
 * 'AlreadyInGroup' (`TYPES.JOIN_STATUS_*`).
 */
import type { FoundGroup, JoinGroupResult } from '../chat-service.js';
import type { GroupProfile, UserProfile } from '../../model/profile.js';
import { groupProfileFromSdk, userProfileFromSdk } from './map-conversation.js';
import { field, list, responseData, str } from './sdk-read.js';
import type { TencentChatSDK } from './sdk-types.js';

/** As many results as the embedded backend gives (the cloud search's default page). */
const FOUND_MAX = 20;

const JOIN_RESULTS: Readonly<Record<string, JoinGroupResult>> = {
  JoinedSuccess: 'joined',
  WaitAdminApproval: 'pending',
  AlreadyInGroup: 'alreadyMember',
};

export interface DirectoryCalls {
  readonly sdk: Pick<TencentChatSDK, 'getUserProfile' | 'searchCloudUsers' | 'searchGroupByID' | 'searchCloudGroups' | 'joinGroup'>;
  /** The signed-in user. */
  selfID(): string;
  /** The group as the adapter last saw it (its `selfRole` says the user is a member). */
  knownGroup(groupID: string): GroupProfile | undefined;
  /** Run an SDK call; a failure becomes a ChatError. */
  call<T>(request: () => Promise<T>): Promise<T>;
}

/** A search the app's plan may not include: its results, or none. */
const optional = async (search: () => Promise<readonly unknown[]>): Promise<readonly unknown[]> => {
  try {
    return await search();
  } catch {
    return [];
  }
};

export async function findUsers(calls: DirectoryCalls, keyword: string): Promise<UserProfile[]> {
  const wanted = keyword.trim();
  if (!wanted) return [];
  const [byID, byName] = await Promise.all([
    optional(async () => list(responseData(await calls.call(() => calls.sdk.getUserProfile({ userIDList: [wanted] }))))),
    optional(async () =>
      list(
        field(
          responseData(await calls.call(() => calls.sdk.searchCloudUsers({ keywordList: [wanted], count: FOUND_MAX }))),
          'searchResultList',
        ),
      ),
    ),
  ]);
  const found = new Map<string, UserProfile>();
  for (const raw of [...byID, ...byName]) {
    const profile = userProfileFromSdk(raw);
    if (profile.userID && profile.userID !== calls.selfID() && !found.has(profile.userID)) found.set(profile.userID, profile);
  }
  return [...found.values()].slice(0, FOUND_MAX);
}

export async function findGroups(calls: DirectoryCalls, keyword: string): Promise<FoundGroup[]> {
  const wanted = keyword.trim();
  if (!wanted) return [];
  const [byID, byName] = await Promise.all([
    optional(async () => [field(responseData(await calls.call(() => calls.sdk.searchGroupByID(wanted))), 'group')]),
    optional(async () =>
      list(
        field(
          responseData(await calls.call(() => calls.sdk.searchCloudGroups({ keywordList: [wanted], count: FOUND_MAX }))),
          'searchResultList',
        ),
      ),
    ),
  ]);
  const found = new Map<string, FoundGroup>();
  for (const raw of [...byID, ...byName]) {
    if (!str(field(raw, 'groupID'))) continue;
    const group = groupProfileFromSdk(raw);
    if (found.has(group.groupID)) continue;
    const isMember = !!(group.selfRole ?? calls.knownGroup(group.groupID)?.selfRole);
    found.set(group.groupID, { group, isMember });
  }
  return [...found.values()].slice(0, FOUND_MAX);
}

export async function joinGroup(calls: DirectoryCalls, groupID: string, note: string): Promise<JoinGroupResult> {
  const response = await calls.call(() => calls.sdk.joinGroup({ groupID, applyMessage: note }));
  return JOIN_RESULTS[str(field(responseData(response), 'status'))] ?? 'pending';
}
