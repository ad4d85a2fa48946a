import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { replyReference } from '../../src/core/composer/reply-manager.js';
import type { Message } from '../../src/core/model/message.js';
import { composerWorld } from './composer-fake-store.js';

function message(patch: Partial<Message>): Message {
  return {
    ID: 'm1',
    conversationID: 'C2Cbob',
    conversationType: 'C2C',
    from: 'bob',
    to: 'alice',
    flow: 'in',
    time: 100,
    clientTime: 100,
    sequence: 7,
    random: 1,
    status: 'success',
    priority: 'Normal',
    isRevoked: false,
    revoker: '',
    isRead: true,
    isPeerRead: false,
    isDeleted: false,
    nick: '',
    avatar: '',
    nameCard: '',
    atUserList: [],
    cloudCustomData: '',
    customInt: 0,
    customStr: '',
    elements: [{ type: 'TIMTextElem', text: 'Lunch at noon?' }],
    ...patch,
  } as Message;
}

describe("replyReference (TUIKit's messageReply)", () => {
  it('names the sender as the reader knows them and quotes a text', () => {
    const users = { bob: { userID: 'bob', nick: 'Bob', avatar: '' } };
    assert.deepEqual(replyReference(message({}), users, 'en'), {
      messageAbstract: 'Lunch at noon?',
      messageSender: 'Bob',
      messageID: 'm1',
      messageType: 1,
      messageTime: 100,
      messageSequence: 7,
      version: 1,
    });
    assert.equal(replyReference(message({ nameCard: 'Boss' }), users, 'en').messageSender, 'Boss');
    assert.equal(replyReference(message({}), {}, 'en').messageSender, 'bob');
  });

  it("quotes a non-text message by its summary in the reader's language", () => {
    const image = message({ elements: [{ type: 'TIMImageElem', uuid: 'u', imageFormat: 'png', imageInfoArray: [] }] as never });
    assert.equal(replyReference(image, {}, 'en').messageAbstract, '[Image]');
    assert.equal(replyReference(image, {}, 'zh-CN').messageAbstract, '[图片]');
    assert.equal(replyReference(image, {}, 'en').messageType, 3);
  });
});

describe('MessageComposer: reply', () => {
  it('takes replies for its conversation only; cancelling drops the quote; both are kept as the draft', async () => {
    const { timers, store, composer } = composerWorld('C2Cbob');
    assert.equal(composer.replyTo(message({ conversationID: 'C2Ccarol' }), 'en'), false);
    assert.equal(composer.reply.reply, null);
    assert.equal(composer.replyTo(message({}), 'en'), true);
    assert.equal(composer.reply.state.get().reply?.messageID, 'm1');
    timers.advance(1000);
    assert.equal(JSON.parse(store.getDraft('C2Cbob')!.userDefine).messageReply.messageID, 'm1');
    composer.cancelReply();
    timers.advance(1000);
    assert.equal(composer.reply.reply, null);
    assert.equal(store.getDraft('C2Cbob'), null);
  });
});
