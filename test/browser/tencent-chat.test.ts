import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TimChat } from '../../src/components/chat/tim-chat.js';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { c2cConversationID } from '../../src/core/model/ids.js';
import { TencentChatService } from '../../src/core/service/tencent/tencent-chat-service.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { textMessage } from '../contract/contract-helpers.js';
import { FakeTencentServer } from '../fakes/fake-tencent-chat.js';
import { deepQuery, deepText } from './dom-helpers.js';

/**
 * `<tim-chat>` on the Tencent adapter over the fake SDK, in Chromium: what a user of an app on
 * Tencent Cloud Chat sees as things happen — the list, opening a conversation, sending,
 * receiving, a recall, an edit made on another device, a new name and avatar, a friend remark.
 */
describe('tim-chat on TencentChatService (fake SDK)', () => {
  let server: FakeTencentServer;
  let store: ChatStore;
  let bob: TencentChatService;

  beforeEach(async () => {
    server = new FakeTencentServer()
      .addUser({ userID: 'alice', nick: 'Alice' })
      .addUser({ userID: 'bob', nick: 'Bob', avatar: 'https://avatars.fake-tencent.invalid/bob.png' });
    // Tencent tells profile changes to friends.
    server.addFriend('alice', 'bob');
    bob = new TencentChatService(server.createInstance(), { userSig: (id) => `sig-${id}`, fetch: server.fetch });
    await bob.login({ userID: 'bob' });
    await bob.sendMessage(textMessage('bob', c2cConversationID('alice'), 'Hello from Tencent'));
    const service = new TencentChatService(server.createInstance(), { userSig: (id) => `sig-${id}`, fetch: server.fetch });
    store = new ChatStore({ service, cache: new MemoryCache() });
    await store.start('alice');
  });

  afterEach(async () => {
    await store.stop();
    if (bob.userID) await bob.logout();
  });

  async function chat(): Promise<TimChat> {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:900px;height:600px"><tim-chat .store=${store} locale="en"></tim-chat></div>`,
    );
    const el = wrapper.querySelector('tim-chat') as TimChat;
    await el.updateComplete;
    return el;
  }

  const list = (el: TimChat) => el.shadowRoot!.querySelector('tim-conversation-list')!;
  const row = (el: TimChat) => list(el).shadowRoot!.querySelector<HTMLElement>('[data-id="C2Cbob"]');
  const messages = (el: TimChat) => el.shadowRoot!.querySelector('tim-message-list')!;
  const messageText = (el: TimChat) => deepText(messages(el));
  /** The header's name as on screen (without what only screen readers hear, such as ", Online"). */
  const header = (el: TimChat) => {
    const heading = el.shadowRoot!.querySelector('h2')?.cloneNode(true) as HTMLElement | undefined;
    heading?.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
    return heading?.textContent ?? '';
  };

  it('lists the conversation, opens it, sends, receives, shows a recall, an edit elsewhere and a new profile', async () => {
    const el = await chat();

    // The list: the peer's name and the last message.
    await waitUntil(() => row(el) && deepText(row(el)!).includes('Hello from Tencent'), 'the conversation in the list');
    expect(deepText(row(el)!)).to.contain('Bob');

    // Open it: header and history.
    row(el)!.click();
    await waitUntil(() => header(el) === 'Bob', 'the header names the peer');
    await waitUntil(() => messageText(el).includes('Hello from Tencent'), 'the history shows');

    // Send from the composer: Enter sends; bob receives it.
    const received = new Promise<string>((resolve) => {
      const off = bob.on('messageReceived', ({ messages: got }) => {
        const text = got.map((m) => (m.elements[0]?.type === 'TIMTextElem' ? m.elements[0].text : '')).find((t) => t === 'Hi Bob');
        if (text) {
          off();
          resolve(text);
        }
      });
    });
    const textarea =
      deepQuery<HTMLTextAreaElement>(el, 'tim-composer textarea') ??
      deepQuery<HTMLTextAreaElement>(el.shadowRoot!.querySelector('tim-composer')!, 'textarea');
    textarea!.focus();
    await sendKeys({ type: 'Hi Bob' });
    await sendKeys({ press: 'Enter' });
    expect(await received).to.equal('Hi Bob');
    await waitUntil(() => messageText(el).includes('Hi Bob'), 'my message in the list');

    // Receive.
    const incoming = await bob.sendMessage(textMessage('bob', c2cConversationID('alice'), 'Are you there?'));
    await waitUntil(() => messageText(el).includes('Are you there?'), "bob's new message shows");

    // Bob recalls it.
    await bob.revokeMessage(incoming);
    await waitUntil(
      () => !messageText(el).includes('Are you there?') && /Bob recalled a message/.test(messageText(el)),
      'the recall placeholder',
    );

    // Bob edits his first message on another device.
    const first = store
      .messageList('C2Cbob')
      .get()
      .messages.find((m) => m.elements[0]?.type === 'TIMTextElem' && m.elements[0].text === 'Hello from Tencent')!;
    server.modifyMessage(first.ID, { payload: { text: 'Hello from Tencent (edited)' } });
    await waitUntil(() => messageText(el).includes('Hello from Tencent (edited)'), 'the edit shows in the list');

    // Bob changes his name and avatar: list, header and messages follow.
    server.updateProfile('bob', { nick: 'Robert', avatar: 'https://avatars.fake-tencent.invalid/robert.png' });
    await waitUntil(() => header(el) === 'Robert', 'the header shows the new name');
    await waitUntil(() => deepText(row(el)!).includes('Robert'), 'the list shows the new name');
    // (The avatar host does not resolve here, so the element falls back to initials: check what it was given.)
    const bobsRows = () =>
      [
        ...messages(el).shadowRoot!.querySelectorAll<HTMLElement & { senderAvatar: string; message: { from: string } }>('tim-message'),
      ].filter((m) => m.message.from === 'bob');
    await waitUntil(
      () => bobsRows().length > 0 && bobsRows().every((m) => m.senderAvatar === 'https://avatars.fake-tencent.invalid/robert.png'),
      'his messages show the new avatar',
    );

    // Alice gives him a remark: it replaces his nick wherever she sees him.
    server.setFriendRemark('alice', 'bob', 'Bobby (work)');
    await waitUntil(() => header(el) === 'Bobby (work)', 'the header shows the remark');
    await waitUntil(() => deepText(row(el)!).includes('Bobby (work)'), 'the list shows the remark');
  });
});
