import { parseConversationID } from '../../model/ids.js';
import type { Message } from '../../model/message.js';
import { messageKind } from '../../model/message-kind.js';
import type { GroupProfile } from '../../model/profile.js';
import type { ServiceFeatures } from '../../service/chat-service.js';
import { ownValue } from '../../util/own-value.js';

/**
 * Can this user pin and unpin messages in the conversation: a group, on a backend with pins, where
 * the store knows the user is its owner or an admin (members only see the pins).
 */
export function canManagePins(
  conversationID: string,
  groups: Readonly<Record<string, GroupProfile>>,
  features: ServiceFeatures | undefined,
): boolean {
  const target = parseConversationID(conversationID);
  if (target?.type !== 'GROUP' || !features?.pinnedMessages) return false;
  const role = ownValue(groups, target.targetID)?.selfRole;
  return role === 'Owner' || role === 'Admin';
}

/** A message that can be pinned: delivered, stored, not recalled, not a tip or notice. */
export function isPinnable(message: Message): boolean {
  if (message.status !== 'success' || message.onlineOnly || message.isRevoked) return false;
  const kind = messageKind(message);
  return kind !== 'notice' && kind !== 'revoked';
}
