import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TimChat } from '../../src/components/chat/tim-chat.js';
import type { TimConversationList } from '../../src/components/conversation-list/tim-conversation-list.js';
import type { TimMessageSearch } from '../../src/components/message-search/tim-message-search.js';
import { deepActiveElement } from '../../src/components/message-actions/tim-message-actions.js';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { TencentChatService } from '../../src/core/service/tencent/tencent-chat-service.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { textMessage } from '../contract/contract-helpers.js';
import { FakeTencentServer, type FakeTencentChat } from '../fakes/fake-tencent-chat.js';

const listOf = (el: TimChat) => el.shadowRoot!.querySelector<TimConversationList>('tim-conversation-list')!;
const listButton = (el: TimChat) => listOf(el).shadowRoot!.querySelector<HTMLButtonElement>('[part~="search-messages-button"]');
const dialogOf = (el: TimChat) => listOf(el).shadowRoot!.querySelector<TimMessageSearch>('tim-message-search');
const optionsOf = (dialog: TimMessageSearch) => [...dialog.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const moreRows = (dialog: TimMessageSearch) => [...dialog.shadowRoot!.querySelectorAll<HTMLElement>('[part~="more"]')];
const texts = (dialog: TimMessageSearch) => optionsOf(dialog).map((row) => (row.querySelector('.snippet') ?? row).textContent!.trim());

/** Server results in `<tim-message-search>` on the Tencent adapter, over the fake SDK with the cloud search plugin. */
describe('message search with the server (TencentChatService, fake SDK)', () => {
  let server: FakeTencentServer;
  let store: ChatStore;
  let sdk: FakeTencentChat;

  beforeEach(async () => {
    server = new FakeTencentServer()
      .addUser({ userID: 'alice', nick: 'Alice' })
      .addUser({ userID: 'bob', nick: 'Bob' })
      .addUser({ userID: 'carol', nick: 'Carol' });
    for (const [from, lines] of [
      ['bob', ['lunch at noon?', 'or lunch at one', 'dinner maybe']],
      ['carol', ['see you at lunch', 'bye']],
    ] as const) {
      const service = new TencentChatService(server.createInstance(), { userSig: (id) => `sig-${id}`, fetch: server.fetch });
      await service.login({ userID: from });
      for (const line of lines) await service.sendMessage(textMessage(from, 'C2Calice', line));
      await service.logout();
    }
    sdk = server.createInstance();
    store = new ChatStore({
      service: new TencentChatService(sdk, { userSig: (id) => `sig-${id}`, fetch: server.fetch }),
      cache: new MemoryCache(),
    });
    await store.start('alice');
  });

  afterEach(async () => {
    await store.stop();
  });

  async function openSearch(): Promise<{ el: TimChat; dialog: TimMessageSearch }> {
    const el = await fixture<TimChat>(
      html`<tim-chat style="display:block;height:600px;width:900px" .store=${store} locale="en"></tim-chat>`,
    );
    await waitUntil(() => listButton(el), 'the list shows its button');
    listButton(el)!.click();
    await waitUntil(() => dialogOf(el)?.isOpen, 'the dialog opens');
    return { el, dialog: dialogOf(el)! };
  }

  it('shows the server results (nothing of them cached) and "N more on the server", which searches within that chat', async () => {
    server.cloudSearchEnabled = true;
    const { dialog } = await openSearch();
    await sendKeys({ type: 'lunch' });
    await waitUntil(() => moreRows(dialog).length === 1, 'the server answered');
    expect(texts(dialog)).to.deep.equal(['see you at lunch', '2 more on the server']);
    const groups = [...dialog.shadowRoot!.querySelectorAll('[part~="group"] .group-name')].map((g) => g.textContent);
    expect(groups).to.deep.equal(['Carol', 'Bob']);
    // The keyboard reaches the count row; Enter searches within Bob's chat.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(moreRows(dialog)[0]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => optionsOf(dialog).length === 2, "Bob's messages from the server");
    expect(texts(dialog)).to.deep.equal(['or lunch at one', 'lunch at noon?']);
    expect(dialog.shadowRoot!.querySelector('h2')!.textContent).to.equal('Search in this chat');
    expect(moreRows(dialog)).to.have.length(0);
    expect(deepActiveElement()?.localName).to.equal('input', 'back in the search box');
  });

  it('without the plugin: the cached results alone, no error, and the server is not asked again', async () => {
    const { dialog } = await openSearch();
    await sendKeys({ type: 'bye' });
    await waitUntil(() => dialog.shadowRoot!.querySelector('[role="status"]')?.textContent?.includes('No messages found'), 'searched');
    expect(dialog.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'e' });
    await waitUntil(
      () => dialog.shadowRoot!.querySelector('[role="status"]')?.textContent?.includes('No messages found'),
      'searched again',
    );
    expect(sdk.calls.filter((c) => c.method === 'searchCloudMessages')).to.have.length(1);
  });
});
