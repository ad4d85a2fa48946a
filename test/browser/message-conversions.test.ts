import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimMessageActions } from '../../src/components/message-actions/tim-message-actions.js';
import type { TimMessageList } from '../../src/components/message-list/tim-message-list.js';
import type { TimMessageTranslateEvent } from '../../src/components/message/events.js';
import { setVoiceTranscript } from '../../src/core/service/local/server-conversions.js';
import { conversionOf } from '../../src/core/store/message-conversions.js';
import { makeMessageWorld, toneWav, until, type MessageWorld } from '../fixtures/message-world.js';
import { mountList, rowFor } from './message-list-helpers.js';
import { conversionsFeature } from '../../src/core/store/message-conversions.js';

function menuOf(list: TimMessageList): TimMessageActions {
  return list.shadowRoot!.querySelector('tim-message-actions')!;
}

/** Open a message's menu (as a right-click does) and choose an item. */
async function choose(list: TimMessageList, messageID: string, action: string): Promise<void> {
  const row = rowFor(list, messageID)!;
  const bubble = row.shadowRoot!.querySelector('[part~="bubble"]')!.getBoundingClientRect();
  row.dispatchEvent(
    new MouseEvent('contextmenu', { bubbles: true, composed: true, cancelable: true, clientX: bubble.left + 5, clientY: bubble.top + 5 }),
  );
  await until(() => menuOf(list).isOpen, 'the menu to open');
  const items = [...menuOf(list).shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  const item = items.find((b) => b.dataset.action === action);
  if (!item) throw new Error(`no ${action} in ${items.map((b) => b.dataset.action).join(', ')}`);
  item.click();
}

const conversionBox = (list: TimMessageList, messageID: string) =>
  rowFor(list, messageID)?.shadowRoot?.querySelector<HTMLElement>('[part~="conversion"], [part~="conversion-toggle"]') ?? null;
/** The focused element, through shadow roots. */
function active(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

const statusOf = (list: TimMessageList, messageID: string) => conversionBox(list, messageID)?.dataset.status ?? 'idle';
const buttons = (list: TimMessageList, messageID: string) => [
  ...(rowFor(list, messageID)?.shadowRoot?.querySelectorAll<HTMLButtonElement>('.conversions button') ?? []),
];

describe('translate and voice to text under the bubble', () => {
  let world: MessageWorld;
  afterEach(async () => {
    await world?.dispose();
  });

  it('Translate: a cancelable event with the reader’s language, a spinner, the translation with its label, collapse and show again', async () => {
    world = await makeMessageWorld();
    const sent = await world.bob.sendText('C2Calice', '周六你去吗？');
    const list = await mountList(world.alice, world.c2c, { locale: 'en-GB' });
    await until(() => rowFor(list, sent.ID), 'the row');
    world.aliceService.setLatency(400);
    const fired = oneEvent(list, 'tim-message-translate') as Promise<TimMessageTranslateEvent>;
    await choose(list, sent.ID, 'translate');
    const event = await fired;
    expect(event.cancelable).to.equal(true);
    expect(event.detail.targetLanguage).to.equal('en');
    await until(() => statusOf(list, sent.ID) === 'loading', 'the spinner');
    expect(conversionBox(list, sent.ID)!.getAttribute('role')).to.equal('status');
    expect(conversionBox(list, sent.ID)!.textContent).to.contain('Translating');
    await until(() => statusOf(list, sent.ID) === 'shown', 'the translation');
    const box = conversionBox(list, sent.ID)!;
    expect(box.querySelector('.conversion-text')!.textContent!.trim()).to.equal('Are you going on Saturday?');
    expect(box.querySelector('.conversion-text')!.getAttribute('lang')).to.equal('en');
    expect(box.textContent).to.contain('Translated into English');
    await expect(rowFor(list, sent.ID)!).to.be.accessible();
    buttons(list, sent.ID)
      .find((b) => b.textContent!.includes('Hide'))!
      .click();
    await until(() => statusOf(list, sent.ID) === 'hidden', 'collapsed');
    expect(conversionBox(list, sent.ID)!.textContent).to.contain('Show translation');
    world.aliceService.setLatency(0);
    conversionBox(list, sent.ID)!.click();
    await until(() => statusOf(list, sent.ID) === 'shown', 'shown again');
    expect(conversionOf(world.alice.use(conversionsFeature).state.get(), 'translation', sent.ID)?.text).to.equal(
      'Are you going on Saturday?',
    );
  });

  it('No translation: says so in the reader’s language, without a retry; Close goes back to nothing', async () => {
    world = await makeMessageWorld();
    const sent = await world.bob.sendText('C2Calice', 'a line nobody taught the dictionary');
    const list = await mountList(world.alice, world.c2c, { locale: 'zh-CN' });
    await until(() => rowFor(list, sent.ID), 'the row');
    await choose(list, sent.ID, 'translate');
    await until(() => statusOf(list, sent.ID) === 'error', 'the answer');
    expect(conversionBox(list, sent.ID)!.textContent).to.contain('暂无可用翻译');
    expect(buttons(list, sent.ID).map((b) => b.getAttribute('aria-label') ?? b.textContent!.trim())).to.deep.equal(['关闭']);
    buttons(list, sent.ID)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => statusOf(list, sent.ID) === 'idle', 'closed');
    await until(() => active() === rowFor(list, sent.ID), 'the row keeps the focus once the box is gone');
  });

  it('A failure shows the reason and a retry that can succeed; a prevented event does nothing', async () => {
    world = await makeMessageWorld();
    const sent = await world.bob.sendText('C2Calice', 'Are you going on Saturday?');
    const list = await mountList(world.alice, world.c2c, { locale: 'zh-CN' });
    await until(() => rowFor(list, sent.ID), 'the row');
    const stop = (e: Event) => e.preventDefault();
    list.addEventListener('tim-message-translate', stop, { once: true });
    await choose(list, sent.ID, 'translate');
    await until(() => !menuOf(list).isOpen, 'the menu to close');
    expect(conversionOf(world.alice.use(conversionsFeature).state.get(), 'translation', sent.ID)).to.equal(null);
    world.aliceService.setFailureRate(1, { random: () => 0 });
    await choose(list, sent.ID, 'translate');
    await until(() => statusOf(list, sent.ID) === 'error', 'the failure');
    const retry = buttons(list, sent.ID).find((b) => b.textContent!.trim() === '重试');
    expect(retry, 'a retry button').to.exist;
    world.aliceService.setFailureRate(0);
    retry!.click();
    await until(() => statusOf(list, sent.ID) === 'shown', 'the translation after the retry');
    expect(conversionBox(list, sent.ID)!.querySelector('.conversion-text')!.textContent!.trim()).to.equal('周六你去吗？');
  });

  it('Convert to text: a voice message’s words under it, collapsible; text messages do not offer it', async () => {
    world = await makeMessageWorld();
    const voice = await world.bob.send('C2Calice', { type: 'sound', file: toneWav(1), second: 1 });
    await setVoiceTranscript(world.server, voice.ID, 'see you at the east gate');
    const text = await world.bob.sendText('C2Calice', 'plain text');
    const list = await mountList(world.alice, world.c2c);
    await until(() => rowFor(list, voice.ID) && rowFor(list, text.ID), 'the rows');
    expect(world.alice.messageActions(text)).not.to.include('convert-to-text');
    await choose(list, voice.ID, 'convert-to-text');
    await until(() => statusOf(list, voice.ID) === 'shown', 'the transcript');
    const box = conversionBox(list, voice.ID)!;
    expect(box.querySelector('.conversion-text')!.textContent!.trim()).to.equal('see you at the east gate');
    expect(box.textContent).to.contain('Voice to text');
    buttons(list, voice.ID)[0]!.click();
    await until(() => statusOf(list, voice.ID) === 'hidden', 'collapsed');
    expect(conversionBox(list, voice.ID)!.textContent).to.contain('Show text');
  });

  it('by keyboard alone: Enter opens the menu, ↓ to Translate, Enter; then Enter steps into the row and Hide collapses it', async () => {
    world = await makeMessageWorld();
    const sent = await world.bob.sendText('C2Calice', '周六你去吗？');
    const list = await mountList(world.alice, world.c2c);
    await until(() => rowFor(list, sent.ID), 'the row');
    const row = rowFor(list, sent.ID)!;
    row.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => menuOf(list).isOpen, 'the menu');
    await until(() => active()?.getAttribute('data-action') === 'copy', 'focus in the menu');
    await sendKeys({ press: 'ArrowDown' });
    expect(active()?.getAttribute('data-action')).to.equal('translate');
    await sendKeys({ press: 'Enter' });
    await until(() => statusOf(list, sent.ID) === 'shown', 'the translation');
    await until(() => active() === row, `focus back on the row (is on ${active()?.localName})`);
    await sendKeys({ press: 'Enter' });
    await until(() => active()?.textContent?.trim() === 'Hide', `focus on Hide (is on ${active()?.localName} ${active()?.textContent})`);
    await sendKeys({ press: 'Enter' });
    await until(() => statusOf(list, sent.ID) === 'hidden', 'collapsed by keyboard');
    await until(() => active()?.getAttribute('part') === 'conversion-toggle', `focus on the chip (is on ${active()?.localName})`);
    await sendKeys({ press: 'Enter' });
    await until(() => statusOf(list, sent.ID) === 'shown', 'shown again by keyboard');
    await until(() => active()?.textContent?.trim() === 'Hide', 'focus back on Hide');
  });
});
