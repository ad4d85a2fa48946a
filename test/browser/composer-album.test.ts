import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/components/message-list/define.js';
import type { TimMessageList } from '../../src/components/message-list/tim-message-list.js';
import type { TimComposer } from '../../src/components/composer/tim-composer.js';
import type { ImageElem } from '../../src/core/model/elements.js';
import {
  canvasImageFile,
  composerFor,
  makeWorld,
  messagesIn,
  pressEnter,
  textareaOf,
  transferOf,
  typeInto,
  waitForMessage,
  type ComposerWorld,
} from './composer-harness.js';

function paste(composer: TimComposer, ...files: File[]): void {
  textareaOf(composer).dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: transferOf(...files), bubbles: true, composed: true, cancelable: true }),
  );
}

const trayItems = (composer: TimComposer) => [...composer.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tray-image"]')];

describe('tim-composer: text with several pictures as one message', () => {
  let world: ComposerWorld;
  beforeEach(async () => {
    world = await makeWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('pictures added while there is text wait in the tray; one can be taken out; Enter sends text and pictures as one message, shown in order in one bubble', async () => {
    const { store } = await world.client('alice');
    const { store: bob } = await world.client('bob');
    const composer = await composerFor(store, 'C2Cbob');
    await typeInto(composer, 'the view from the hill');
    paste(
      composer,
      await canvasImageFile(64, 48, 'one.png'),
      await canvasImageFile(80, 40, 'two.png'),
      await canvasImageFile(30, 60, 'three.png'),
    );
    await waitUntil(() => trayItems(composer).length === 3, 'three pictures wait in the tray');
    expect(messagesIn(store, 'C2Cbob')).to.have.length(0, 'nothing is sent yet');
    const tray = composer.shadowRoot!.querySelector('[part~="image-tray"]')!;
    expect(tray.getAttribute('role')).to.equal('group');
    expect(tray.getAttribute('aria-label')).to.equal('Pictures to send with the message: 3 of 9');
    for (const img of tray.querySelectorAll('img')) expect(img.getAttribute('src')).to.match(/^blob:/);
    await expect(composer).to.be.accessible();

    const remove = trayItems(composer)[1]!.querySelector<HTMLButtonElement>('[part~="tray-remove"]')!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove Picture 2, two.png');
    remove.click();
    await waitUntil(() => trayItems(composer).length === 2, 'the second picture left the tray');
    await waitUntil(
      () => composer.shadowRoot!.activeElement?.getAttribute('part') === 'tray-remove',
      'the focus moves to the next remove button',
    );

    pressEnter(textareaOf(composer));
    const sent = await waitForMessage(store, 'C2Cbob', () => true);
    expect(sent.elements.map((e) => e.type)).to.deep.equal(['TIMTextElem', 'TIMImageElem', 'TIMImageElem']);
    expect(sent.elements.slice(1).map((e) => (e as ImageElem).imageInfoArray[0]?.width)).to.deep.equal([64, 30]);
    await composer.updateComplete;
    expect(trayItems(composer)).to.have.length(0, 'the tray empties with the box');
    expect(textareaOf(composer).value).to.equal('');
    await waitUntil(() => messagesIn(store, 'C2Cbob')[0]?.status === 'success', 'delivered', { timeout: 5000 });

    const got = await waitForMessage(bob, 'C2Calice', () => true, 'the album at Bob');
    expect(got.elements.map((e) => e.type)).to.deep.equal(['TIMTextElem', 'TIMImageElem', 'TIMImageElem']);
    const list = await fixture<TimMessageList>(
      html`<tim-message-list locale="en" .store=${bob} conversation-id="C2Calice" style="height: 500px"></tim-message-list>`,
    );
    const row = () => list.shadowRoot!.querySelector<HTMLElement>(`tim-message[data-id="${CSS.escape(got.ID)}"]`);
    await waitUntil(() => row()?.shadowRoot?.querySelectorAll('tim-message-image').length === 2, 'both pictures render in the row', {
      timeout: 5000,
    });
    const bubbles = row()!.shadowRoot!.querySelectorAll('[part~="bubble"]');
    expect(bubbles).to.have.length(1, 'one bubble');
    const bubble = bubbles[0]!;
    expect(bubble.textContent).to.contain('the view from the hill');
    const order = [...bubble.querySelectorAll('.text, tim-message-image')].map((el) => el.localName);
    expect(order[0]).to.not.equal('tim-message-image', 'the text comes first');
  });

  it('with the box empty a pasted picture goes at once as before; a tenth picture is refused with the limit', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    paste(composer, await canvasImageFile(20, 20, 'alone.png'));
    await waitForMessage(store, 'C2Cbob', () => true, 'the picture sent at once');
    expect(trayItems(composer)).to.have.length(0);

    await typeInto(composer, 'ten of them');
    const files = await Promise.all(Array.from({ length: 10 }, (_, n) => canvasImageFile(10 + n, 10, `p${n}.png`)));
    paste(composer, ...files);
    await waitUntil(
      () => composer.shadowRoot!.querySelector('[part~="notice"]')?.textContent?.includes('at most 9 pictures'),
      'the limit is said',
    );
    expect(trayItems(composer)).to.have.length(9);
    expect(messagesIn(store, 'C2Cbob')).to.have.length(1);
  });
});
