import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TimChat } from '../../src/components/chat/tim-chat.js';
import type { TimConversationList } from '../../src/components/conversation-list/tim-conversation-list.js';
import type { TimMessageSearch } from '../../src/components/message-search/tim-message-search.js';
import { deepActiveElement } from '../../src/components/message-actions/tim-message-actions.js';
import { makeChat } from './support/chat-fixture.js';

type Chat = Awaited<ReturnType<typeof makeChat>>;

const listOf = (el: TimChat) => el.shadowRoot!.querySelector<TimConversationList>('tim-conversation-list')!;
const listButton = (el: TimChat) => listOf(el).shadowRoot!.querySelector<HTMLButtonElement>('[part~="search-messages-button"]');
const headerButton = (el: TimChat) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="search-button"]');
const rowsOf = (dialog: TimMessageSearch) => [...dialog.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const marksOf = (row: HTMLElement) => [...row.querySelectorAll('mark')].map((m) => m.textContent);

describe('message search in <tim-chat>', () => {
  let chat: Chat;
  let el: TimChat;

  beforeEach(async () => {
    chat = await makeChat('alice');
    const { LocalChatService } = await import('../../src/core/service/local/index.js');
    const { ChatStore } = await import('../../src/core/store/chat-store.js');
    const bob = new ChatStore({ service: new LocalChatService(chat.server) });
    await bob.start('bob');
    await bob.sendText('C2Calice', 'See you at the <b>lunch</b> meeting 明天中午见');
    for (let i = 0; i < 30; i++) await bob.sendText('C2Calice', `filler ${i}`);
    await bob.stop();
    el = await fixture<TimChat>(
      html`<tim-chat style="display:block;height:600px;width:900px" .store=${chat.store} locale="en"></tim-chat>`,
    );
    // Alice reads the chat: its messages are cached.
    await chat.store.openConversation('C2Cbob');
    await waitUntil(() => chat.store.messageList('C2Cbob').get().messages.length > 20, 'the chat is read');
    await chat.store.loadOlder('C2Cbob');
    await chat.store.markConversationRead('C2Cbob');
    await chat.store.openConversation(null);
    await waitUntil(() => listButton(el), 'the list shows its button');
  });

  afterEach(async () => {
    await chat.store.stop();
  });

  it('finds a message by a Chinese phrase without spaces, marks it as text, and Enter jumps to it in its chat', async () => {
    const button = listButton(el)!;
    expect(button.getAttribute('aria-label')).to.equal('Search messages');
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    button.click();
    const dialog = await waitUntil(
      () => listOf(el).shadowRoot!.querySelector<TimMessageSearch>('tim-message-search')?.isOpen,
      'the dialog opens',
    ).then(() => listOf(el).shadowRoot!.querySelector<TimMessageSearch>('tim-message-search')!);
    expect(deepActiveElement()?.localName).to.equal('input', 'focus starts in the search box');
    await sendKeys({ type: '中午' });
    await waitUntil(() => rowsOf(dialog).length === 1, 'one message found once typing pauses');
    const row = rowsOf(dialog)[0]!;
    expect(marksOf(row)).to.deep.equal(['中午']);
    // The message's own markup is text, never HTML.
    expect(row.querySelector('b')).to.equal(null);
    expect(row.textContent).to.contain('<b>lunch</b>');
    const chosen: string[] = [];
    el.addEventListener('tim-message-search-select', (e) => chosen.push(e.detail.messageID));
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(row, 'ArrowDown goes into the results');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => chat.store.state.get().activeConversationID === 'C2Cbob', 'the chat opens');
    expect(chosen).to.have.length(1);
    const list = el.shadowRoot!.querySelector('tim-message-list')!;
    await waitUntil(() => list.rowFor(chosen[0]!), 'the message is shown in its chat (its history loaded)', { timeout: 6000 });
    expect(dialog.isOpen).to.equal(false);
  });

  it('searches within the open chat from its header; Escape closes and gives the focus back', async () => {
    await chat.store.openConversation('C2Cbob');
    await waitUntil(() => headerButton(el), 'the header shows its button');
    const button = headerButton(el)!;
    expect(button.getAttribute('aria-label')).to.equal('Search in this chat');
    button.focus();
    button.click();
    const dialog = await waitUntil(
      () => el.shadowRoot!.querySelector<TimMessageSearch>('tim-message-search')?.isOpen,
      'the dialog opens',
    ).then(() => el.shadowRoot!.querySelector<TimMessageSearch>('tim-message-search')!);
    expect(dialog.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Search in this chat');
    await sendKeys({ type: 'filler 2' });
    await waitUntil(() => rowsOf(dialog).length === 1, 'the whole word "2" (not 20-29) as typed');
    for (let i = 0; i < 'filler 2'.length; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'lunc' });
    await waitUntil(() => rowsOf(dialog).length === 1 && marksOf(rowsOf(dialog)[0]!).includes('lunc'), 'a prefix of the last word');
    // A search box's Escape first clears its words (the browser's own), then closes the dialog.
    await sendKeys({ press: 'Escape' });
    await waitUntil(
      () => dialog.shadowRoot!.querySelector('input')!.value === '' && rowsOf(dialog).length === 0,
      'Escape clears the words',
    );
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.isOpen, 'Escape closes');
    expect(deepActiveElement()).to.equal(button, 'the focus goes back to the button');
  });

  it('shows more results: "Show more" loads the next page as it comes into view (by keyboard or scrolling)', async () => {
    const { LocalChatService } = await import('../../src/core/service/local/index.js');
    const { ChatStore } = await import('../../src/core/store/chat-store.js');
    const bob = new ChatStore({ service: new LocalChatService(chat.server) });
    await bob.start('bob');
    for (let i = 0; i < 40; i++) await bob.sendText('C2Calice', `filler more ${i}`);
    await bob.stop();
    await chat.store.openConversation('C2Cbob');
    const history = () => chat.store.messageList('C2Cbob').get();
    await waitUntil(() => history().messages.length > 20, 'the chat is read');
    while (!history().isCompleted) await chat.store.loadOlder('C2Cbob');
    expect(history().messages.filter((m) => m.elements[0]?.type === 'TIMTextElem').length).to.be.at.least(71);
    await chat.store.openConversation(null);
    listButton(el)!.click();
    const dialog = await waitUntil(
      () => listOf(el).shadowRoot!.querySelector<TimMessageSearch>('tim-message-search')?.isOpen,
      'the dialog opens',
    ).then(() => listOf(el).shadowRoot!.querySelector<TimMessageSearch>('tim-message-search')!);
    const found = () => dialog.shadowRoot!.querySelectorAll('[part~="option"]').length;
    const more = () => dialog.shadowRoot!.querySelector<HTMLElement>('[part~="load-more"]');
    await sendKeys({ type: 'filler' });
    await waitUntil(() => found() === 50 && more(), 'the newest 50, then "Show more"');
    expect(more()!.textContent!.trim()).to.equal('Show more results');
    expect(more()!.getAttribute('role')).to.equal('option');
    // From the keyboard: End goes to the last row, "Show more", which loads as it comes into view;
    // the focus goes on to the first new result.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'End' });
    await waitUntil(() => found() === 70 && !more(), 'all 70 (nothing more)');
    const rows = [...dialog.shadowRoot!.querySelectorAll<HTMLElement>('[part~="option"]')];
    expect(deepActiveElement()).to.equal(rows[50], 'the first new result has the focus');
    // Scrolled into view: loads by itself.
    const input = dialog.shadowRoot!.querySelector('input')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'fill' });
    await waitUntil(() => found() === 50 && more(), 'the newest 50 again');
    const list = dialog.shadowRoot!.querySelector<HTMLElement>('[part~="list"]')!;
    list.scrollTop = list.scrollHeight;
    await waitUntil(() => found() === 70 && !more(), 'the rest, loaded as the end came into view');
  });
});
