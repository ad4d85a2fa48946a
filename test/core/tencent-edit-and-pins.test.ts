import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CHAT_ERROR } from '../../src/core/errors.js';
import { c2cConversationID, groupConversationID } from '../../src/core/model/ids.js';
import { TencentChatService, type TencentChatServiceOptions } from '../../src/core/service/tencent/tencent-chat-service.js';
import { nextEvent, textMessage, textOf } from '../contract/contract-helpers.js';
import { FakeTencentServer, twoUserServer } from '../fakes/fake-tencent-chat.js';

let server: FakeTencentServer;
const open: TencentChatService[] = [];

async function signedIn(userID: string, options: TencentChatServiceOptions = {}) {
  const sdk = server.createInstance();
  const service = new TencentChatService(sdk, { userSig: (id) => `sig-${id}`, fetch: server.fetch, readyTimeoutMs: 1000, ...options });
  open.push(service);
  await service.login({ userID });
  return { service, sdk };
}

describe('TencentChatService: edit (modifyMessage) and pins (pinGroupMessage)', () => {
  beforeEach(() => {
    server = twoUserServer();
  });
  afterEach(async () => {
    for (const service of open.splice(0)) await service.logout().catch(() => {});
  });

  test('says what it offers: a 15-minute edit window and 10 pins by default; the app can change or turn them off', async () => {
    const { service } = await signedIn('alice');
    assert.equal(service.features.editWindowSeconds, 900);
    assert.deepEqual(service.features.pinnedMessages, { max: 10 });
    const plain = await signedIn('bob', { editWindowSeconds: false, pinnedMessages: false });
    assert.equal(plain.service.features.editWindowSeconds, undefined);
    assert.equal(plain.service.features.pinnedMessages, undefined);
    await assert.rejects(
      plain.service.editMessage(textMessage('bob', c2cConversationID('alice'), 'x'), 'y'),
      (e: { code: number }) => e.code === CHAT_ERROR.unsupported,
    );
  });

  test('sends the new text as the SDK reads it (`_elements`), on a copy: the SDK’s own message is not changed', async () => {
    const { service, sdk } = await signedIn('alice');
    const sent = await service.sendMessage(textMessage('alice', c2cConversationID('bob'), 'teh typo'));
    const held = sdk.findMessage(sent.ID);
    const edited = await service.editMessage(sent, 'the typo');
    assert.equal(textOf(edited), 'the typo');
    assert.equal(edited.isModified, true);
    const call = sdk.calls.find((c) => c.method === 'modifyMessage')!;
    const passed = call.args[0] as { _elements: Array<{ content: { text: string } }> };
    assert.notEqual(passed, held, 'a copy, not the SDK object');
    assert.equal(passed._elements[0]!.content.text, 'the typo');
  });

  test('a change made elsewhere meanwhile (MSG_MODIFY_CONFLICT 2480) rejects with editConflict', async () => {
    const { service } = await signedIn('alice');
    const sent = await service.sendMessage(textMessage('alice', c2cConversationID('bob'), 'v1'));
    server.failNext('modifyMessage', { code: 2480, message: 'MSG_MODIFY_CONFLICT' });
    await assert.rejects(service.editMessage(sent, 'v2'), (e: { code: number }) => e.code === CHAT_ERROR.editConflict);
  });

  test('a pin made by another member (PINNED_GROUP_MESSAGE_UPDATED) arrives as the group’s whole pin list', async () => {
    const { service: alice } = await signedIn('alice');
    const { service: bob } = await signedIn('bob');
    const sent = await alice.sendMessage(textMessage('alice', groupConversationID('team'), 'agenda'));
    const told = nextEvent(bob, 'pinnedMessagesUpdated', (p) => p.groupID === 'team' && p.pinned.length === 1);
    server.pinGroupMessage('team', 'alice', sent.ID, true);
    const { pinned } = await told;
    assert.equal(pinned[0]!.message.ID, sent.ID);
    assert.equal(pinned[0]!.pinnedBy, 'alice');
    assert.equal(textOf(pinned[0]!.message), 'agenda');
  });
});
