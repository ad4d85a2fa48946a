import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEmojiSet, defaultEmojiSet, emojiLocale, searchEmoji } from '../../src/core/emoji/index.js';

const keys = (query: string, locale = 'en') => searchEmoji(query, defaultEmojiSet, locale).map((e) => e.key);

test('English names match, exact and prefix matches first', () => {
  assert.deepEqual(keys('smile').slice(0, 2), ['Smile', 'KindSmile'], 'names first; keyword matches follow');
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
  assert.deepEqual(
    searchEmoji('moon', set, 'en').map((e) => e.key),
    ['A', 'B'],
  );
  assert.deepEqual(
    searchEmoji('moon', set, 'zh-CN').map((e) => e.key),
    ['B', 'A'],
  );
});

test('keys and codes match too, brackets optional', () => {
  assert.equal(keys('TUIEmoji_Like')[0], 'Like');
  assert.equal(keys('[赞]')[0], 'Like');
  assert.equal(keys('[TearsLaugh]')[0], 'TearsLaugh');
});

test('an empty query gives every entry in order; no match gives none', () => {
  assert.deepEqual(
    keys(''),
    defaultEmojiSet.entries.map((e) => e.key),
  );
  assert.deepEqual(
    keys('   '),
    defaultEmojiSet.entries.map((e) => e.key),
  );
  assert.deepEqual(keys('zzzz-no-such-emoji'), []);
  assert.deepEqual(searchEmoji(undefined as unknown as string).length, defaultEmojiSet.entries.length);
});

test('emojiLocale maps language tags to the two name languages', () => {
  assert.equal(emojiLocale('zh'), 'zh-CN');
  assert.equal(emojiLocale('zh-Hans-CN'), 'zh-CN');
  assert.equal(emojiLocale('en-GB'), 'en');
  assert.equal(emojiLocale(undefined), 'en');
});

test('everyday English words find the emoji by their CLDR keywords, after any name match', () => {
  const glyphs = (q: string) => searchEmoji(q, defaultEmojiSet, 'en').map((e) => e.glyph);
  assert.ok(glyphs('cry').includes('😭') && glyphs('cry').includes('😢'), `cry: ${glyphs('cry').join('')}`);
  assert.ok(glyphs('sad').includes('😢'), `sad: ${glyphs('sad').join('')}`);
  assert.ok(glyphs('happy').includes('🙂'), `happy: ${glyphs('happy').join('')}`);
  assert.ok(glyphs('love').includes('❤️'), `love: ${glyphs('love').join('')}`);
  assert.equal(glyphs('thumb')[0], '👍');
  assert.equal(glyphs('party')[0], '🎉');
  assert.equal(glyphs('fire')[0], '🔥');
  // A name still wins over a keyword: "Smile" is the name of 🙂, a keyword of many.
  assert.equal(glyphs('smile')[0], '🙂');
});

test('Chinese keywords work the same way, and a word must start where the query starts', () => {
  const glyphs = (q: string) => searchEmoji(q, defaultEmojiSet, 'zh-CN').map((e) => e.glyph);
  assert.ok(glyphs('哭').includes('😢'), `哭: ${glyphs('哭').join('')}`);
  assert.ok(!searchEmoji('ire', defaultEmojiSet, 'en').some((e) => e.glyph === '🔥'), 'no match in the middle of a keyword');
});

test('the keyword table is generated from the current emoji set', () => {
  const run = spawnSync(process.execPath, ['scripts/generate-emoji-keywords.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});
