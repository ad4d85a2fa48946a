import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from '../../src/components/message-actions/tim-message-actions.js';
import type { TimMessageList } from '../../src/components/message-list/tim-message-list.js';
import type { TimReadReceipts } from '../../src/components/read-receipts/tim-read-receipts.js';
import type { TimMessage } from '../../src/components/message/tim-message.js';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import type { Message } from '../../src/core/model/message.js';
import { LocalChatService } from '../../src/core/service/local/index.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { makeMessageWorld, until, type MessageWorld } from '../fixtures/message-world.js';
import { mountList, rowFor } from './message-list-helpers.js';

const countOf = (row: TimMessage | undefined) => row?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="read-receipt"]') ?? null;
const statusOf = (row: TimMessage | undefined) => row?.shadowRoot?.querySelector<HTMLElement>('[data-status]')?.dataset.status ?? 'none';
const dialogOf = (list: TimMessageList) => list.shadowRoot?.querySelector<TimReadReceipts>('tim-read-receipts') ?? null;
const membersOf = (dialog: TimReadReceipts | null) =>
  [...(dialog?.shadowRoot?.querySelectorAll('[part~="member"] .name') ?? [])].map((n) => n.textContent?.trim());
const selectedTab = (dialog: TimReadReceipts | null) =>
  dialog?.shadowRoot?.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.trim() ?? '';

describe('group read receipts (<tim-message-list>, <tim-read-receipts>)', () => {
  let world: MessageWorld;
  let alice: TimMessageList;
  let sent: Message;

  beforeEach(async () => {
    world = await makeMessageWorld();
    alice = await mountList(world.alice, world.group);
    sent = await world.alice.sendText(world.group, 'Please read the release plan');
    await until(() => countOf(rowFor(alice, sent.ID))?.textContent?.trim() === 'Unread', 'Unread beside the message');
  });

  afterEach(async () => {
    await world.dispose();
  });

  it('shows Unread, then "1 read" live when a member reads the conversation, and is accessible', async () => {
    const button = countOf(rowFor(alice, sent.ID))!;
    expect(button.getAttribute('aria-label')).to.equal('Unread. Show who has read it');
    // Bob's own list shows the group at its newest message: reading it acknowledges the message.
    await mountList(world.bob, world.group);
    await until(() => countOf(rowFor(alice, sent.ID))?.textContent?.trim() === '1 read', '1 read, live');
    expect(countOf(rowFor(alice, sent.ID))!.dataset.kind).to.equal('read');
    await expect(rowFor(alice, sent.ID)!).to.be.accessible();
  });

  it('"All read" once every member read it; nothing beside messages of others or one-to-one ones', async () => {
    for (const reader of ['bob', 'carol', 'dave']) await world.server.sendReadReceiptsAsAdmin(reader, [sent.ID]);
    await until(() => countOf(rowFor(alice, sent.ID))?.textContent?.trim() === 'All read', 'All read');
    const fromBob = await world.bob.sendText(world.group, 'on it');
    await until(() => !!rowFor(alice, fromBob.ID), "Bob's message shows");
    expect(countOf(rowFor(alice, fromBob.ID))).to.equal(null);
    const c2c = await mountList(world.alice, world.c2c, { waitForRows: false });
    const direct = await world.alice.sendText(world.c2c, 'just us');
    await until(() => !!rowFor(c2c, direct.ID)?.shadowRoot?.querySelector('[part~="status"]'), 'the C2C row');
    expect(countOf(rowFor(c2c, direct.ID)), 'C2C keeps its ✓ / ✓✓').to.equal(null);
  });

  it('a click opens who has read it: Read and Unread tabs with names, ←/→ between them, Escape gives the focus back', async () => {
    await world.server.sendReadReceiptsAsAdmin('bob', [sent.ID]);
    await until(() => countOf(rowFor(alice, sent.ID))?.textContent?.trim() === '1 read', '1 read');
    countOf(rowFor(alice, sent.ID))!.click();
    await until(() => membersOf(dialogOf(alice)).length === 1, 'the readers');
    const dialog = dialogOf(alice)!;
    expect(dialog.isOpen).to.equal(true);
    expect(selectedTab(dialog)).to.equal('Read (1)');
    expect(membersOf(dialog)).to.deep.equal(['Bob Smith']);
    expect(dialog.shadowRoot!.querySelectorAll('[part~="member"] tim-avatar').length).to.equal(1);
    await expect(dialog).to.be.accessible();

    dialog.shadowRoot!.querySelector<HTMLElement>('#tab-read')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => selectedTab(dialog) === 'Unread (2)' && membersOf(dialog).length === 2, 'the Unread tab');
    expect(membersOf(dialog)).to.deep.equal(['王芳', 'Dave Lee']);
    expect(deepActiveElement()?.id).to.equal('tab-unread');

    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.isOpen, 'closed');
    // Clicked (not focused): the focus comes back to the message's row (or the count in it).
    const focused = deepActiveElement();
    const row = (focused?.localName === 'tim-message' ? focused : (focused?.getRootNode() as ShadowRoot | null)?.host) as
      TimMessage | undefined;
    expect(`${focused?.localName}:${row?.message?.ID}`).to.be.oneOf([`tim-message:${sent.ID}`, `button:${sent.ID}`]);
  });

  it('by keyboard: Enter steps into the row onto the count, Enter opens the list', async () => {
    await alice.focusRow(sent.ID);
    await until(() => (deepActiveElement() as TimMessage | undefined)?.message?.ID === sent.ID, 'the row holds the focus');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActiveElement()?.getAttribute('part') === 'read-receipt', 'the count holds the focus');
    await sendKeys({ press: 'Enter' });
    await until(() => !!dialogOf(alice)?.isOpen, 'the list opened');
    // Nobody has read it: the list opens on Unread.
    await until(() => membersOf(dialogOf(alice)).length === 3, 'everyone is unread');
    expect(selectedTab(dialogOf(alice))).to.equal('Unread (3)');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialogOf(alice)!.isOpen, 'closed');
    expect(deepActiveElement()?.getAttribute('part'), 'the focus is back on the count').to.equal('read-receipt');
  });

  it('on a backend without group read receipts nothing shows', async () => {
    const service = new LocalChatService(world.server, { latencyMs: 0 });
    Object.defineProperty(service, 'features', { value: { ...service.features, groupReadReceipts: false } });
    const store = new ChatStore({ service, cache: new MemoryCache() });
    await store.start('alice');
    const list = await mountList(store, world.group);
    const plain = await store.sendText(world.group, 'no receipts asked');
    await until(() => !!rowFor(list, plain.ID)?.shadowRoot?.querySelector('time'), 'the row');
    await store.settled();
    expect(countOf(rowFor(list, plain.ID))).to.equal(null);
    expect(countOf(rowFor(list, sent.ID)), 'not even for a message that asked').to.equal(null);
    await until(() => statusOf(rowFor(list, plain.ID)) === 'sent', 'the group message shows its sent ✓ instead');
    expect(rowFor(list, plain.ID)!.shadowRoot!.querySelector('[data-status="sent"]')!.getAttribute('aria-label')).to.equal('Sent');
    await store.stop();
  });

  it('a group message shows ✓ sent when it has no read count (sent without receipts), and only the count when it has one', async () => {
    const quiet = await world.alice.send(world.group, { type: 'text', text: 'no receipts for this one' }, { needReadReceipt: false });
    await until(() => statusOf(rowFor(alice, quiet.ID)) === 'sent', 'the ✓ of a group message without receipts');
    expect(countOf(rowFor(alice, quiet.ID))).to.equal(null);
    expect(statusOf(rowFor(alice, sent.ID)), 'the count says more than ✓').to.equal('none');
    await expect(rowFor(alice, quiet.ID)!).to.be.accessible();
  });
});
