import { displayNameOf, type Conversation } from '../model/conversation.js';

/**
 * The conversations a forward can go to, as the picker lists them: one-to-one and group chats
 * (not system notices, not a dismissed group), most recent first, filtered by a search over the
 * name and the ID (case- and width-insensitive, so "ａｌｉｃｅ" finds Alice).
 */
export function forwardTargets(conversations: readonly Conversation[], query = ''): Conversation[] {
  const needle = fold(query);
  return conversations
    .filter((c) => (c.type === 'C2C' || c.type === 'GROUP') && !c.groupProfile?.isDismissed)
    .filter((c) => needle === '' || fold(displayNameOf(c)).includes(needle) || fold(c.conversationID).includes(needle))
    .sort((a, b) => activity(b) - activity(a) || (a.conversationID < b.conversationID ? -1 : 1));
}

function activity(conversation: Conversation): number {
  return Math.max(conversation.lastMessage?.time ?? 0, conversation.activeTime ?? 0);
}

function fold(value: string): string {
  return value.normalize('NFKC').trim().toLocaleLowerCase();
}
