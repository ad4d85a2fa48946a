import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEmojiSet, parseEmoji } from '../../src/core/emoji/index.js';
import { ALWAYS, IF_QUALIFIED, NEVER, createUnicodeEmojiMatcher, emojiStartKind } from '../../src/core/emoji/unicode-emoji.js';

const noCodes = createEmojiSet([]);
const RGI_GLOBAL = new RegExp('\\p{RGI_Emoji}', 'gv');

/** What a plain global `\p{RGI_Emoji}` scan finds, with a spare FE0F after an emoji taken in. */
function expectedEmoji(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(RGI_GLOBAL)) {
    const end = match.index! + match[0].length;
    found.push(text.charCodeAt(end) === 0xfe0f ? `${match[0]}\uFE0F` : match[0]);
  }
  return found;
}

function parsedEmoji(text: string): string[] {
  return parseEmoji(text, noCodes).flatMap((s) => (s.type === 'emoji' ? [s.code] : []));
}

test('the exact matcher is in use on this engine', () => {
  assert.equal(createUnicodeEmojiMatcher().exact, true);
});

test('every astral emoji code point has one of the high surrogates the scanner watches', () => {
  const emoji = /\p{Emoji}/u;
  for (let cp = 0x10000; cp <= 0x10ffff; cp++) {
    const ch = String.fromCodePoint(cp);
    if (emoji.test(ch)) assert.equal(emojiStartKind(ch.charCodeAt(0)), ALWAYS, `U+${cp.toString(16)}`);
  }
});

test('a text-style BMP symbol is never an emoji on its own, so it may wait for a qualifier', () => {
  const alone = new RegExp('^\\p{RGI_Emoji}$', 'v');
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const kind = emojiStartKind(c);
    const ch = String.fromCharCode(c);
    if (kind === IF_QUALIFIED) assert.equal(alone.test(ch), false, `U+${c.toString(16)}`);
    if (kind === NEVER) assert.equal(/\p{Emoji}/u.test(ch), false, `U+${c.toString(16)}`);
  }
});

test('known sequences match the RGI list exactly', () => {
  const samples = [
    '👨‍👩‍👧‍👦',
    '🧑🏻‍🤝‍🧑🏼',
    '👩🏽‍⚕️',
    '⛹🏽‍♀️',
    '❤️‍🔥',
    '🏳️‍🌈',
    '🏳️‍⚧️',
    '👁️‍🗨️',
    '🏴󠁧󠁢󠁥󠁮󠁧󠁿',
    '🏴󠁧󠁢󠁷󠁬󠁳󠁿',
    '🇯🇵',
    '🇦🇦',
    '🇨',
    '#️⃣',
    '#⃣',
    '0️⃣',
    '©️',
    '©',
    '™️',
    '〰️',
    '㊗️',
    '☝🏻',
    '☝',
    '🏻',
    '😀🏻',
    '👍‍👍',
    '🫠',
    '🫶🏾',
    '🐦‍⬛',
    '🍋‍🟩',
    '\uFE0F😀',
    '😀\uFE0F\uFE0F',
  ];
  for (const text of samples) assert.deepEqual(parsedEmoji(text), expectedEmoji(text), JSON.stringify(text));
});

test('random sequences of emoji parts agree with a plain RGI scan', () => {
  const parts = [
    'a',
    ' ',
    '1',
    '#',
    '*',
    '\uFE0F',
    '\uFE0F',
    '\u200D',
    '\u200D',
    '\u20E3',
    '👨',
    '👩',
    '👧',
    '🧑',
    '🏽',
    '🏻',
    '🇨',
    '🇳',
    '🇺',
    '🇸',
    '🏴',
    '\u{E0067}',
    '\u{E0062}',
    '\u{E0073}',
    '\u{E0063}',
    '\u{E0074}',
    '\u{E007F}',
    '❤',
    '☝',
    '©',
    '😀',
    '🔥',
    '💋',
    '🤝',
    '♀',
    '♂',
    '⚕',
    '🏳',
    '🌈',
    '⚧',
    '𠀋',
    '你',
    '⛹',
    '\uD83D',
    '\uDE00',
  ];
  let seed = 20261123;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let round = 0; round < 5000; round++) {
    let text = '';
    const length = 1 + Math.floor(random() * 16);
    for (let k = 0; k < length; k++) text += parts[Math.floor(random() * parts.length)];
    assert.deepEqual(parsedEmoji(text), expectedEmoji(text), JSON.stringify(text));
  }
});

test('the shapes decided without the RGI oracle agree with it on every code point', () => {
  // One code point and a code point with U+FE0F are decided from u-flag properties, so V8's slow
  // first \p{RGI_Emoji} call waits for rarer sequences; skin tones (asked of the oracle) are checked too.
  const matcher = createUnicodeEmojiMatcher();
  const emoji = /\p{Emoji}/u;
  const base = /\p{Emoji_Modifier_Base}/u;
  const check = (text: string) => {
    const end = matcher.matchAt(text, 0);
    const found = expectedEmoji(text);
    const expected = found.length && text.startsWith(found[0]!) ? found[0]!.length : -1;
    assert.equal(end, expected, [...text].map((c) => `U+${c.codePointAt(0)!.toString(16)}`).join(' '));
  };
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (!emoji.test(ch)) continue;
    check(ch);
    check(`${ch}\uFE0F`);
    if (base.test(ch)) for (let tone = 0x1f3fb; tone <= 0x1f3ff; tone++) check(ch + String.fromCodePoint(tone));
  }
});

test('the approximate matcher (engines without the v flag) still groups sequences', () => {
  const approximate = createUnicodeEmojiMatcher(false);
  assert.equal(approximate.exact, false);
  for (const emoji of ['👨‍👩‍👧', '👋🏽', '🇨🇳', '1️⃣', '❤️', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '😮‍💨', '😀']) {
    assert.equal(approximate.matchAt(`${emoji}!`, 0), emoji.length, JSON.stringify(emoji));
  }
  for (const text of ['a', '©', '#', '1']) assert.equal(approximate.matchAt(text, 0), -1, JSON.stringify(text));
});

test('matchAt refuses to start on a low surrogate or a broken pair', () => {
  const matcher = createUnicodeEmojiMatcher();
  assert.equal(matcher.matchAt('😀', 1), -1);
  assert.equal(matcher.matchAt('\uD83Dx', 0), -1);
});
