import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimComposer } from '../../src/components/composer/tim-composer.js';
import type { TimMessageSendEvent } from '../../src/components/composer/events.js';
import type { PositionReader } from '../../src/core/composer/index.js';
import type { LocationElem } from '../../src/core/model/elements.js';
import { composerFor, makeWorld, messagesIn, textareaOf, waitForMessage, type ComposerWorld } from './composer-harness.js';

const part = (composer: TimComposer, name: string) => composer.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const input = (composer: TimComposer, name: string) => part(composer, `location-${name}`) as HTMLInputElement;

async function openPicker(composer: TimComposer): Promise<void> {
  part(composer, 'location-button')!.click();
  await waitUntil(() => part(composer, 'location-panel'), 'the picker opens');
  await waitUntil(() => composer.shadowRoot!.activeElement === input(composer, 'description'), 'the place field takes the focus');
}

function type(field: HTMLInputElement, text: string): void {
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('tim-composer: sending a location', () => {
  let world: ComposerWorld;
  beforeEach(async () => {
    world = await makeWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it("'Use my current location' fills the coordinates from the device; the place is typed; Send sends a location message Bob receives", async () => {
    const { store } = await world.client('alice');
    const { store: bob } = await world.client('bob');
    const composer = await composerFor(store, 'C2Cbob');
    let answer!: (p: { latitude: number; longitude: number }) => void;
    composer.positionReader = (): PositionReader => ({ unavailable: () => null, read: () => new Promise((resolve) => (answer = resolve)) });
    const sends: unknown[] = [];
    composer.addEventListener('tim-message-send', (e: TimMessageSendEvent) => sends.push(e.detail.content));
    await openPicker(composer);
    expect(part(composer, 'location-button')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(composer).to.be.accessible();

    part(composer, 'location-current')!.click();
    await waitUntil(
      () => part(composer, 'location-panel')!.querySelector('[role="status"]')!.textContent!.includes('Finding your location'),
      'it says it is locating',
    );
    expect((part(composer, 'location-send') as HTMLButtonElement).disabled).to.equal(true);
    answer({ latitude: 22.540512345, longitude: 113.934123456 });
    await waitUntil(() => input(composer, 'latitude').value === '22.540512', 'the latitude is filled');
    expect(input(composer, 'longitude').value).to.equal('113.934123');
    type(input(composer, 'description'), 'Shenzhen Bay Park');
    part(composer, 'location-send')!.click();

    const sent = await waitForMessage(store, 'C2Cbob', () => true);
    expect(sent.elements[0]).to.deep.equal({
      type: 'TIMLocationElem',
      description: 'Shenzhen Bay Park',
      latitude: 22.540512,
      longitude: 113.934123,
    });
    expect(sends).to.have.length(1);
    await waitUntil(() => !part(composer, 'location-panel'), 'the picker closes');
    await waitUntil(() => composer.shadowRoot!.activeElement === textareaOf(composer), 'the focus is back in the text box');
    const got = await waitForMessage(bob, 'C2Calice', () => true, 'the location at Bob');
    expect((got.elements[0] as LocationElem).description).to.equal('Shenzhen Bay Park');
  });

  it('a refused permission is said, the coordinates can still be typed; wrong ones are named by their field, and nothing is sent until they are right', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    composer.positionReader = () => ({
      unavailable: () => null,
      read: () => Promise.reject({ code: 1, message: 'User denied Geolocation' }),
    });
    await openPicker(composer);
    part(composer, 'location-current')!.click();
    await waitUntil(() => part(composer, 'location-failure'), 'the refusal is said');
    expect(part(composer, 'location-failure')!.getAttribute('role')).to.equal('alert');
    expect(part(composer, 'location-failure')!.textContent).to.contain('Location access was denied');

    type(input(composer, 'latitude'), '95');
    await composer.updateComplete;
    expect(part(composer, 'location-failure'), 'typing coordinates clears it').to.equal(null);
    part(composer, 'location-send')!.click();
    await waitUntil(() => input(composer, 'latitude').getAttribute('aria-invalid') === 'true', 'the latitude is marked');
    const latitudeProblem = composer.shadowRoot!.getElementById(input(composer, 'latitude').getAttribute('aria-describedby')!)!;
    expect(latitudeProblem.textContent).to.equal('A latitude is between −90 and 90.');
    expect(input(composer, 'longitude').getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => composer.shadowRoot!.activeElement === input(composer, 'latitude'), 'the first wrong field takes the focus');
    expect(messagesIn(store, 'C2Cbob')).to.have.length(0);

    type(input(composer, 'latitude'), '-33,8688');
    type(input(composer, 'longitude'), '151.2093');
    input(composer, 'longitude').focus();
    await sendKeys({ press: 'Enter' });
    const sent = await waitForMessage(store, 'C2Cbob', () => true);
    expect(sent.elements[0]).to.deep.equal({ type: 'TIMLocationElem', description: '', latitude: -33.8688, longitude: 151.2093 });
  });

  it('an insecure page or a browser without geolocation is said at once; Esc closes and gives the focus back to the button', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    composer.positionReader = () => ({ unavailable: () => 'insecure', read: () => Promise.reject(new Error('not asked')) });
    composer.locale = 'zh-CN';
    await openPicker(composer);
    part(composer, 'location-current')!.click();
    await waitUntil(() => part(composer, 'location-failure'), 'the reason is said');
    expect(part(composer, 'location-failure')!.textContent).to.contain('https');
    expect(part(composer, 'location-panel')!.querySelector('h2')!.textContent).to.equal('发送位置');
    input(composer, 'description').focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !part(composer, 'location-panel'), 'Esc closes');
    expect(composer.shadowRoot!.activeElement).to.equal(part(composer, 'location-button'));
    expect(part(composer, 'location-button')!.getAttribute('aria-expanded')).to.equal('false');
  });
});
