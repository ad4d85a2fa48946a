/**
 * Contract cases the Tencent Cloud Chat Web SDK cannot meet, with the reason. They are
 * reported as skipped (not passed); the README lists them for app developers. Node and browser
 * runs of the contract share this list.
 */
export const SDK_GAPS: Readonly<Record<string, string>> = {
  'counts unread messages and clears them on markRead':
    'the Web SDK marks a whole conversation read (setMessageRead) and cannot read up to a given message; ' +
    'the adapter then leaves the conversation unread (tencent-service.test.ts checks that and the rest of this case)',
  'aborts an upload with uploadCancelled and sends nothing':
    'SDK 3.x has no call to cancel an upload in progress; an abort before the send starts is honoured (tencent-service.test.ts)',
  "tells the user's other client when messages are deleted (messageDeleted)":
    'Tencent does not sync a deletion to the user\'s other devices ("Deleted messages are not synced", ' +
    'https://www.tencentcloud.com/document/product/1047/48010); they keep showing the message until they load the history again',
  'says noResult for a text it has no translation of':
    "Tencent's translateText is machine translation: it answers every text (an untranslatable one comes back as it was) and has no " +
    "'no translation' answer; the adapter gives noResult only for an empty answer (tencent-service.test.ts checks that)",
  'opens merged messages only for those who can see them':
    'a merged message travels with its messages (or a downloadKey that downloadMergerMessage takes from anyone); ' +
    'the Web SDK checks no membership, so whoever holds the message can open it (forwarding-contract.ts checks the rest)',
};

/** Gaps of an SDK created with `partialUpdatedConversations` (on top of the ones above). */
export const PARTIAL_UPDATE_GAPS: Readonly<Record<string, string>> = {
  "tells the user's other client when a conversation is deleted (conversationDeleted)":
    'with partialUpdatedConversations the SDK reports only conversations that changed, never one that is gone ' +
    '(@tencentcloud/chat 3.6.6, ConvModule._diffConvMap); the adapter learns of the deletion at the next update of any conversation ' +
    '(tencent-service.test.ts checks that)',
};

/** What the Tencent backend has beyond the core contract (the optional events' cases run). */
export const TENCENT_CAPABILITIES = {
  reactions: true,
  groupReadReceipts: true,
  userStatus: true,
  groupApplications: true,
  directory: true,
  cloudMessageSearch: true,
  conversationExtras: true,
  groupManagement: true,
} as const;
