// Parts the first screen does not need load on first use (components/base/lazy-part.ts,
// components/message/media-loader.ts): what shows meanwhile, and that nothing typed is lost.
// This file runs in a page of its own, so none of those modules is loaded when it starts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/message/define.js';
import type { TimComposer } from '../../src/components/composer/tim-composer.js';
import type { TimMessage } from '../../src/components/message/tim-message.js';
import { makeMessage } from '../fixtures/message-world.js';
import { composerFor, makeWorld, textareaOf, typeInto, type ComposerWorld } from './composer-harness.js';

describe('parts loaded on first use', () => {
  it('a voice message row shows a placeholder of the player’s size, then the player', async () => {
    expect(customElements.get('tim-message-sound'), 'not loaded before a row needs it').to.equal(undefined);
    const message = makeMessage({
      conversationID: 'C2Cbob',
      from: 'bob',
      elements: [{ type: 'TIMSoundElem', uuid: 'snd-1', url: 'blob:none', second: 3, size: 4000 }],
    });
    const row = await fixture<TimMessage>(html`<tim-message .message=${message} locale="en"></tim-message>`);
    const sound = row.shadowRoot!.querySelector<HTMLElement>('tim-message-sound')!;
    expect(sound.matches(':defined'), 'still loading').to.equal(false);
    const box = sound.getBoundingClientRect();
    expect(box.height).to.equal(32);
    expect(box.width).to.be.greaterThan(100);
    expect(getComputedStyle(sound).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    await waitUntil(() => sound.shadowRoot?.querySelector('button'), 'the player');
    expect(sound.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal('Play voice message, 0:03');
  });

  describe('the composer’s emoji picker', () => {
    let world: ComposerWorld;
    beforeEach(async () => {
      world = await makeWorld();
    });
    afterEach(async () => {
      await world.dispose();
    });

    it('opens as a placeholder panel while its module loads; the text and the caret stay, then the picker takes the focus', async () => {
      expect(customElements.get('tim-emoji-picker'), 'not loaded before the first use').to.equal(undefined);
      const { store } = await world.client('alice');
      const composer: TimComposer = await composerFor(store, 'C2Cbob');
      await typeInto(composer, 'hello');
      const textarea = textareaOf(composer);
      textarea.focus();
      composer.shadowRoot!.querySelector<HTMLButtonElement>('[part~="emoji-button"]')!.click();
      await composer.updateComplete;
      const picker = composer.shadowRoot!.querySelector<HTMLElement>('tim-emoji-picker')!;
      expect(picker.matches(':defined'), 'still loading').to.equal(false);
      expect(composer.hasAttribute('data-part-loading'), 'the composer shows it waits').to.equal(true);
      expect(picker.getBoundingClientRect().height, 'the placeholder panel').to.be.greaterThan(200);
      expect(composer.shadowRoot!.activeElement, 'the focus stays in the text').to.equal(textarea);
      await waitUntil(() => picker.shadowRoot?.activeElement?.localName === 'input', 'the picker loaded and focused');
      expect(composer.hasAttribute('data-part-loading')).to.equal(false);
      expect(composer.value).to.equal('hello');
    });
  });
});
