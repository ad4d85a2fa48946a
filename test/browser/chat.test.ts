import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TimChat } from '../../src/components/chat/tim-chat.js';
import { makeChat } from './support/chat-fixture.js';

async function chatWithHistory(width = '900px') {
  const chat = await makeChat('alice');
  await chat.server.postMessages([{ from: 'bob', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'Hello there' }] }]);
  await chat.server.createGroup({ groupID: 'team', name: 'Team', ownerID: 'alice', memberIDs: ['bob', 'carol'] });
  await waitUntil(() => chat.store.state.get().conversations.length >= 2, 'conversations arrive');
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width};height:600px">
    <tim-chat .store=${chat.store} locale="en"></tim-chat></div>`);
  const el = wrapper.querySelector('tim-chat') as TimChat;
  await el.updateComplete;
  return { ...chat, el };
}

const list = (el: TimChat) => el.shadowRoot!.querySelector('tim-conversation-list')!;
const row = (el: TimChat, id: string) => list(el).shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`);

describe('tim-chat', () => {
  it('lists conversations and opens one with its header and message list', async () => {
    const { el } = await chatWithHistory();
    await waitUntil(() => row(el, 'GROUPteam'), 'rows render');
    row(el, 'GROUPteam')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('h2')?.textContent === 'Team', 'header shows the group');
    expect(el.shadowRoot!.querySelector('[part="subtitle"]')!.textContent).to.equal('3 members');
    expect(el.shadowRoot!.querySelector('tim-message-list')!.getAttribute('conversation-id')).to.equal('GROUPteam');
    expect(el.conversationId).to.equal('GROUPteam');
  });

  it('tells the total of unread messages (tim-unread-change, totalUnread); a muted conversation does not count; reading lowers it', async () => {
    const { el, server, store } = await chatWithHistory();
    const told: number[] = [];
    el.addEventListener('tim-unread-change', (e) => told.push(e.detail.totalUnread));
    const unreadOf = (id: string) => store.state.get().conversations.find((c) => c.conversationID === id)?.unreadCount ?? 0;
    await waitUntil(() => el.totalUnread > 0, 'something unread');
    await store.settled();
    await el.updateComplete;
    const before = el.totalUnread;
    await server.postMessages([
      { from: 'bob', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'Still there?' }] },
      { from: 'carol', conversationID: 'GROUPteam', elements: [{ type: 'TIMTextElem', text: 'Standup in 5' }] },
    ]);
    await waitUntil(() => el.totalUnread === before + 2, `two more (${el.totalUnread})`);
    expect(told.at(-1)).to.equal(before + 2);
    const teamUnread = unreadOf('GROUPteam');
    expect(teamUnread).to.be.greaterThan(0);
    await store.setMessageRemindType('GROUPteam', 'AcceptNotNotify');
    await waitUntil(() => el.totalUnread === before + 2 - teamUnread, `the muted group left out (${el.totalUnread})`);
    const bobUnread = unreadOf('C2Cbob');
    expect(bobUnread).to.be.greaterThan(0);
    row(el, 'C2Cbob')!.click();
    await waitUntil(() => el.totalUnread === before + 2 - teamUnread - bobUnread, `Bob's read (${el.totalUnread})`);
    expect(told.at(-1)).to.equal(el.totalUnread);
    expect(
      told.every((n, i) => i === 0 || n !== told[i - 1]),
      `each change told once: ${told.join()}`,
    ).to.equal(true);
  });

  it("draws a person's initials the same in the list, the header and on their messages", async () => {
    const chat = await makeChat('alice', { users: ['alice', 'james'] });
    await chat.server.createUser({ userID: 'james', nick: "James O'Connor" });
    await chat.server.postMessages([{ from: 'james', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'Hi' }] }]);
    await waitUntil(() => chat.store.state.get().conversations.length >= 1, 'the conversation');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px;height:600px">
      <tim-chat .store=${chat.store} locale="en" conversation-id="C2Cjames"></tim-chat></div>`);
    const el = wrapper.querySelector('tim-chat') as TimChat;
    const messageList = () => el.shadowRoot!.querySelector('tim-message-list')!;
    await waitUntil(
      () => messageList().shadowRoot?.querySelector('tim-message')?.shadowRoot?.querySelector('.initials'),
      'the message avatar',
    );
    const inList = list(el)
      .shadowRoot!.querySelector('[data-id="C2Cjames"] tim-avatar')!
      .shadowRoot!.querySelector('[part="initials"]')!
      .textContent!.trim();
    const inHeader = el
      .shadowRoot!.querySelector('[part="header"] tim-avatar')!
      .shadowRoot!.querySelector('[part="initials"]')!
      .textContent!.trim();
    const onMessage = messageList().shadowRoot!.querySelector('tim-message')!.shadowRoot!.querySelector('.initials')!.textContent!.trim();
    expect([inList, inHeader, onMessage]).to.deep.equal(['JO', 'JO', 'JO']);
  });

  it('"[Draft]" marks a conversation once the user leaves it, not while they type in it', async () => {
    const { el, store } = await chatWithHistory();
    el.conversationId = 'C2Cbob';
    const composer = () => el.shadowRoot!.querySelector('tim-composer')!;
    await waitUntil(() => composer()?.shadowRoot?.querySelector('textarea'), 'the composer');
    // Whitespace as read (the mark is followed by a no-break space).
    const summary = (id: string) => row(el, id)?.querySelector('[part="summary"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const textarea = composer().shadowRoot!.querySelector('textarea')!;
    textarea.value = 'half a thought';
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => store.getDraft('C2Cbob')?.text === 'half a thought', 'the draft is kept');
    await list(el).updateComplete;
    expect(summary('C2Cbob')).to.equal('Hello there');
    row(el, 'GROUPteam')!.click();
    await waitUntil(() => summary('C2Cbob') === '[Draft] half a thought', 'the draft mark after leaving');
  });

  it('a dismissed group says so in the header and the composer; System notifications have no composer', async () => {
    const { el, server, store } = await chatWithHistory();
    await server.createGroup({ groupID: 'old', name: 'Old project', ownerID: 'bob', memberIDs: ['alice'] });
    await waitUntil(() => store.state.get().groups['old'], 'the group');
    await server.dismissGroup('old', 'bob');
    await waitUntil(() => store.state.get().groups['old']?.isDismissed, 'dismissed');
    el.conversationId = 'GROUPold';
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part="subtitle"]')?.textContent === 'This group was dismissed',
      'the header says it',
    );
    const composer = el.shadowRoot!.querySelector('tim-composer')!;
    await waitUntil(
      () => composer.shadowRoot?.querySelector('[part="notice"]')?.textContent?.includes('This group was dismissed'),
      'the composer says it',
    );
    expect(composer.shadowRoot!.querySelector('textarea')!.disabled).to.equal(true);

    el.conversationId = '@TIM#SYSTEM';
    await waitUntil(() => el.shadowRoot!.querySelector('h2')?.textContent === 'System notifications', 'the system conversation');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('tim-composer')).to.equal(null);
  });

  it('an unknown conversation ID shows "Conversation not found" and no composer', async () => {
    const { el } = await chatWithHistory();
    el.conversationId = 'GROUPdesign';
    const messageList = () => el.shadowRoot!.querySelector('tim-message-list');
    await waitUntil(() => messageList()?.shadowRoot?.querySelector('[part="not-found"]'), 'the not-found state');
    expect(messageList()!.shadowRoot!.querySelector('[part="not-found"]')!.textContent).to.contain('Conversation not found');
    expect(el.shadowRoot!.querySelector('tim-composer')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('opens the conversation named by conversation-id', async () => {
    const { el, store } = await chatWithHistory();
    el.conversationId = 'C2Cbob';
    await waitUntil(() => store.state.get().activeConversationID === 'C2Cbob', 'store opened it');
    await waitUntil(() => el.shadowRoot!.querySelector('h2')?.textContent === 'Bob', 'header names the peer');
  });

  it('stacks on narrow screens: the list, then the conversation with a back button', async () => {
    const { el } = await chatWithHistory('380px');
    await waitUntil(() => row(el, 'C2Cbob'), 'rows render');
    const sidebar = el.shadowRoot!.querySelector<HTMLElement>('.sidebar')!;
    expect(getComputedStyle(sidebar).display).to.not.equal('none');
    row(el, 'C2Cbob')!.click();
    await waitUntil(() => getComputedStyle(sidebar).display === 'none', 'list hidden while a conversation is open');
    const back = el.shadowRoot!.querySelector<HTMLButtonElement>('.back')!;
    expect(getComputedStyle(back).display).to.not.equal('none');
    back.click();
    await waitUntil(() => getComputedStyle(sidebar).display !== 'none', 'back to the list');
  });

  it('follows theme and locale at run time', async () => {
    const { el } = await chatWithHistory();
    const bg = () => getComputedStyle(el).getPropertyValue('--tim-color-bg').trim();
    el.theme = 'light';
    await el.updateComplete;
    expect(bg()).to.equal('#ffffff');
    el.theme = 'dark';
    await el.updateComplete;
    expect(bg()).to.equal('#15171c');
    el.locale = 'zh-CN';
    await el.updateComplete;
    await waitUntil(() => list(el).shadowRoot!.querySelector('input')?.placeholder === '搜索', 'the list speaks Chinese too');
  });

  it('shows an offline banner while the service is offline', async () => {
    const { el, service } = await chatWithHistory();
    service.setOffline(true);
    await waitUntil(() => el.shadowRoot!.querySelector('.banner'), 'banner shown');
    expect(el.shadowRoot!.querySelector('.banner')!.textContent).to.contain('offline');
    service.setOffline(false);
    await waitUntil(() => !el.shadowRoot!.querySelector('.banner'), 'banner gone when back online');
  });

  it('says offline once: the banner without a conversation, the composer with one', async () => {
    const { el, service } = await chatWithHistory();
    el.conversationId = 'C2Cbob';
    service.setOffline(true);
    const composer = () => el.shadowRoot!.querySelector('tim-composer');
    await waitUntil(() => composer()?.shadowRoot?.querySelector('[part~="notice"]'), 'the composer says offline');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.banner')).to.equal(null);
    expect(composer()!.shadowRoot!.querySelectorAll('[part~="notice"]')).to.have.length(1);
    service.setOffline(false);
  });

  it('is accessible', async () => {
    const { el } = await chatWithHistory();
    await waitUntil(() => row(el, 'C2Cbob'), 'rows render');
    await expect(el).to.be.accessible();
  });
});
