import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { listWithHistory, rows } from './conversation-list-helpers.js';

const menuButtons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.menu button')].map((b) => b.textContent);
const openMenu = async (el: HTMLElement & { updateComplete: Promise<boolean> }, id: string) => {
  rows(el as never)
    .find((r) => r.dataset.id === id)!
    .dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true, clientX: 50, clientY: 50 }));
  await el.updateComplete;
};

describe('tim-conversation-list: mark as unread and online status', () => {
  it('"Mark as unread" on a read conversation: a dot (not a number), spoken; "Mark as read" takes it off', async () => {
    const { el, store } = await listWithHistory();
    await store.markConversationRead('C2Cbob');
    await waitUntil(
      () =>
        !rows(el)
          .find((r) => r.dataset.id === 'C2Cbob')!
          .querySelector('.badge'),
      'read',
    );
    await openMenu(el, 'C2Cbob');
    expect(menuButtons(el)).to.include('Mark as unread');
    expect(menuButtons(el)).not.to.include('Mark as read');
    const action = oneEvent(el, 'tim-conversation-action');
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.menu button')].find((b) => b.textContent === 'Mark as unread')!.click();
    expect((await action).detail).to.deep.equal({ conversationID: 'C2Cbob', action: 'mark-unread' });
    const bob = () => rows(el).find((r) => r.dataset.id === 'C2Cbob')!;
    await waitUntil(() => bob().querySelector('.badge.dot.marked'), 'the marked dot');
    expect(bob().querySelector('.badge')!.textContent!.trim()).to.equal('', 'a dot, not a count');
    expect(bob().textContent).to.contain('Marked unread');
    expect(store.state.get().totalUnread).to.equal(
      store.state.get().conversations.reduce((n, c) => n + (c.messageRemindType === 'AcceptAndNotify' ? c.unreadCount : 0), 0),
      'the mark adds nothing to the total',
    );
    await expect(el).to.be.accessible();
    await openMenu(el, 'C2Cbob');
    expect(menuButtons(el)).to.include('Mark as read');
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.menu button')].find((b) => b.textContent === 'Mark as read')!.click();
    await waitUntil(() => !bob().querySelector('.badge'), 'the mark is off');
  });

  it('shows a green dot on a one-to-one avatar while the person is signed in, and says "Online"', async () => {
    const { el, server } = await listWithHistory();
    const bob = () => rows(el).find((r) => r.dataset.id === 'C2Cbob')!;
    await waitUntil(() => bob().querySelector('[part="presence"].offline'), 'bob offline');
    expect(
      rows(el)
        .find((r) => r.dataset.id === 'GROUPteam')!
        .querySelector('[part="presence"]'),
      'no dot on a group',
    ).to.equal(null);
    const bobStore = new ChatStore({ service: new LocalChatService(server), cache: new MemoryCache() });
    await bobStore.start('bob');
    await waitUntil(() => bob().querySelector('[part="presence"].online'), 'bob online');
    expect(bob().textContent).to.contain('Online');
    await bobStore.stop();
    await waitUntil(() => bob().querySelector('[part="presence"].offline'), 'bob offline again');
  });

  it('offers no "Mark as unread" and shows no dots on a backend without them', async () => {
    class Plain extends LocalChatService {
      override readonly features = Object.freeze({});
    }
    const { el, server } = await listWithHistory();
    const store = new ChatStore({ service: new Plain(server), cache: new MemoryCache() });
    await store.start('alice');
    el.store = store;
    await waitUntil(() => rows(el).length >= 3, 'rows');
    await store.markConversationRead('C2Cbob');
    await waitUntil(
      () =>
        !rows(el)
          .find((r) => r.dataset.id === 'C2Cbob')!
          .querySelector('.badge'),
      'read',
    );
    await openMenu(el, 'C2Cbob');
    expect(menuButtons(el)).not.to.include('Mark as unread');
    expect(el.shadowRoot!.querySelector('[part="presence"]')).to.equal(null);
    await store.stop();
  });
});
