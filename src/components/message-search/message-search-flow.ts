import { displayNameOf, parseConversationID } from '../../core/model/index.js';
import { createNameLookup } from '../../core/notices/index.js';
import { messageSearchFeature, useFeature, type ChatStoreApi } from '../../core/store/index.js';
import { ownValue } from '../../core/util/index.js';
import type { MessageSearchChoice, MessageSearchNames, TimMessageSearch } from './tim-message-search.js';

/**
 * Opens `<tim-message-search>` (loaded on first use, placed in `root`) over the store's message
 * search, and resolves with the message chosen (empty IDs when closed). Used by the conversation
 * list (every chat) and the chat header (one chat).
 */
export async function openMessageSearch(
  root: HTMLElement | DocumentFragment,
  store: ChatStoreApi | undefined,
  options: { conversationID?: string | null; returnFocusTo?: HTMLElement } = {},
): Promise<MessageSearchChoice> {
  const feature = useFeature(store, messageSearchFeature);
  if (!feature || !store) return { conversationID: '', messageID: '' };
  await import('./define.js');
  let dialog = root.querySelector<TimMessageSearch>('tim-message-search');
  if (!dialog) {
    dialog = document.createElement('tim-message-search');
    root.appendChild(dialog);
  }
  await dialog.updateComplete;
  return dialog.open(feature, namesOf(store), options);
}

/** Names as the list shows them, from what the store knows now. */
function namesOf(store: ChatStoreApi): MessageSearchNames {
  return {
    conversation(conversationID) {
      const value = store.state.get();
      const conversation = value.conversations.find((c) => c.conversationID === conversationID);
      const parsed = parseConversationID(conversationID);
      const seed = parsed?.targetID ?? conversationID;
      if (conversation) {
        const avatar = conversation.type === 'GROUP' ? conversation.groupProfile?.avatar : conversation.userProfile?.avatar;
        return { name: displayNameOf(conversation) || seed, avatar: avatar ?? '', seed };
      }
      const user = parsed?.type === 'C2C' ? ownValue(value.users, parsed.targetID) : undefined;
      const group = parsed?.type === 'GROUP' ? ownValue(value.groups, parsed.targetID) : undefined;
      return { name: user?.remark || user?.nick || group?.name || seed, avatar: user?.avatar || group?.avatar || '', seed };
    },
    sender(userID, conversationID) {
      const value = store.state.get();
      const parsed = parseConversationID(conversationID);
      const members = parsed?.type === 'GROUP' ? value.groupMembers[parsed.targetID] : undefined;
      return createNameLookup({ users: value.users, members })(userID) || userID;
    },
  };
}
