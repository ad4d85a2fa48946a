// Voice messages in <tim-composer>, with Chromium's fake microphone (a beeping tone, granted without
// a prompt: web-test-runner launches Chromium with --use-fake-device-for-media-stream and
// --use-fake-ui-for-media-stream) and real input (mouse, keys, CDP touch), against a real embedded
// server. Refusals come from an injected getUserMedia that rejects as the browser would.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TimMessageSendEvent } from '../../src/components/composer/events.js';
import type { TimComposer } from '../../src/components/composer/tim-composer.js';
import { BrowserVoiceRecorder } from '../../src/components/composer/voice/browser-recorder.js';
import type { VoiceRecorder } from '../../src/core/composer/index.js';
import type { SoundElem } from '../../src/core/model/elements.js';
import type { Message } from '../../src/core/model/message.js';
import { composerFor, makeWorld, messagesIn, recordSends, waitForMessage, type ComposerWorld } from './composer-harness.js';

const part = (composer: TimComposer, name: string) => composer.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const mic = (composer: TimComposer) => part(composer, 'voice-button') as HTMLButtonElement | null;
const panel = (composer: TimComposer) => part(composer, 'voice-panel');
const phase = (composer: TimComposer) => panel(composer)?.dataset.phase ?? 'none';
const notice = (composer: TimComposer) => part(composer, 'voice-notice')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const isSound = (m: Message) => m.elements[0]?.type === 'TIMSoundElem';

function centreOf(element: Element): { x: number; y: number } {
  const box = element.getBoundingClientRect();
  return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
}

/** A real click (the page gets a user activation, so Web Audio may run). */
async function click(element: Element): Promise<void> {
  const { x, y } = centreOf(element);
  await sendMouse({ type: 'click', position: [x, y] });
}

/** Waits until the timer shows at least `seconds` (real time passes; the take is then long enough to send). */
async function recordFor(composer: TimComposer, seconds: number): Promise<void> {
  await waitUntil(() => phase(composer) === 'recording', 'recording never started', { timeout: 5000 });
  const target = `0:${String(seconds).padStart(2, '0')}`;
  await waitUntil(() => (part(composer, 'voice-timer')?.textContent ?? '') >= target, `the timer never reached ${target}`, {
    timeout: 5000 + seconds * 1500,
  });
}

/** A recorder whose microphone answers only when the test says (the browser's recorder underneath). */
function heldRecorder(): { factory: () => VoiceRecorder; grant: () => void } {
  let grant!: () => void;
  const granted = new Promise<void>((resolve) => (grant = resolve));
  return {
    grant: () => grant(),
    factory: () =>
      new BrowserVoiceRecorder({
        getUserMedia: async (constraints) => {
          await granted;
          return navigator.mediaDevices.getUserMedia(constraints);
        },
      }),
  };
}

describe('<tim-composer>: voice messages', () => {
  let world: ComposerWorld;
  beforeEach(async () => {
    world = await makeWorld();
  });
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    await world.dispose();
  });

  it('click to start: the timer runs, the meter moves with the fake microphone; Send sends a sound message with its seconds', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    const sends: TimMessageSendEvent[] = [];
    composer.addEventListener('tim-message-send', (e) => sends.push(e));
    expect(mic(composer), 'the microphone shows on a secure page with MediaRecorder').to.exist;
    expect(mic(composer)!.getAttribute('aria-label')).to.equal('Record a voice message');
    expect(mic(composer)!.getAttribute('aria-pressed')).to.equal('false');

    await click(mic(composer)!);
    await recordFor(composer, 1);
    expect(panel(composer)!.dataset.mode).to.equal('toggle');
    expect(mic(composer)!.getAttribute('aria-pressed')).to.equal('true');
    expect(mic(composer)!.getAttribute('aria-label')).to.equal('Stop recording and send');
    expect(
      composer.shadowRoot!.querySelector('.input-row')!.getBoundingClientRect().height,
      'the panel takes the input row’s place',
    ).to.equal(0);
    expect(part(composer, 'voice-hint')!.textContent!.trim()).to.equal('Esc to cancel');
    await waitUntil(() => Number(part(composer, 'voice-meter')?.dataset.level ?? 0) > 0.02, 'the meter never heard the fake microphone', {
      timeout: 5000,
    });
    expect(part(composer, 'voice-meter')!.children.length).to.be.greaterThan(10);
    await expect(composer).to.be.accessible();
    await recordFor(composer, 2);

    const shown = Number(part(composer, 'voice-timer')!.textContent!.split(':')[1]);
    await click(part(composer, 'voice-send')!);
    const sent = await waitForMessage(store, 'C2Cbob', isSound, 'the voice message');
    const sound = sent.elements[0] as SoundElem;
    expect(sound.second, 'the seconds the timer showed when Send was pressed (rounded)').to.be.within(Math.max(2, shown), shown + 2);
    expect(sound.size).to.be.greaterThan(500);
    expect(sends.length).to.equal(1);
    const content = sends[0]!.detail.content as { type: string; file: Blob; second: number };
    expect(content.type).to.equal('sound');
    expect(content.file.type).to.match(/^audio\/(webm|ogg|mp4)/);
    expect(content.second).to.equal(sound.second);
    await waitUntil(() => phase(composer) === 'none', 'the panel goes once sent');
    expect(mic(composer)!.getAttribute('aria-pressed')).to.equal('false');
    // Bob gets it with its duration, and the audio plays back.
    const bob = await world.client('bob');
    const received = await waitForMessage(bob.store, 'C2Calice', isSound, "Bob's copy");
    expect((received.elements[0] as SoundElem).second).to.equal(sound.second);
  });

  it('Esc cancels a recording: nothing is sent, the input row comes back', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    const sends = recordSends(store);
    await click(mic(composer)!);
    await recordFor(composer, 1);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => phase(composer) === 'none', 'Esc never cancelled');
    expect(notice(composer), 'a cancel says nothing').to.equal('');
    expect(composer.shadowRoot!.querySelector('.input-row')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(sends).to.deep.equal([]);
    expect(messagesIn(store, 'C2Cbob').filter(isSound)).to.deep.equal([]);
  });

  it('the Cancel button throws the recording away; the keyboard starts and stops one (Enter on the microphone)', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    await click(mic(composer)!);
    await recordFor(composer, 1);
    await click(part(composer, 'voice-cancel')!);
    await waitUntil(() => phase(composer) === 'none', 'Cancel never cancelled');
    expect(messagesIn(store, 'C2Cbob').filter(isSound)).to.deep.equal([]);

    mic(composer)!.focus();
    await sendKeys({ press: 'Enter' });
    await recordFor(composer, 1);
    expect(composer.shadowRoot!.activeElement, 'the focus stays on the microphone').to.equal(mic(composer));
    await sendKeys({ press: 'Enter' });
    const sent = await waitForMessage(store, 'C2Cbob', isSound, 'the voice message sent by keyboard');
    expect((sent.elements[0] as SoundElem).second).to.be.at.least(1);
  });

  it('touch: hold to talk, slide up shows "Release to cancel", back and release sends; slide up and release cancels', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    const at = centreOf(mic(composer)!);
    await executeServerCommand('touch', { type: 'touchStart', ...at });
    await recordFor(composer, 1);
    expect(panel(composer)!.dataset.mode).to.equal('hold');
    expect(part(composer, 'voice-hint')!.textContent!.trim()).to.equal('Slide up to cancel');
    await executeServerCommand('touch', { type: 'touchMove', x: at.x, y: at.y - 120 });
    await waitUntil(() => panel(composer)?.classList.contains('armed'), 'sliding up never armed cancel');
    expect(part(composer, 'voice-hint')!.textContent!.trim()).to.equal('Release to cancel');
    await executeServerCommand('touch', { type: 'touchMove', ...at });
    await waitUntil(() => !panel(composer)?.classList.contains('armed'), 'sliding back never disarmed');
    await executeServerCommand('touch', { type: 'touchEnd', ...at });
    const sent = await waitForMessage(store, 'C2Cbob', isSound, 'the held voice message');
    expect((sent.elements[0] as SoundElem).second).to.be.at.least(1);
    await waitUntil(() => phase(composer) === 'none', 'the panel goes');

    await executeServerCommand('touch', { type: 'touchStart', ...at });
    await recordFor(composer, 1);
    await executeServerCommand('touch', { type: 'touchMove', x: at.x, y: at.y - 120 });
    await waitUntil(() => panel(composer)?.classList.contains('armed'), 'sliding up never armed cancel');
    await executeServerCommand('touch', { type: 'touchEnd', x: at.x, y: at.y - 120 });
    await waitUntil(() => phase(composer) === 'none', 'the release never cancelled');
    expect(messagesIn(store, 'C2Cbob').filter(isSound).length, 'only the first was sent').to.equal(1);
  });

  it('a release before recording really began is too short: thrown away, with a message', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    const sends = recordSends(store);
    const held = heldRecorder();
    composer.voiceRecorder = held.factory;
    await composer.updateComplete;
    const at = centreOf(mic(composer)!);
    await executeServerCommand('touch', { type: 'touchStart', ...at });
    await waitUntil(() => phase(composer) === 'requesting', 'never asked for the microphone');
    await executeServerCommand('touch', { type: 'touchEnd', ...at });
    held.grant();
    await waitUntil(() => notice(composer) !== '', 'no message for a take too short');
    expect(notice(composer)).to.equal('Too short to send: record for at least 1 second.');
    expect(sends).to.deep.equal([]);
    await click(part(composer, 'voice-notice')!.querySelector('button')!);
    await waitUntil(() => notice(composer) === '', 'Dismiss never removed the message');
  });

  it('a refused or missing microphone says so (NotAllowedError, NotFoundError), in Chinese too', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    const refuse = (name: string) => () =>
      new BrowserVoiceRecorder({ getUserMedia: () => Promise.reject(new DOMException('refused', name)) });
    composer.voiceRecorder = refuse('NotAllowedError');
    await click(mic(composer)!);
    await waitUntil(() => notice(composer) !== '', 'no message for a refused microphone');
    expect(notice(composer)).to.contain('Microphone access was denied');
    expect(part(composer, 'voice-notice')!.getAttribute('role')).to.equal('alert');
    expect(panel(composer)).to.equal(null);

    composer.voiceRecorder = refuse('NotFoundError');
    composer.locale = 'zh-CN';
    await click(mic(composer)!);
    await waitUntil(() => notice(composer).includes('未找到麦克风'), 'no message for a missing microphone');
    await expect(composer).to.be.accessible();
  });

  it('no MediaRecorder: the microphone is hidden; an app recorder brings it back', async () => {
    const saved = Object.getOwnPropertyDescriptor(window, 'MediaRecorder')!;
    Object.defineProperty(window, 'MediaRecorder', { configurable: true, writable: true, value: undefined });
    try {
      const { store } = await world.client('alice');
      const composer = await composerFor(store, 'C2Cbob');
      expect(mic(composer), 'no microphone where recording cannot work').to.equal(null);
      const labels = [...composer.shadowRoot!.querySelectorAll('[part~="tool-button"]')].map((b) => b.getAttribute('aria-label'));
      expect(labels).to.deep.equal(['Emoji and stickers', 'Send an image', 'Send a video', 'Send a file', 'Send a location']);
      composer.voiceRecorder = () => new BrowserVoiceRecorder({ MediaRecorder: null });
      await composer.updateComplete;
      expect(mic(composer)).to.exist;
      await click(mic(composer)!);
      await waitUntil(() => notice(composer) !== '', 'no message without MediaRecorder');
      expect(notice(composer)).to.contain('This browser cannot record audio.');
    } finally {
      Object.defineProperty(window, 'MediaRecorder', saved);
    }
  });

  it('an insecure page gets its own reason', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    composer.voiceRecorder = () => new BrowserVoiceRecorder({ isSecureContext: false });
    await click(mic(composer)!);
    await waitUntil(() => notice(composer) !== '', 'no message on an insecure page');
    expect(notice(composer)).to.contain('need a secure (https) page');
  });

  it('leaving the conversation while recording throws the take away', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    const sends = recordSends(store);
    await click(mic(composer)!);
    await recordFor(composer, 1);
    composer.conversationId = 'C2Ccarol';
    await waitUntil(() => phase(composer) === 'none', 'the take never went');
    expect(sends).to.deep.equal([]);
  });
});
