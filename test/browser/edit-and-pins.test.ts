import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TimChat } from '../../src/components/chat/tim-chat.js';
import type { TimComposer } from '../../src/components/composer/tim-composer.js';
import type { TimMessageList } from '../../src/components/message-list/tim-message-list.js';
import type { Message } from '../../src/core/model/message.js';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { makeChat } from './support/chat-fixture.js';
import { pressEnter, textareaOf, typeInto } from './composer-harness.js';
import { installMessageFeatures } from '../../src/core/store/message-features.js';

async function mountChat(store: ChatStore, conversationID: string): Promise<TimChat> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px;height:600px">
    <tim-chat .store=${store} locale="en" conversation-id=${conversationID}></tim-chat></div>`);
  const el = wrapper.querySelector('tim-chat') as TimChat;
  await el.updateComplete;
  return el;
}

const listOf = (el: TimChat) => el.shadowRoot!.querySelector('tim-message-list') as TimMessageList;
const composerOf = (el: TimChat) => el.shadowRoot!.querySelector('tim-composer') as TimComposer;
const rowOf = (el: TimChat, id: string) => listOf(el).shadowRoot!.querySelector<HTMLElement>(`tim-message[data-id="${id}"]`);
const inRow = (el: TimChat, id: string, selector: string) => rowOf(el, id)?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const inList = (el: TimChat, selector: string) => listOf(el).shadowRoot!.querySelector<HTMLElement>(selector);
const textOf = (m: Message | undefined) => (m?.elements[0]?.type === 'TIMTextElem' ? m.elements[0].text : '');

/** Choose an action in the message's own menu, as a click on the menu item would. */
async function choose(el: TimChat, message: Message, action: string): Promise<void> {
  const list = listOf(el);
  list.openMenu(message, rowOf(el, message.ID)!);
  const menu = list.shadowRoot!.querySelector('tim-message-actions')!;
  await waitUntil(() => menu.shadowRoot?.querySelector(`[data-action="${action}"]`), `"${action}" in the menu`);
  menu.shadowRoot!.querySelector<HTMLElement>(`[data-action="${action}"]`)!.click();
}

describe('edit, re-edit and pins in <tim-chat>', () => {
  it('Edit from the menu: the composer edits, Enter saves, the row shows "edited", the draft comes back', async () => {
    const { store } = await makeChat('alice');
    const sent = await store.sendText('C2Cbob', 'teh typo');
    const el = await mountChat(store, 'C2Cbob');
    await waitUntil(() => rowOf(el, sent.ID), 'the row');
    const composer = composerOf(el);
    await typeInto(composer, 'a draft');
    const edits: string[] = [];
    el.addEventListener('tim-message-edit', (e) => edits.push(e.detail.message.ID));
    await choose(el, sent, 'edit');
    await waitUntil(() => composer.shadowRoot!.querySelector('[part~="edit-bar"]'), 'the edit bar');
    expect(edits).to.deep.equal([sent.ID]);
    expect(textareaOf(composer).value).to.equal('teh typo');
    expect(composer.shadowRoot!.querySelector('[part~="edit-bar"]')!.textContent).to.contain('Editing message');
    expect(composer.shadowRoot!.querySelector('[part~="send-button"]')!.textContent).to.contain('Save');
    await typeInto(composer, 'the typo');
    pressEnter(textareaOf(composer));
    await waitUntil(() => inRow(el, sent.ID, '[part~="edited"]'), 'the edited mark');
    expect(
      textOf(
        store
          .messageList('C2Cbob')
          .get()
          .messages.find((m) => m.ID === sent.ID),
      ),
    ).to.equal('the typo');
    await waitUntil(() => !composer.shadowRoot!.querySelector('[part~="edit-bar"]'), 'edit mode ends');
    expect(textareaOf(composer).value).to.equal('a draft');
    expect(rowOf(el, sent.ID)!.shadowRoot!.textContent).to.contain('edited');
    await expect(composer).to.be.accessible();
  });

  it('Esc leaves edit mode unsaved; a cancelled tim-message-edit does nothing', async () => {
    const { store } = await makeChat('alice');
    const sent = await store.sendText('C2Cbob', 'keep me');
    const el = await mountChat(store, 'C2Cbob');
    await waitUntil(() => rowOf(el, sent.ID), 'the row');
    const composer = composerOf(el);
    await choose(el, sent, 'edit');
    await waitUntil(() => composer.shadowRoot!.querySelector('[part~="edit-bar"]'), 'the edit bar');
    await typeInto(composer, 'changed my mind');
    textareaOf(composer).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    await composer.updateComplete;
    expect(composer.shadowRoot!.querySelector('[part~="edit-bar"]')).to.equal(null);
    expect(textareaOf(composer).value).to.equal('');
    expect(
      textOf(
        store
          .messageList('C2Cbob')
          .get()
          .messages.find((m) => m.ID === sent.ID),
      ),
    ).to.equal('keep me');

    const stop = (e: Event) => e.preventDefault();
    el.addEventListener('tim-message-edit', stop);
    await choose(el, sent, 'edit');
    await composer.updateComplete;
    expect(composer.shadowRoot!.querySelector('[part~="edit-bar"]'), 'prevented: no edit mode').to.equal(null);
    el.removeEventListener('tim-message-edit', stop);
  });

  it('"Re-edit" in one’s own recalled row puts the text back in the composer', async () => {
    const { store } = await makeChat('alice');
    const sent = await store.sendText('C2Cbob', 'wrong chat, sorry');
    const el = await mountChat(store, 'C2Cbob');
    await waitUntil(() => rowOf(el, sent.ID), 'the row');
    await store.revoke(sent);
    await waitUntil(() => inRow(el, sent.ID, '[part~="re-edit"]'), 'Re-edit in the recalled row');
    expect(inRow(el, sent.ID, '[part~="notice"]')!.textContent).to.contain('You recalled a message');
    const reEdits: string[] = [];
    el.addEventListener('tim-message-re-edit', (e) => reEdits.push(e.detail.text));
    inRow(el, sent.ID, '[part~="re-edit"]')!.click();
    await waitUntil(() => textareaOf(composerOf(el)).value === 'wrong chat, sorry', 'the text in the box');
    expect(reEdits).to.deep.equal(['wrong chat, sorry']);
  });

  it('the pinned bar: the latest pin, a click jumps and moves to the older one, the list unpins (owner)', async () => {
    const { store, server } = await makeChat('alice');
    installMessageFeatures(store); // pins before any element is given the store (the list would install them)
    await server.createGroup({ groupID: 'team', name: 'Team', ownerID: 'alice', memberIDs: ['bob', 'carol'] });
    await store.openConversation('GROUPteam');
    const first = await store.sendText('GROUPteam', 'first rule');
    const second = await store.sendText('GROUPteam', 'second rule');
    await waitUntil(() => store.canManagePins('GROUPteam'), 'alice known as the owner');
    await store.pinMessage(first, true);
    await store.pinMessage(second, true);
    const el = await mountChat(store, 'GROUPteam');
    await waitUntil(() => inList(el, '[part~="pinned-bar"]'), 'the pinned bar');
    const bar = () => inList(el, '[part~="pinned-message"]')!;
    expect(bar().textContent).to.contain('Pinned message 2 of 2');
    expect(bar().textContent).to.contain('second rule');
    expect(listOf(el).hasAttribute('pinned-bar')).to.equal(true);
    bar().click();
    await waitUntil(() => rowOf(el, second.ID)?.hasAttribute('highlighted'), 'jumped to the pinned message');
    await waitUntil(() => bar().textContent!.includes('first rule'), 'the bar moves on to the older pin');
    expect(bar().textContent).to.contain('Pinned message 1 of 2');

    inList(el, '[part~="pinned-list-button"]')!.click();
    await waitUntil(() => inList(el, '[part~="pinned-list"]'), 'the list of pins');
    const rows = [...listOf(el).shadowRoot!.querySelectorAll('[part~="pinned-row"]')].map((r) => r.textContent!.trim());
    expect(rows).to.deep.equal(['second rule', 'first rule']);
    await waitUntil(() => listOf(el).shadowRoot!.activeElement?.matches('[part~="pinned-row"]'), 'focus in the list');
    await expect(listOf(el)).to.be.accessible({ ignoredRules: ['color-contrast'] });
    listOf(el).shadowRoot!.querySelector<HTMLElement>('[part~="unpin-button"]')!.click();
    await waitUntil(() => store.state.get().pinnedMessages['team']?.length === 1, 'unpinned');
    await waitUntil(() => bar().textContent!.includes('Pinned message') && !bar().textContent!.includes('of'), 'one pin left');
    inList(el, '[part~="pinned-list"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await waitUntil(() => !inList(el, '[part~="pinned-list"]'), 'Esc closes the list');
    expect(listOf(el).shadowRoot!.activeElement?.matches('[part~="pinned-list-button"]')).to.equal(true);
  });

  it('a member sees the pins, live, but no Pin in the menu and no Unpin in the list', async () => {
    const { store: alice, server } = await makeChat('alice');
    installMessageFeatures(alice); // Alice pins without an element; Bob's list installs his
    await server.createGroup({ groupID: 'club', name: 'Club', ownerID: 'alice', memberIDs: ['bob'] });
    const bob = new ChatStore({ service: new LocalChatService(server), cache: new MemoryCache() });
    await bob.start('bob');
    try {
      await alice.openConversation('GROUPclub');
      const notice = await alice.sendText('GROUPclub', 'meeting moved to Tuesday');
      const el = await mountChat(bob, 'GROUPclub');
      await waitUntil(() => rowOf(el, notice.ID), 'bob has the message');
      await waitUntil(() => bob.state.get().groups['club']?.selfRole === 'Member', 'bob known as a member');
      expect(inList(el, '[part~="pinned-bar"]')).to.equal(null);
      await waitUntil(() => alice.canManagePins('GROUPclub'), 'alice known as the owner');
      await alice.pinMessage(notice, true);
      await waitUntil(() => inList(el, '[part~="pinned-bar"]')?.textContent?.includes('meeting moved'), 'the bar appears live');
      const bobsCopy = bob
        .messageList('GROUPclub')
        .get()
        .messages.find((m) => m.ID === notice.ID)!;
      expect(bob.messageActions(bobsCopy)).to.not.include('pin').and.not.include('unpin');
      inList(el, '[part~="pinned-list-button"]')!.click();
      await listOf(el).updateComplete;
      await waitUntil(() => inList(el, '[part~="pinned-list"]'), 'the list');
      expect(listOf(el).shadowRoot!.querySelector('[part~="unpin-button"]')).to.equal(null);
    } finally {
      await bob.stop();
    }
  });
});
