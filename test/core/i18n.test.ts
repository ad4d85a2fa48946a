import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BUILT_IN_LOCALES,
  LOCALES,
  STRING_TABLES,
  cacheWarningText,
  durationEn,
  durationZh,
  en,
  errorMessage,
  errorText,
  localize,
  localized,
  nameListEn,
  nameListZh,
  normalizeLocale,
  translate,
  translator,
  zh,
  zhCN,
  type CoreStrings,
  type Person,
} from '../../src/core/i18n/index.js';
import { CHAT_ERROR, ChatError, type ChatErrorName } from '../../src/core/errors.js';

const person = (name: string, isSelf = false): Person => ({ name, isSelf });
const me = person('me', true);

test('en and zh-CN are built in; nine more locales ship as modules', () => {
  assert.deepEqual([...BUILT_IN_LOCALES], ['en', 'zh-CN']);
  assert.deepEqual(Object.keys(STRING_TABLES).sort(), ['en', 'zh-CN']);
  assert.deepEqual([...LOCALES], ['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'es', 'fr', 'de', 'pt-BR', 'ru', 'ar']);
});

test('normalizeLocale canonicalises a language tag and reads anything else as en', () => {
  const cases: [string, string][] = [
    ['zh_CN', 'zh-CN'],
    ['ZH-cn', 'zh-CN'],
    [' zh ', 'zh'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['EN', 'en'],
    ['en-gb', 'en-GB'],
    ['pt_br', 'pt-BR'],
  ];
  for (const [tag, canonical] of cases) assert.equal(normalizeLocale(tag), canonical, tag);
  for (const value of ['', '   ', 'chinese language', 'x', '12-34', undefined, null, 42, {}, ['zh'], true]) {
    assert.equal(normalizeLocale(value), 'en', String(value));
  }
});

test('zh-CN has exactly the keys of en, each of the same kind', () => {
  const enKeys = Object.keys(en).sort();
  const zhKeys = Object.keys(zhCN).sort();
  assert.deepEqual(zhKeys, enKeys);
  for (const key of enKeys) {
    const a = en[key as keyof CoreStrings];
    const b = zhCN[key as keyof CoreStrings];
    assert.equal(typeof b, typeof a, `${key} is a ${typeof a} in en but a ${typeof b} in zh-CN`);
    // Only separators may be empty (Chinese puts no space after "[草稿]").
    if (typeof a === 'string' && !key.endsWith('Separator')) assert.notEqual(b, '', `${key} is empty in zh-CN`);
  }
});

test('the type system holds the tables to the same keys and kinds', () => {
  const { 'tip.unknown': _dropped, ...missingOne } = zhCN;
  // @ts-expect-error a table without 'tip.unknown' is not a CoreStrings
  const missing: CoreStrings = missingOne;
  // @ts-expect-error a function where en has text
  const functionForText: CoreStrings = { ...zhCN, 'summary.image': () => '[图片]' };
  // @ts-expect-error text where en has a function
  const textForFunction: CoreStrings = { ...zhCN, 'tip.joined': '加入了群聊' };
  // @ts-expect-error params of the wrong type
  translate('en', 'summary.voice', { seconds: '7' });
  // @ts-expect-error params are required for a function key
  translate('en', 'summary.file');
  assert.ok(missing && functionForText && textForFunction);
});

test('translate renders text and functions, and falls back instead of throwing', () => {
  assert.equal(translate('en', 'summary.image'), '[Image]');
  assert.equal(translate('zh-CN', 'summary.image'), '[图片]');
  assert.equal(translate('zh-CN', 'summary.voice', { seconds: 7 }), '[语音] 0:07');
  assert.equal(translate('zh_CN', 'summary.image'), '[图片]', 'any Chinese tag');
  assert.equal(translate('de', 'summary.image'), '[Image]', 'unknown locale reads English');
  // Data from elsewhere: an unknown key reads as the key, malformed params do not throw.
  assert.equal(localize('en', { key: 'no.such.key' } as never), 'no.such.key');
  assert.equal(localize('zh-CN', { key: 'tip.joined', params: null } as never), 'tip.joined');
  assert.equal(localize('en', null), '');
  assert.equal(localize('en', { text: 'as typed [Smile]' }), 'as typed [Smile]');
});

test('a translator is t() for one locale, for keys and for LocalizedText', () => {
  const t = translator('zh_Hans');
  assert.equal(t.locale, 'zh-Hans');
  assert.equal(t('summary.draft'), '[草稿]');
  assert.equal(t('error.withCode', { code: 7 }), '出错了（错误码 7）');
  assert.equal(t(localized('summary.file', { name: 'report.pdf' })), '[文件] report.pdf');
  assert.equal(t({ text: 'plain' }), 'plain');
  assert.equal(translator('en')('summary.atMe'), '[@me]');
});

test('every error code has its own text in both languages', () => {
  for (const [name, code] of Object.entries(CHAT_ERROR) as [ChatErrorName, number][]) {
    assert.deepEqual(errorMessage(code), { key: `error.${name}` });
    for (const locale of BUILT_IN_LOCALES) {
      const text = errorText(locale, new ChatError(code, 'server words'));
      assert.equal(text, STRING_TABLES[locale][`error.${name}`]);
      assert.notEqual(text, '');
    }
  }
  const enTexts = new Set(Object.values(CHAT_ERROR).map((code) => errorText('en', { code, message: '' })));
  assert.equal(enTexts.size, Object.keys(CHAT_ERROR).length, 'no two codes share a text');
});

test('error texts read naturally, and unknown codes name the code', () => {
  assert.equal(errorText('en', new ChatError(CHAT_ERROR.network, 'x')), 'A network error occurred. Check your connection and try again');
  assert.equal(errorText('zh-CN', new ChatError(CHAT_ERROR.network, 'x')), '网络异常，请检查网络连接后重试');
  assert.equal(errorText('en', { code: CHAT_ERROR.revokeTimeLimit, message: '' }), 'It is too late to recall this message');
  assert.equal(errorText('zh-CN', { code: CHAT_ERROR.mutedInGroup, message: '' }), '你在本群中已被禁言');
  assert.equal(errorText('en', { code: 12345, message: 'odd' }), 'Something went wrong (error 12345)');
  assert.equal(errorText('zh-CN', 12345), '出错了（错误码 12345）');
  assert.equal(errorText('en', new Error('plain')), 'Something went wrong');
  assert.equal(errorText('zh-CN', undefined), '出错了，请稍后重试');
  assert.equal(errorText('en', { code: Number.NaN }), 'Something went wrong');
});

test('cache warnings have a line per kind in both languages', () => {
  const expected = {
    unavailable: [
      'Offline storage is not available in this browser, so messages are kept only until the page is closed',
      '当前浏览器无法使用离线存储，消息仅保留到页面关闭',
    ],
    blocked: [
      'Offline storage is blocked by another open tab, so messages are kept only until the page is closed',
      '离线存储被另一个标签页占用，消息仅保留到页面关闭',
    ],
    quota: [
      'Storage on this device is full, so new messages are kept only until the page is closed',
      '本设备存储空间已满，新消息仅保留到页面关闭',
    ],
    error: ['Offline storage failed, so messages are kept only until the page is closed', '离线存储出错，消息仅保留到页面关闭'],
  } as const;
  for (const [kind, [english, chinese]] of Object.entries(expected) as [keyof typeof expected, readonly [string, string]][]) {
    assert.equal(cacheWarningText('en', { kind, message: 'detail' }), english);
    assert.equal(cacheWarningText('zh-CN', kind), chinese);
  }
  assert.equal(cacheWarningText('en', { kind: 'bogus', message: '' } as never), expected.error[0]);
});

test('durations use the largest unit and the next one', () => {
  const cases: [number, string, string][] = [
    [1, '1 second', '1 秒'],
    [45, '45 seconds', '45 秒'],
    [60, '1 minute', '1 分钟'],
    [90, '1 minute 30 seconds', '1 分钟 30 秒'],
    [600, '10 minutes', '10 分钟'],
    [3600, '1 hour', '1 小时'],
    [5400, '1 hour 30 minutes', '1 小时 30 分钟'],
    [3661, '1 hour 1 minute', '1 小时 1 分钟'],
    [86_400, '1 day', '1 天'],
    [86_400 + 30, '1 day', '1 天'],
    [2 * 86_400 + 7200, '2 days 2 hours', '2 天 2 小时'],
    [0.4, '1 second', '1 秒'],
    [0, '0 seconds', '0 秒'],
    [Number.NaN, '0 seconds', '0 秒'],
  ];
  for (const [seconds, english, chinese] of cases) {
    assert.equal(durationEn(seconds), english, `${seconds}`);
    assert.equal(durationZh(seconds), chinese, `${seconds}`);
  }
});

test('Chinese spacing: a space where Han meets Latin letters or digits, none elsewhere', () => {
  assert.equal(zh`${'Alice'}加入了群聊`, 'Alice 加入了群聊');
  assert.equal(zh`${'张三'}加入了群聊`, '张三加入了群聊');
  assert.equal(zh`${'你'}加入了群聊`, '你加入了群聊');
  assert.equal(zh`禁言${'10 分钟'}`, '禁言 10 分钟');
  assert.equal(zh`群聊“${'Team'}”`, '群聊“Team”', 'no space beside quotes');
  assert.equal(zh`${'Bob'}、${'Carol'}`, 'Bob、Carol', 'no space beside punctuation');
  assert.equal(zh`${'Bob 🙂'}加入`, 'Bob 🙂加入', 'no space beside emoji');
  assert.equal(zh`${''}加入`, '加入');
  assert.equal(zh`${'Zoë'}加入`, 'Zoë 加入', 'accented Latin counts as Latin');
  assert.equal(zh`${'𠀋'}${'A'}`, '𠀋 A', 'astral Han');
  assert.equal(zh`${'Bob (Design)'}加入`, 'Bob (Design) 加入', 'ASCII punctuation counts as Latin');
  assert.equal(zh`${'张三（设计）'}加入`, '张三（设计）加入', 'full-width punctuation does not');
});

test('name lists: natural English and Chinese, the reader first', () => {
  const [a, b, c, d, e] = ['Alice', 'Bob', 'Carol', 'Dave', 'Eve'].map((n) => person(n)) as [Person, Person, Person, Person, Person];
  assert.equal(nameListEn([a], 'subject'), 'Alice');
  assert.equal(nameListEn([a, b], 'subject'), 'Alice and Bob');
  assert.equal(nameListEn([a, b, c], 'subject'), 'Alice, Bob and Carol');
  assert.equal(nameListEn([a, b, c, d], 'subject'), 'Alice, Bob and 2 others');
  assert.equal(nameListEn([a, b, c, d, e], 'object'), 'Alice, Bob and 3 others');
  assert.equal(nameListEn([a, me], 'subject'), 'You and Alice');
  assert.equal(nameListEn([a, me], 'object'), 'you and Alice');
  assert.equal(nameListEn([], 'subject'), 'Someone');
  assert.equal(nameListZh([a], 'subject'), 'Alice');
  assert.equal(nameListZh([a, b, c], 'subject'), 'Alice、Bob、Carol');
  assert.equal(nameListZh([a, b, c, d], 'subject'), 'Alice、Bob 等 4 人');
  assert.equal(nameListZh([person('张三'), person('李四'), c, d, e], 'object'), '张三、李四等 5 人');
  assert.equal(nameListZh([a, me], 'object'), '你、Alice');
  assert.equal(nameListZh([], 'subject'), '有人');
});
