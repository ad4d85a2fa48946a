import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TimConversationList } from '../../src/components/conversation-list/tim-conversation-list.js';
import { makeChat, nextFrame } from './support/chat-fixture.js';

/** A list for alice with four conversations: the group "Team", carol (an image), bob (text), system notifications. */
export async function listWithHistory() {
  const chat = await makeChat('alice');
  const now = Math.floor(Date.now() / 1000);
  const canvas = new OffscreenCanvas(40, 30);
  canvas.getContext('2d')!.fillRect(0, 0, 40, 30);
  const png = await canvas.convertToBlob({ type: 'image/png' });
  await chat.server.postMessages([
    { from: 'bob', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'Hi Alice [Smile]' }], time: now - 60 },
    {
      from: 'carol',
      conversationID: 'C2Calice',
      elements: [{ type: 'TIMImageElem', uuid: 'i1', imageFormat: 'PNG', imageInfoArray: [] }],
      time: now - 30,
      files: { 0: png },
    },
  ]);
  await chat.server.createGroup({ groupID: 'team', name: 'Team', ownerID: 'dave', memberIDs: ['alice', 'bob'] });
  await waitUntil(() => chat.store.state.get().conversations.length >= 3, 'conversations arrive');
  const el = await fixture<TimConversationList>(html`<tim-conversation-list .store=${chat.store} locale="en"></tim-conversation-list>`);
  await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="option"]').length >= 3, 'rows render');
  // Rows size themselves on their first frames (content-visibility): measure after that.
  await nextFrame();
  await nextFrame();
  return { ...chat, el };
}

export const rows = (el: TimConversationList) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
