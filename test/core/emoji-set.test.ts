import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_EMOJI_ENTRIES,
  DEFAULT_FACE_STICKERS,
  createEmojiSet,
  createFaceStickers,
  defaultEmojiSet,
  findFaceSticker,
  mergeEmojiSets,
  parseEmoji,
  safeEmojiUrl,
  type EmojiEntryInput,
} from '../../src/core/emoji/index.js';

test('the default set has at least 60 entries, each with TUIKit key, English code, Chinese alias, names and a glyph', () => {
  assert.ok(defaultEmojiSet.entries.length >= 60, `${defaultEmojiSet.entries.length} entries`);
  assert.deepEqual(defaultEmojiSet.rejected, []);
  for (const entry of defaultEmojiSet.entries) {
    assert.equal(entry.codes[0], `[TUIEmoji_${entry.key}]`, 'TUIKit key first: it is what gets sent');
    assert.ok(entry.codes.includes(`[${entry.key}]`));
    assert.ok(entry.codes.includes(`[${entry.names['zh-CN']}]`));
    assert.ok(entry.names.en.length > 0 && entry.names['zh-CN'].length > 0);
    // Each glyph is exactly one Unicode emoji.
    const glyph = parseEmoji(entry.glyph!, createEmojiSet([]));
    assert.equal(glyph.length, 1, `${entry.key}: ${entry.glyph}`);
    assert.equal(glyph[0]!.type, 'emoji', `${entry.key}: ${entry.glyph}`);
  }
});

test('TUIKit keys map to the same emoji as their Chinese names', () => {
  for (const [tuikit, chinese] of [
    ['[TUIEmoji_Smile]', '[微笑]'],
    ['[TUIEmoji_Expect]', '[期待]'],
    ['[TUIEmoji_KindSmile]', '[姨母笑]'],
    ['[TUIEmoji_TearsLaugh]', '[哭笑]'],
    ['[TUIEmoji_Ok]', '[OK]'],
    ['[TUIEmoji_666]', '[666]'],
    ['[TUIEmoji_Like]', '[赞]'],
  ] as const) {
    const entry = defaultEmojiSet.byCode.get(tuikit);
    assert.ok(entry, tuikit);
    assert.equal(defaultEmojiSet.byCode.get(chinese), entry, chinese);
  }
});

test('sets and their entries are frozen', () => {
  assert.ok(Object.isFrozen(defaultEmojiSet));
  assert.ok(Object.isFrozen(defaultEmojiSet.entries));
  assert.ok(Object.isFrozen(defaultEmojiSet.entries[0]));
  assert.ok(Object.isFrozen(defaultEmojiSet.entries[0]!.codes));
});

test('image URLs: http(s), blob and data:image are kept; relative ones resolve against baseUrl', () => {
  const set = createEmojiSet(
    [
      { key: 'A', codes: ['[A]'], url: 'https://cdn.example.com/a.png' },
      { key: 'B', codes: ['[B]'], url: 'http://cdn.example.com/b.png' },
      { key: 'C', codes: ['[C]'], url: 'blob:https://app.example.com/0b1c-22' },
      { key: 'D', codes: ['[D]'], url: 'data:image/png;base64,iVBORw0KGgo=' },
      { key: 'E', codes: ['[E]'], url: 'e.png' },
    ],
    { baseUrl: 'https://cdn.example.com/emoji/' },
  );
  assert.deepEqual(set.rejected, []);
  assert.equal(set.byKey.get('A')!.url, 'https://cdn.example.com/a.png');
  assert.equal(set.byKey.get('C')!.url, 'blob:https://app.example.com/0b1c-22');
  assert.equal(set.byKey.get('D')!.url, 'data:image/png;base64,iVBORw0KGgo=');
  assert.equal(set.byKey.get('E')!.url, 'https://cdn.example.com/emoji/e.png');
});

test('an entry with a javascript: URL (or any other scheme) is refused at set creation', () => {
  const bad = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml,<svg onload=alert(1)/>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'relative.png',
    '',
  ];
  const input: EmojiEntryInput[] = bad.map((url, k) => ({ key: `Bad${k}`, codes: [`[Bad${k}]`], url, glyph: '😈' }));
  const set = createEmojiSet([...input, { key: 'Good', codes: ['[Good]'], glyph: '🙂' }]);
  assert.deepEqual(
    set.entries.map((e) => e.key),
    ['Good'],
  );
  assert.equal(set.rejected.length, bad.length);
  for (const rejection of set.rejected) assert.equal(rejection.reason, 'unsafe-url');
  assert.deepEqual(parseEmoji('[Bad0]', set), [{ type: 'text', text: '[Bad0]' }]);
  // A base URL resolves relative references only; it never rescues another scheme.
  const based = createEmojiSet(input.slice(0, -2), { baseUrl: 'https://cdn.example.com/emoji/' });
  assert.deepEqual(based.entries, []);
  assert.equal(based.rejected.length, bad.length - 2);
});

test('safeEmojiUrl returns the normalised URL or undefined', () => {
  assert.equal(safeEmojiUrl('HTTPS://Example.com/a b.png'), 'https://example.com/a%20b.png');
  assert.equal(safeEmojiUrl('javascript:alert(1)'), undefined);
  assert.equal(safeEmojiUrl('data:image/svg+xml,<svg onload=alert(1)/>'), undefined, 'SVG can run script');
  assert.equal(safeEmojiUrl('https:'), undefined, 'no host');
  assert.equal(safeEmojiUrl(42), undefined);
  assert.equal(safeEmojiUrl('x.png', 'not a base'), undefined);
});

test('bad entries are dropped with a reason, good ones kept', () => {
  const set = createEmojiSet([
    null,
    { codes: ['[NoKey]'], glyph: '🙂' },
    { key: 'NoCodes', codes: [], glyph: '🙂' },
    { key: 'BadCodes', codes: ['Smile', '[a]b]', '[]', `[${'x'.repeat(80)}]`, 7], glyph: '🙂' },
    { key: 'PartlyBad', codes: ['oops', '[Partly]'], glyph: '🙂' },
    { key: 'NoLook', codes: ['[NoLook]'] },
    { key: 'PartlyBad', codes: ['[Again]'], glyph: '🙂' },
    { key: 'Thief', codes: ['[Partly]'], glyph: '🙂' },
  ] as unknown as EmojiEntryInput[]);
  assert.deepEqual(
    set.entries.map((e) => e.key),
    ['PartlyBad'],
  );
  assert.deepEqual(set.byKey.get('PartlyBad')!.codes, ['[Partly]']);
  const reasons = set.rejected.map((r) => `${r.key || '-'}:${r.reason}`);
  assert.deepEqual(reasons, [
    '-:not-an-object',
    '-:bad-key',
    'NoCodes:no-codes',
    'BadCodes:bad-code',
    'BadCodes:bad-code',
    'BadCodes:bad-code',
    'BadCodes:bad-code',
    'BadCodes:bad-code',
    'BadCodes:no-codes',
    'PartlyBad:bad-code',
    'NoLook:no-glyph-or-url',
    'PartlyBad:duplicate-key',
    'Thief:duplicate-code',
    'Thief:no-codes',
  ]);
});

test('a non-list input gives an empty set and says so', () => {
  const set = createEmojiSet('nope' as unknown as EmojiEntryInput[]);
  assert.equal(set.entries.length, 0);
  assert.equal(set.maxCodeLength, 0);
  assert.equal(set.rejected[0]!.reason, 'not-a-list');
});

test('names default to the key, and the Chinese name to the English one', () => {
  const set = createEmojiSet([
    { key: 'Wave', codes: ['[Wave]'], glyph: '👋' },
    { key: 'Hi', codes: ['[Hi]'], names: { en: 'Hello' }, glyph: '👋' },
  ]);
  assert.deepEqual(set.byKey.get('Wave')!.names, { en: 'Wave', 'zh-CN': 'Wave' });
  assert.deepEqual(set.byKey.get('Hi')!.names, { en: 'Hello', 'zh-CN': 'Hello' });
});

test('merging adds entries, replaces by key in place, and moves codes to the later set', () => {
  const custom = createEmojiSet([
    { key: 'Smile', codes: ['[Smile]', '[TUIEmoji_Smile]'], url: 'https://cdn.example.com/smile.gif' },
    { key: 'Party', codes: ['[Party]', '[派对]'], names: { en: 'Party', 'zh-CN': '派对' }, glyph: '🥳' },
    { key: 'Grin', codes: ['[大笑]'], glyph: '😀' },
  ]);
  const merged = mergeEmojiSets(defaultEmojiSet, custom);
  assert.equal(merged.entries[0]!.key, 'Smile', 'replaced in place');
  assert.equal(merged.entries[0]!.url, 'https://cdn.example.com/smile.gif');
  assert.equal(merged.byCode.get('[微笑]'), undefined, 'the replaced entry brings only its own codes');
  assert.equal(merged.byCode.get('[Party]')!.key, 'Party');
  assert.equal(merged.byCode.get('[大笑]')!.key, 'Grin', 'a later set takes the code');
  assert.equal(merged.byCode.get('[Guffaw]')!.key, 'Guffaw', 'the earlier entry keeps its other codes');
  assert.ok(!merged.byKey.get('Guffaw')!.codes.includes('[大笑]'));
  assert.equal(merged.entries.at(-1)!.key, 'Grin');
  assert.equal(merged.entries.length, defaultEmojiSet.entries.length + 2);
  assert.deepEqual(
    parseEmoji('[Smile][大笑][Party]', merged).map((s) => (s.type === 'emoji' ? s.key : s.text)),
    ['Smile', 'Grin', 'Party'],
  );
  assert.equal(defaultEmojiSet.byCode.get('[大笑]')!.key, 'Guffaw', 'the default set is untouched');
});

test('an entry whose every code is taken by a later set is dropped and reported', () => {
  const first = createEmojiSet([{ key: 'Old', codes: ['[X]'], glyph: '1️⃣' }]);
  const second = createEmojiSet([{ key: 'New', codes: ['[X]'], glyph: '2️⃣' }]);
  const merged = mergeEmojiSets(first, second);
  assert.deepEqual(
    merged.entries.map((e) => e.key),
    ['New'],
  );
  assert.deepEqual(
    merged.rejected.map((r) => `${r.key}:${r.reason}`),
    ['Old:overridden'],
  );
});

test('merging recomputes the longest code', () => {
  const long = createEmojiSet([{ key: 'Long', codes: [`[${'y'.repeat(40)}]`], glyph: '📏' }]);
  assert.equal(defaultEmojiSet.maxCodeLength, '[TUIEmoji_TearsLaugh]'.length);
  assert.equal(mergeEmojiSets(defaultEmojiSet, long).maxCodeLength, 42);
});

test('default face stickers: 8–16 big glyphs with unique index and data', () => {
  assert.ok(DEFAULT_FACE_STICKERS.length >= 8 && DEFAULT_FACE_STICKERS.length <= 16);
  assert.equal(new Set(DEFAULT_FACE_STICKERS.map((s) => s.index)).size, DEFAULT_FACE_STICKERS.length);
  assert.equal(new Set(DEFAULT_FACE_STICKERS.map((s) => s.data)).size, DEFAULT_FACE_STICKERS.length);
  for (const sticker of DEFAULT_FACE_STICKERS) {
    assert.ok(sticker.glyph && sticker.names.en && sticker.names['zh-CN']);
  }
});

test('DEFAULT_EMOJI_ENTRIES is what the default set was built from, all accepted', () => {
  // The default set is built without createEmojiSet's checks (emojiSetOfKnownEntries): they must have nothing to change.
  assert.equal(DEFAULT_EMOJI_ENTRIES.length, defaultEmojiSet.entries.length);
  const checked = createEmojiSet(DEFAULT_EMOJI_ENTRIES);
  assert.deepEqual(checked.rejected, []);
  assert.deepEqual(checked.entries, defaultEmojiSet.entries);
  assert.deepEqual([...checked.byCode.keys()], [...defaultEmojiSet.byCode.keys()]);
});

test('findFaceSticker matches by data, or by index only when data is empty', () => {
  const party = DEFAULT_FACE_STICKERS[0]!;
  assert.equal(findFaceSticker({ index: 99, data: party.data }, DEFAULT_FACE_STICKERS), party);
  assert.equal(findFaceSticker({ index: party.index, data: '' }, DEFAULT_FACE_STICKERS), party);
  assert.equal(findFaceSticker({ index: 0, data: 'yz00' }, DEFAULT_FACE_STICKERS), undefined, "another app's pack");
});

test('createFaceStickers drops stickers with unsafe URLs or missing fields', () => {
  const { stickers, dropped } = createFaceStickers(
    [
      { index: 0, data: 'pack/0', names: { en: 'Zero', 'zh-CN': '零' }, url: 'https://cdn.example.com/0.gif' },
      { index: 1, data: 'pack/1', names: { en: 'One', 'zh-CN': '一' }, url: 'javascript:alert(1)', glyph: '1️⃣' },
      { index: 2, data: '', names: { en: 'Two', 'zh-CN': '二' }, glyph: '2️⃣' },
      { index: 3, data: 'pack/3', names: { en: 'Three', 'zh-CN': '三' } },
      { index: 4, data: 'pack/4', names: { en: 'Four', 'zh-CN': '' }, url: '4.gif' },
    ],
    { baseUrl: 'https://cdn.example.com/' },
  );
  assert.deepEqual(
    stickers.map((s) => s.data),
    ['pack/0', 'pack/4'],
  );
  assert.equal(stickers[1]!.url, 'https://cdn.example.com/4.gif');
  assert.equal(stickers[1]!.names['zh-CN'], 'Four');
  assert.deepEqual(dropped, [1, 2, 3]);
});
