import { expect, fixture, html } from '@open-wc/testing';
import { buildMergedElement } from '../../src/core/forward/index.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/forward-picker/define.js';
import '../../src/components/merged-viewer/define.js';
import type { TimForwardPicker } from '../../src/components/forward-picker/tim-forward-picker.js';
import type { TimMergedViewer } from '../../src/components/merged-viewer/tim-merged-viewer.js';
import type { TimMessageList } from '../../src/components/message-list/tim-message-list.js';
import type { TimMessageActions } from '../../src/components/message-actions/tim-message-actions.js';
import type { RelayElem } from '../../src/core/model/elements.js';
import type { Message } from '../../src/core/model/message.js';
import { makeMessageWorld, until, type MessageWorld } from '../fixtures/message-world.js';
import { deepText } from './dom-helpers.js';
import { mountList, rowFor, rowsOf } from './message-list-helpers.js';

const textOf = (m: Message) => (m.elements[0]?.type === 'TIMTextElem' ? m.elements[0].text : '');
const pickerOf = (list: TimMessageList) => list.shadowRoot!.querySelector<TimForwardPicker>('tim-forward-picker');
const viewerOf = (list: TimMessageList) => list.shadowRoot!.querySelector<TimMergedViewer>('tim-merged-viewer');
const barOf = (list: TimMessageList) => list.shadowRoot!.querySelector<HTMLElement>('[part~="selection-bar"]');
const barButton = (list: TimMessageList, label: string) =>
  [...barOf(list)!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label);
const options = (picker: TimForwardPicker) => [...picker.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];

async function chooseFromMenu(list: TimMessageList, messageID: string, action: string): Promise<void> {
  const row = rowFor(list, messageID)!;
  const bubble = row.shadowRoot!.querySelector('[part~="bubble"]')!.getBoundingClientRect();
  row.dispatchEvent(
    new MouseEvent('contextmenu', { bubbles: true, composed: true, cancelable: true, clientX: bubble.left + 5, clientY: bubble.top + 5 }),
  );
  const menu = list.shadowRoot!.querySelector<TimMessageActions>('tim-message-actions')!;
  await until(() => menu.isOpen, 'the menu');
  const item = [...menu.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')].find((b) => b.dataset.action === action);
  if (!item) throw new Error(`no ${action} in the menu`);
  item.click();
}

/** Alice's message, `ago` seconds ago, so that "most recent first" has one answer. */
async function postAt(world: MessageWorld, conversationID: string, text: string, ago: number): Promise<void> {
  await world.server.postMessages([
    { from: 'alice', conversationID, elements: [{ type: 'TIMTextElem', text }], time: Math.floor(Date.now() / 1000) - ago },
  ]);
  await until(
    () => world.alice.state.get().conversations.some((c) => c.conversationID === conversationID),
    `the conversation ${conversationID}`,
  );
}

describe('forwarding and multi-select', () => {
  let world: MessageWorld;
  afterEach(async () => {
    for (const dialog of document.querySelectorAll('tim-forward-picker, tim-merged-viewer')) dialog.remove();
    await world?.dispose();
  });

  async function chat(): Promise<{ list: TimMessageList; sent: Message[] }> {
    world = await makeMessageWorld();
    const sent = [await world.alice.sendText(world.c2c, 'lunch tomorrow?'), await world.alice.sendText(world.c2c, 'see you at 6')];
    await world.alice.sendText(world.group, 'hello team');
    const list = await mountList(world.alice, world.c2c);
    await until(() => rowsOf(list).length === 2, 'two rows');
    return { list, sent };
  }

  describe('<tim-forward-picker>', () => {
    it('lists chats most recent first, filters by search, chooses several with a count, resolves with their IDs', async () => {
      world = await makeMessageWorld();
      await postAt(world, world.c2c, 'older', 100);
      await postAt(world, world.group, 'newer', 50);
      const picker = await fixture<TimForwardPicker>(html`<tim-forward-picker locale="en"></tim-forward-picker>`);
      const picked = picker.pick({ conversations: world.alice.state.get().conversations });
      await until(() => picker.isOpen, 'open');
      expect(options(picker).map((o) => o.dataset.id)).to.deep.equal([world.group, world.c2c]);
      options(picker)[0]!.click();
      options(picker)[1]!.click();
      await picker.updateComplete;
      expect(deepText(picker.shadowRoot!.querySelector('[part~="count"]')!)).to.equal('2 selected');
      const search = picker.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      search.value = 'bob';
      search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await picker.updateComplete;
      expect(options(picker).map((o) => o.dataset.id)).to.deep.equal([world.c2c]);
      picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="send-button"]')!.click();
      expect(await picked).to.deep.equal([world.group, world.c2c]);
      expect(picker.isOpen).to.equal(false);
      await expect(picker).to.be.accessible();
    });

    it('does not filter while an IME composition is open', async () => {
      world = await makeMessageWorld();
      await world.alice.sendText(world.c2c, 'hi');
      const picker = await fixture<TimForwardPicker>(html`<tim-forward-picker locale="en"></tim-forward-picker>`);
      void picker.pick({ conversations: world.alice.state.get().conversations });
      await until(() => picker.isOpen, 'open');
      const search = picker.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      const before = options(picker).length;
      search.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
      search.value = 'ｚｚ';
      search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true }));
      await picker.updateComplete;
      expect(options(picker).length, 'unchanged mid-composition').to.equal(before);
      search.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true }));
      await picker.updateComplete;
      expect(options(picker).length).to.equal(0);
      picker.cancel();
    });

    it('works by keyboard: ArrowDown into the list, Space chooses, Enter sends; Escape cancels and focus goes back', async () => {
      world = await makeMessageWorld();
      await postAt(world, world.c2c, 'hi', 100);
      await postAt(world, world.group, 'hello', 50);
      const opener = await fixture<HTMLButtonElement>(html`<button>open</button>`);
      opener.focus();
      const picker = await fixture<TimForwardPicker>(html`<tim-forward-picker locale="en"></tim-forward-picker>`);
      let picked = picker.pick({ conversations: world.alice.state.get().conversations });
      await until(() => picker.isOpen, 'open');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await until(() => picker.shadowRoot!.activeElement?.getAttribute('data-id') === world.c2c, 'the second chat focused');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Enter' });
      expect(await picked).to.deep.equal([world.c2c]);
      expect(document.activeElement).to.equal(opener);

      picked = picker.pick({ conversations: world.alice.state.get().conversations });
      await until(() => picker.isOpen, 'open again');
      await sendKeys({ press: 'Escape' });
      expect(await picked).to.deep.equal([]);
      expect(document.activeElement).to.equal(opener);
    });
  });

  describe('forward from the menu', () => {
    it('"Forward" opens the picker (loaded on first use) and sends a copy to each chosen chat', async () => {
      const { list, sent } = await chat();
      expect(pickerOf(list), 'not loaded before use').to.equal(null);
      await chooseFromMenu(list, sent[0]!.ID, 'forward');
      await until(() => pickerOf(list)?.isOpen, 'the picker');
      const picker = pickerOf(list)!;
      options(picker)
        .find((o) => o.dataset.id === world.group)!
        .click();
      await picker.updateComplete;
      picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="send-button"]')!.click();
      await until(
        () =>
          world.alice
            .messageList(world.group)
            .get()
            .messages.some((m) => textOf(m) === 'lunch tomorrow?'),
        'the copy in the group',
      );
      await until(() => deepText(list.shadowRoot!).includes('Forwarded'), 'the toast');
    });

    it('an app can take over: tim-message-forward prevented opens no picker', async () => {
      const { list, sent } = await chat();
      list.addEventListener('tim-message-forward', (e) => e.preventDefault(), { once: true });
      await chooseFromMenu(list, sent[0]!.ID, 'forward');
      await list.updateComplete;
      expect(pickerOf(list)).to.equal(null);
    });
  });

  describe('multi-select mode', () => {
    it('"Select" shows checkboxes and the bar; clicks and Space pick; Shift+ArrowUp extends; Escape leaves', async () => {
      const { list, sent } = await chat();
      await chooseFromMenu(list, sent[1]!.ID, 'select');
      await until(() => barOf(list), 'the selection bar');
      expect(list.selectionState.selected).to.deep.equal([sent[1]!.ID]);
      expect(rowsOf(list).every((r) => r.selecting)).to.equal(true);
      expect(deepText(barOf(list)!)).to.contain('1 selected');
      // A click on a row picks it.
      rowFor(list, sent[0]!.ID)!.shadowRoot!.querySelector<HTMLElement>('[part~="bubble"]')!.click();
      await until(() => list.selectionState.selected.length === 2, 'two picked');
      expect(rowFor(list, sent[0]!.ID)!.selected).to.equal(true);
      // Space on the focused row unpicks it.
      await list.focusRow(sent[0]!.ID);
      // A focused (or hovered) row shows no quick reactions or "…" while picking: a click picks.
      await rowFor(list, sent[0]!.ID)!.updateComplete;
      expect(rowFor(list, sent[0]!.ID)!.shadowRoot!.querySelector('[part~="more-button"], [part~="quick-reactions"]')).to.equal(null);
      await sendKeys({ press: 'Space' });
      await until(() => list.selectionState.selected.length === 1, 'one picked');
      // Shift+ArrowDown then Shift+ArrowUp: from the anchor (the first) to the focused row.
      await sendKeys({ press: 'Shift+ArrowDown' });
      await until(() => list.selectionState.selected.length === 2, 'extended to the second');
      await expect(list).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await until(() => !barOf(list), 'the bar gone');
      expect(rowsOf(list).some((r) => r.selecting)).to.equal(false);
    });

    it('Escape on the bar leaves the mode too, and opening another conversation ends it', async () => {
      const { list, sent } = await chat();
      list.enterSelection(sent[0]);
      await until(() => barOf(list), 'the bar');
      barButton(list, 'Done')!.focus();
      await sendKeys({ press: 'Escape' });
      await until(() => !barOf(list), 'the bar gone after Escape');
      list.enterSelection(sent[0]);
      await until(() => barOf(list), 'the bar again');
      list.conversationId = world.group;
      await until(() => !barOf(list) && !list.selectionState.active, 'the mode ends with the conversation');
    });

    it('Forward combined: the picker, then one merged message in the target with title and first lines', async () => {
      const { list, sent } = await chat();
      list.enterSelection(sent[0]);
      list.toggleSelected(sent[1]!);
      await until(() => barOf(list), 'the bar');
      barButton(list, 'Forward combined')!.click();
      await until(() => pickerOf(list)?.isOpen, 'the picker');
      const picker = pickerOf(list)!;
      options(picker)
        .find((o) => o.dataset.id === world.group)!
        .click();
      await picker.updateComplete;
      picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="send-button"]')!.click();
      await until(() => !barOf(list), 'the mode ends after forwarding');
      const merged = world.alice
        .messageList(world.group)
        .get()
        .messages.find((m) => m.elements[0]?.type === 'TIMRelayElem');
      expect(merged, 'a merged message').to.exist;
      const relay = merged!.elements[0] as RelayElem;
      expect(relay.title).to.equal("Alice Chen's chat history");
      expect([...relay.abstractList]).to.deep.equal(['Alice Chen: lunch tomorrow?', 'Alice Chen: see you at 6']);
    });

    it('hides Forward combined where the backend has no merged messages (never a dead button)', async () => {
      const { list, sent } = await chat();
      Object.defineProperty(world.aliceService, 'features', { value: { mergedForward: false } });
      list.enterSelection(sent[0]);
      await until(() => barOf(list), 'the bar');
      expect(barButton(list, 'Forward combined')).to.equal(undefined);
      expect(barButton(list, 'Forward one by one')).to.exist;
    });

    it('Delete for me asks, then deletes the picked messages on this device', async () => {
      const { list, sent } = await chat();
      list.enterSelection(sent[0]);
      await until(() => barOf(list), 'the bar');
      barButton(list, 'Delete for me')!.click();
      const dialog = list.shadowRoot!.querySelector('tim-confirm-dialog')!;
      await until(() => dialog.isOpen, 'the confirmation');
      expect(deepText(dialog.shadowRoot!)).to.contain('Delete 1 messages for you?');
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
      await until(() => rowsOf(list).length === 1, 'one row left');
      expect(barOf(list)).to.equal(null);
    });
  });

  describe('the merged message card and <tim-merged-viewer>', () => {
    it('renders the card (title, lines, "Chat history"); opening it shows the messages, a nested one opens over it', async () => {
      const { sent } = await chat();
      await world.alice.forwardMessages(sent, [world.group], { mode: 'merged', mergedElement: buildMergedElement });
      const inner = world.alice
        .messageList(world.group)
        .get()
        .messages.find((m) => m.elements[0]?.type === 'TIMRelayElem')!;
      await world.alice.forwardMessages([inner], ['C2Cdave'], { mode: 'merged', mergedElement: buildMergedElement });
      const list = await mountList(world.alice, 'C2Cdave');
      const row = rowsOf(list)[0]!;
      const card = row.shadowRoot!.querySelector<HTMLButtonElement>('[part~="merged-card"]')!;
      expect(card, 'the card').to.exist;
      // Forwarded from the group: titled by it; its one line is the merged message inside.
      expect(deepText(card)).to.contain('Chat history of Design team');
      expect(deepText(card)).to.contain('Alice Chen: [Chat history]');
      expect(deepText(card)).to.contain('Chat history');
      await expect(row).to.be.accessible();
      card.click();
      await until(() => viewerOf(list)?.isOpen, 'the viewer');
      const viewer = viewerOf(list)!;
      await until(() => viewer.shadowRoot!.querySelectorAll('tim-message').length === 1, 'the outer history');
      // The nested merged message opens over it; Escape comes back, then closes.
      viewer.shadowRoot!.querySelector('tim-message')!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="merged-card"]')!.click();
      await until(() => viewer.depth === 2 && viewer.shadowRoot!.querySelectorAll('tim-message').length === 2, 'the inner history');
      expect(
        [...viewer.shadowRoot!.querySelectorAll('tim-message')].map((m) =>
          deepText(m.shadowRoot!.querySelector('[part~="bubble"]')!).trim(),
        ),
      ).to.deep.equal(['lunch tomorrow?', 'see you at 6']);
      await expect(viewer).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await until(() => viewer.depth === 1, 'back to the outer');
      await sendKeys({ press: 'Escape' });
      await until(() => !viewer.isOpen, 'closed');
    });
  });
});
