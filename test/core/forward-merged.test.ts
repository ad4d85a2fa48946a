import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, test } from 'node:test';
import { CHAT_ERROR, type ChatError } from '../../src/core/errors.js';
import { abstractLine, buildMergedElement, mergeDepth, mergedTitle, MERGE_LIMITS, relayOf } from '../../src/core/forward/index.js';
import { normalizeMessage } from '../../src/core/interop/normalize-message.js';
import type { RelayElem } from '../../src/core/model/elements.js';
import { createMessage } from '../../src/core/model/factories.js';
import type { Message } from '../../src/core/model/message.js';
import { summarizeMessage } from '../../src/core/notices/message-summary.js';
import { localize } from '../../src/core/i18n/translate.js';
import { makeStoreWorld, messagesOf, textOf, waitFor, type StoreWorld } from './store-harness.js';

const msg = (id: string, from: string, time: number, elements: Message['elements'], extra: Partial<Message> = {}): Message =>
  ({
    ...createMessage({ ID: id, conversationID: 'C2Cbob', from, nick: from === 'alice' ? 'Alice' : 'Bob', time, elements }),
    status: 'success',
    ...extra,
  }) as Message;
const say = (id: string, from: string, time: number, text: string) => msg(id, from, time, [{ type: 'TIMTextElem', text }]);

describe('merged ("chat history") messages: title and abstract', () => {
  const chat = [say('b', 'bob', 20, 'see you at 6'), say('a', 'alice', 10, 'lunch tomorrow?')];

  test('the title names the two senders in order of appearance (TUIKit: "A and B\'s chat history")', () => {
    assert.equal(mergedTitle({ messages: chat, source: { type: 'C2C' }, selfID: 'alice' }), "Alice and Bob's chat history");
    assert.equal(mergedTitle({ messages: chat, source: { type: 'C2C' }, selfID: 'alice', locale: 'zh-CN' }), 'Alice和Bob的聊天记录');
    assert.equal(mergedTitle({ messages: [chat[0]!], source: { type: 'C2C' }, selfID: 'alice' }), "Bob's chat history");
    assert.equal(
      mergedTitle({ messages: chat, source: { type: 'GROUP', groupName: 'Design' }, selfID: 'alice' }),
      'Chat history of Design',
    );
    assert.equal(mergedTitle({ messages: chat, source: { type: 'GROUP' }, selfID: 'alice', locale: 'zh-CN' }), '群聊的聊天记录');
  });

  test('a name card or a remark beats the nick the message carries', () => {
    const names = (id: string) => (id === 'bob' ? 'Bobby (remark)' : undefined);
    assert.equal(
      mergedTitle({ messages: chat, source: { type: 'C2C' }, selfID: 'alice', names }),
      "Alice and Bobby (remark)'s chat history",
    );
  });

  test('abstract lines are "sender: first line", media as their summary, at most 100 characters', () => {
    assert.equal(abstractLine(chat[1]!), 'Alice: lunch tomorrow?');
    const image = msg('i', 'bob', 30, [{ type: 'TIMImageElem', uuid: '', imageFormat: 'PNG', imageInfoArray: [] }]);
    assert.equal(abstractLine(image), 'Bob: [Image]');
    assert.equal(abstractLine(image, undefined, 'zh-CN'), 'Bob：[图片]');
    const long = abstractLine(say('l', 'bob', 40, 'x'.repeat(500)));
    assert.ok([...long].length <= MERGE_LIMITS.abstractChars + 1 && long.endsWith('…'), long);
    assert.equal(abstractLine(say('n', 'bob', 50, 'two\nlines')), 'Bob: two lines');
  });

  test('the element: messages oldest first, up to 5 abstract lines, compatible text, no download key', () => {
    const many = Array.from({ length: 7 }, (_, i) => say(`m${i}`, i % 2 ? 'bob' : 'alice', 100 - i, `line ${i}`));
    const relay = buildMergedElement({ messages: many, source: { type: 'C2C' }, selfID: 'alice' });
    assert.equal(relay.type, 'TIMRelayElem');
    assert.deepEqual(
      relay.messageList.map((m) => m.ID),
      ['m6', 'm5', 'm4', 'm3', 'm2', 'm1', 'm0'],
    );
    assert.equal(relay.abstractList.length, MERGE_LIMITS.maxAbstracts);
    assert.equal(relay.abstractList[0], 'Alice: line 6');
    assert.equal(relay.compatibleText, '[Chat history]');
    assert.equal(relay.downloadKey, '');
    assert.equal(relay.layersOverLimit, false);
    assert.equal(
      buildMergedElement({ messages: many, source: { type: 'C2C' }, selfID: 'alice', title: '  Release notes ' }).title,
      'Release notes',
    );
  });

  test('nesting is measured, and a merged message summarizes as "[Chat history]"', () => {
    const inner = buildMergedElement({ messages: chat, source: { type: 'C2C' }, selfID: 'alice' });
    const nested = msg('n', 'alice', 60, [inner]);
    assert.equal(mergeDepth(chat), 0);
    assert.equal(mergeDepth([nested]), 1);
    const outer = buildMergedElement({ messages: [nested, chat[0]!], source: { type: 'C2C' }, selfID: 'alice' });
    assert.equal(abstractLine(nested), 'Alice: [Chat history]');
    assert.equal(relayOf(msg('o', 'alice', 70, [outer]))?.messageList.length, 2);
    assert.equal(localize('zh-CN', summarizeMessage(nested).body), '[聊天记录]');
  });

  test('a merged element survives normalization (the cache, imports), nested ones too; hostile input is repaired', () => {
    const inner = buildMergedElement({ messages: chat, source: { type: 'C2C' }, selfID: 'alice' });
    const outer = buildMergedElement({ messages: [msg('n', 'alice', 60, [inner])], source: { type: 'C2C' }, selfID: 'alice' });
    const stored = msg('o', 'alice', 70, [outer]);
    const { message, repairs } = normalizeMessage(JSON.parse(JSON.stringify(stored)));
    assert.deepEqual(repairs, []);
    const relay = message.elements[0] as RelayElem;
    assert.equal(relay.title, outer.title);
    const innerBack = relay.messageList[0]!.elements[0] as RelayElem;
    assert.deepEqual(innerBack.messageList.map(textOf), ['lunch tomorrow?', 'see you at 6']);
    const bad = normalizeMessage({
      ...stored,
      elements: [{ type: 'TIMRelayElem', title: 7, abstractList: 'x', messageList: [null, { elements: 'no' }] }],
    });
    const repaired = bad.message.elements[0] as RelayElem;
    assert.equal(repaired.type, 'TIMRelayElem');
    assert.deepEqual(repaired.abstractList, []);
    assert.equal(repaired.messageList.length, 2, 'bad entries become placeholder messages, not exceptions');
    assert.ok(bad.repairs.length > 0);
  });
});

describe('ChatStore: forwarding', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('forwards one by one: a new message with the same content in each target, oldest first', async () => {
    const alice = await world.client('alice');
    const bob = await world.client('bob');
    const carol = await world.client('carol');
    await alice.store.sendText('C2Cbob', 'first');
    await bob.store.sendText('C2Calice', 'second');
    await alice.store.openConversation('C2Cbob');
    await waitFor(() => messagesOf(alice.store, 'C2Cbob').length === 2, 'alice has both');
    const originals = [...messagesOf(alice.store, 'C2Cbob')].reverse();
    const results = await alice.store.forwardMessages(originals, ['C2Ccarol', 'C2Cdave']);
    assert.deepEqual(
      results.map((r) => [r.conversationID, r.messages.map(textOf), r.error]),
      [
        ['C2Ccarol', ['first', 'second'], undefined],
        ['C2Cdave', ['first', 'second'], undefined],
      ],
    );
    assert.ok(results[0]!.messages.every((m) => m.status === 'success' && m.from === 'alice'));
    await carol.store.openConversation('C2Calice');
    await waitFor(() => messagesOf(carol.store, 'C2Calice').length === 2, 'carol receives both');
    assert.deepEqual(messagesOf(carol.store, 'C2Calice').map(textOf), ['first', 'second']);
  });

  it('forwards combined: one merged message the receiver opens, with its title and first lines', async () => {
    const alice = await world.client('alice');
    const bob = await world.client('bob');
    await alice.store.sendText('C2Cbob', 'lunch tomorrow?');
    await bob.store.sendText('C2Calice', 'see you at 6');
    await alice.store.openConversation('C2Cbob');
    await waitFor(() => messagesOf(alice.store, 'C2Cbob').length === 2, 'alice has both');
    assert.equal(alice.store.canForwardMerged(), true);
    const [result] = await alice.store.forwardMessages(messagesOf(alice.store, 'C2Cbob'), ['C2Ccarol'], {
      mode: 'merged',
      mergedElement: buildMergedElement,
    });
    assert.equal(result!.error, undefined);
    const relay = relayOf(result!.messages[0]);
    assert.equal(relay?.title, "Alice Chen and Bob Smith's chat history");
    assert.deepEqual(relay?.abstractList, ['Alice Chen: lunch tomorrow?', 'Bob Smith: see you at 6']);

    // In the forwarder's language (the list passes its own), or under a title the app chose.
    const [zh] = await alice.store.forwardMessages(messagesOf(alice.store, 'C2Cbob'), ['C2Cdave'], {
      mode: 'merged',
      locale: 'zh-CN',
      mergedElement: buildMergedElement,
    });
    assert.equal(relayOf(zh!.messages[0])?.title, 'Alice Chen和Bob Smith的聊天记录');
    assert.equal(relayOf(zh!.messages[0])?.abstractList[0], 'Alice Chen：lunch tomorrow?');
    const [titled] = await alice.store.forwardMessages(messagesOf(alice.store, 'C2Cbob'), ['C2Cdave'], {
      mode: 'merged',
      title: 'Plans',
      mergedElement: buildMergedElement,
    });
    assert.equal(relayOf(titled!.messages[0])?.title, 'Plans');

    const carol = await world.client('carol');
    await carol.store.openConversation('C2Calice');
    await waitFor(() => messagesOf(carol.store, 'C2Calice').length === 1, 'carol gets the merged message');
    const received = messagesOf(carol.store, 'C2Calice')[0]!;
    const opened = await carol.store.loadMergedMessages(received);
    assert.deepEqual(opened.map(textOf), ['lunch tomorrow?', 'see you at 6']);
    assert.deepEqual(
      opened.map((m) => m.from),
      ['alice', 'bob'],
    );
  });

  it('refuses what cannot be forwarded with clear errors', async () => {
    const alice = await world.client('alice');
    const sent = await alice.store.sendText('C2Cbob', 'hi');
    const code = async (p: Promise<unknown>) =>
      (
        (await p.then(
          () => null,
          (e: ChatError) => e,
        )) as ChatError | null
      )?.code;
    assert.equal(await code(alice.store.forwardMessages([], ['C2Cbob'])), CHAT_ERROR.invalidArgument);
    assert.equal(await code(alice.store.forwardMessages([sent], [])), CHAT_ERROR.invalidArgument);
    assert.equal(await code(alice.store.forwardMessages([sent], ['@TIM#SYSTEM'])), CHAT_ERROR.invalidArgument);
    assert.equal(await code(alice.store.forwardMessages([{ ...sent, status: 'fail' }], ['C2Ccarol'])), CHAT_ERROR.invalidArgument);
    assert.equal(await code(alice.store.loadMergedMessages(sent)), CHAT_ERROR.invalidArgument);
  });

  it('without the backend feature, combined forwarding is refused with unsupported (the UI hides it)', async () => {
    const alice = await world.client('alice');
    const sent = await alice.store.sendText('C2Cbob', 'hi');
    Object.defineProperty(alice.service, 'features', { value: { mergedForward: false } });
    assert.equal(alice.store.canForwardMerged(), false);
    const error = await alice.store.forwardMessages([sent], ['C2Ccarol'], { mode: 'merged', mergedElement: buildMergedElement }).then(
      () => null,
      (e: ChatError) => e,
    );
    assert.equal(error?.code, CHAT_ERROR.unsupported);
    const [result] = await alice.store.forwardMessages([sent], ['C2Ccarol']);
    assert.equal(result!.messages.length, 1, 'one by one still works');
  });
});
