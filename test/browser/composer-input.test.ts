import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { TimComposer } from '../../src/components/composer/tim-composer.js';
import { sendKeys } from '@web/test-runner-commands';
import type { TimMessageSendEvent } from '../../src/components/composer/events.js';
import {
  composerFor,
  makeWorld,
  messagesIn,
  pressEnter,
  recordSends,
  settle,
  textareaOf,
  typeInto,
  waitForMessage,
  type ComposerWorld,
} from './composer-harness.js';

const textOf = (m: { elements: readonly { type: string; text?: string }[] }) =>
  m.elements[0]?.type === 'TIMTextElem' ? m.elements[0].text : undefined;

describe('tim-composer: writing and sending text', () => {
  let world: ComposerWorld;
  beforeEach(async () => {
    world = await makeWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('Enter sends, Shift+Enter makes a new line (real key presses)', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    textareaOf(composer).focus();
    await sendKeys({ type: 'first line' });
    await sendKeys({ press: 'Shift+Enter' });
    await sendKeys({ type: 'second line' });
    expect(composer.value).to.equal('first line\nsecond line');
    expect(messagesIn(store, 'C2Cbob')).to.have.length(0);
    await sendKeys({ press: 'Enter' });
    const sent = await waitForMessage(store, 'C2Cbob', (m) => textOf(m) === 'first line\nsecond line');
    expect(sent.flow).to.equal('out');
    expect(composer.value).to.equal('');
    expect(textareaOf(composer).value).to.equal('');
    await waitUntil(() => messagesIn(store, 'C2Cbob')[0]?.status === 'success', 'not delivered');
  });

  it('never sends while an input method is composing (isComposing, keyCode 229, composition events)', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    const sent = recordSends(store);
    const area = textareaOf(composer);
    await typeInto(composer, 'ni hao');
    area.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true, data: '' }));
    const duringComposition = pressEnter(area, { isComposing: true, keyCode: 229 });
    expect(duringComposition.defaultPrevented, 'Enter confirms the candidate').to.equal(false);
    // Safari: the composition has ended by the time Enter's keydown arrives, which still says 229.
    area.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: '你好' }));
    pressEnter(area, { keyCode: 229 });
    // Our own flag, with a keydown that claims nothing.
    area.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true, data: '' }));
    pressEnter(area);
    await settle(composer, store);
    expect(sent, 'nothing sent during composition').to.deep.equal([]);
    expect(messagesIn(store, 'C2Cbob'), 'nothing sent during composition').to.have.length(0);
    expect(composer.value).to.equal('ni hao');
    area.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: '你好' }));
    const after = pressEnter(area);
    expect(after.defaultPrevented).to.equal(true);
    await waitForMessage(store, 'C2Cbob', (m) => textOf(m) === 'ni hao');
  });

  it('send-key="ctrl-enter": Enter makes a new line, Ctrl+Enter sends', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob', { sendKey: 'ctrl-enter' });
    textareaOf(composer).focus();
    await sendKeys({ type: 'one' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'two' });
    expect(composer.value).to.equal('one\ntwo');
    expect(messagesIn(store, 'C2Cbob')).to.have.length(0);
    await sendKeys({ press: 'Control+Enter' });
    await waitForMessage(store, 'C2Cbob', (m) => textOf(m) === 'one\ntwo');
  });

  it('does not send empty or whitespace-only text', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    const sent = recordSends(store);
    await typeInto(composer, '   \n\t ');
    pressEnter(textareaOf(composer));
    const send = composer.shadowRoot!.querySelector<HTMLButtonElement>('[part~="send-button"]')!;
    expect(send.disabled).to.equal(true);
    await settle(composer, store);
    expect(sent).to.deep.equal([]);
    expect(messagesIn(store, 'C2Cbob')).to.have.length(0);
  });

  it('refuses text over the limit with an inline message and keeps the text', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob', { maxTextBytes: 12 });
    const sent = recordSends(store);
    await typeInto(composer, '你好你好你'); // 15 bytes in UTF-8
    const alert = composer.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('too long');
    expect(alert?.textContent).to.contain('12 B');
    expect(textareaOf(composer).getAttribute('aria-invalid')).to.equal('true');
    pressEnter(textareaOf(composer));
    await settle(composer, store);
    expect(sent).to.deep.equal([]);
    expect(messagesIn(store, 'C2Cbob')).to.have.length(0);
    expect(composer.value).to.equal('你好你好你');
    await typeInto(composer, '你好');
    expect(composer.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    pressEnter(textareaOf(composer));
    await waitForMessage(store, 'C2Cbob', (m) => textOf(m) === '你好');
  });

  it("the default limit is the backend's 12 KB", async () => {
    const { store } = await world.client('alice');
    const composer = await fixtureDefault(store);
    await typeInto(composer, 'x'.repeat(12 * 1024 + 1));
    expect(composer.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain('12 KB');
    await typeInto(composer, 'x'.repeat(12 * 1024));
    expect(composer.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    pressEnter(textareaOf(composer));
    const sent = await waitForMessage(store, 'C2Cbob', (m) => (textOf(m)?.length ?? 0) === 12 * 1024);
    await waitUntil(() => messagesIn(store, 'C2Cbob').find((m) => m.ID === sent.ID)?.status === 'success', 'the server refused 12 KB');
  });

  it('grows with the text up to its maximum height, then scrolls', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    composer.style.setProperty('--tim-composer-input-max-height', '120px');
    const area = textareaOf(composer);
    await typeInto(composer, 'one line');
    const oneLine = area.getBoundingClientRect().height;
    await typeInto(composer, 'a\nb\nc');
    const threeLines = area.getBoundingClientRect().height;
    expect(threeLines).to.be.greaterThan(oneLine + 20);
    await typeInto(composer, Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n'));
    expect(area.getBoundingClientRect().height).to.be.at.most(121);
    expect(getComputedStyle(area).overflowY).to.equal('auto');
    expect(area.scrollHeight).to.be.greaterThan(area.clientHeight);
  });

  it('fires a cancelable tim-message-send whose content and options a listener may replace', async () => {
    const { store, service } = await world.client('alice');
    const { store: bob } = await world.client('bob');
    const seenOptions: unknown[] = [];
    const original = service.sendMessage.bind(service);
    service.sendMessage = (message, options) => {
      if (textOf(message) === 'but this') seenOptions.push(options);
      return original(message, options);
    };
    const composer = await composerFor(store, 'C2Cbob');
    const sent = recordSends(store);
    composer.priority = 'High';
    composer.offlinePushInfo = { title: 'New message', description: 'Alice wrote', extension: '{"k":1}' };

    // Vetoed: nothing goes out and the text stays.
    const veto = (e: TimMessageSendEvent) => e.preventDefault();
    composer.addEventListener('tim-message-send', veto, { once: true });
    await typeInto(composer, 'not this');
    pressEnter(textareaOf(composer));
    await settle(composer, store);
    expect(sent).to.deep.equal([]);
    expect(messagesIn(store, 'C2Cbob')).to.have.length(0);
    expect(composer.value).to.equal('not this');

    // Changed: the listener's content and options are what is sent.
    let seen: TimMessageSendEvent | undefined;
    let seenContent: unknown;
    composer.addEventListener(
      'tim-message-send',
      (event) => {
        seen = event;
        seenContent = event.detail.content;
        event.detail.content = { type: 'text', text: 'but this' };
        event.detail.options = { ...event.detail.options, cloudCustomData: '{"app":"x"}' };
      },
      { once: true },
    );
    pressEnter(textareaOf(composer));
    expect(seen?.cancelable).to.equal(true);
    expect(seen?.composed).to.equal(true);
    expect(seen?.detail.conversationID).to.equal('C2Cbob');
    expect(seenContent).to.deep.equal({ type: 'text', text: 'not this' });
    expect(seen?.detail.options.priority).to.equal('High');
    const mine = await waitForMessage(store, 'C2Cbob', (m) => textOf(m) === 'but this');
    expect(mine.priority).to.equal('High');
    const received = await waitForMessage(bob, 'C2Calice', (m) => textOf(m) === 'but this', 'the message at bob');
    expect(JSON.parse(received.cloudCustomData).app).to.equal('x');
    expect(received.priority).to.equal('High');
    await waitUntil(() => seenOptions.length > 0);
    expect(seenOptions[0]).to.deep.include({
      priority: 'High',
      offlinePushInfo: { title: 'New message', description: 'Alice wrote', extension: '{"k":1}' },
    });
  });

  it('online-only messages go to connected peers and are not stored', async () => {
    const { store } = await world.client('alice');
    const { store: bob } = await world.client('bob');
    const composer = await composerFor(store, 'C2Cbob');
    composer.onlineOnly = true;
    await typeInto(composer, 'ping');
    pressEnter(textareaOf(composer));
    const received = await waitForMessage(bob, 'C2Calice', (m) => textOf(m) === 'ping', 'the online-only message');
    expect(received.onlineOnly).to.equal(true);
    const stored = await world.server.getMessageList({ userID: 'bob', sessionID: 'x' }, { conversationID: 'C2Calice', count: 20 });
    expect(stored.messages.some((m) => textOf(m) === 'ping')).to.equal(false);
  });

  it('is accessible, and labels its input and tools', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    const area = textareaOf(composer);
    expect(area.getAttribute('aria-label')).to.equal('Message');
    const toolbar = composer.shadowRoot!.querySelector('[role="toolbar"]')!;
    const labels = [...toolbar.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(labels).to.deep.equal([
      'Emoji and stickers',
      'Send an image',
      'Send a video',
      'Send a file',
      'Send a location',
      'Record a voice message',
    ]);
    await expect(composer).to.be.accessible();
  });

  it('the toolbar is one tab stop; Left and Right go round the tools (mirrored right-to-left), Home and End jump', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    const tools = () => [...composer.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="tool-button"]')];
    const focusedTool = () => tools().indexOf(composer.shadowRoot!.activeElement as HTMLButtonElement);
    expect(tools().map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1]);
    tools()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedTool()).to.equal(1);
    await composer.updateComplete;
    expect(
      tools().map((b) => b.tabIndex),
      'the stop follows the focus',
    ).to.deep.equal([-1, 0, -1, -1, -1, -1]);
    await sendKeys({ press: 'End' });
    expect(focusedTool()).to.equal(5);
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedTool(), 'round the end').to.equal(0);
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedTool()).to.equal(5);
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedTool(), "Up and Down are not the toolbar's").to.equal(5);
    composer.dir = 'rtl';
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedTool(), 'right-to-left, Left moves forward').to.equal(0);
    await sendKeys({ press: 'Home' });
    expect(focusedTool()).to.equal(0);
  });

  it('speaks Chinese', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    composer.locale = 'zh-CN';
    await composer.updateComplete;
    expect(textareaOf(composer).getAttribute('aria-label')).to.equal('消息');
    expect(composer.shadowRoot!.querySelector('[part~="send-button"]')!.textContent).to.contain('发送');
  });
});

describe('tim-composer: disabled states', () => {
  let world: ComposerWorld;
  beforeEach(async () => {
    world = await makeWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('while offline, still lets the user write; the message queues and goes out on reconnection', async () => {
    const { store, service } = await world.client('alice');
    const { store: bob } = await world.client('bob');
    const composer = await composerFor(store, 'C2Cbob');
    service.setOffline(true);
    await waitUntil(() => composer.shadowRoot!.querySelector('[role="status"]')?.textContent?.includes('offline'), 'no offline note');
    expect(textareaOf(composer).disabled).to.equal(false);
    await typeInto(composer, 'queued');
    pressEnter(textareaOf(composer));
    const queued = await waitForMessage(store, 'C2Cbob', (m) => textOf(m) === 'queued');
    expect(queued.status).to.equal('unSend');
    service.setOffline(false);
    await waitForMessage(bob, 'C2Calice', (m) => textOf(m) === 'queued', 'the queued message at bob');
    await waitUntil(() => messagesIn(store, 'C2Cbob')[0]?.status === 'success', 'the queued message was not delivered');
  });

  it('is disabled with the reason when muted in a group, and when not a member', async () => {
    const group = await world.server.createGroup({ ownerID: 'alice', memberIDs: ['bob'], name: 'Team', type: 'Public' });
    await world.server.muteGroupMember(group.groupID, 'alice', 'bob', 600);
    const { store } = await world.client('bob');
    const composer = await composerFor(store, `GROUP${group.groupID}`);
    await waitUntil(() => textareaOf(composer).disabled, 'the muted member can still type');
    expect(composer.shadowRoot!.querySelector('[part~="notice"]')?.textContent).to.match(
      /muted in this group until \d{1,2}:\d\d\s[AP]M\./,
      'en is en-US: 12-hour',
    );
    expect(composer.shadowRoot!.querySelector<HTMLButtonElement>('[part~="image-button"]')!.disabled).to.equal(true);

    await world.server.muteGroupMember(group.groupID, 'alice', 'bob', 0);
    await waitUntil(() => !textareaOf(composer).disabled, 'unmuting did not enable the composer');

    await world.server.kickGroupMembers(group.groupID, 'alice', ['bob']);
    await waitUntil(() => textareaOf(composer).disabled, 'a removed member can still type');
    expect(composer.shadowRoot!.querySelector('[part~="notice"]')?.textContent).to.contain('not a member');
  });

  it("is disabled with the app's reason, and for system notifications", async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    composer.disabled = true;
    composer.disabledReason = 'Read-only archive';
    await composer.updateComplete;
    expect(textareaOf(composer).disabled).to.equal(true);
    expect(composer.shadowRoot!.querySelector('[part~="notice"]')?.textContent).to.contain('Read-only archive');
    composer.disabled = false;
    composer.conversationId = '@TIM#SYSTEM';
    await composer.updateComplete;
    expect(textareaOf(composer).disabled).to.equal(true);
    expect(composer.shadowRoot!.querySelector('[part~="notice"]')?.textContent).to.contain('System notifications');
  });
});

function fixtureDefault(store: Parameters<typeof composerFor>[0]): Promise<TimComposer> {
  return fixture<TimComposer>(html`<tim-composer locale="en" .store=${store} conversation-id="C2Cbob"></tim-composer>`);
}
