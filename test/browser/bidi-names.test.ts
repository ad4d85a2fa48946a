import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TimChat } from '../../src/components/chat/tim-chat.js';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';
import { LocalServer } from '../../src/core/service/local/local-server.js';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { until } from '../fixtures/message-world.js';
import { deepQuery, deepQueryAll, deepText } from './dom-helpers.js';

const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('directional controls in names', () => {
  it('file, sender, group and conversation names show without them, and a file shows its real extension', async function () {
    this.timeout(20000);
    const server = await LocalServer.open({ storage: 'memory', namespace: `bidi-${Date.now()}` });
    await server.createUser({ userID: 'alice', nick: 'Alice' });
    await server.createUser({ userID: 'mallory', nick: 'Mal\u202Elory\u202C' });
    const group = await server.createGroup({ ownerID: 'mallory', memberIDs: ['alice'], name: 'Pay\u2067roll\u2069 team', type: 'Work' });
    await server.postMessages([
      {
        from: 'mallory',
        conversationID: `GROUP${group.groupID}`,
        elements: [{ type: 'TIMFileElem', uuid: '', fileName: 'invoice\u202Efdp.exe', fileSize: 1024, fileUrl: '' }],
        files: { 0: new Blob([new Uint8Array(1024)]) },
      },
      { from: 'mallory', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'hi' }] },
    ]);
    const store = new ChatStore({ service: new LocalChatService(server), cache: new MemoryCache() });
    await store.start('alice');
    try {
      const chat = await fixture<TimChat>(
        html`<tim-chat .store=${store} locale="en" style="display:block;block-size:700px;inline-size:1100px"></tim-chat>`,
      );
      await store.openConversation(`GROUP${group.groupID}`);
      await until(() => deepQuery<HTMLElement>(chat, 'tim-message-file')?.shadowRoot?.querySelector('[part="name"]'), 'the file row');
      const fileName = deepQuery<HTMLElement>(chat, 'tim-message-file')!.shadowRoot!.querySelector<HTMLElement>('[part="name"]')!;
      expect(fileName.textContent).to.equal('invoicefdp.exe');
      expect(fileName.querySelector('.extension')!.textContent).to.equal('.exe');
      const list = deepQuery<HTMLElement>(chat, 'tim-conversation-list')!;
      await until(() => deepText(list).includes('Payroll team') && deepText(list).includes('Mallory'), 'the names in the list');
      // Sender names in the group, the header, the list rows and their summaries.
      await until(() => deepQueryAll(chat, 'tim-message').some((row) => deepText(row).includes('Mallory')), 'the sender name');
      const text = deepText(chat);
      expect(text).to.contain('invoicefdp.exe');
      expect(
        CONTROLS.test(text),
        `a directional control reached the page: ${JSON.stringify(text.match(/.{0,20}[\u202A-\u202E\u2066-\u2069].{0,20}/)?.[0])}`,
      ).to.equal(false);
    } finally {
      await store.stop();
      server.close();
    }
  });
});
