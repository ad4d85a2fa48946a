import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TimChat } from '../../src/components/chat/tim-chat.js';
import type { TimGroupInfo } from '../../src/components/group-info/tim-group-info.js';
import type { TimProfileCard } from '../../src/components/profile-card/tim-profile-card.js';
import { deepActiveElement } from '../../src/components/message-actions/tim-message-actions.js';
import { makeChat } from './support/chat-fixture.js';

type Chat = Awaited<ReturnType<typeof makeChat>> & { el: TimChat };

async function chatIn(groupID: string): Promise<Chat> {
  const chat = await makeChat('alice');
  await chat.server.createGroup({ groupID: 'team', name: 'Team', ownerID: 'alice', memberIDs: ['bob', 'carol'], type: 'Work' });
  await chat.server.createGroup({ groupID: 'club', name: 'Club', ownerID: 'bob', memberIDs: ['alice', 'carol'], type: 'Public' });
  await chat.server.createGroup({ groupID: 'guild', name: 'Guild', ownerID: 'alice', memberIDs: ['bob', 'carol'], type: 'Public' });
  await chat.server.postMessages([{ from: 'bob', conversationID: `GROUP${groupID}`, elements: [{ type: 'TIMTextElem', text: 'Hi all' }] }]);
  await waitUntil(() => chat.store.state.get().conversations.some((c) => c.conversationID === `GROUP${groupID}`), 'the group is listed');
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px;height:640px">
    <tim-chat .store=${chat.store} locale="en" conversation-id=${`GROUP${groupID}`}></tim-chat></div>`);
  const el = wrapper.querySelector('tim-chat') as TimChat;
  await el.updateComplete;
  return { ...chat, el };
}

const infoButton = (el: TimChat) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="group-info-button"]');
const panelOf = (el: TimChat) => el.shadowRoot!.querySelector<TimGroupInfo>('tim-group-info');
const inPanel = <T extends Element>(panel: TimGroupInfo, selector: string) => panel.shadowRoot!.querySelector<T>(selector);
const memberRows = (panel: TimGroupInfo) => [...panel.shadowRoot!.querySelectorAll<HTMLElement>('[part~="member"]')];
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function openPanel(chat: Chat): Promise<TimGroupInfo> {
  await waitUntil(() => infoButton(chat.el), 'the header has the Group info button');
  infoButton(chat.el)!.click();
  await waitUntil(() => panelOf(chat.el)?.isOpen, 'the panel opens');
  const panel = panelOf(chat.el)!;
  await waitUntil(() => memberRows(panel).length === 3, 'the members are listed');
  return panel;
}

describe('<tim-group-info> from the chat header', () => {
  let chat: Chat;
  afterEach(async () => {
    panelOf(chat.el)?.close();
    await chat.store.stop();
  });

  it('is a named header button; the panel shows the group, its members with roles, and is accessible', async () => {
    chat = await chatIn('club');
    await waitUntil(() => infoButton(chat.el), 'the button');
    expect(infoButton(chat.el)!.getAttribute('aria-label')).to.equal('Group info');
    const panel = await openPanel(chat);
    expect(deepActiveElement()).to.equal(inPanel(panel, '.close'), 'focus starts on Close');
    expect(text(inPanel(panel, '[part~="summary"]')))
      .to.contain('Club')
      .and.contain('Public group')
      .and.contain('Group ID: club');
    expect(memberRows(panel).map(text)).to.deep.equal(['Bob , Owner', 'Alice Chen (You)', 'Carol']);
    // A member of a Public group: no profile edits, one's own nickname yes, Leave but not Dismiss.
    expect(inPanel(panel, '#edit-button-name')).to.equal(null);
    expect(inPanel(panel, '#edit-button-nameCard')).to.not.equal(null);
    expect(text(inPanel(panel, '.fields'))).to.contain('Only the owner and admins can change the group profile.');
    expect([...panel.shadowRoot!.querySelectorAll('[part~="leave-button"]')].map(text)).to.deep.equal(['Leave group']);
    await expect(panel).shadowDom.to.be.accessible();
  });

  it('edits the announcement in place: Enter saves (the tip shows in the chat), Escape cancels and gives the focus back', async () => {
    chat = await chatIn('team');
    const panel = await openPanel(chat);
    const saves: string[] = [];
    chat.el.addEventListener('tim-group-info-save', (e) => saves.push(`${e.detail.field}=${e.detail.value}`));
    inPanel<HTMLButtonElement>(panel, '#edit-button-notification')!.click();
    await waitUntil(() => deepActiveElement() === inPanel(panel, '#edit-notification'), 'the editor takes the focus');
    await sendKeys({ type: 'Ship on Friday' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => chat.store.state.get().groups.team?.notification === 'Ship on Friday', 'saved on the server');
    expect(saves).to.deep.equal(['notification=Ship on Friday']);
    await waitUntil(() => !inPanel(panel, '#edit-notification'), 'the editor closes');
    expect(deepActiveElement()).to.equal(inPanel(panel, '#edit-button-notification'), 'focus back on Edit');
    expect(text(inPanel(panel, '.fields'))).to.contain('Ship on Friday');
    const list = chat.el.shadowRoot!.querySelector('tim-message-list')!;
    const rowsText = () => [...list.shadowRoot!.querySelectorAll('tim-message')].map((m) => m.shadowRoot?.textContent ?? '').join(' ');
    await waitUntil(() => rowsText().includes('You changed the group announcement to “Ship on Friday”'), 'the group tip shows in the chat');

    inPanel<HTMLButtonElement>(panel, '#edit-button-name')!.click();
    await waitUntil(() => deepActiveElement() === inPanel(panel, '#edit-name'));
    await sendKeys({ type: 'Not this' });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !inPanel(panel, '#edit-name'), 'Escape ends the edit');
    expect(panel.isOpen, 'the panel stays open').to.equal(true);
    expect(chat.store.state.get().groups.team?.name).to.equal('Team');
  });

  it('searches members, moves among them with the keyboard, and opens a member’s card whose Send message opens the chat', async () => {
    chat = await chatIn('team');
    const panel = await openPanel(chat);
    const search = inPanel<HTMLInputElement>(panel, 'input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'car' });
    await waitUntil(() => memberRows(panel).length === 1, 'the search filters');
    expect(text(memberRows(panel)[0])).to.equal('Carol');
    search.value = '';
    search.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => memberRows(panel).length === 3, 'all again');
    search.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => deepActiveElement()?.dataset.id === 'alice', 'ArrowDown enters the list at the owner');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => deepActiveElement()?.dataset.id === 'bob');
    const selected: string[] = [];
    chat.el.addEventListener('tim-conversation-select', (e) => selected.push(e.detail.conversationID));
    await sendKeys({ press: 'Enter' });
    const card = () => panel.shadowRoot!.querySelector<TimProfileCard>('tim-profile-card');
    await waitUntil(() => card()?.isOpen, 'the card opens');
    expect(text(card()!.shadowRoot!.querySelector('dialog')))
      .to.contain('Bob')
      .and.contain('ID: bob');
    expect(deepActiveElement()).to.equal(card()!.shadowRoot!.querySelector('[part~="send-button"]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => chat.store.state.get().activeConversationID === 'C2Cbob', 'the one-to-one chat opens');
    expect(selected).to.deep.equal(['C2Cbob']);
    await waitUntil(() => !panel.isOpen, 'the panel closes');
  });

  it('mutes the group from the panel, and leaving asks first, then the group is history', async () => {
    chat = await chatIn('club');
    const panel = await openPanel(chat);
    const mute = inPanel<HTMLInputElement>(panel, '[part~="mute"] input')!;
    expect(mute.getAttribute('role')).to.equal('switch');
    mute.click();
    await waitUntil(
      () => chat.store.state.get().conversations.find((c) => c.conversationID === 'GROUPclub')?.messageRemindType === 'AcceptNotNotify',
      'muted',
    );
    const leave = panel.shadowRoot!.querySelector<HTMLButtonElement>('[part~="leave-button"]')!;
    leave.click();
    const confirm = panel.shadowRoot!.querySelector('tim-confirm-dialog')!;
    await waitUntil(() => confirm.isOpen, 'asks first');
    expect(text(confirm.shadowRoot!.querySelector('h2'))).to.equal('Leave Club?');
    confirm.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm-button"]')!.click();
    await waitUntil(() => !panel.isOpen, 'the panel closes once left');
    await waitUntil(() => !chat.store.state.get().groups.club?.selfRole, 'no longer a member');
    expect(deepActiveElement()).to.equal(infoButton(chat.el), 'focus back on the header button');
  });
});

describe("<tim-group-info>: a member's menu", () => {
  let chat: Chat;
  afterEach(async () => {
    panelOf(chat.el)?.close();
    await chat.store.stop();
  });

  const menu = (panel: TimGroupInfo) => inPanel<HTMLElement>(panel, '[part~="member-menu"]');
  const menuItems = (panel: TimGroupInfo) => [...(menu(panel)?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const row = (panel: TimGroupInfo, userID: string) => inPanel<HTMLElement>(panel, `[part~="member"][data-id="${userID}"]`);
  const notices = (chat: Chat) => {
    const list = chat.el.shadowRoot!.querySelector('tim-message-list')!;
    return [...list.shadowRoot!.querySelectorAll('tim-message')].map((m) => text(m.shadowRoot!.querySelector('[part~="notice"]')));
  };

  /** Focus a member's row from the search box with the arrows. */
  async function focusRow(panel: TimGroupInfo, userID: string): Promise<void> {
    inPanel<HTMLInputElement>(panel, 'input[type="search"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    for (let i = 0; i < 5 && deepActiveElement()?.dataset.id !== userID; i++) await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => deepActiveElement()?.dataset.id === userID, `${userID}'s row has the focus`);
  }

  it('the owner opens a member’s menu with Shift+F10: what the rules allow, an accessible menu; Make admin sorts them up, the tip shows', async () => {
    chat = await chatIn('guild');
    const panel = await openPanel(chat);
    const events: string[] = [];
    chat.el.addEventListener('tim-group-member-action', (e) => events.push(`${e.detail.action} ${e.detail.userID}`));
    // Nothing to do to oneself: no "…" on one's own row.
    expect(row(panel, 'alice')!.querySelector('[part~="member-more-button"]')).to.equal(null);
    expect(row(panel, 'bob')!.getAttribute('aria-keyshortcuts')).to.equal('Shift+F10');
    await focusRow(panel, 'bob');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'F10' });
    await sendKeys({ up: 'Shift' });
    await waitUntil(() => menu(panel) && deepActiveElement() === menuItems(panel)[0], 'the menu opens with the focus on its first item');
    expect(menu(panel)!.getAttribute('role')).to.equal('menu');
    expect(menu(panel)!.getAttribute('aria-label')).to.equal('Actions for Bob');
    expect(menuItems(panel).map((i) => i.getAttribute('aria-label') ?? text(i))).to.deep.equal([
      'Make admin',
      'Mute for 10 minutes',
      'Mute for 1 hour',
      'Mute for 12 hours',
      'Mute for 1 day',
      'Transfer ownership',
      'Remove from group',
    ]);
    await expect(panel).shadowDom.to.be.accessible();
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActiveElement()).to.equal(menuItems(panel).at(-1), 'the arrows wrap');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(row(panel, 'bob')).includes('Admin'), 'Bob gets the Admin badge');
    expect(events).to.deep.equal(['makeAdmin bob']);
    expect(memberRows(panel).map((r) => r.dataset.id)).to.deep.equal(['alice', 'bob', 'carol']);
    await waitUntil(() => deepActiveElement() === row(panel, 'bob'), 'the focus back on Bob');
    await waitUntil(() => notices(chat).includes('You made Bob an admin'), 'the tip in the chat');
    // Now an admin: the menu offers Remove admin instead.
    await sendKeys({ press: 'ContextMenu' });
    await waitUntil(() => menuItems(panel).length > 0, 'the menu again');
    expect(text(menuItems(panel)[0])).to.equal('Remove admin');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !menu(panel), 'Escape closes the menu');
    expect(panel.isOpen, 'not the panel').to.equal(true);
    expect(deepActiveElement()).to.equal(row(panel, 'bob'));
  });

  it('mutes from the "…" button: the Muted badge says until when; Unmute lifts it', async () => {
    chat = await chatIn('guild');
    const panel = await openPanel(chat);
    row(panel, 'carol')!.querySelector<HTMLElement>('[part~="member-more-button"]')!.click();
    await waitUntil(() => menuItems(panel).length > 0, 'the menu opens');
    menuItems(panel)
      .find((i) => i.getAttribute('aria-label') === 'Mute for 1 hour')!
      .click();
    await waitUntil(() => row(panel, 'carol')!.querySelector('[part~="muted-badge"]'), 'the Muted badge');
    const badge = row(panel, 'carol')!.querySelector<HTMLElement>('[part~="muted-badge"]')!;
    expect(text(badge)).to.match(/^, Muted until .+Muted$/);
    expect(badge.title).to.match(/^Muted until /);
    const members = await chat.service.getGroupMembers('guild');
    expect(members.find((m) => m.userID === 'carol')!.muteUntil).to.be.greaterThan(Date.now() / 1000 + 3500);
    await waitUntil(() => notices(chat).some((n) => n.startsWith('You muted Carol')), 'the tip in the chat');
    row(panel, 'carol')!.querySelector<HTMLElement>('[part~="member-more-button"]')!.click();
    await waitUntil(() => menuItems(panel).some((i) => text(i) === 'Unmute'), 'Unmute is offered');
    menuItems(panel)
      .find((i) => text(i) === 'Unmute')!
      .click();
    await waitUntil(() => !row(panel, 'carol')!.querySelector('[part~="muted-badge"]'), 'the badge goes');
  });

  it('Remove asks first; the member is gone and the focus goes to the search box; a refusal says why and keeps them', async () => {
    chat = await chatIn('guild');
    const panel = await openPanel(chat);
    const confirm = panel.shadowRoot!.querySelector('tim-confirm-dialog')!;
    // Offline: the action fails, the member stays, the panel says why.
    chat.service.setOffline(true);
    row(panel, 'bob')!.querySelector<HTMLElement>('[part~="member-more-button"]')!.click();
    await waitUntil(() => menuItems(panel).length > 0, 'the menu opens');
    menuItems(panel).at(-1)!.click();
    await waitUntil(() => confirm.isOpen, 'asks first');
    expect(text(confirm.shadowRoot!.querySelector('h2'))).to.equal('Remove Bob from the group?');
    confirm.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm-button"]')!.click();
    await waitUntil(() => inPanel(panel, '[part~="member-error"]'), 'the refusal shows');
    expect(text(inPanel(panel, '[part~="member-error"]'))).to.match(/^Could not update Bob\. /);
    expect(row(panel, 'bob'), 'nothing lost').to.not.equal(null);
    inPanel<HTMLButtonElement>(panel, '[part~="member-error"] button')!.click();
    await waitUntil(() => !inPanel(panel, '[part~="member-error"]'), 'dismissed');
    chat.service.setOffline(false);
    await waitUntil(() => chat.store.state.get().connection === 'connected', 'back online');
    row(panel, 'bob')!.querySelector<HTMLElement>('[part~="member-more-button"]')!.click();
    await waitUntil(() => menuItems(panel).length > 0, 'the menu opens');
    menuItems(panel).at(-1)!.click();
    await waitUntil(() => confirm.isOpen, 'asks again');
    confirm.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm-button"]')!.click();
    await waitUntil(() => !row(panel, 'bob'), 'Bob is gone');
    await waitUntil(() => deepActiveElement() === inPanel(panel, 'input[type="search"]'), 'the focus on the search box');
    await waitUntil(() => notices(chat).includes('You removed Bob from the group'), 'the tip in the chat');
  });

  it('a mute that ends takes its badge with it, without anything else changing', async () => {
    chat = await chatIn('guild');
    const panel = await openPanel(chat);
    await chat.server.muteGroupMember('guild', 'alice', 'carol', 2);
    await waitUntil(() => row(panel, 'carol')!.querySelector('[part~="muted-badge"]'), 'the Muted badge');
    await waitUntil(() => !row(panel, 'carol')!.querySelector('[part~="muted-badge"]'), 'the badge goes when the mute ends', {
      timeout: 6000,
    });
  });

  it('a member sees no menu over the owner or other members', async () => {
    chat = await chatIn('club');
    const panel = await openPanel(chat);
    expect(panel.shadowRoot!.querySelectorAll('[part~="member-more-button"]').length).to.equal(0);
  });
});

describe('<tim-group-info> in a large group', () => {
  it('draws only the rows in view and loads the next page of members as the sheet scrolls to its end', async () => {
    const chat = await makeChat('alice');
    try {
      const many = Array.from({ length: 80 }, (_, i) => `member${String(i).padStart(2, '0')}`);
      for (const userID of many) await chat.server.createUser({ userID, nick: `Member ${userID.slice(6)}` });
      await chat.server.createGroup({ groupID: 'big', name: 'Big', ownerID: 'alice', memberIDs: many, type: 'Work' });
      await waitUntil(() => chat.store.state.get().conversations.some((c) => c.conversationID === 'GROUPbig'), 'the group is listed');
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px;height:640px">
        <tim-chat .store=${chat.store} locale="en" conversation-id="GROUPbig"></tim-chat></div>`);
      const el = wrapper.querySelector('tim-chat') as TimChat;
      await waitUntil(() => infoButton(el), 'the button');
      infoButton(el)!.click();
      await waitUntil(() => panelOf(el)?.isOpen && memberRows(panelOf(el)!).length > 0, 'the panel and its first rows');
      const panel = panelOf(el)!;
      const list = inPanel<HTMLElement>(panel, '#member-list')!;
      await waitUntil(() => list.hasAttribute('data-drawn'), 'the virtualizer drew its rows');
      expect(memberRows(panel).length).to.be.below(50, 'only the rows near the view are in the DOM');
      const loaded = () => panel.shownMembers.length;
      expect(loaded()).to.equal(50, 'the first page');
      const body = inPanel<HTMLElement>(panel, '.body')!;
      // As a reader keeps scrolling down: the sheet grows as rows are measured, so each step goes to its end again.
      await waitUntil(() => {
        body.scrollTop = body.scrollHeight;
        return loaded() === 81;
      }, 'the next page comes as the end nears');
      panel.close();
    } finally {
      await chat.store.stop();
    }
  });
});

describe('<tim-profile-card> from an avatar in the message list', () => {
  it('the sender’s avatar is a named button, reached from the row with F2, that opens their card; Escape gives the focus back', async () => {
    const chat = await chatIn('team');
    try {
      const list = chat.el.shadowRoot!.querySelector('tim-message-list')!;
      const bobRow = () =>
        [...list.shadowRoot!.querySelectorAll<HTMLElement>('tim-message')].find((m) =>
          m.shadowRoot?.querySelector('[part~="avatar-button"]'),
        );
      const avatarButton = () => bobRow()?.shadowRoot!.querySelector<HTMLButtonElement>('[part~="avatar-button"]');
      await waitUntil(() => avatarButton(), 'bob’s message has his avatar');
      expect(avatarButton()!.getAttribute('aria-label')).to.equal('Profile of Bob');
      const card = () => list.shadowRoot!.querySelector<TimProfileCard>('tim-profile-card');
      // A click opens it.
      avatarButton()!.click();
      await waitUntil(() => card()?.isOpen, 'a click opens the card');
      expect(text(card()!.shadowRoot!.querySelector('dialog')))
        .to.contain('Bob')
        .and.contain('ID: bob');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !card()!.isOpen, 'Escape closes it');
      // The keyboard: the row, F2 into its controls (Enter opens its menu: the message has no controls of its own), the avatar, Enter.
      bobRow()!.focus();
      await sendKeys({ press: 'F2' });
      await waitUntil(() => deepActiveElement() === avatarButton(), 'F2 on the row reaches the avatar');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => card()?.isOpen, 'Enter on the avatar opens the card');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !card()!.isOpen);
      expect(deepActiveElement()).to.equal(avatarButton(), 'the focus is back on the avatar');
    } finally {
      await chat.store.stop();
    }
  });
});
