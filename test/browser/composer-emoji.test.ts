import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimComposer } from '../../src/components/composer/tim-composer.js';
import type { TimEmojiPicker } from '../../src/components/emoji-picker/tim-emoji-picker.js';
import { RECENT_EMOJI_STORAGE_KEY } from '../../src/components/emoji-picker/recent-emoji.js';
import { composerFor, makeWorld, pressEnter, textareaOf, typeInto, waitForMessage, type ComposerWorld } from './composer-harness.js';

function emojiButton(composer: TimComposer): HTMLButtonElement {
  return composer.shadowRoot!.querySelector('[part~="emoji-button"]')!;
}

async function openPicker(composer: TimComposer): Promise<TimEmojiPicker> {
  emojiButton(composer).click();
  await composer.updateComplete;
  const picker = composer.shadowRoot!.querySelector('tim-emoji-picker')!;
  // Its module loads on first use; the popup shows a placeholder until then.
  await waitUntil(() => picker.shadowRoot, 'the picker did not load');
  await picker.updateComplete;
  return picker;
}

function option(picker: TimEmojiPicker, label: string): HTMLElement {
  return [...picker.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.getAttribute('aria-label') === label)!;
}

describe('tim-composer: emoji and stickers', () => {
  let world: ComposerWorld;
  beforeEach(async () => {
    localStorage.removeItem(RECENT_EMOJI_STORAGE_KEY);
    world = await makeWorld();
  });
  afterEach(async () => {
    localStorage.removeItem(RECENT_EMOJI_STORAGE_KEY);
    await world.dispose();
  });

  it("inserts the chosen emoji code at the caret; the message carries TUIKit's code", async () => {
    const { store } = await world.client('alice');
    const { store: bob } = await world.client('bob');
    const composer = await composerFor(store, 'C2Cbob');
    await typeInto(composer, 'hello world');
    textareaOf(composer).setSelectionRange(5, 5);
    const picker = await openPicker(composer);
    expect(emojiButton(composer).getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => picker.shadowRoot!.activeElement?.localName === 'input', 'the picker search was not focused');
    await expect(composer).to.be.accessible();
    option(picker, 'Smile').click();
    expect(composer.value).to.equal('hello[Smile] world');
    // Still open for more; the next one goes after the first.
    option(picker, 'Coffee').click();
    expect(composer.value).to.equal('hello[Smile][Coffee] world');
    expect(textareaOf(composer).selectionStart).to.equal('hello[Smile][Coffee]'.length);
    pressEnter(textareaOf(composer));
    const sent = await waitForMessage(store, 'C2Cbob', () => true);
    expect(sent.elements[0]).to.deep.include({ type: 'TIMTextElem', text: 'hello[TUIEmoji_Smile][TUIEmoji_Coffee] world' });
    await waitForMessage(bob, 'C2Calice', (m) => m.elements[0]?.type === 'TIMTextElem', 'the message at bob');
  });

  it('Escape closes the picker and returns focus to the text, where typing continues', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    await typeInto(composer, 'ab');
    textareaOf(composer).setSelectionRange(1, 1);
    const picker = await openPicker(composer);
    await waitUntil(() => picker.shadowRoot!.activeElement?.localName === 'input');
    await sendKeys({ type: '微笑' });
    await sendKeys({ press: 'Enter' });
    expect(composer.value).to.equal('a[Smile]b');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !composer.shadowRoot!.querySelector('tim-emoji-picker'), 'Escape did not close the picker');
    expect(composer.shadowRoot!.activeElement).to.equal(textareaOf(composer));
    expect(emojiButton(composer).getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ type: '!' });
    expect(composer.value).to.equal('a[Smile]!b');
  });

  it('shows recently used emoji first the next time', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    let picker = await openPicker(composer);
    option(picker, 'Beer').click();
    emojiButton(composer).click(); // closes
    await composer.updateComplete;
    picker = await openPicker(composer);
    const first = picker.shadowRoot!.querySelector('[role="option"]')!;
    expect(first.getAttribute('aria-label')).to.equal('Beer');
  });

  it('closes when the user clicks elsewhere', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    await openPicker(composer);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await composer.updateComplete;
    expect(composer.shadowRoot!.querySelector('tim-emoji-picker')).to.equal(null);
  });

  it('sends a sticker as a face message', async () => {
    const { store } = await world.client('alice');
    const { store: bob } = await world.client('bob');
    const composer = await composerFor(store, 'C2Cbob');
    const picker = await openPicker(composer);
    picker.shadowRoot!.querySelector<HTMLElement>('#tab-stickers')!.click();
    await picker.updateComplete;
    option(picker, 'Party').click();
    const sent = await waitForMessage(store, 'C2Cbob', (m) => m.elements[0]?.type === 'TIMFaceElem');
    expect(sent.elements[0]).to.deep.equal({ type: 'TIMFaceElem', index: 0, data: 'tim-face/party' });
    await waitForMessage(bob, 'C2Calice', (m) => m.elements[0]?.type === 'TIMFaceElem', 'the sticker at bob');
    await composer.updateComplete;
    expect(composer.shadowRoot!.querySelector('tim-emoji-picker'), 'the picker closes after a sticker').to.equal(null);
  });
});
