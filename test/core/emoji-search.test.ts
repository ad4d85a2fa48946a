import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEmojiSet, defaultEmojiSet, emojiLocale, searchEmoji } from '../../src/core/emoji/index.js';

const keys = (query: string, locale = 'en') => searchEmoji(query, defaultEmojiSet, locale).map((e) => e.key);

test('English names match, exact and prefix matches first', () => {
  assert.deepEqual(keys('smile'), ['Smile', 'KindSmile']);
  assert.deepEqual(keys('star').slice(0, 2), ['Star', 'Stareyes']);
  assert.deepEqual(keys('SMILE'), keys('smile'), 'case does not matter');
});

test('Chinese names match', () => {
  assert.equal(keys('微笑', 'zh-CN')[0], 'Smile');
  const laughing = keys('笑', 'zh-CN');
  for (const key of ['Smile', 'Guffaw', 'KindSmile', 'Giggle', 'TearsLaugh']) assert.ok(laughing.includes(key), key);
});

test('either language matches whatever the UI language', () => {
  assert.equal(keys('爱心', 'en')[0], 'Heart');
  assert.equal(keys('heart', 'zh-CN')[0], 'Heart');
});

test('the UI language ranks its own names first', () => {
  // 'moon' is A's English name and B's Chinese name: the UI language decides which comes first.
  const set = createEmojiSet([
    { key: 'A', codes: ['[A]'], names: { en: 'moon', 'zh-CN': '太阳' }, glyph: '🌙' },
    { key: 'B', codes: ['[B]'], names: { en: 'sun', 'zh-CN': 'moon' }, glyph: '☀️' },
  ]);
  assert.deepEqual(searchEmoji('moon', set, 'en').map((e) => e.key), ['A', 'B']);
  assert.deepEqual(searchEmoji('moon', set, 'zh-CN').map((e) => e.key), ['B', 'A']);
});

test('keys and codes match too, brackets optional', () => {
  assert.equal(keys('TUIEmoji_Like')[0], 'Like');
  assert.equal(keys('[赞]')[0], 'Like');
  assert.equal(keys('[TearsLaugh]')[0], 'TearsLaugh');
});

test('an empty query gives every entry in order; no match gives none', () => {
  assert.deepEqual(keys(''), defaultEmojiSet.entries.map((e) => e.key));
  assert.deepEqual(keys('   '), defaultEmojiSet.entries.map((e) => e.key));
  assert.deepEqual(keys('zzzz-no-such-emoji'), []);
  assert.deepEqual(searchEmoji(undefined as unknown as string).length, defaultEmojiSet.entries.length);
});

test('emojiLocale maps language tags to the two name languages', () => {
  assert.equal(emojiLocale('zh'), 'zh-CN');
  assert.equal(emojiLocale('zh-Hans-CN'), 'zh-CN');
  assert.equal(emojiLocale('en-GB'), 'en');
  assert.equal(emojiLocale(undefined), 'en');
});
