import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { CHAT_ERROR, ChatError } from '../../src/core/errors.js';
import { c2cConversationID } from '../../src/core/model/ids.js';
import { TencentChatService, type TencentChatServiceOptions } from '../../src/core/service/tencent/tencent-chat-service.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { conversionOf, conversionsFeature } from '../../src/core/store/message-conversions.js';
import { eventually, outgoingMessage, textMessage } from '../contract/contract-helpers.js';
import { FakeTencentChat, FakeTencentServer, twoUserServer } from '../fakes/fake-tencent-chat.js';

let server: FakeTencentServer;
const open: TencentChatService[] = [];

async function signedIn(userID: string, options: TencentChatServiceOptions = {}) {
  const sdk = server.createInstance();
  const service = new TencentChatService(sdk, { userSig: (id) => `sig-${id}`, fetch: server.fetch, readyTimeoutMs: 1000, ...options });
  open.push(service);
  await service.login({ userID });
  return { service, sdk };
}

const callsOf = (sdk: FakeTencentChat, method: string) => sdk.calls.filter((c) => c.method === method);

async function rejectsWith(promise: Promise<unknown>, code: number): Promise<void> {
  await assert.rejects(promise, (error: unknown) => error instanceof ChatError && error.code === code);
}

beforeEach(() => {
  server = twoUserServer();
});

afterEach(async () => {
  for (const service of open.splice(0)) if (service.userID) await service.logout().catch(() => {});
});

test('translateText: the SDK call as documented ({sourceTextList, sourceLanguage: auto, targetLanguage}); an empty answer is noResult', async () => {
  const { service, sdk } = await signedIn('alice');
  server.teachTranslation('Good morning', 'zh', '早上好');
  assert.deepEqual(await service.translateText(['Good morning'], { targetLanguage: 'zh' }), ['早上好']);
  assert.deepEqual(callsOf(sdk, 'translateText')[0]?.args, [
    { sourceTextList: ['Good morning'], sourceLanguage: 'auto', targetLanguage: 'zh' },
  ]);
  server.teachTranslation('…', 'en', '');
  await rejectsWith(service.translateText(['…'], { targetLanguage: 'en' }), CHAT_ERROR.noResult);
  server.failNext('translateText', { code: 2117, message: 'translate failed' });
  await rejectsWith(service.translateText(['Good morning'], { targetLanguage: 'zh' }), 2117);
});

test('convertVoiceToText: the SDK message of a received voice message; nothing recognised is noResult; off by option', async () => {
  const { service: alice } = await signedIn('alice');
  const { service: bob, sdk: bobSdk } = await signedIn('bob');
  const sent = await alice.sendMessage(
    outgoingMessage('alice', c2cConversationID('bob'), [{ type: 'TIMSoundElem', uuid: '', url: '', second: 2, size: 16 }]),
    { file: new Blob([new Uint8Array(16)], { type: 'audio/mp4' }) },
  );
  await eventually(async () => (await bob.findMessages([sent.ID])).length === 1, 3000, 'bob has it');
  const [received] = await bob.findMessages([sent.ID]);
  await rejectsWith(bob.convertVoiceToText(received!), CHAT_ERROR.noResult);
  server.setVoiceTranscript(sent.ID, '周六见');
  assert.equal(await bob.convertVoiceToText(received!), '周六见');
  const call = callsOf(bobSdk, 'convertVoiceToText').at(-1)?.args[0] as { message: { ID: string; type: string } };
  assert.deepEqual([call.message.ID, call.message.type], [sent.ID, 'TIMSoundElem']);
  await rejectsWith(alice.convertVoiceToText(textMessage('alice', c2cConversationID('bob'), 'hi')), CHAT_ERROR.invalidArgument);
  const { service: off } = await signedIn('alice', { translation: false, voiceToText: false });
  assert.deepEqual({ translate: off.features.translate, voiceToText: off.features.voiceToText }, { translate: false, voiceToText: false });
});

test('the store over Tencent: translate into the store locale; the menu hides both actions when the account lacks them', async () => {
  const { service } = await signedIn('alice');
  server.teachTranslation('Bonjour', 'zh', '你好');
  const store = new ChatStore({ service, locale: 'zh-CN' });
  const conversions = store.use(conversionsFeature);
  const message = textMessage('bob', c2cConversationID('bob'), 'Bonjour', { flow: 'in', status: 'success' });
  assert.ok(store.messageActions(message).includes('translate'));
  await store.translateMessage(message);
  assert.equal(conversionOf(conversions.state.get(), 'translation', message.ID)?.text, '你好');
  const { service: without } = await signedIn('bob', { translation: false, voiceToText: false });
  const plain = new ChatStore({ service: without });
  plain.use(conversionsFeature);
  assert.ok(!plain.messageActions(message).includes('translate'));
  await rejectsWith(plain.translateMessage(message), CHAT_ERROR.unsupported);
});
