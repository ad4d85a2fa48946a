import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TimConversationList } from '../../src/components/conversation-list/tim-conversation-list.js';
import type { TimNewChat } from '../../src/components/new-chat/tim-new-chat.js';
import { deepActiveElement } from '../../src/components/message-actions/tim-message-actions.js';
import { LocalChatService } from '../../src/core/service/local/index.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { makeChat } from './support/chat-fixture.js';

type Chat = Awaited<ReturnType<typeof makeChat>>;

const button = (el: TimConversationList) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="new-chat-button"]');
const dialogOf = (el: TimConversationList) => el.shadowRoot!.querySelector<TimNewChat>('tim-new-chat');
const rowsOf = (dialog: TimNewChat) => [...dialog.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const rowText = (row: HTMLElement) => (row.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('"New chat" in <tim-conversation-list>', () => {
  let chat: Chat;
  let el: TimConversationList;

  beforeEach(async () => {
    chat = await makeChat('alice');
    await chat.server.createGroup({ groupID: 'garden', name: 'Open Garden', ownerID: 'bob', type: 'Public', joinOption: 'FreeAccess' });
    await chat.server.createGroup({
      groupID: 'hikers',
      name: 'Garden Hikers',
      ownerID: 'bob',
      type: 'Public',
      joinOption: 'NeedPermission',
    });
    el = await fixture<TimConversationList>(html`<tim-conversation-list .store=${chat.store} locale="en"></tim-conversation-list>`);
    await waitUntil(() => button(el), 'the button shows for a backend with a directory');
  });

  afterEach(async () => {
    await chat.store.stop();
  });

  async function openDialog(): Promise<TimNewChat> {
    button(el)!.click();
    await waitUntil(() => dialogOf(el)?.isOpen, 'the dialog opens');
    return dialogOf(el)!;
  }

  it('is a named button; the dialog finds a person by typing, and choosing them opens the chat (a cancelable select)', async () => {
    expect(button(el)!.getAttribute('aria-label')).to.equal('New chat');
    expect(button(el)!.getAttribute('aria-haspopup')).to.equal('dialog');
    const dialog = await openDialog();
    const input = dialog.shadowRoot!.querySelector('input')!;
    expect(deepActiveElement()).to.equal(input, 'focus starts in the search box');
    await sendKeys({ type: 'bob' });
    await waitUntil(() => rowsOf(dialog).length === 1, 'bob is found once typing pauses');
    expect(rowText(rowsOf(dialog)[0]!))
      .to.contain('Bob')
      .and.contain('bob')
      .and.contain('Chat');
    const selected: string[] = [];
    el.addEventListener('tim-conversation-select', (e) =>
      selected.push((e as CustomEvent<{ conversationID: string }>).detail.conversationID),
    );
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(rowsOf(dialog)[0]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => chat.store.state.get().activeConversationID === 'C2Cbob', 'the chat with bob opens');
    expect(selected).to.deep.equal(['C2Cbob']);
    expect(dialog.isOpen).to.equal(false);
    await waitUntil(() => deepActiveElement()?.dataset.id === 'C2Cbob', 'the focus goes to the new chat’s row once it is listed');
  });

  it('joins a free group at once and opens it; asks to join one that approves and says so; Escape gives the focus back', async () => {
    const dialog = await openDialog();
    await sendKeys({ type: 'garden' });
    await waitUntil(() => rowsOf(dialog).length === 2, 'two groups');
    expect(rowsOf(dialog).map(rowText)).to.deep.equal([
      'Open Garden , Group · garden · 1 member , Join',
      'Garden Hikers , Group · hikers · 1 member , Ask to join',
    ]);
    rowsOf(dialog)[1]!.click();
    await waitUntil(() => rowText(rowsOf(dialog)[1]!).endsWith('Request sent'), 'the request goes out');
    expect(dialog.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Asked to join Garden Hikers');
    expect(dialog.isOpen, 'stays open after a request').to.equal(true);

    rowsOf(dialog)[0]!.click();
    await waitUntil(() => chat.store.state.get().activeConversationID === 'GROUPgarden', 'the joined group opens');
    expect((await chat.service.getGroupMembers('garden')).some((m) => m.userID === 'alice')).to.equal(true);

    await openDialog();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.isOpen, 'Escape closes');
    expect(deepActiveElement()).to.equal(button(el), 'focus goes back to the button');
  });

  it('says when nothing is found, and shows no button on a backend without a directory', async () => {
    const dialog = await openDialog();
    await sendKeys({ type: 'zzz' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => dialog.shadowRoot!.querySelector('[role="status"]')?.textContent?.includes('No one and no group found for “zzz”'),
      'empty state',
    );
    dialog.close();

    const plain = Object.create(chat.service, { features: { value: {} } }) as LocalChatService;
    const store = new ChatStore({ service: plain });
    const bare = await fixture<TimConversationList>(html`<tim-conversation-list .store=${store} locale="en"></tim-conversation-list>`);
    await bare.updateComplete;
    expect(button(bare)).to.equal(null);
  });
});

describe('"New chat": keys typed while the dialog is still loading', () => {
  it('go to the search box once it shows (Backspace included), and are looked for; Escape meanwhile cancels the opening', async () => {
    const chat = await makeChat('alice');
    const { NewChatFlow } = await import('../../src/components/conversation-list/new-chat-flow.js');
    const host = await fixture<HTMLElement>(html`<div><button id="opener">New chat</button></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<slot></slot>';
    const opened: string[] = [];
    const flowHost = Object.assign(host, {
      renderRoot: root,
      select: (id: string) => opened.push(id),
      focusConversation: () => {},
    });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const flow = new NewChatFlow(flowHost, () => held.then(() => import('../../src/components/new-chat/define.js')));
    const opener = host.querySelector<HTMLButtonElement>('#opener')!;
    opener.focus();
    const opening = flow.open(chat.store, opener);
    await sendKeys({ type: 'boz' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'b' });
    release();
    const dialog = () => root.querySelector<TimNewChat>('tim-new-chat');
    await waitUntil(() => dialog()?.isOpen, 'the dialog opens');
    const input = dialog()!.shadowRoot!.querySelector('input')!;
    expect(input.value, 'nothing typed was lost').to.equal('bob');
    expect(deepActiveElement()).to.equal(input);
    await waitUntil(() => rowsOf(dialog()!).length === 1, 'what was typed is looked for');
    await sendKeys({ type: 'x' });
    expect(input.value, 'typing goes on in the box, no longer buffered').to.equal('bobx');
    dialog()!.close();
    await opening;

    // Escape before the dialog shows: it does not open, and the focus stays where it was.
    let again!: () => void;
    const heldAgain = new Promise<void>((resolve) => (again = resolve));
    const second = new NewChatFlow(flowHost, () => heldAgain);
    opener.focus();
    const cancelled = second.open(chat.store, opener);
    await sendKeys({ press: 'Escape' });
    again();
    await cancelled;
    expect(dialog()!.isOpen).to.equal(false);
    expect(document.activeElement).to.equal(opener);
    await chat.store.stop();
  });
});
