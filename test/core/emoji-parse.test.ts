import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  canonicalEmojiCodes,
  createEmojiSet,
  defaultEmojiSet,
  emojiPlainText,
  parseEmoji,
  type Segment,
} from '../../src/core/emoji/index.js';

/** A compact picture of segments: 'T:text' or 'E:code'. */
function shape(segments: readonly Segment[]): string[] {
  return segments.map((s) => (s.type === 'text' ? `T:${s.text}` : `E:${s.code}`));
}

/** Concatenating the segments gives the input back. */
function joined(segments: readonly Segment[]): string {
  return segments.map((s) => (s.type === 'text' ? s.text : s.code)).join('');
}

test('empty text gives no segments', () => {
  assert.deepEqual(parseEmoji(''), []);
});

test('a non-string gives no segments instead of throwing', () => {
  assert.deepEqual(parseEmoji(null as unknown as string), []);
  assert.deepEqual(parseEmoji(42 as unknown as string), []);
});

test('plain text is one text segment', () => {
  assert.deepEqual(parseEmoji('hello world'), [{ type: 'text', text: 'hello world' }]);
});

test('a code becomes an emoji segment with key, code and glyph', () => {
  assert.deepEqual(parseEmoji('hi [Smile]!'), [
    { type: 'text', text: 'hi ' },
    { type: 'emoji', key: 'Smile', code: '[Smile]', source: 'code', glyph: '🙂' },
    { type: 'text', text: '!' },
  ]);
});

test('the English code, the Chinese alias and the TUIKit key all mean the same emoji', () => {
  const keys = parseEmoji('[Smile][微笑][TUIEmoji_Smile]').map((s) => (s.type === 'emoji' ? s.key : s.text));
  assert.deepEqual(keys, ['Smile', 'Smile', 'Smile']);
});

test('an unmatched [ stays text', () => {
  assert.deepEqual(shape(parseEmoji('a [ b')), ['T:a [ b']);
  assert.deepEqual(shape(parseEmoji('[Smile')), ['T:[Smile']);
  assert.deepEqual(shape(parseEmoji('tail [')), ['T:tail [']);
  assert.deepEqual(shape(parseEmoji('[')), ['T:[']);
});

test('an unmatched ] stays text', () => {
  assert.deepEqual(shape(parseEmoji('a ] b')), ['T:a ] b']);
  assert.deepEqual(shape(parseEmoji('Smile]')), ['T:Smile]']);
  assert.deepEqual(shape(parseEmoji(']')), ['T:]']);
});

test('[[Smile]] is a bracket, the emoji, a bracket', () => {
  assert.deepEqual(shape(parseEmoji('[[Smile]]')), ['T:[', 'E:[Smile]', 'T:]']);
});

test(']Smile[ is text', () => {
  assert.deepEqual(shape(parseEmoji(']Smile[')), ['T:]Smile[']);
});

test('an unknown code is left as text, merged with the text around it', () => {
  assert.deepEqual(shape(parseEmoji('x [Nope] y')), ['T:x [Nope] y']);
  assert.deepEqual(shape(parseEmoji('[smile]')), ['T:[smile]'], 'codes are case-sensitive');
  assert.deepEqual(shape(parseEmoji('[TUIEmoji_Nope][Smile ]')), ['T:[TUIEmoji_Nope][Smile ]']);
});

test('adjacent codes give adjacent emoji and no empty text', () => {
  assert.deepEqual(shape(parseEmoji('[Smile][微笑][TUIEmoji_Like]')), ['E:[Smile]', 'E:[微笑]', 'E:[TUIEmoji_Like]']);
});

test('codes at the very start and the very end', () => {
  assert.deepEqual(shape(parseEmoji('[Smile] middle [Like]')), ['E:[Smile]', 'T: middle ', 'E:[Like]']);
  assert.deepEqual(shape(parseEmoji('[Heart]')), ['E:[Heart]']);
});

test('a code inside brackets and stray brackets', () => {
  assert.deepEqual(shape(parseEmoji('[a [Smile] b]')), ['T:[a ', 'E:[Smile]', 'T: b]']);
  assert.deepEqual(shape(parseEmoji('[][[]]')), ['T:[][[]]']);
  assert.deepEqual(shape(parseEmoji('[Smile]]]][[[[Like]')), ['E:[Smile]', 'T:]]][[[', 'E:[Like]']);
});

test('neighbouring text is always one segment', () => {
  const segments = parseEmoji('a [x] b [ c ] d [Nope] e [[ f ]] [Smile] g ] h [');
  for (let k = 1; k < segments.length; k++) {
    assert.ok(!(segments[k]!.type === 'text' && segments[k - 1]!.type === 'text'), `two text segments at ${k}`);
  }
  assert.deepEqual(shape(segments), ['T:a [x] b [ c ] d [Nope] e [[ f ]] ', 'E:[Smile]', 'T: g ] h [']);
});

test('astral-plane characters around and inside brackets are never split', () => {
  assert.deepEqual(shape(parseEmoji('𠀋[Smile]𠀍')), ['T:𠀋', 'E:[Smile]', 'T:𠀍']);
  assert.deepEqual(shape(parseEmoji('[𠀋]')), ['T:[𠀋]']);
  assert.deepEqual(shape(parseEmoji('𝒜𝒝 math')), ['T:𝒜𝒝 math']);
  for (const segment of parseEmoji('𠀋😀𠀍[微笑]🇨🇳𝒜')) {
    const text = segment.type === 'text' ? segment.text : segment.code;
    assert.ok(!/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(text), `segment ${JSON.stringify(text)} cuts a surrogate pair`);
  }
});

test('lone surrogates in broken input stay text', () => {
  assert.deepEqual(shape(parseEmoji('a\uD83Db')), ['T:a\uD83Db']);
  assert.deepEqual(shape(parseEmoji('\uDE00x')), ['T:\uDE00x']);
  assert.deepEqual(shape(parseEmoji('[\uD83D]')), ['T:[\uD83D]']);
});

test('a long run after [ does not swallow a later code', () => {
  const text = `[${'x'.repeat(10_000)} [Smile]`;
  assert.deepEqual(shape(parseEmoji(text)), [`T:[${'x'.repeat(10_000)} `, 'E:[Smile]']);
});

test('the look-ahead after [ is bounded by the longest code of the set', () => {
  const longCode = `[${'L'.repeat(62)}]`; // 64 units, the maximum
  const set = createEmojiSet([{ key: 'Long', codes: [longCode], glyph: '📏' }]);
  assert.equal(set.maxCodeLength, 64);
  assert.deepEqual(shape(parseEmoji(`a${longCode}b`, set)), ['T:a', `E:${longCode}`, 'T:b']);
  assert.deepEqual(shape(parseEmoji(`[${'L'.repeat(63)}]`, set)), [`T:[${'L'.repeat(63)}]`]);
});

test('Unicode emoji become emoji segments', () => {
  assert.deepEqual(parseEmoji('ok 👍'), [
    { type: 'text', text: 'ok ' },
    { type: 'emoji', key: '👍', code: '👍', source: 'unicode', glyph: '👍' },
  ]);
});

test('a ZWJ sequence is one emoji', () => {
  assert.deepEqual(shape(parseEmoji('family 👨‍👩‍👧 here')), ['T:family ', 'E:👨‍👩‍👧', 'T: here']);
  assert.deepEqual(shape(parseEmoji('🧑🏻‍🤝‍🧑🏼❤️‍🔥🏳️‍⚧️')), ['E:🧑🏻‍🤝‍🧑🏼', 'E:❤️‍🔥', 'E:🏳️‍⚧️']);
  assert.deepEqual(shape(parseEmoji('😮‍💨')), ['E:😮‍💨']);
});

test('an emoji with a skin tone is one emoji', () => {
  assert.deepEqual(shape(parseEmoji('👋🏽👋🏻☝🏿')), ['E:👋🏽', 'E:👋🏻', 'E:☝🏿']);
  assert.deepEqual(shape(parseEmoji('⛹🏽‍♀️')), ['E:⛹🏽‍♀️']);
});

test('flags: country pairs and subdivision tag sequences', () => {
  assert.deepEqual(shape(parseEmoji('🇨🇳🇺🇸')), ['E:🇨🇳', 'E:🇺🇸']);
  assert.deepEqual(shape(parseEmoji('🏴󠁧󠁢󠁳󠁣󠁴󠁿!')), ['E:🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'T:!']);
  assert.deepEqual(shape(parseEmoji('🇦🇦')), ['T:🇦🇦'], 'not a recommended flag');
});

test('keycaps are emoji, bare digits and # are text', () => {
  assert.deepEqual(shape(parseEmoji('1️⃣#️⃣*️⃣')), ['E:1️⃣', 'E:#️⃣', 'E:*️⃣']);
  assert.deepEqual(shape(parseEmoji('room #12, 3*4')), ['T:room #12, 3*4']);
});

test('variation selectors: FE0F makes a text-style symbol an emoji; a spare FE0F joins the emoji', () => {
  assert.deepEqual(shape(parseEmoji('❤️ and ❤')), ['E:❤️', 'T: and ❤']);
  assert.deepEqual(shape(parseEmoji('©️ ©')), ['E:©️', 'T: ©']);
  assert.deepEqual(shape(parseEmoji('x😀\uFE0F!')), ['T:x', 'E:😀\uFE0F', 'T:!']);
});

test('a joiner between two emoji that form no sequence leaves two emoji', () => {
  assert.deepEqual(shape(parseEmoji('👍\u200D👍')), ['E:👍', 'T:\u200D', 'E:👍']);
});

test('Unicode emoji inside brackets, next to codes', () => {
  assert.deepEqual(shape(parseEmoji('[😀][Smile]😀')), ['T:[', 'E:😀', 'T:]', 'E:[Smile]', 'E:😀']);
});

test('unicode: false leaves Unicode emoji as text', () => {
  assert.deepEqual(shape(parseEmoji('👍 [Smile] 🇨🇳', defaultEmojiSet, { unicode: false })), ['T:👍 ', 'E:[Smile]', 'T: 🇨🇳']);
});

test('CJK text with codes and Chinese aliases', () => {
  assert.deepEqual(shape(parseEmoji('你好[微笑]，明天见[再见][赞]')), ['T:你好', 'E:[微笑]', 'T:，明天见[再见]', 'E:[赞]']);
});

test('1 MB of mixed text parses completely and round-trips', () => {
  const unit = 'hello [Smile] 你好 [微笑] 👨‍👩‍👧 [ stray ] ]x[ [Nope] 🇨🇳 1️⃣ 𠀋 [[TUIEmoji_Like]] ';
  const text = unit.repeat(Math.ceil((1 << 20) / unit.length));
  assert.ok(text.length >= 1 << 20);
  const segments = parseEmoji(text);
  assert.equal(joined(segments), text);
  const repeats = text.length / unit.length;
  const emoji = segments.filter((s) => s.type === 'emoji').length;
  assert.equal(emoji, repeats * 6, 'Smile, 微笑, family, flag, keycap, Like in each repeat');
});

test('1 MB of lone brackets and of one unclosed [ parse in linear time', () => {
  const opens = '['.repeat(1 << 20);
  const mixed = '[a'.repeat(1 << 19);
  const unclosed = `[${'a'.repeat((1 << 20) - 1)}`;
  for (const text of [opens, mixed, unclosed]) {
    const started = performance.now();
    const segments = parseEmoji(text);
    const ms = performance.now() - started;
    assert.deepEqual(segments, [{ type: 'text', text }]);
    // A quadratic scan of 1 MB would take minutes; linear takes milliseconds.
    assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
  }
});

test('segments always round-trip on random text', () => {
  const pieces = ['a', ' ', '[', ']', '[Smile]', '[微笑]', 'Smile', '😀', '\u200D', '\uFE0F', '🏽', '🇨', '𠀋', '1', '#', '\u20E3', '你'];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let round = 0; round < 2000; round++) {
    let text = '';
    const length = Math.floor(random() * 20);
    for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)];
    const segments = parseEmoji(text);
    assert.equal(joined(segments), text, JSON.stringify(text));
    for (let k = 1; k < segments.length; k++) {
      assert.ok(!(segments[k]!.type === 'text' && segments[k - 1]!.type === 'text'), JSON.stringify(text));
    }
    for (const s of segments) if (s.type === 'text') assert.notEqual(s.text, '');
  }
});

test('custom set with image URLs gives url segments', () => {
  const set = createEmojiSet(
    [
      { key: 'Party', codes: ['[Party]'], url: 'party.png' },
      { key: 'Cat', codes: ['[Cat]'], url: 'https://cdn.example.com/cat.gif', glyph: '🐱' },
    ],
    { baseUrl: 'https://cdn.example.com/emoji/' },
  );
  assert.deepEqual(parseEmoji('[Party][Cat]', set), [
    { type: 'emoji', key: 'Party', code: '[Party]', source: 'code', url: 'https://cdn.example.com/emoji/party.png' },
    { type: 'emoji', key: 'Cat', code: '[Cat]', source: 'code', glyph: '🐱', url: 'https://cdn.example.com/cat.gif' },
  ]);
  assert.deepEqual(shape(parseEmoji('[Smile]', set)), ['T:[Smile]'], 'a replacing set drops the default codes');
});

test('a set with no codes still finds Unicode emoji and treats brackets as text', () => {
  const empty = createEmojiSet([]);
  assert.deepEqual(shape(parseEmoji('[Smile] 👍', empty)), ['T:[Smile] ', 'E:👍']);
});

test('emojiPlainText turns codes into glyphs, image-only codes into [name]', () => {
  assert.equal(emojiPlainText('hi [Smile] and [微笑] 👍 [Nope]'), 'hi 🙂 and 🙂 👍 [Nope]');
  const set = createEmojiSet([
    { key: 'Party', codes: ['[Party]'], names: { en: 'Party', 'zh-CN': '派对' }, url: 'https://x.example/p.png' },
  ]);
  assert.equal(emojiPlainText('go [Party]', set), 'go [Party]');
  assert.equal(emojiPlainText('go [Party]', set, 'zh-CN'), 'go [派对]');
  assert.equal(emojiPlainText(undefined as unknown as string), '');
});

test('canonicalEmojiCodes turns every known code into the TUIKit key for sending', () => {
  assert.equal(
    canonicalEmojiCodes('hi [Smile] [微笑] [Nope] [[赞]] 👍'),
    'hi [TUIEmoji_Smile] [TUIEmoji_Smile] [Nope] [[TUIEmoji_Like]] 👍',
  );
  assert.equal(canonicalEmojiCodes('[TUIEmoji_Smile]'), '[TUIEmoji_Smile]');
  assert.equal(canonicalEmojiCodes(null as unknown as string), '');
});
