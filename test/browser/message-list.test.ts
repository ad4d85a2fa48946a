import { expect, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TimConfirmDialog } from '../../src/components/confirm-dialog/tim-confirm-dialog.js';
import type { TimMessageActions } from '../../src/components/message-actions/tim-message-actions.js';
import type { TimMessageList } from '../../src/components/message-list/tim-message-list.js';
import type { Message } from '../../src/core/model/message.js';
import { bulkHistory, makeMessageWorld, until, type MessageWorld } from '../fixtures/message-world.js';
import { ManualTimers } from '../support/manual-timers.js';
import { deepQuery, deepText } from './dom-helpers.js';
import { distanceFromBottom, frames, mountList, rowFor, rowsOf, scrollerOf, visibleRows } from './message-list-helpers.js';

const last = <T>(list: readonly T[]) => list[list.length - 1]!;
const messagesOf = (world: MessageWorld, store = world.alice, id = world.c2c) => store.messageList(id).get().messages;
const statusOf = (list: TimMessageList, messageID: string) =>
  rowFor(list, messageID)?.shadowRoot?.querySelector<HTMLElement>('[data-status]')?.dataset.status ?? 'none';

function menuOf(list: TimMessageList): TimMessageActions {
  return list.shadowRoot!.querySelector('tim-message-actions')!;
}
function menuItems(list: TimMessageList): HTMLButtonElement[] {
  // The actions (the reactions row above them has items of its own).
  return [...menuOf(list).shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"][data-action]')];
}
async function openMenuFor(list: TimMessageList, messageID: string): Promise<void> {
  const row = rowFor(list, messageID)!;
  const bubble = row.shadowRoot!.querySelector('[part~="bubble"], [part="notice"]')!.getBoundingClientRect();
  row.dispatchEvent(
    new MouseEvent('contextmenu', { bubbles: true, composed: true, cancelable: true, clientX: bubble.left + 5, clientY: bubble.top + 5 }),
  );
  await until(() => menuOf(list).isOpen, 'the menu to open');
}
function dialogOf(list: TimMessageList): TimConfirmDialog {
  return list.shadowRoot!.querySelector('tim-confirm-dialog')!;
}
function confirmButton(list: TimMessageList): HTMLButtonElement {
  return dialogOf(list).shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!;
}
async function choose(list: TimMessageList, action: string): Promise<void> {
  const item = menuItems(list).find((b) => b.dataset.action === action);
  if (!item)
    throw new Error(
      `no "${action}" in the menu (${menuItems(list)
        .map((b) => b.dataset.action)
        .join(', ')})`,
    );
  item.click();
}

describe('<tim-message-list>', () => {
  let world: MessageWorld;
  afterEach(async () => {
    await world?.dispose();
  });

  describe('states', () => {
    it('shows a skeleton while the first page loads, then what it found', async () => {
      world = await makeMessageWorld({ latencyMs: 400 });
      const list = await mountList(world.alice, 'C2Cdave', { waitForRows: false });
      expect(list.shadowRoot!.querySelector('[part="loading"]')).to.exist;
      expect(list.shadowRoot!.querySelector('[part="loading"]')!.getAttribute('aria-busy')).to.equal('true');
      await until(() => list.shadowRoot!.querySelector('[part="empty"]'), 'the empty state');
      expect(list.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
    });

    it('shows "No messages yet" for an empty conversation, in both languages', async () => {
      world = await makeMessageWorld();
      const list = await mountList(world.alice, 'C2Cdave', { waitForRows: false });
      await until(() => list.shadowRoot!.querySelector('[part="empty"]'), 'the empty state');
      expect(deepText(list.shadowRoot!)).to.contain('No messages yet');
      list.locale = 'zh-CN';
      await list.updateComplete;
      expect(deepText(list.shadowRoot!)).to.contain('暂无消息');
    });

    it('shows an error with a retry that loads once the service is back', async () => {
      world = await makeMessageWorld();
      world.aliceService.setFailureRate(1);
      const list = await mountList(world.alice, 'C2Cdave', { waitForRows: false });
      await until(() => list.shadowRoot!.querySelector('[part="error"]'), 'the error state');
      expect(deepText(list.shadowRoot!.querySelector('[part="error"]')!)).to.contain('Messages could not be loaded.');
      world.aliceService.setFailureRate(0);
      await world.server.postMessages([
        { from: 'dave', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'are you there?' }] },
      ]);
      list.shadowRoot!.querySelector<HTMLButtonElement>('[part="error"] button')!.click();
      await until(() => rowsOf(list).length === 1, 'the message after retry');
    });
  });

  describe('statuses', () => {
    it('shows a spinner while sending, then ✓ sent, then ✓✓ once the peer has read it (C2C)', async function () {
      this.timeout(20000);
      world = await makeMessageWorld();
      await world.alice.sendText(world.c2c, 'first');
      const list = await mountList(world.alice, world.c2c);
      // Offline, the message waits in the outbox as unSend: the spinner shows until the service is back.
      world.aliceService.setOffline(true);
      const sending = world.alice.sendText(world.c2c, 'second').catch(() => undefined);
      await until(() => rowsOf(list).length === 2, 'the optimistic row');
      const id = messagesOf(world).find((m) => (m.elements[0] as { text?: string }).text === 'second')!.ID;
      expect(statusOf(list, id)).to.equal('sending');
      expect(rowFor(list, id)!.shadowRoot!.querySelector('[data-status="sending"]')!.getAttribute('aria-label')).to.equal('Sending…');
      world.aliceService.setOffline(false);
      await sending;
      await until(() => statusOf(list, id) === 'sent', '✓', 10000);
      await world.bob.markConversationRead('C2Calice');
      await until(() => statusOf(list, id) === 'read', '✓✓');
      expect(rowFor(list, id)!.shadowRoot!.querySelector('[data-status="read"]')!.getAttribute('aria-label')).to.equal('Read');
    });

    it('in groups: ✓ sent while no read count shows; the count ("Unread", "N read") then takes its place', async () => {
      world = await makeMessageWorld();
      const sent = await world.alice.sendText(world.group, 'hello team');
      const list = await mountList(world.alice, world.group);
      await until(() => rowFor(list, sent.ID), 'the row');
      await until(() => rowFor(list, sent.ID)!.shadowRoot!.querySelector('[part~="read-receipt"]'), 'the read count');
      expect(statusOf(list, sent.ID)).to.equal('none');
      const quiet = await world.alice.send(world.group, { type: 'text', text: 'no receipts' }, { needReadReceipt: false });
      await until(() => statusOf(list, quiet.ID) === 'sent', 'the ✓ of a group message without receipts');
    });

    it('marks a failed message; resend fires a cancelable event, and the store resends only when not cancelled', async () => {
      world = await makeMessageWorld();
      world.aliceService.setFailureRate(1);
      await world.alice.sendText(world.c2c, 'will fail').catch(() => {});
      const list = await mountList(world.alice, world.c2c);
      const id = last(messagesOf(world)).ID;
      await until(() => statusOf(list, id) === 'failed', 'the failed mark');
      const mark = rowFor(list, id)!.shadowRoot!.querySelector<HTMLButtonElement>('[data-status="failed"]')!;
      expect(mark.getAttribute('aria-label')).to.match(/^Failed to send: .+ · Resend$/);
      expect(mark.getAttribute('aria-label')).to.not.contain('..');
      list.locale = 'zh-CN';
      await until(
        () =>
          /^发送失败：.*网络.* · 重新发送$/.test(
            mark.isConnected
              ? (mark.getAttribute('aria-label') ?? '')
              : (rowFor(list, id)!.shadowRoot!.querySelector('[data-status="failed"]')!.getAttribute('aria-label') ?? ''),
          ),
        'the reason in Chinese',
      );
      list.locale = 'en';

      world.aliceService.setFailureRate(0);
      list.addEventListener('tim-message-resend', (e) => e.preventDefault(), { once: true });
      setTimeout(() => mark.click());
      const prevented = await oneEvent(list, 'tim-message-resend');
      expect(prevented.detail.message.ID).to.equal(id);
      await frames(5);
      expect(last(messagesOf(world)).status).to.equal('fail');

      setTimeout(() => rowFor(list, id)!.shadowRoot!.querySelector<HTMLButtonElement>('[data-status="failed"]')!.click());
      await oneEvent(list, 'tim-message-resend');
      await until(() => statusOf(list, id) === 'sent', 'the resent message');
    });

    it('shows upload progress on an attachment with a cancel button', async function () {
      this.timeout(30000);
      world = await makeMessageWorld({ latencyMs: 1500 });
      await world.alice.sendText(world.c2c, 'a file follows');
      const list = await mountList(world.alice, world.c2c);
      const file = new Blob([new Uint8Array(400_000)], { type: 'application/zip' });
      void world.alice.send(world.c2c, { type: 'file', file, name: 'big.zip' }).catch(() => {});
      await until(() => rowsOf(list).length === 2, 'the file row');
      const row = rowFor(list, messagesOf(world).find((m) => m.elements[0]!.type === 'TIMFileElem')!.ID)!;
      await until(() => row.shadowRoot!.querySelector('[part="upload"] [role="progressbar"]'), 'the upload bar');
      row.shadowRoot!.querySelector<HTMLButtonElement>('[part="upload"] button')!.click();
      await until(() => {
        const message = messagesOf(world).find((m) => m.ID === row.dataset.id);
        return !message || message.status === 'fail';
      }, 'the upload to stop');
    });
  });

  describe('recalled messages and notices', () => {
    it('shows "You recalled a message" and "Bob Smith recalled a message", in English and Chinese', async () => {
      world = await makeMessageWorld();
      const fromBob = await world.bob.sendText('C2Calice', 'oops');
      const mine = await world.alice.sendText(world.c2c, 'mine');
      const list = await mountList(world.alice, world.c2c);
      await until(() => rowsOf(list).length === 2, 'both rows');
      await world.bob.revoke(fromBob);
      await world.alice.revoke(last(messagesOf(world)).ID === mine.ID ? last(messagesOf(world)) : mine);
      await until(() => rowsOf(list).every((r) => r.shadowRoot!.querySelector('[part="notice"]')), 'two placeholders');
      const text = () => rowsOf(list).map((r) => r.shadowRoot!.querySelector('[part="notice"]')!.textContent);
      expect(text()).to.deep.equal(['Bob Smith recalled a message', 'You recalled a message']);
      list.locale = 'zh-CN';
      await until(() => text()[1] === '你撤回了一条消息', 'Chinese');
      expect(text()[0]).to.equal('Bob Smith 撤回了一条消息');
    });

    it('shows group tips as centred lines in the reader’s language, switchable at run time', async () => {
      world = await makeMessageWorld();
      await world.alice.sendText(world.group, 'welcome');
      await world.server.setGroupAdmin(world.groupID, 'alice', 'bob', true);
      await world.server.kickGroupMembers(world.groupID, 'alice', ['dave']);
      const list = await mountList(world.alice, world.group, { height: 2000 });
      const notices = () =>
        rowsOf(list)
          .map((r) => r.shadowRoot!.querySelector('[part="notice"]')?.textContent ?? '')
          .filter(Boolean);
      await until(
        () => notices().some((t) => t.includes('removed')) && notices().some((t) => t.includes('Bob Smith')),
        'the tips, with names',
      );
      expect(notices()).to.include('You made Bob Smith an admin');
      // Dave has left, so only what the store still knows names him.
      expect(notices().find((t) => t.startsWith('You removed'))).to.match(/^You removed (Dave Lee|dave) from the group$/);
      const line = rowsOf(list)
        .find((r) => r.shadowRoot!.querySelector('[part="notice"]'))!
        .shadowRoot!.querySelector<HTMLElement>('[part="notice"]')!;
      expect(getComputedStyle(line).textAlign).to.equal('center');
      list.locale = 'zh-CN';
      await until(() => notices().some((t) => t.startsWith('你将')), 'Chinese tips');
      expect(notices()).to.include('你将 Bob Smith 设为管理员');
      expect(notices().find((t) => t.includes('移出了群聊'))).to.match(/^你将 (Dave Lee|dave) 移出了群聊$/);
    });

    it('names group senders by name card, then nick, then ID', async () => {
      world = await makeMessageWorld({ carolNameCard: 'Carol (design)' });
      await world.server.postMessages([
        { from: 'carol', conversationID: world.group, elements: [{ type: 'TIMTextElem', text: 'from carol' }] },
        {
          from: 'bob',
          conversationID: world.group,
          elements: [{ type: 'TIMTextElem', text: 'from bob' }],
          time: Math.floor(Date.now() / 1000) + 1,
        },
      ]);
      const list = await mountList(world.alice, world.group, { height: 2000 });
      await until(() => rowsOf(list).filter((r) => r.shadowRoot!.querySelector('[part="name"]')).length >= 2, 'names');
      const names = rowsOf(list)
        .map((r) => r.shadowRoot!.querySelector('[part="name"]')?.textContent)
        .filter(Boolean);
      expect(names).to.include.members(['Carol (design)', 'Bob Smith']);
    });
  });

  describe('actions', () => {
    let list: TimMessageList;
    let mine: Message;
    beforeEach(async () => {
      world = await makeMessageWorld();
      await world.bob.sendText('C2Calice', 'hello from bob');
      mine = await world.alice.sendText(world.c2c, 'hello from alice');
      list = await mountList(world.alice, world.c2c);
      await until(() => rowsOf(list).length === 2, 'rows');
    });

    it('offers copy, translate, reply, edit, forward, select, recall and delete on one’s own fresh message; no recall on others’', async () => {
      await openMenuFor(list, mine.ID);
      expect(menuItems(list).map((b) => b.dataset.action)).to.deep.equal([
        'copy',
        'translate',
        'reply',
        'edit',
        'forward',
        'select',
        'revoke',
        'delete',
        'delete-from-history',
      ]);
      menuOf(list).close();
      await openMenuFor(list, messagesOf(world)[0]!.ID);
      expect(menuItems(list).map((b) => b.dataset.action)).to.deep.equal([
        'copy',
        'translate',
        'reply',
        'forward',
        'select',
        'delete',
        'delete-from-history',
      ]);
      menuOf(list).close();
    });

    it('opens the menu on a long press on a touch screen, not when the finger moves', async () => {
      const row = rowFor(list, mine.ID)!;
      const timers = new ManualTimers();
      row.longPress.timers = timers;
      const touch = (type: string, y: number) =>
        row.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', clientX: 40, clientY: y, bubbles: true, composed: true }));
      touch('pointerdown', 40);
      touch('pointermove', 90);
      timers.advance(700);
      await frames(2);
      expect(menuOf(list).isOpen).to.equal(false);
      touch('pointerdown', 40);
      timers.advance(499);
      await frames(2);
      expect(menuOf(list).isOpen, 'not before the hold time').to.equal(false);
      timers.advance(1);
      await until(() => menuOf(list).isOpen, 'the menu after holding');
      expect(menuItems(list).map((b) => b.dataset.action)).to.include('revoke');
      menuOf(list).close();
    });

    it('keeps the long-press menu open after the finger lifts (trusted touch: pointerup and click follow)', async () => {
      const bubble = rowFor(list, mine.ID)!.shadowRoot!.querySelector('[part~="bubble"]')!.getBoundingClientRect();
      const at = { x: Math.round(bubble.left + 10), y: Math.round(bubble.top + bubble.height / 2) };
      const timers = new ManualTimers();
      rowFor(list, mine.ID)!.longPress.timers = timers;
      const seen: string[] = [];
      const record = (e: Event) => seen.push(`${e.type}:${(e as PointerEvent).pointerType}`);
      const types = ['pointerdown', 'pointerup', 'click', 'mousemove'];
      for (const type of types) document.addEventListener(type, record, true);
      await executeServerCommand('touch', { type: 'touchStart', ...at });
      await until(() => seen.includes('pointerdown:touch'), 'the pointerdown of the touch');
      timers.advance(500);
      await until(() => menuOf(list).isOpen, 'the menu while the finger is down');
      await executeServerCommand('touch', { type: 'touchEnd', ...at });
      await until(() => seen.some((s) => s.startsWith('pointerup')), 'the pointerup of the release');
      // Input is handled in order: once a later mouse move arrives, any click the release made has too.
      await sendMouse({ type: 'move', position: [1, 1] });
      await until(() => seen.some((s) => s.startsWith('mousemove')), 'the mouse move after the release');
      await frames(3);
      for (const type of types) document.removeEventListener(type, record, true);
      expect(seen).to.include('pointerdown:touch');
      expect(menuOf(list).isOpen, `events: ${seen.join(' ')}`).to.equal(true);
      expect(menuItems(list).map((b) => b.dataset.action)).to.include('revoke');
      // The menu still closes on a later tap elsewhere (light dismiss works as before).
      const far = { x: Math.round(bubble.left + 10), y: Math.round(bubble.top - 20) };
      await executeServerCommand('touch', { type: 'touchStart', ...far });
      await executeServerCommand('touch', { type: 'touchEnd', ...far });
      await until(() => !menuOf(list).isOpen, 'the menu to close on a tap elsewhere', 2000);
    });

    it('recall fires tim-message-revoke; preventDefault stops the store', async () => {
      list.addEventListener('tim-message-revoke', (e) => e.preventDefault(), { once: true });
      await openMenuFor(list, mine.ID);
      setTimeout(() => void choose(list, 'revoke'));
      const event = await oneEvent(list, 'tim-message-revoke');
      expect(event.cancelable).to.equal(true);
      await frames(5);
      expect(messagesOf(world).find((m) => m.ID === mine.ID)!.isRevoked).to.equal(false);

      await openMenuFor(list, mine.ID);
      await choose(list, 'revoke');
      await until(() => messagesOf(world).find((m) => m.ID === mine.ID)!.isRevoked, 'the recall');
      await until(() => deepText(rowFor(list, mine.ID)!).includes('You recalled a message'), 'the placeholder');
    });

    it('delete fires tim-message-delete and, unless prevented, asks first and then removes the message', async () => {
      const theirs = messagesOf(world)[0]!;
      list.addEventListener('tim-message-delete', (e) => e.preventDefault(), { once: true });
      await openMenuFor(list, theirs.ID);
      setTimeout(() => void choose(list, 'delete'));
      const prevented = await oneEvent(list, 'tim-message-delete');
      expect(prevented.detail.scope).to.equal('device');
      await frames(5);
      expect(rowFor(list, theirs.ID)).to.exist;
      // The dialog loads on first use: not loaded is not open.
      expect(dialogOf(list).isOpen === true, 'no question when the app took it').to.equal(false);
      await openMenuFor(list, theirs.ID);
      await choose(list, 'delete');
      await until(() => dialogOf(list).isOpen, 'the question');
      confirmButton(list).click();
      await until(() => !rowFor(list, theirs.ID), 'the row to go');
    });

    it('"Delete for me" hides it on this device only; "Delete from history" deletes the server copy; Cancel and Escape keep it', async () => {
      const first = messagesOf(world).find((m) => m.flow === 'in')!;
      const second = mine;
      const onServer = async (id: string) =>
        (
          await world.server.getMessageList({ userID: 'alice', sessionID: 'probe' }, { conversationID: world.c2c, count: 100 })
        ).messages.some((m) => m.ID === id);

      await openMenuFor(list, first!.ID);
      expect(menuItems(list).map((b) => b.dataset.action)).to.include.members(['delete', 'delete-from-history']);
      await choose(list, 'delete-from-history');
      await until(() => dialogOf(list).isOpen, 'the question');
      expect(deepText(dialogOf(list).shadowRoot!)).to.contain('Delete this message from your history?');
      dialogOf(list).shadowRoot!.querySelector<HTMLButtonElement>('[part="cancel-button"]')!.click();
      await frames(3);
      expect(rowFor(list, first!.ID), 'Cancel keeps it').to.exist;

      await openMenuFor(list, first!.ID);
      await choose(list, 'delete');
      await until(() => dialogOf(list).isOpen, 'the question');
      await sendKeys({ press: 'Escape' });
      await until(() => !dialogOf(list).isOpen, 'Escape to close it');
      expect(rowFor(list, first!.ID), 'Escape keeps it').to.exist;

      await openMenuFor(list, first!.ID);
      await choose(list, 'delete');
      await until(() => dialogOf(list).isOpen, 'the question');
      confirmButton(list).click();
      await until(() => !rowFor(list, first!.ID), 'the row to go');
      expect(await onServer(first!.ID), 'for me only: the server keeps it').to.equal(true);

      await openMenuFor(list, second!.ID);
      await choose(list, 'delete-from-history');
      await until(() => dialogOf(list).isOpen, 'the question');
      confirmButton(list).click();
      await until(() => !rowFor(list, second!.ID), 'the row to go');
      await until(async () => !(await onServer(second!.ID)), 'the server copy to go');
    });

    it('the question is an accessible modal dialog with focus on Cancel, and focus returns to the list', async () => {
      const theirs = messagesOf(world)[0]!;
      await openMenuFor(list, theirs.ID);
      await choose(list, 'delete');
      await until(() => dialogOf(list).isOpen, 'the question');
      const dialog = dialogOf(list).shadowRoot!.querySelector('dialog')!;
      expect(dialog.getAttribute('role')).to.equal('alertdialog');
      expect(dialog.getAttribute('aria-labelledby')).to.equal('title');
      expect(dialogOf(list).shadowRoot!.activeElement?.getAttribute('part')).to.equal('cancel-button');
      await expect(dialogOf(list)).to.be.accessible();
      confirmButton(list).click();
      await until(() => !rowFor(list, theirs.ID), 'the row to go');
      await until(() => list.shadowRoot!.activeElement?.localName === 'tim-message', 'focus on the message that took its place');
    });

    it('reply, forward and copy fire their events with the message', async () => {
      for (const action of ['reply', 'forward', 'copy'] as const) {
        await openMenuFor(list, mine.ID);
        setTimeout(() => void choose(list, action));
        const event = await oneEvent(list, `tim-message-${action}`);
        expect(event.detail.message.ID).to.equal(mine.ID);
        expect(event.composed).to.equal(true);
        event.preventDefault();
      }
    });

    it('shows a refused recall as an inline toast', async () => {
      world.server.setRevokeTimeLimit(0);
      world.server.advanceClock(5);
      // The menu still offers it within the list's own limit; the server refuses.
      await openMenuFor(list, mine.ID);
      await choose(list, 'revoke');
      await until(() => list.shadowRoot!.querySelector('[part="toast"]'), 'the toast');
      const toast = list.shadowRoot!.querySelector('[part="toast"]')!;
      expect(toast.getAttribute('role')).to.equal('alert');
      expect(toast.textContent!.trim()).not.to.equal('');
    });
  });

  describe('keyboard', () => {
    it('moves between messages with the arrow keys and opens the menu with Enter; Escape returns focus', async () => {
      world = await makeMessageWorld();
      for (let i = 0; i < 4; i++) await world.bob.sendText('C2Calice', `line ${i}`);
      const list = await mountList(world.alice, world.c2c);
      await until(() => rowsOf(list).length === 4, 'rows');
      const rows = rowsOf(list);
      expect(rows.filter((r) => r.tabIndex === 0).map((r) => r.dataset.id)).to.deep.equal([last(rows).dataset.id]);
      last(rows).focus();
      await sendKeys({ press: 'ArrowUp' });
      await until(() => list.shadowRoot!.activeElement === rows[2], 'focus on the row above');
      await sendKeys({ press: 'ArrowUp' });
      await until(() => list.shadowRoot!.activeElement === rows[1], 'focus two rows up');
      expect(rows[1]!.tabIndex).to.equal(0);
      expect(getComputedStyle(rows[1]!.shadowRoot!.querySelector('[part~="bubble"]')!).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Enter' });
      await until(() => menuOf(list).isOpen, 'the menu');
      await until(() => menuOf(list).shadowRoot!.activeElement?.getAttribute('data-action') === 'copy', 'focus in the menu');
      await sendKeys({ press: 'ArrowDown' });
      expect(menuOf(list).shadowRoot!.activeElement!.getAttribute('data-action')).to.equal('translate');
      await sendKeys({ press: 'ArrowDown' });
      expect(menuOf(list).shadowRoot!.activeElement!.getAttribute('data-action')).to.equal('reply');
      await sendKeys({ press: 'Escape' });
      await until(() => !menuOf(list).isOpen, 'the menu to close');
      expect(list.shadowRoot!.activeElement).to.equal(rows[1]);
      await sendKeys({ press: 'End' });
      await until(() => list.shadowRoot!.activeElement === last(rows), 'End');
    });

    it('is accessible (role=log with a label, labelled controls)', async () => {
      world = await makeMessageWorld();
      await world.bob.sendText('C2Calice', 'hi [Smile] https://example.com');
      await world.alice.sendText(world.c2c, 'hello');
      const list = await mountList(world.alice, world.c2c);
      const log = scrollerOf(list);
      expect(log.getAttribute('role')).to.equal('log');
      expect(log.getAttribute('aria-label')).to.equal('Messages');
      await expect(list).to.be.accessible();
    });
  });

  describe('scrolling', () => {
    it('keeps at most 150 message elements in the DOM with 10,000 messages loaded', async function () {
      this.timeout(60000);
      world = await makeMessageWorld({ pageSize: 1000, maxCachedPerConversation: 20_000 });
      await world.alice.importMessages(bulkHistory(world.c2c, 10_000, 'alice', 'bob'));
      const list = await mountList(world.alice, world.c2c, { height: 700 });
      await until(
        () => {
          if (!world.alice.messageList(world.c2c).get().isCompleted) void world.alice.loadOlder(world.c2c);
          return list.shadowRoot!.querySelector('.scroller') && messagesOf(world).length === 10_000;
        },
        '10,000 in the list',
        30000,
      );
      await frames(3);
      expect(rowsOf(list).length).to.be.within(5, 150);
      const scroller = scrollerOf(list);
      for (const fraction of [0.5, 0.1, 0]) {
        scroller.scrollTop = scroller.scrollHeight * fraction;
        await frames(4);
        expect(rowsOf(list).length, `rows at ${fraction}`).to.be.within(5, 150);
      }
      expect(visibleRows(list).length).to.be.greaterThan(3);
    });

    it('keeps the message being read within 1 px when an older page loads (overflow-anchor: none)', async () => {
      world = await makeMessageWorld({ pageSize: 20 });
      await world.alice.importMessages(bulkHistory(world.c2c, 200, 'alice', 'bob'));
      const list = await mountList(world.alice, world.c2c, { height: 500 });
      list.loadThreshold = -1; // Load by hand here, to measure around the load.
      await world.alice.loadOlder(world.c2c);
      await world.alice.loadOlder(world.c2c);
      await frames(4);
      const scroller = scrollerOf(list);
      expect(getComputedStyle(scroller).overflowAnchor).to.equal('none');
      for (const start of [300, 40, 0]) {
        // As a reader would: a wheel turn, then the scroll it makes.
        scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: -100 }));
        scroller.scrollTop = start;
        await frames(4);
        const reading = visibleRows(list)[1]!;
        const id = reading.dataset.id!;
        const before = reading.getBoundingClientRect().top;
        const count = messagesOf(world).length;
        await world.alice.loadOlder(world.c2c);
        await until(() => messagesOf(world).length === count + 20, 'the older page');
        // Sample every frame while the page settles: the row never moves by more than 1 px.
        let worst = 0;
        for (let f = 0; f < 12; f++) {
          await frames(1);
          worst = Math.max(worst, Math.abs(rowFor(list, id)!.getBoundingClientRect().top - before));
        }
        expect(worst, `drift from scrollTop ${start}`).to.be.at.most(1);
      }
    });

    it('follows new messages at the bottom; scrolled up, it stays put and shows "N new messages"', async () => {
      world = await makeMessageWorld();
      await world.alice.importMessages(bulkHistory(world.c2c, 60, 'alice', 'bob'));
      const list = await mountList(world.alice, world.c2c, { height: 400 });
      await until(() => distanceFromBottom(list) <= 2, 'the bottom');
      const arrived = await world.bob.sendText('C2Calice', 'new one');
      await until(() => rowFor(list, arrived.ID) && visibleRows(list).includes(rowFor(list, arrived.ID)!), 'the new message in view');
      await frames(3);
      expect(distanceFromBottom(list)).to.be.at.most(2);
      expect(list.shadowRoot!.querySelector('[part="new-messages-button"]')).to.equal(null);

      const scroller = scrollerOf(list);
      scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: -600 }));
      scroller.scrollTop -= 600;
      await frames(4);
      const reading = visibleRows(list)[0]!;
      const before = reading.getBoundingClientRect().top;
      await world.bob.sendText('C2Calice', 'another');
      await world.bob.sendText('C2Calice', 'and another');
      await until(() => list.shadowRoot!.querySelector('[part="new-messages-button"]'), 'the button');
      await frames(3);
      expect(Math.abs(reading.getBoundingClientRect().top - before)).to.be.at.most(1);
      const button = list.shadowRoot!.querySelector<HTMLButtonElement>('[part="new-messages-button"]')!;
      expect(button.textContent).to.contain('2 new messages');
      button.click();
      await until(
        () => distanceFromBottom(list) <= 2 && !list.shadowRoot!.querySelector('[part="new-messages-button"]'),
        'back at the bottom',
      );
    });

    it('a click on a message is not scrolling: a message sent right after it is followed to the end', async () => {
      world = await makeMessageWorld();
      await world.alice.importMessages(bulkHistory(world.c2c, 80, 'alice', 'bob'));
      const list = await mountList(world.alice, world.c2c, { height: 400 });
      await until(() => distanceFromBottom(list) <= 2, 'the bottom');
      const scroller = scrollerOf(list);
      // The reader scrolls up (again, should a busy machine deliver the scroll after the list settled).
      await until(() => {
        if (distanceFromBottom(list) > 1000) return true;
        scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: -2000 }));
        scroller.scrollTop -= 2000;
        return false;
      }, 'far up');
      // The list has taken the scroll as the reader's: it offers the way back to the newest message.
      await until(() => list.shadowRoot!.querySelector('[part="jump-to-latest-button"]'), 'the jump-to-latest button');
      // Press a message (a right-click or a tap on Reply), then send at once.
      visibleRows(list)[0]!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      const sent = await world.alice.sendText(world.c2c, 'Sent right after a click');
      await until(() => rowFor(list, sent.ID) && distanceFromBottom(list) <= 2, 'at the new message');
      await frames(10);
      const rect = rowFor(list, sent.ID)!.getBoundingClientRect();
      expect(rect.bottom).to.be.at.most(scroller.getBoundingClientRect().bottom + 1);
    });

    it('offers a jump to the first unread message when it opens with unread messages above the fold', async () => {
      world = await makeMessageWorld();
      await world.alice.importMessages(bulkHistory(world.c2c, 30, 'alice', 'bob'));
      for (let i = 0; i < 12; i++) await world.bob.sendText('C2Calice', `unread ${i} — a line long enough to take some room in the list`);
      await until(
        () => (world.alice.state.get().conversations.find((c) => c.conversationID === world.c2c)?.unreadCount ?? 0) === 12,
        'twelve unread',
      );
      const list = await mountList(world.alice, world.c2c, { height: 300 });
      await until(() => list.shadowRoot!.querySelector('[part="unread-button"]'), 'the unread button');
      const button = list.shadowRoot!.querySelector<HTMLButtonElement>('[part="unread-button"]')!;
      expect(button.textContent).to.contain('12 unread messages');
      button.click();
      const first = messagesOf(world).find((m) =>
        deepText(document.createTextNode((m.elements[0] as { text?: string }).text ?? '')).startsWith('unread 0'),
      )!;
      await until(() => visibleRows(list).some((r) => r.dataset.id === first.ID), 'the first unread in view');
      expect(rowFor(list, first.ID)!.highlighted).to.equal(true);
    });

    it('made narrower while following the newest message, it is still at the newest once the rows rewrap', async () => {
      world = await makeMessageWorld();
      const long = 'a message long enough to wrap onto more lines once the list becomes narrow, and then some more words';
      await world.alice.importMessages(
        bulkHistory(world.group, 12, 'alice', 'bob').map(
          (m, i) => (i % 2 ? { ...m, elements: [{ type: 'TIMTextElem', text: long }] } : m) as Message,
        ),
      );
      const list = await mountList(world.alice, world.group, { height: 400, width: 900 });
      await until(() => distanceFromBottom(list) <= 2, 'at the newest');
      list.parentElement!.style.inlineSize = '420px';
      await until(() => distanceFromBottom(list) <= 2 && scrollerOf(list).scrollHeight > 0, 'back at the newest after the rewrap');
      await frames(10);
      expect(distanceFromBottom(list)).to.be.at.most(2);
    });

    it('coming back to a conversation that got unread messages meanwhile offers the jump to the first of them', async () => {
      world = await makeMessageWorld();
      await world.alice.importMessages(bulkHistory(world.c2c, 30, 'alice', 'bob'));
      await world.alice.openConversation(world.c2c);
      const list = await mountList(world.alice, world.c2c, { height: 300 });
      await until(() => distanceFromBottom(list) <= 2, 'at the newest');
      // As <tim-chat> does: the store opens the other conversation, the list follows.
      await world.alice.openConversation(world.group);
      list.conversationId = world.group;
      await frames(3);
      for (let i = 0; i < 12; i++) await world.bob.sendText('C2Calice', `unread ${i} — a line long enough to take some room in the list`);
      await until(
        () => (world.alice.state.get().conversations.find((c) => c.conversationID === world.c2c)?.unreadCount ?? 0) === 12,
        'twelve unread',
      );
      void world.alice.openConversation(world.c2c);
      list.conversationId = world.c2c;
      await until(() => list.shadowRoot!.querySelector('[part="unread-button"]'), 'the unread button');
      expect(list.shadowRoot!.querySelector('[part="unread-button"]')!.textContent).to.contain('12 unread messages');
      await until(
        () => (world.alice.state.get().conversations.find((c) => c.conversationID === world.c2c)?.unreadCount ?? -1) === 0,
        'read, as it is on screen',
      );
    });

    it('marks where the unread messages begin with a "New messages" divider; the unread button goes once the reader has seen it', async () => {
      world = await makeMessageWorld();
      await world.alice.importMessages(bulkHistory(world.c2c, 30, 'alice', 'bob'));
      for (let i = 0; i < 12; i++) await world.bob.sendText('C2Calice', `unread ${i} — a line long enough to take some room in the list`);
      await until(
        () => (world.alice.state.get().conversations.find((c) => c.conversationID === world.c2c)?.unreadCount ?? 0) === 12,
        'twelve unread',
      );
      const first = messagesOf(world).find((m) => (m.elements[0] as { text?: string }).text?.startsWith('unread 0'))!;
      const list = await mountList(world.alice, world.c2c, { height: 300 });
      await until(() => list.shadowRoot!.querySelector('[part="unread-button"]'), 'the unread button');
      // The reader scrolls up through the unread messages until the first one is in view.
      const scroller = scrollerOf(list);
      await until(() => {
        const row = rowFor(list, first.ID);
        if (row && visibleRows(list).includes(row)) return true;
        scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: -120 }));
        scroller.scrollTop -= 120;
        return false;
      }, 'the first unread in view');
      await until(() => !list.shadowRoot!.querySelector('[part="unread-button"]'), 'the unread button to go');
      const divider = rowFor(list, first.ID)!.shadowRoot!.querySelector('[part="unread-divider"]');
      expect(divider?.textContent).to.contain('New messages');
      expect(divider?.getAttribute('role')).to.equal('separator');
      expect(rowsOf(list).filter((r) => r.shadowRoot!.querySelector('[part="unread-divider"]'))).to.have.length(1);
    });

    it('shows no unread button when the unread messages are all on screen, only the divider', async () => {
      world = await makeMessageWorld();
      await world.alice.importMessages(bulkHistory(world.c2c, 3, 'alice', 'bob'));
      await world.bob.sendText('C2Calice', 'just one unread');
      await until(
        () => (world.alice.state.get().conversations.find((c) => c.conversationID === world.c2c)?.unreadCount ?? 0) === 1,
        'one unread',
      );
      const unread = last(messagesOf(world));
      const list = await mountList(world.alice, world.c2c, { height: 500 });
      await until(() => rowFor(list, unread.ID)?.shadowRoot?.querySelector('[part="unread-divider"]'), 'the divider');
      await frames(6);
      expect(list.shadowRoot!.querySelector('[part="unread-button"]')).to.equal(null);
    });

    it('messages arriving while the reader is scrolled up get the divider, and a button leads back to the newest', async () => {
      world = await makeMessageWorld();
      await world.alice.importMessages(bulkHistory(world.c2c, 60, 'alice', 'bob'));
      const list = await mountList(world.alice, world.c2c, { height: 400 });
      await until(() => distanceFromBottom(list) <= 2, 'the bottom');
      const scroller = scrollerOf(list);
      await until(() => {
        if (distanceFromBottom(list) > 900) return true;
        scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: -1000 }));
        scroller.scrollTop -= 1000;
        return false;
      }, 'scrolled up');
      await until(() => list.shadowRoot!.querySelector('[part="jump-to-latest-button"]'), 'the jump-to-latest button');
      const arrived = await world.bob.sendText('C2Calice', 'while you were reading');
      await until(() => list.shadowRoot!.querySelector('[part="new-messages-button"]'), 'the new messages button');
      list.shadowRoot!.querySelector<HTMLButtonElement>('[part="new-messages-button"]')!.click();
      await until(() => distanceFromBottom(list) <= 2, 'the newest');
      expect(rowFor(list, arrived.ID)!.shadowRoot!.querySelector('[part="unread-divider"]')).to.exist;
      await until(
        () => !list.shadowRoot!.querySelector('[part="jump-to-latest-button"], [part="new-messages-button"]'),
        'no buttons at the newest',
      );
    });

    it('after jumping to an old quoted message, a button leads back to the latest message', async () => {
      world = await makeMessageWorld({ pageSize: 20 });
      const history = bulkHistory(world.c2c, 120, 'alice', 'bob');
      await world.alice.importMessages(history);
      const original = history[10]!;
      const reply = await world.alice.sendText(world.c2c, 'replying to an old one', {
        cloudCustomData: JSON.stringify({
          messageReply: { messageID: original.ID, messageAbstract: 'old text', messageSender: 'Bob Smith', messageType: 1, version: 1 },
        }),
      });
      const list = await mountList(world.alice, world.c2c, { height: 400 });
      await until(() => rowFor(list, reply.ID), 'the reply');
      rowFor(list, reply.ID)!.shadowRoot!.querySelector<HTMLButtonElement>('button[part="quote"]')!.click();
      await until(() => rowFor(list, original.ID) && visibleRows(list).includes(rowFor(list, original.ID)!), 'the original in view', 8000);
      await until(() => list.shadowRoot!.querySelector('[part="jump-to-latest-button"]'), 'the way back');
      const button = list.shadowRoot!.querySelector<HTMLButtonElement>('[part="jump-to-latest-button"]')!;
      expect(button.getAttribute('aria-label')).to.equal('Jump to the latest message');
      button.click();
      await until(
        () => rowFor(list, reply.ID) && visibleRows(list).includes(rowFor(list, reply.ID)!) && distanceFromBottom(list) <= 2,
        'back at the latest',
      );
    });

    it('jumps to the original of a reply, loading history around it', async () => {
      world = await makeMessageWorld({ pageSize: 20 });
      const history = bulkHistory(world.c2c, 120, 'alice', 'bob');
      await world.alice.importMessages(history);
      const original = history[10]!;
      await world.alice.sendText(world.c2c, 'replying to an old one', {
        cloudCustomData: JSON.stringify({
          messageReply: { messageID: original.ID, messageAbstract: 'old text', messageSender: 'Bob Smith', messageType: 1, version: 1 },
        }),
      });
      const list = await mountList(world.alice, world.c2c, { height: 400 });
      const reply = last(messagesOf(world));
      await until(() => rowFor(list, reply.ID), 'the reply');
      rowFor(list, reply.ID)!.shadowRoot!.querySelector<HTMLButtonElement>('button[part="quote"]')!.click();
      await until(() => rowFor(list, original.ID) && visibleRows(list).includes(rowFor(list, original.ID)!), 'the original in view', 8000);
      expect(rowFor(list, original.ID)!.highlighted).to.equal(true);
      expect(deepQuery(list.shadowRoot!, '[part="toast"]')).to.equal(null);
    });
  });
});
