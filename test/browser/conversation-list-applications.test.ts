import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/conversation-list/define.js';
import type { TimConversationList } from '../../src/components/conversation-list/tim-conversation-list.js';
import { SYSTEM_CONVERSATION_ID } from '../../src/core/model/ids.js';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { makeChat } from './support/chat-fixture.js';

type Chat = Awaited<ReturnType<typeof makeChat>>;

const systemRow = (el: TimConversationList) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[role="option"][data-id="${SYSTEM_CONVERSATION_ID}"]`);
const part = (el: TimConversationList, name: string) => systemRow(el)?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const menuItems = (el: TimConversationList) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];

describe('tim-conversation-list: Accept / Decline in the System notifications row', () => {
  let chat: Chat;
  let el: TimConversationList;

  beforeEach(async () => {
    chat = await makeChat('alice');
    await chat.server.createGroup({
      groupID: 'garden',
      name: 'Garden Club',
      ownerID: 'alice',
      memberIDs: ['bob'],
      type: 'Public',
      joinOption: 'NeedPermission',
    });
    el = await fixture<TimConversationList>(
      html`<tim-conversation-list .store=${chat.store} locale="en" style="height: 480px"></tim-conversation-list>`,
    );
  });

  afterEach(async () => {
    await chat.store.stop();
  });

  it('a click on Accept answers the newest request without opening the conversation; the row says Accepted and the applicant joins', async () => {
    await chat.server.requestToJoinGroup('garden', 'carol', 'hello');
    await waitUntil(() => part(el, 'row-accept'), 'Accept shows in the row', { timeout: 5000 });
    // Her ID first, her name once her profile has come: the button names her as the summary does.
    await waitUntil(() => systemRow(el)!.textContent!.includes('Carol asked to join Garden Club'), 'the summary names her by her profile', {
      timeout: 5000,
    });
    expect(part(el, 'row-accept')!.getAttribute('title'), 'named as the summary names her').to.equal(
      "Accept Carol's request to join Garden Club",
    );
    expect(part(el, 'row-decline')!.textContent).to.equal('Decline');
    await expect(el).to.be.accessible();
    const answers: boolean[] = [];
    el.addEventListener('tim-group-application-answer', (e) => answers.push(e.detail.accept));
    const selected: string[] = [];
    el.addEventListener('tim-conversation-select', (e) => selected.push(e.detail.conversationID));
    part(el, 'row-accept')!.click();
    await waitUntil(() => part(el, 'row-application-status')?.textContent === 'Accepted', 'the row says Accepted', { timeout: 5000 });
    expect(answers).to.deep.equal([true]);
    expect(selected, 'the conversation was not opened').to.deep.equal([]);
    expect(chat.store.state.get().activeConversationID).to.not.equal(SYSTEM_CONVERSATION_ID);
    await waitUntil(async () => (await chat.service.getGroupMembers('garden')).some((m) => m.userID === 'carol'), 'carol is a member');
  });

  it("by keyboard: the row's menu lists Accept / Decline; Decline answers; a cancelled answer event sends nothing", async () => {
    const dave = new ChatStore({ service: new LocalChatService(chat.server), cache: new MemoryCache() });
    await dave.start('dave');
    await chat.server.inviteToGroup('garden', 'alice', 'dave', 'join us');
    const list = await fixture<TimConversationList>(
      html`<tim-conversation-list .store=${dave} locale="en" style="height: 480px"></tim-conversation-list>`,
    );
    const row = () => list.shadowRoot!.querySelector<HTMLElement>(`[role="option"][data-id="${SYSTEM_CONVERSATION_ID}"]`)!;
    await waitUntil(() => row()?.querySelector('[part~="row-accept"]'), 'Accept shows', { timeout: 5000 });
    list.addEventListener('tim-group-application-answer', (e) => e.preventDefault(), { once: true });
    row().querySelector<HTMLElement>('[part~="row-decline"]')!.click();
    await list.updateComplete;
    expect(row().querySelector('[part~="row-accept"]'), 'cancelled: still waiting').to.exist;

    row().focus();
    row().dispatchEvent(new KeyboardEvent('keydown', { key: 'F10', shiftKey: true, bubbles: true, composed: true, cancelable: true }));
    await waitUntil(() => menuItems(list).length > 0, 'the menu');
    const labels = menuItems(list).map((b) => b.textContent);
    expect(labels).to.include("Accept Alice Chen's invitation to join Garden Club");
    const decline = menuItems(list).find((b) => b.textContent === "Decline Alice Chen's invitation to join Garden Club")!;
    decline.click();
    await waitUntil(() => row().querySelector('[part~="row-application-status"]')?.textContent === 'Declined', 'Declined', {
      timeout: 5000,
    });
    expect((await chat.service.getGroupMembers('garden')).some((m) => m.userID === 'dave')).to.equal(false);
    await dave.stop();
  });
});
