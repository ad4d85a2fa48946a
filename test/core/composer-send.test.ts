import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHAT_ERROR, ChatError } from '../../src/core/errors.js';
import { classifySendFailure } from '../../src/core/composer/send-failure.js';
import { baseSendOptions, textSendOptions } from '../../src/core/composer/send-options.js';
import { enterAction, isImeKey } from '../../src/components/composer/send-key.js';
import { DEFAULT_MAX_TEXT_BYTES, textOverLimit, utf8ByteLength } from '../../src/core/composer/text-limit.js';
import { composerWorld, group, SAMPLE_REPLY } from './composer-fake-store.js';

const reply = SAMPLE_REPLY;

describe('send keys', () => {
  it('decides Enter as the house rules say', () => {
    const key = (init: Partial<KeyboardEvent>) => ({
      key: 'Enter',
      keyCode: 13,
      isComposing: false,
      shiftKey: false,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      ...init,
    });
    assert.equal(enterAction(key({}), 'enter', false), 'send');
    assert.equal(enterAction(key({ shiftKey: true }), 'enter', false), 'default');
    assert.equal(enterAction(key({ ctrlKey: true }), 'enter', false), 'newline');
    assert.equal(enterAction(key({}), 'ctrl-enter', false), 'default');
    assert.equal(enterAction(key({ metaKey: true }), 'ctrl-enter', false), 'send');
    assert.equal(enterAction(key({ ctrlKey: true }), 'ctrl-enter', false), 'send');
    assert.equal(enterAction(key({ isComposing: true }), 'enter', false), null);
    assert.equal(enterAction(key({ keyCode: 229 }), 'enter', false), null);
    assert.equal(enterAction(key({}), 'enter', true), null);
    assert.equal(enterAction(key({ key: 'a' }), 'enter', false), null);
    assert.equal(isImeKey({ isComposing: false, keyCode: 229 }, false), true);
  });
});

describe('text limit', () => {
  it('counts UTF-8 bytes of the text as sent (emoji codes spelt out), and measures only when it could be over', () => {
    assert.equal(utf8ByteLength('你好你好你'), 15);
    assert.deepEqual(
      textOverLimit('你好你好你', 12, (t) => t),
      { bytes: 15 },
    );
    assert.equal(
      textOverLimit('你好', 12, (t) => t),
      null,
    );
    assert.equal(
      textOverLimit('x'.repeat(DEFAULT_MAX_TEXT_BYTES), DEFAULT_MAX_TEXT_BYTES, (t) => t),
      null,
    );
    assert.deepEqual(
      textOverLimit('x'.repeat(DEFAULT_MAX_TEXT_BYTES + 1), DEFAULT_MAX_TEXT_BYTES, (t) => t),
      { bytes: DEFAULT_MAX_TEXT_BYTES + 1 },
    );
    let measured = 0;
    textOverLimit('abc', 12, (t) => (measured++, t));
    assert.equal(measured, 0);
  });
});

describe('send options and failures', () => {
  it('carries priority, online-only and offline push; mentions and the reply go with a text', () => {
    assert.deepEqual(baseSendOptions({}), {});
    assert.deepEqual(baseSendOptions({ priority: 'High', onlineOnly: true, offlinePushInfo: { title: 'T' } }), {
      priority: 'High',
      onlineOnly: true,
      offlinePushInfo: { title: 'T' },
    });
    assert.deepEqual(baseSendOptions({ priority: 'Urgent' as never }), {}, 'an unknown priority is left to the store');
    const options = textSendOptions({ cloudCustomData: '{"app":1}' }, ['carol'], reply);
    assert.deepEqual(options.atUserList, ['carol']);
    assert.deepEqual(JSON.parse(options.cloudCustomData!), { app: 1, messageReply: reply });
    assert.deepEqual(textSendOptions({}, [], null), {});
  });

  it('classifies a refused send: not a member, shown on the message, or said above the input', () => {
    assert.deepEqual(classifySendFailure(new ChatError(CHAT_ERROR.notGroupMember, 'no'), 'GROUPg1'), { kind: 'not-member', groupID: 'g1' });
    assert.equal(classifySendFailure(new ChatError(CHAT_ERROR.notGroupMember, 'no'), 'C2Cbob').kind, 'notice');
    for (const code of [
      CHAT_ERROR.network,
      CHAT_ERROR.timeout,
      CHAT_ERROR.offline,
      CHAT_ERROR.sendFailed,
      CHAT_ERROR.uploadFailed,
      CHAT_ERROR.uploadCancelled,
    ]) {
      assert.deepEqual(classifySendFailure(new ChatError(code, 'x'), 'C2Cbob'), { kind: 'on-message' });
    }
    const other = classifySendFailure(new Error('boom'), 'C2Cbob');
    assert.equal(other.kind, 'notice');
  });
});

describe('MessageComposer: sending text', () => {
  it('composes the text with emoji codes as TUIKit reads them, the reply and the options; sent, the box empties and the draft goes', async () => {
    const { store, composer } = composerWorld('C2Cbob');
    composer.configure({ send: { priority: 'High' } });
    store.drafts.set('C2Cbob', { text: 'old', userDefine: '', editTime: 1 });
    composer.edit('ok [微笑]', null);
    composer.reply.set(reply);
    const message = composer.composeText();
    assert.ok(message && 'content' in message);
    assert.deepEqual(message.content, { type: 'text', text: 'ok [TUIEmoji_Smile]' });
    assert.equal(message.options.priority, 'High');
    assert.equal(JSON.parse(message.options.cloudCustomData!).messageReply.messageID, 'm1');
    assert.equal(message.options.atUserList, undefined, 'no mentions outside groups');
    composer.textSent('C2Cbob');
    assert.equal(composer.text.text, '');
    assert.equal(composer.reply.reply, null);
    assert.equal(store.getDraft('C2Cbob'), null);
    await composer.deliver(message);
    assert.deepEqual(
      store.sent.map((s) => s.content),
      [{ type: 'text', text: 'ok [TUIEmoji_Smile]' }],
    );
    assert.equal(composer.state.get().sending, 0);
  });

  it('nothing to send when blank, blocked, or with no conversation; over the limit the text stays', () => {
    const { composer } = composerWorld('C2Cbob');
    composer.edit('   \n\t ', null);
    assert.equal(composer.composeText(), null);
    composer.configure({ disabled: true, disabledReason: 'Read-only' });
    composer.edit('hello', null);
    assert.equal(composer.composeText(), null);
    assert.deepEqual(composer.blockReason(), { kind: 'app', text: 'Read-only' });
    composer.configure({ disabled: false, maxTextBytes: 12 });
    composer.edit('你好你好你', null);
    assert.deepEqual(composer.composeText(), { overLimit: { bytes: 15 } });
    assert.equal(composer.text.text, '你好你好你');
    assert.equal(composerWorld(null).composer.composeText(), null);
  });

  it('a group that refuses the user as not a member blocks the composer; other failures show once, in their conversation', async () => {
    const { store, composer } = composerWorld('GROUPg1');
    store.state.set({ groups: {} });
    composer.edit('hi', null);
    const message = composer.composeText();
    assert.ok(message && 'content' in message);
    store.failNextSend = new ChatError(CHAT_ERROR.notGroupMember, 'not a member');
    await composer.deliver(message);
    assert.deepEqual(composer.blockReason(), { kind: 'not-member' });
    store.state.set({ groups: { g1: group('g1') } });
    assert.equal(composer.blockReason(), null, 'the store says the user is in it again');

    store.failNextSend = new ChatError(CHAT_ERROR.network, 'down');
    await composer.deliver(message);
    assert.equal(composer.state.get().notice, null, 'the failed message in the list says it');
    store.failNextSend = new ChatError(CHAT_ERROR.unknown, 'odd');
    await composer.deliver(message);
    assert.equal(composer.state.get().notice?.kind, 'send-error');
    composer.dismissNotice();
    composer.sync(store, 'C2Cbob', null);
    store.failNextSend = new ChatError(CHAT_ERROR.unknown, 'odd');
    await composer.deliver(message);
    assert.equal(composer.state.get().notice, null, 'not shown in another conversation');
  });

  it('counts messages being handed to the store', async () => {
    const { composer } = composerWorld('C2Cbob');
    const sticker = composer.composeSticker({ index: 1, data: 'yes', name: 'Yes', url: 'https://example.com/y.png' } as never);
    assert.deepEqual(sticker?.content, { type: 'face', index: 1, data: 'yes' });
    const delivery = composer.deliver(sticker!);
    assert.equal(composer.state.get().sending, 1);
    await delivery;
    assert.equal(composer.state.get().sending, 0);
  });
});
