import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHAT_ERROR, ChatError } from '../../src/core/errors.js';
import type { Message } from '../../src/core/model/message.js';
import type { ChatService, ServiceFeatures, TranslateOptions } from '../../src/core/service/chat-service.js';
import { MessageConversions, conversionOf } from '../../src/core/store/message-conversions.js';
import { translationTarget } from '../../src/core/store/translation-target.js';
import { availableMessageActions } from '../../src/core/store/selectors/message-actions.js';
import { demoTranslation } from '../../src/core/service/local/demo-translations.js';
import { LocalServer } from '../../src/core/service/local/local-server.js';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';
import { DEMO_GROUPS, seedDemo } from '../../src/core/service/local/seed-demo.js';
import { groupConversationID } from '../../src/core/model/ids.js';

function message(partial: Partial<Message> & Pick<Message, 'elements'>): Message {
  return {
    ID: 'm1',
    conversationID: 'C2Cbob',
    conversationType: 'C2C',
    from: 'bob',
    to: 'alice',
    flow: 'in',
    time: 1000,
    clientTime: 1000,
    sequence: 1,
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
    ...partial,
  } as Message;
}

const textMessage = message({ elements: [{ type: 'TIMTextElem', text: '周六你去吗？' }] });
const voiceMessage = message({ ID: 'v1', elements: [{ type: 'TIMSoundElem', uuid: 'u', url: '', second: 3, size: 10 }] });

/** A backend whose answers the test releases one by one. */
function fakeService(features: ServiceFeatures = { translate: true, voiceToText: true }) {
  const calls: { texts: readonly string[]; options: TranslateOptions }[] = [];
  const pending: { resolve: (v: string[]) => void; reject: (e: unknown) => void }[] = [];
  const service = {
    features,
    translateText: (texts: readonly string[], options: TranslateOptions) => {
      calls.push({ texts, options });
      return new Promise<string[]>((resolve, reject) => pending.push({ resolve, reject }));
    },
    convertVoiceToText: async () => 'spoken words',
  } as unknown as ChatService;
  return { service, calls, pending };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

test('translate: idle → loading → shown; hide keeps the result and showing it again asks nothing', async () => {
  const { service, calls, pending } = fakeService();
  const conversions = new MessageConversions(() => service);
  assert.equal(conversionOf(conversions.state.get(), 'translation', 'm1'), null);
  const run = conversions.translate(textMessage, 'en');
  assert.equal(conversionOf(conversions.state.get(), 'translation', 'm1')?.status, 'loading');
  const joined = conversions.translate(textMessage, 'en');
  await flush();
  assert.equal(calls.length, 1, 'a second ask while loading joins the first');
  assert.deepEqual(calls[0], { texts: ['周六你去吗？'], options: { targetLanguage: 'en', sourceLanguage: 'auto' } });
  pending[0]!.resolve(['Are you going on Saturday?']);
  await Promise.all([run, joined]);
  const shown = conversionOf(conversions.state.get(), 'translation', 'm1');
  assert.deepEqual([shown?.status, shown?.text, shown?.language], ['shown', 'Are you going on Saturday?', 'en']);
  conversions.setHidden('translation', 'm1', true);
  assert.equal(conversionOf(conversions.state.get(), 'translation', 'm1')?.status, 'hidden');
  await conversions.translate(textMessage, 'en');
  assert.equal(conversionOf(conversions.state.get(), 'translation', 'm1')?.status, 'shown');
  assert.equal(calls.length, 1, 'the kept result is shown again without a request');
  void conversions.translate(textMessage, 'ja');
  assert.equal(calls.length, 1 + 0, 'not yet called: the request starts after a microtask');
  await flush();
  assert.equal(calls.length, 2, 'another language is a new request');
});

test('translate: a failure is kept as an error (noResult for "no translation"); a retry can succeed; dismiss goes back to idle', async () => {
  const { service, pending } = fakeService();
  const conversions = new MessageConversions(() => service);
  const first = conversions.translate(textMessage, 'en');
  await flush();
  pending[0]!.reject(new ChatError(CHAT_ERROR.noResult, 'none'));
  await assert.rejects(first, (e: ChatError) => e.code === CHAT_ERROR.noResult);
  const failed = conversionOf(conversions.state.get(), 'translation', 'm1');
  assert.deepEqual([failed?.status, failed?.error?.code], ['error', CHAT_ERROR.noResult]);
  const retry = conversions.translate(textMessage, 'en');
  assert.equal(conversionOf(conversions.state.get(), 'translation', 'm1')?.status, 'loading');
  await flush();
  pending[1]!.resolve(['ok']);
  await retry;
  assert.equal(conversionOf(conversions.state.get(), 'translation', 'm1')?.status, 'shown');
  const third = conversions.translate(textMessage, 'fr');
  await flush();
  pending[2]!.resolve(['  ']);
  await assert.rejects(third, (e: ChatError) => e.code === CHAT_ERROR.noResult, 'an empty answer is no translation');
  conversions.dismiss('translation', 'm1');
  assert.equal(conversionOf(conversions.state.get(), 'translation', 'm1'), null);
});

test('a backend without the feature: unsupported, and nothing is put in the state', async () => {
  const { service } = fakeService({});
  const conversions = new MessageConversions(() => service);
  await assert.rejects(conversions.translate(textMessage, 'en'), (e: ChatError) => e.code === CHAT_ERROR.unsupported);
  await assert.rejects(conversions.transcribe(voiceMessage), (e: ChatError) => e.code === CHAT_ERROR.unsupported);
  assert.deepEqual(conversions.state.get().items, {});
});

test('voice to text: only sound messages; the transcript is kept per message; a sign-out drops late answers', async () => {
  const { service, pending } = fakeService();
  const conversions = new MessageConversions(() => service);
  await assert.rejects(conversions.transcribe(textMessage), (e: ChatError) => e.code === CHAT_ERROR.invalidArgument);
  await conversions.transcribe(voiceMessage);
  assert.equal(conversionOf(conversions.state.get(), 'transcript', 'v1')?.text, 'spoken words');
  assert.equal(conversionOf(conversions.state.get(), 'translation', 'v1'), null, 'kinds are apart');
  const late = conversions.translate(textMessage, 'en');
  await flush();
  conversions.reset();
  pending[0]!.resolve(['too late']);
  await late;
  assert.deepEqual(conversions.state.get().items, {});
});

test('translationTarget: the reader locale as a translation language, with sensible fallbacks', () => {
  const cases: [string | undefined, string][] = [
    ['zh-CN', 'zh'],
    ['zh', 'zh'],
    ['zh-SG', 'zh'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['en-GB', 'en'],
    ['pt-BR', 'pt'],
    ['fr-CA', 'fr'],
    ['ar', 'ar'],
    ['nl', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    ['not a tag!', 'en'],
  ];
  for (const [locale, expected] of cases) assert.equal(translationTarget(locale), expected, String(locale));
});

test('menu: Translate for text and Convert to text for delivered voice, only where the backend can', () => {
  const rules = { now: 1_000_000, translate: true, voiceToText: true };
  assert.ok(availableMessageActions(textMessage, rules).includes('translate'));
  assert.ok(!availableMessageActions(textMessage, { now: 1_000_000 }).includes('translate'));
  assert.ok(availableMessageActions(voiceMessage, rules).includes('convert-to-text'));
  assert.ok(!availableMessageActions({ ...voiceMessage, status: 'unSend' }, rules).includes('convert-to-text'));
  assert.ok(!availableMessageActions(voiceMessage, { now: 1_000_000, translate: true }).includes('convert-to-text'));
  assert.ok(!availableMessageActions(voiceMessage, rules).includes('translate'), 'no text, nothing to translate');
});

test('the demo dictionary: English ↔ Chinese demo lines, itself in its own language, null for anything else', () => {
  assert.equal(demoTranslation('周六你去吗？', 'en'), 'Are you going on Saturday?');
  assert.equal(demoTranslation('  Are you going on Saturday? ', 'zh'), '周六你去吗？');
  assert.equal(demoTranslation('Are you going on Saturday?', 'en'), 'Are you going on Saturday?');
  assert.equal(demoTranslation('Are you going on Saturday?', 'fr'), null);
  assert.equal(demoTranslation('something nobody said', 'zh'), null);
  assert.equal(demoTranslation('', 'zh'), null);
});

test('embedded backend: every Chinese and English text line of the demo has a translation; seeded voice messages have transcripts', async () => {
  const server = await LocalServer.open({ storage: 'memory' });
  await seedDemo(server);
  const alice = new LocalChatService(server);
  await alice.login({ userID: 'alice' });
  assert.equal(alice.features.translate, true);
  assert.equal(alice.features.voiceToText, true);
  const conversations = await alice.getConversationList();
  let texts = 0;
  let voices = 0;
  for (const conversation of conversations) {
    const { messages } = await alice.getMessageList({ conversationID: conversation.conversationID, count: 100 });
    for (const m of messages) {
      if (m.isRevoked) continue;
      const elem = m.elements[0];
      if (elem?.type === 'TIMTextElem') {
        texts++;
        const target = /\p{Script=Han}/u.test(elem.text.replace(/三体/g, '')) ? 'en' : 'zh';
        const [translated] = await alice.translateText([elem.text], { targetLanguage: target });
        assert.ok(translated && translated !== elem.text, `${elem.text} → ${target}`);
      }
      if (elem?.type === 'TIMSoundElem') {
        voices++;
        assert.ok((await alice.convertVoiceToText(m)).length > 10);
      }
    }
  }
  assert.ok(texts > 30 && voices >= 2, `${texts} texts, ${voices} voice messages`);
  await assert.rejects(alice.translateText(['no such line'], { targetLanguage: 'zh' }), (e: ChatError) => e.code === CHAT_ERROR.noResult);
  server.close();
});

test('embedded backend: a voice message without a stored transcript says so; a text message is refused', async () => {
  const server = await LocalServer.open({ storage: 'memory' });
  await seedDemo(server);
  const bob = new LocalChatService(server);
  await bob.login({ userID: 'bob' });
  const product = groupConversationID(DEMO_GROUPS.productTeam);
  const sent = await bob.sendMessage(
    {
      ...voiceMessage,
      ID: 'new-voice',
      conversationID: product,
      conversationType: 'GROUP',
      to: DEMO_GROUPS.productTeam,
      flow: 'out',
      status: 'unSend',
    },
    { file: new Blob([new Uint8Array(16)], { type: 'audio/mp4' }) },
  );
  await assert.rejects(bob.convertVoiceToText(sent), (e: ChatError) => e.code === CHAT_ERROR.noResult);
  const { messages } = await bob.getMessageList({ conversationID: product, count: 5 });
  const text = messages.find((m) => m.elements[0]?.type === 'TIMTextElem')!;
  await assert.rejects(bob.convertVoiceToText(text), (e: ChatError) => e.code === CHAT_ERROR.invalidArgument);
  server.close();
});

test('menu rules: Translate is not offered while its translation is loading or shown, and is again once hidden or failed', async () => {
  const { service, pending } = fakeService();
  const conversions = new MessageConversions(() => service);
  assert.equal(conversions.actionRules(textMessage).translate, true);
  const run = conversions.translate(textMessage, 'en');
  assert.equal(conversions.actionRules(textMessage).translate, false, 'loading');
  await flush();
  pending[0]!.resolve(['Are you going on Saturday?']);
  await run;
  assert.equal(conversions.actionRules(textMessage).translate, false, 'shown');
  assert.equal(conversions.actionRules(voiceMessage).voiceToText, true, 'another message, another kind: offered');
  conversions.setHidden('translation', textMessage.ID, true);
  assert.equal(conversions.actionRules(textMessage).translate, true, 'hidden: Translate shows it again');
  await conversions.transcribe(voiceMessage);
  assert.equal(conversions.actionRules(voiceMessage).voiceToText, false, 'the transcript is shown');
});
