import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, type TimMessageActions } from '../../src/components/message-actions/tim-message-actions.js';
import type { TimMessageList } from '../../src/components/message-list/tim-message-list.js';
import type { TimEmojiPicker } from '../../src/components/emoji-picker/tim-emoji-picker.js';
import type { TimMessage } from '../../src/components/message/tim-message.js';
import { liveRegionOf } from '../../src/components/base/live-region.js';
import type { Message } from '../../src/core/model/message.js';
import { makeMessageWorld, until, type MessageWorld } from '../fixtures/message-world.js';
import { mountList, rowFor } from './message-list-helpers.js';
import { reactionsFeature } from '../../src/core/store/message-reactions.js';

const LIKE = '[TUIEmoji_Like]';
const HEART = '[TUIEmoji_Heart]';

const chipsOf = (row: TimMessage) => [...(row.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="reaction-chip"]') ?? [])];
const shape = (row: TimMessage) =>
  chipsOf(row).map((c) => [c.dataset.reaction, c.querySelector('.reaction-count')?.textContent, c.getAttribute('aria-pressed')]);
const menuOf = (list: TimMessageList) => list.shadowRoot!.querySelector<TimMessageActions>('tim-message-actions')!;

describe('reactions in <tim-message-list>', () => {
  let world: MessageWorld;
  let message: Message;
  let list: TimMessageList;

  beforeEach(async () => {
    world = await makeMessageWorld();
    // Bob's message to Alice; Alice's list shows it.
    message = await world.bob.sendText('C2Calice', 'react to me, please');
    list = await mountList(world.alice, world.c2c);
    await until(() => !!rowFor(list, message.ID), 'the row');
  });

  afterEach(async () => {
    await world.dispose();
  });

  const row = () => rowFor(list, message.ID)!;

  it("draws the chips of reactions loaded with the page, the reader's own pressed, and is accessible", async () => {
    await world.server.reactAsAdmin('bob', message.ID, LIKE);
    await world.server.reactAsAdmin('alice', message.ID, HEART);
    await until(() => shape(row()).length === 2, 'two chips');
    expect(shape(row())).to.deep.equal([
      [LIKE, '1', 'false'],
      [HEART, '1', 'true'],
    ]);
    expect(chipsOf(row())[0]!.getAttribute('aria-label')).to.equal('👍 1');
    expect(row().shadowRoot!.querySelector('[part~="reactions"]')!.getAttribute('role')).to.equal('group');
    await expect(row()).to.be.accessible();
  });

  it('a click on a chip toggles the reader’s reaction through a cancelable tim-message-react', async () => {
    await world.server.reactAsAdmin('bob', message.ID, LIKE);
    await until(() => shape(row()).length === 1, 'the chip');
    const events: Array<{ reactionID: string; add: boolean }> = [];
    list.addEventListener('tim-message-react', (e) => events.push({ reactionID: e.detail.reactionID, add: e.detail.add }));
    chipsOf(row())[0]!.click();
    await until(() => shape(row())[0]?.[1] === '2', 'my reaction joins');
    expect(shape(row())).to.deep.equal([[LIKE, '2', 'true']]);
    chipsOf(row())[0]!.click();
    await until(() => shape(row())[0]?.[1] === '1', 'taken back');
    expect(events).to.deep.equal([
      { reactionID: LIKE, add: true },
      { reactionID: LIKE, add: false },
    ]);
    // Prevented: the store does nothing.
    list.addEventListener('tim-message-react', (e) => e.preventDefault(), { once: true });
    chipsOf(row())[0]!.click();
    await world.alice.settled();
    expect(shape(row())).to.deep.equal([[LIKE, '1', 'false']]);
  });

  it('the quick bar shows on hover and focus; its emoji reacts and "more" opens the picker, whose choice reacts', async () => {
    row().dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
    await row().updateComplete;
    const bar = row().shadowRoot!.querySelector('[part~="quick-reactions"]')!;
    expect(bar, 'the quick bar').to.exist;
    const quick = [...bar.querySelectorAll<HTMLButtonElement>('[part~="quick-reaction"]')].map((b) => b.getAttribute('aria-label'));
    expect(quick).to.deep.equal(['👍', '❤️', '😂', '😮', '😢', '🎉']);
    bar.querySelector<HTMLButtonElement>(`[data-reaction="${LIKE}"]`)!.click();
    await until(() => shape(row()).length === 1, 'the reaction');
    expect(shape(row())).to.deep.equal([[LIKE, '1', 'true']]);
    await until(() => world.bob.use(reactionsFeature).of(message.ID).length === 1, 'Bob hears it');

    bar.querySelector<HTMLButtonElement>('[part~="quick-reaction-more"]')!.click();
    const picker = () => list.shadowRoot!.querySelector<TimEmojiPicker>('.reaction-picker tim-emoji-picker');
    await until(() => !!picker() && list.shadowRoot!.querySelector('.reaction-picker')!.matches(':popover-open'), 'the picker');
    await picker()!.updateComplete;
    const option = picker()!.shadowRoot!.querySelector<HTMLElement>('[data-key="Cake"], [role="option"][aria-label*="Cake"]');
    expect(option, 'the cake emoji in the picker').to.exist;
    option!.click();
    await until(() => shape(row()).length === 2, 'the picked reaction');
    expect(shape(row())[1]).to.deep.equal(['[TUIEmoji_Cake]', '1', 'true']);
    expect(list.shadowRoot!.querySelector('.reaction-picker')!.matches(':popover-open')).to.equal(false);
  });

  it('by keyboard: the menu offers the reactions first; Enter on one reacts; Enter on the chip takes it back', async () => {
    row().focus();
    await sendKeys({ press: 'Shift+F10' });
    await until(() => menuOf(list).isOpen, 'the menu');
    expect(deepActiveElement()?.dataset.action, 'the first action has the focus').to.equal('copy');
    await sendKeys({ press: 'Home' });
    const first = deepActiveElement();
    expect(first?.getAttribute('role')).to.equal('menuitemcheckbox');
    expect(first?.dataset.reaction).to.equal(LIKE);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()?.dataset.reaction).to.equal(HEART);
    await sendKeys({ press: 'Enter' });
    await until(() => shape(row()).length === 1, 'the reaction');
    expect(shape(row())).to.deep.equal([[HEART, '1', 'true']]);
    // Into the row's controls (Enter), to the chip, Enter toggles it.
    row().focus();
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 12 && !deepActiveElement()?.matches('[part~="reaction-chip"]'); i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.matches('[part~="reaction-chip"]'), 'the chip has the focus').to.equal(true);
    // Focus tells who reacted (the popup describes the chip).
    await row().updateComplete;
    const who = row().shadowRoot!.querySelector<HTMLElement>('[part~="who-reacted"]')!;
    expect(who.matches(':popover-open')).to.equal(true);
    expect(who.textContent).to.contain('You reacted with ❤️');
    expect(deepActiveElement()?.getAttribute('aria-describedby')).to.equal('who-reacted');
    await sendKeys({ press: 'Enter' });
    await until(() => shape(row()).length === 0, 'taken back');
  });

  it('who reacted names everyone, asking the store for those the first page left out', async () => {
    const group = await world.alice.sendText(world.group, 'who likes the new logo?');
    const groupList = await mountList(world.alice, world.group);
    for (const userID of ['bob', 'carol', 'dave', 'alice']) await world.server.reactAsAdmin(userID, group.ID, LIKE);
    const groupRow = () => rowFor(groupList, group.ID)!;
    await until(() => shape(groupRow())[0]?.[1] === '4', 'four reactions');
    // Pretend the backend listed only the first user, as Tencent lists a few.
    const reactions = world.alice.use(reactionsFeature);
    const full = reactions.of(group.ID)[0]!;
    reactions.applyUpdate({ conversationID: world.group, messageID: group.ID, reactions: [{ ...full, userIDs: [full.userIDs[0]!] }] });
    await until(() => rowFor(groupList, group.ID)!.reactions[0]?.userIDs.length === 1, 'one listed');
    chipsOf(groupRow())[0]!.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
    const who = () => groupRow().shadowRoot!.querySelector<HTMLElement>('[part~="who-reacted"]')?.textContent ?? '';
    await until(() => /Dave Lee/.test(who()), `everyone named (${who()})`);
    expect(who()).to.match(/Bob Smith, 王芳, Dave Lee,? and You reacted with 👍/);
  });

  it("announces a reaction by someone else, politely, in the reader's language", async () => {
    await until(() => world.alice.use(reactionsFeature).state.get().byMessage[message.ID] !== undefined, 'reactions loaded');
    await world.server.reactAsAdmin('bob', message.ID, LIKE);
    await until(() => /Bob Smith reacted 👍/.test(liveRegionOf()?.textContent ?? ''), 'the announcement').catch((error: Error) => {
      throw new Error(
        `${error.message}; the region says "${liveRegionOf()?.textContent ?? '(none)'}", reactions ${JSON.stringify(world.alice.use(reactionsFeature).of(message.ID))}`,
      );
    });
    expect(liveRegionOf()!.getAttribute('aria-live')).to.equal('polite');
  });

  it('shows no quick bar, menu row or chips action on a backend without reactions', async () => {
    Object.defineProperty(world.aliceService, 'features', { value: { reactions: false } });
    list.requestUpdate();
    // The virtualizer draws the rows in its own pass after the list's update: wait for the row to hear it.
    await until(() => !(row() as unknown as { reactable: boolean }).reactable, 'the row is told it takes no reactions');
    row().dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
    await row().updateComplete;
    expect(row().shadowRoot!.querySelector('[part~="quick-reactions"]')).to.equal(null);
    row().focus();
    await sendKeys({ press: 'Shift+F10' });
    await until(() => menuOf(list).isOpen, 'the menu');
    expect(menuOf(list).shadowRoot!.querySelector('[role="menuitemcheckbox"]')).to.equal(null);
  });
});
