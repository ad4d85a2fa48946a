import type { ChatStoreApi } from '../../core/store/index.js';
import { TimConversationSelectEvent } from '../conversation-list/events.js';
import type { ProfileCardPerson, TimProfileCard } from './tim-profile-card.js';

/** What opens a profile card: an element with a shadow root to hold it (the message list, the group info panel). */
export interface ProfileCardHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Show a person's card (`<tim-profile-card>`, loaded on first use) from `host`. "Send message" opens
 * the one-to-one chat as New chat does: the cancelable `tim-conversation-select` from the host,
 * then the store. Resolves with the conversation opened ('' when none).
 */
export async function openProfileCard(
  host: ProfileCardHost,
  store: ChatStoreApi | undefined,
  person: ProfileCardPerson,
  returnFocusTo?: HTMLElement,
): Promise<string> {
  await import('./define.js');
  let card = host.renderRoot.querySelector<TimProfileCard>('tim-profile-card');
  if (!card) {
    card = document.createElement('tim-profile-card');
    host.renderRoot.appendChild(card);
  }
  await card.updateComplete;
  const conversationID = await card.show(person, returnFocusTo);
  if (!conversationID || !store) return '';
  if (!host.dispatchEvent(new TimConversationSelectEvent(conversationID))) return '';
  await store.openConversation(conversationID);
  return conversationID;
}
