import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { TimComposer } from '../../src/components/composer/tim-composer.js';
import { TimMessageReplyEvent } from '../../src/components/message/events.js';
import '../../src/components/message-list/define.js';
import type { TimMessageList } from '../../src/components/message-list/tim-message-list.js';
import { cacheDatabaseName } from '../../src/core/cache/cache-database-name.js';
import { createChatCache } from '../../src/core/cache/create-chat-cache.js';
import { AT_ALL, type Message } from '../../src/core/model/message.js';
import { parseMessageReply } from '../../src/core/model/tuikit-wire.js';
import type { ChatStore } from '../../src/core/store/chat-store.js';
import {
  canvasImageFile,
  composerFor,
  makeWorld,
  messagesIn,
  pressEnter,
  settle,
  textareaOf,
  typeInto,
  waitForMessage,
  type ComposerWorld,
} from './composer-harness.js';

const textOf = (m: Message) => (m.elements[0]?.type === 'TIMTextElem' ? m.elements[0].text : undefined);

function fireReply(message: Message): TimMessageReplyEvent {
  // As the message list does: a composed event from somewhere else in the page.
  const source = document.createElement('div');
  document.body.append(source);
  const event = new TimMessageReplyEvent(message);
  source.dispatchEvent(event);
  source.remove();
  return event;
}

function replyBar(composer: TimComposer): HTMLElement | null {
  return composer.shadowRoot!.querySelector('[part~="reply"]');
}

function mentionOptions(composer: TimComposer): HTMLElement[] {
  return [...composer.shadowRoot!.querySelectorAll<HTMLElement>('[part~="mention-option"]')];
}

async function sendFrom(store: ChatStore, conversationID: string, text: string): Promise<Message> {
  return store.sendText(conversationID, text);
}

describe('tim-composer: reply', () => {
  let world: ComposerWorld;
  beforeEach(async () => {
    world = await makeWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it("shows the quote, sends TUIKit's messageReply, and the peer and the list see it", async () => {
    const { store: alice } = await world.client('alice');
    const { store: bob } = await world.client('bob');
    await alice.openConversation('C2Cbob');
    await sendFrom(bob, 'C2Calice', 'Lunch at noon?');
    const original = await waitForMessage(alice, 'C2Cbob', (m) => textOf(m) === 'Lunch at noon?');
    const composer = await composerFor(alice, 'C2Cbob');
    fireReply(original);
    await composer.updateComplete;
    expect(replyBar(composer)?.textContent).to.contain('Replying to Bob');
    expect(replyBar(composer)?.textContent).to.contain('Lunch at noon?');
    await expect(composer).to.be.accessible();
    expect(composer.shadowRoot!.activeElement).to.equal(textareaOf(composer));

    await typeInto(composer, 'Sounds good');
    pressEnter(textareaOf(composer));
    const reply = await waitForMessage(alice, 'C2Cbob', (m) => textOf(m) === 'Sounds good');
    expect(replyBar(composer), 'the quote goes with the message').to.equal(null);
    expect(JSON.parse(reply.cloudCustomData).messageReply).to.deep.equal({
      messageAbstract: 'Lunch at noon?',
      messageSender: 'Bob',
      messageID: original.ID,
      messageType: 1,
      messageTime: original.time,
      messageSequence: original.sequence,
      version: 1,
    });
    const atBob = await waitForMessage(bob, 'C2Calice', (m) => textOf(m) === 'Sounds good', 'the reply at bob');
    expect(parseMessageReply(atBob.cloudCustomData)?.messageID).to.equal(original.ID);

    const list = await fixture<TimMessageList>(
      html`<tim-message-list locale="en" .store=${alice} conversation-id="C2Cbob" style="height: 400px; display: block"></tim-message-list>`,
    );
    await waitUntil(
      () => list.shadowRoot!.querySelector(`tim-message[data-id="${CSS.escape(reply.ID)}"]`)?.shadowRoot?.querySelector('[part~="quote"]'),
      'the list shows no quote',
    );
    const quote = list
      .shadowRoot!.querySelector(`tim-message[data-id="${CSS.escape(reply.ID)}"]`)!
      .shadowRoot!.querySelector('[part~="quote"]')!;
    expect(quote.textContent).to.contain('Bob');
  });

  it('quotes a non-text message by its summary, and ignores replies for other conversations', async () => {
    const { store: alice } = await world.client('alice');
    const { store: bob } = await world.client('bob');
    await alice.openConversation('C2Cbob');
    await bob.send('C2Calice', { type: 'image', file: await canvasImageFile(), width: 64, height: 48 });
    const image = await waitForMessage(alice, 'C2Cbob', (m) => m.elements[0]?.type === 'TIMImageElem');
    const composer = await composerFor(alice, 'C2Cbob');
    fireReply({ ...image, conversationID: 'C2Ccarol' });
    await composer.updateComplete;
    expect(replyBar(composer)).to.equal(null);
    fireReply(image);
    await composer.updateComplete;
    expect(replyBar(composer)?.textContent).to.contain('[Image]');
    await typeInto(composer, 'nice');
    pressEnter(textareaOf(composer));
    const reply = await waitForMessage(alice, 'C2Cbob', (m) => textOf(m) === 'nice');
    expect(parseMessageReply(reply.cloudCustomData)).to.include({ messageAbstract: '[Image]', messageType: 3, messageID: image.ID });
  });

  it('a vetoed reply event is not taken; the quote can be dismissed by its button or Escape', async () => {
    const { store: alice } = await world.client('alice');
    const { store: bob } = await world.client('bob');
    await alice.openConversation('C2Cbob');
    await sendFrom(bob, 'C2Calice', 'hi');
    const original = await waitForMessage(alice, 'C2Cbob', (m) => textOf(m) === 'hi');
    const composer = await composerFor(alice, 'C2Cbob');
    const veto = (e: Event) => e.preventDefault();
    document.addEventListener('tim-message-reply', veto, { capture: true, once: true });
    fireReply(original);
    await composer.updateComplete;
    expect(replyBar(composer)).to.equal(null);

    fireReply(original);
    await composer.updateComplete;
    composer.shadowRoot!.querySelector<HTMLButtonElement>('[part~="reply-cancel"]')!.click();
    await composer.updateComplete;
    expect(replyBar(composer)).to.equal(null);

    fireReply(original);
    await composer.updateComplete;
    textareaOf(composer).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    await composer.updateComplete;
    expect(replyBar(composer)).to.equal(null);
    await typeInto(composer, 'plain');
    pressEnter(textareaOf(composer));
    const sent = await waitForMessage(alice, 'C2Cbob', (m) => textOf(m) === 'plain');
    expect(parseMessageReply(sent.cloudCustomData)).to.equal(null);
  });
});

describe('tim-composer: @mentions', () => {
  let world: ComposerWorld;
  let groupID: string;
  beforeEach(async () => {
    world = await makeWorld();
    groupID = (await world.server.createGroup({ ownerID: 'alice', memberIDs: ['bob', 'carol'], name: 'Team', type: 'Work' })).groupID;
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('typing @ opens the members, filtered as you type; the chosen ones go to atUserList', async () => {
    const { store: alice } = await world.client('alice');
    const { store: carol } = await world.client('carol');
    const composer = await composerFor(alice, `GROUP${groupID}`);
    await typeInto(composer, 'hi @');
    await waitUntil(() => mentionOptions(composer).length === 3, 'the member list did not open');
    const listbox = composer.shadowRoot!.querySelector('[role="listbox"]')!;
    expect(listbox.getAttribute('aria-label')).to.equal('Group members');
    // The owner may mention everyone; the user themself is not offered.
    expect(mentionOptions(composer).map((o) => o.querySelector('.name')!.textContent)).to.deep.equal(['All', 'Bob', '王芳']);
    expect(textareaOf(composer).getAttribute('aria-activedescendant')).to.equal(mentionOptions(composer)[0]!.id);
    await expect(composer).to.be.accessible();

    await typeInto(composer, 'hi @car');
    expect(mentionOptions(composer).map((o) => o.querySelector('.name')!.textContent)).to.deep.equal(['王芳']);
    pressEnter(textareaOf(composer));
    await composer.updateComplete;
    expect(composer.value).to.equal('hi @王芳 ');
    expect(mentionOptions(composer)).to.have.length(0);
    expect(messagesIn(alice, `GROUP${groupID}`), 'choosing is not sending').to.have.length(0);

    await typeInto(composer, 'hi @王芳 see this');
    pressEnter(textareaOf(composer));
    const sent = await waitForMessage(alice, `GROUP${groupID}`, (m) => textOf(m) === 'hi @王芳 see this');
    expect(sent.atUserList).to.deep.equal(['carol']);
    await waitUntil(
      () => carol.state.get().conversations.find((c) => c.conversationID === `GROUP${groupID}`)?.atMe === true,
      'carol was not told "[@me]"',
    );
  });

  it('arrow keys move in the list; @All for the owner; a mention deleted from the text is not sent', async () => {
    const { store: alice } = await world.client('alice');
    const composer = await composerFor(alice, `GROUP${groupID}`);
    await typeInto(composer, '@');
    await waitUntil(() => mentionOptions(composer).length === 3);
    const area = textareaOf(composer);
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true }));
    await composer.updateComplete;
    expect(mentionOptions(composer)[1]!.getAttribute('aria-selected')).to.equal('true');
    expect(area.getAttribute('aria-activedescendant')).to.equal(mentionOptions(composer)[1]!.id);
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, composed: true, cancelable: true }));
    await composer.updateComplete;
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true, cancelable: true }));
    await composer.updateComplete;
    expect(composer.value).to.equal('@All ');
    await typeInto(composer, '@All meeting now, @');
    await waitUntil(() => mentionOptions(composer).length === 3);
    mentionOptions(composer)[1]!.click();
    await composer.updateComplete;
    expect(composer.value).to.equal('@All meeting now, @Bob ');
    await typeInto(composer, '@All meeting now');
    pressEnter(area);
    const sent = await waitForMessage(alice, `GROUP${groupID}`, (m) => textOf(m) === '@All meeting now');
    expect(sent.atUserList).to.deep.equal([AT_ALL]);
  });

  it('a member is not offered @All; Escape closes the list; e-mail addresses do not open it', async () => {
    const { store: bob } = await world.client('bob');
    const composer = await composerFor(bob, `GROUP${groupID}`);
    await typeInto(composer, '@');
    await waitUntil(() => mentionOptions(composer).length === 2, 'bob should see alice and carol');
    expect(mentionOptions(composer).map((o) => o.querySelector('.name')!.textContent)).to.deep.equal(['Alice', '王芳']);
    textareaOf(composer).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    await composer.updateComplete;
    expect(mentionOptions(composer)).to.have.length(0);
    await typeInto(composer, 'write to bob@');
    expect(composer.shadowRoot!.querySelector('[part~="mention-list"]')).to.equal(null);
    await typeInto(composer, '@zzz');
    expect(composer.shadowRoot!.querySelector('[part~="mention-list"]')!.textContent).to.contain('No member matches “zzz”');
  });

  it('does not offer mentions in one-to-one chats', async () => {
    const { store: alice } = await world.client('alice');
    const composer = await composerFor(alice, 'C2Cbob');
    await typeInto(composer, '@');
    await settle(composer, alice);
    expect(composer.shadowRoot!.querySelector('[part~="mention-list"]')).to.equal(null);
  });
});

describe('tim-composer: drafts', () => {
  let world: ComposerWorld;
  beforeEach(async () => {
    world = await makeWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('saves as you type (debounced), per conversation, and restores when you come back', async () => {
    const { store: alice } = await world.client('alice');
    const { store: bob } = await world.client('bob');
    await sendFrom(bob, 'C2Calice', 'hello');
    await waitUntil(() => alice.state.get().conversations.some((c) => c.conversationID === 'C2Cbob'));
    const composer = await composerFor(alice, 'C2Cbob');
    await typeInto(composer, 'half a tho');
    await typeInto(composer, 'half a thought');
    expect(alice.getDraft('C2Cbob'), 'not saved at every key').to.equal(null);
    await waitUntil(() => alice.getDraft('C2Cbob')?.text === 'half a thought', 'the draft was not saved', { timeout: 2000 });
    expect(alice.state.get().conversations.find((c) => c.conversationID === 'C2Cbob')?.draft?.text).to.equal('half a thought');

    composer.conversationId = 'C2Ccarol';
    await composer.updateComplete;
    expect(composer.value).to.equal('');
    await typeInto(composer, 'for carol');
    composer.conversationId = 'C2Cbob';
    await composer.updateComplete;
    expect(composer.value).to.equal('half a thought');
    expect(alice.getDraft('C2Ccarol')?.text, 'leaving saves at once').to.equal('for carol');

    pressEnter(textareaOf(composer));
    await waitForMessage(alice, 'C2Cbob', (m) => textOf(m) === 'half a thought');
    await waitUntil(() => alice.getDraft('C2Cbob') === null, 'sending did not clear the draft');
  });

  it('comes back after a reload, with the reply quote and mentions (new store, same cache and server)', async () => {
    const app = `composer-draft-${Date.now()}`;
    const cache = createChatCache({ app, userID: 'alice' });
    const first = await world.client('alice', { cache });
    const { store: bob } = await world.client('bob');
    await first.store.openConversation('C2Cbob');
    await sendFrom(bob, 'C2Calice', 'Can you review this?');
    const original = await waitForMessage(first.store, 'C2Cbob', (m) => textOf(m) === 'Can you review this?');
    const composer = await composerFor(first.store, 'C2Cbob');
    fireReply(original);
    await typeInto(composer, 'Yes, after lunch');
    await waitUntil(() => first.store.getDraft('C2Cbob')?.text === 'Yes, after lunch', 'not saved', { timeout: 2000 });
    expect(JSON.parse(first.store.getDraft('C2Cbob')!.userDefine).messageReply.messageID).to.equal(original.ID);
    composer.remove();
    await first.store.settled();
    await first.store.stop();

    // The page reloads: a new cache object on the same database, a new client, a new store.
    const again = await world.client('alice', { cache: createChatCache({ app, userID: 'alice' }) });
    const restored = await composerFor(again.store, 'C2Cbob');
    await waitUntil(() => restored.value === 'Yes, after lunch', `the draft did not come back (got "${restored.value}")`, {
      timeout: 3000,
    });
    await restored.updateComplete;
    expect(replyBar(restored)?.textContent).to.contain('Can you review this?');
    pressEnter(textareaOf(restored));
    const reply = await waitForMessage(again.store, 'C2Cbob', (m) => textOf(m) === 'Yes, after lunch');
    expect(parseMessageReply(reply.cloudCustomData)?.messageID).to.equal(original.ID);
    await waitUntil(() => again.store.getDraft('C2Cbob') === null, 'the draft stayed after sending');
    await again.store.settled();
    await again.store.stop();
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(cacheDatabaseName(app, 'alice'));
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
  });
});

describe('tim-composer: typing indicator', () => {
  let world: ComposerWorld;
  beforeEach(async () => {
    world = await makeWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('tells the peer while typing (at most every 3 s); the peer\'s "typing…" clears when the message arrives', async () => {
    const { store: alice } = await world.client('alice');
    const { store: bob } = await world.client('bob');
    const calls: string[] = [];
    const sendTyping = alice.sendTyping.bind(alice);
    alice.sendTyping = (conversationID: string, isTyping?: boolean) => {
      calls.push(`${conversationID} ${isTyping === false ? 'stopped' : 'typing'}`);
      return sendTyping(conversationID, isTyping);
    };
    const composer = await composerFor(alice, 'C2Cbob');
    await typeInto(composer, 'o');
    await typeInto(composer, 'on');
    await typeInto(composer, 'on my way');
    expect(calls).to.deep.equal(['C2Cbob typing']);
    await waitUntil(() => (bob.state.get().typing['C2Calice']?.['alice'] ?? 0) > Date.now(), 'bob does not see alice typing');
    expect(messagesIn(bob, 'C2Calice'), 'the signal is not a message').to.have.length(0);
    pressEnter(textareaOf(composer));
    await waitForMessage(bob, 'C2Calice', (m) => textOf(m) === 'on my way', 'the message at bob');
    await waitUntil(() => bob.state.get().typing['C2Calice']?.['alice'] === undefined, '"typing…" stayed after the message');
    expect(calls, 'the message itself ends the typing').to.deep.equal(['C2Cbob typing']);
  });

  it('emptying the box without sending tells the peer typing stopped', async () => {
    const { store: alice } = await world.client('alice');
    const { store: bob } = await world.client('bob');
    const calls: string[] = [];
    const sendTyping = alice.sendTyping.bind(alice);
    alice.sendTyping = (conversationID: string, isTyping?: boolean) => {
      calls.push(`${conversationID} ${isTyping === false ? 'stopped' : 'typing'}`);
      return sendTyping(conversationID, isTyping);
    };
    const composer = await composerFor(alice, 'C2Cbob');
    await typeInto(composer, 'never mind');
    await waitUntil(() => (bob.state.get().typing['C2Calice']?.['alice'] ?? 0) > Date.now(), 'bob does not see alice typing');
    await typeInto(composer, '');
    expect(calls).to.deep.equal(['C2Cbob typing', 'C2Cbob stopped']);
    await waitUntil(() => bob.state.get().typing['C2Calice']?.['alice'] === undefined, 'bob still sees "typing…"');
    await typeInto(composer, '');
    expect(calls, 'said once').to.have.length(2);
  });

  it('tells group members where the backend carries it (the embedded one does); nothing when turned off', async () => {
    const group = await world.server.createGroup({ ownerID: 'alice', memberIDs: ['bob'], name: 'G', type: 'Work' });
    const { store: alice } = await world.client('alice');
    const { store: bob } = await world.client('bob');
    const calls: string[] = [];
    const sendTyping = alice.sendTyping.bind(alice);
    alice.sendTyping = (conversationID: string, isTyping?: boolean) => {
      calls.push(`${conversationID} ${isTyping === false ? 'stopped' : 'typing'}`);
      return sendTyping(conversationID, isTyping);
    };
    const groupID = `GROUP${group.groupID}`;
    const composer = await composerFor(alice, groupID);
    await typeInto(composer, 'hello all');
    expect(calls).to.deep.equal([`${groupID} typing`]);
    await waitUntil(() => (bob.state.get().typing[groupID]?.['alice'] ?? 0) > Date.now(), 'bob does not see alice typing in the group');
    const c2c = await fixture<TimComposer>(
      html`<tim-composer .store=${alice} conversation-id="C2Cbob" typing-status="off"></tim-composer>`,
    );
    await typeInto(c2c, 'quiet');
    expect(c2c.typingStatus).to.equal(false);
    expect(calls).to.deep.equal([`${groupID} typing`]);
  });
});
