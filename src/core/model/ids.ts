/** Conversation IDs follow the TIM Web SDK: 'C2C' + userID, 'GROUP' + groupID, '@TIM#SYSTEM'. */
export type ConversationType = 'C2C' | 'GROUP' | '@TIM#SYSTEM';

export const CONVERSATION_TYPES = ['C2C', 'GROUP', '@TIM#SYSTEM'] as const;
export const SYSTEM_CONVERSATION_ID = '@TIM#SYSTEM';

export function c2cConversationID(userID: string): string {
  return `C2C${userID}`;
}

export function groupConversationID(groupID: string): string {
  return `GROUP${groupID}`;
}

/** Splits a conversation ID into its type and the peer's userID or the groupID; null when the ID is not one of ours. */
export function parseConversationID(conversationID: string): { type: ConversationType; targetID: string } | null {
  if (conversationID === SYSTEM_CONVERSATION_ID) return { type: '@TIM#SYSTEM', targetID: '' };
  if (conversationID.startsWith('C2C') && conversationID.length > 3) {
    return { type: 'C2C', targetID: conversationID.slice(3) };
  }
  if (conversationID.startsWith('GROUP') && conversationID.length > 5) {
    return { type: 'GROUP', targetID: conversationID.slice(5) };
  }
  return null;
}

/** The peer's userID (C2C) or the groupID (GROUP) a conversation ID names; '' for anything else. */
export function targetIDOf(conversationID: string): string {
  return parseConversationID(conversationID)?.targetID ?? '';
}

export function conversationIDFor(type: ConversationType, targetID: string): string {
  if (type === 'C2C') return c2cConversationID(targetID);
  if (type === 'GROUP') return groupConversationID(targetID);
  return SYSTEM_CONVERSATION_ID;
}
