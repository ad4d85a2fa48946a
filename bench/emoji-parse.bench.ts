/**
 * Emoji parsing benchmark: `node --import tsx bench/emoji-parse.bench.ts`
 *
 * Parses mixed text (words, CJK, emoji codes, Unicode emoji, stray and nested brackets) of
 * 64 KB, 256 KB and 1 MB (KB = 1024 UTF-16 units) and prints µs per KB, the median of
 * samples taken after a warm-up. Targets (never loosened):
 *   - linear time: µs/KB at 1 MB ≤ 1.3 × µs/KB at 64 KB;
 *   - ≥ 10× faster than a straightforward baseline on 1 MB.
 * The baseline is the usual way to write it: an indexOf('[') / indexOf(']') / substring loop
 * looking each bracketed candidate up in a map, then a split of each text piece on a global
 * `\p{RGI_Emoji}` regexp.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { defaultEmojiSet, parseEmoji, type EmojiSet } from '../src/core/emoji/index.js';

const LINEAR_TARGET = 1.3;
const SPEEDUP_TARGET = 10;
const SIZES_KB = [64, 256, 1024] as const;

// ---- input: deterministic mixed chat text -------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'hello',
  'meeting',
  'at',
  'three',
  'ok',
  'see',
  'you',
  'the',
  'report',
  'is',
  'ready',
  'thanks',
  'lol',
  'v2.1',
  '2026-11-23',
  'https://example.com/a?b=c',
];
const CJK = ['你好', '明天见', '收到', '会议', '改到', '下午三点', '谢谢', '好的', '没问题', '𠀋𠀍', '。', '，'];
const CODES = ['[Smile]', '[微笑]', '[TUIEmoji_Like]', '[TUIEmoji_TearsLaugh]', '[Heart]', '[大笑]', '[666]', '[OK]'];
const UNKNOWN = ['[Nope]', '[note]', '[1]', '[ ]', '[TUIEmoji_Unknown]'];
const UNICODE = ['👍', '😂', '👨‍👩‍👧', '👋🏽', '🇨🇳', '1️⃣', '❤️', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '©', '#'];
const STRAY = ['[', ']', '[[', ']]', '[[Smile]]', ']Smile[', '[a [b'];

function mixedText(units: number, seed: number): string {
  const random = mulberry32(seed);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)]!;
  const parts: string[] = [];
  let length = 0;
  while (length < units) {
    const r = random();
    const token =
      r < 0.45
        ? pick(WORDS)
        : r < 0.65
          ? pick(CJK)
          : r < 0.77
            ? pick(CODES)
            : r < 0.81
              ? pick(UNKNOWN)
              : r < 0.91
                ? pick(UNICODE)
                : r < 0.94
                  ? pick(STRAY)
                  : '\n';
    parts.push(token, ' ');
    length += token.length + 1;
  }
  return parts.join('').slice(0, units);
}

// ---- the baseline ---------------------------------------------------------------------------

type NaivePiece = { type: 'text'; text: string } | { type: 'emoji'; code: string; glyph?: string };

function naiveParse(text: string, set: EmojiSet): NaivePiece[] {
  const lookup: Record<string, string | undefined> = Object.create(null);
  for (const [code, entry] of set.byCode) lookup[code] = entry.glyph;
  const pieces: NaivePiece[] = [];
  let rest = text;
  while (rest !== '') {
    const left = rest.indexOf('[');
    const right = rest.indexOf(']');
    if (left === -1) {
      pieces.push(...naiveUnicodeSplit(rest));
      rest = '';
    } else if (left > 0) {
      pieces.push(...naiveUnicodeSplit(rest.substring(0, left)));
      rest = rest.substring(left);
    } else if (right === -1) {
      pieces.push(...naiveUnicodeSplit(rest));
      rest = '';
    } else {
      const candidate = rest.substring(0, right + 1);
      if (right > 0 && candidate in lookup) {
        pieces.push({ type: 'emoji', code: candidate, glyph: lookup[candidate] });
        rest = rest.substring(right + 1);
      } else {
        pieces.push({ type: 'text', text: '[' });
        rest = rest.substring(1);
      }
    }
  }
  return pieces;
}

function naiveUnicodeSplit(text: string): NaivePiece[] {
  const pieces: NaivePiece[] = [];
  text.split(new RegExp('(\\p{RGI_Emoji})', 'v')).forEach((part, i) => {
    if (part === '') return;
    pieces.push(i % 2 === 1 ? { type: 'emoji', code: part, glyph: part } : { type: 'text', text: part });
  });
  return pieces;
}

// ---- timing ---------------------------------------------------------------------------------

// Garbage left by one sample is collected before the next, outside the timing; garbage a
// parse makes while it runs stays in its time.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

let sink = 0;

/** Milliseconds to run `fn` `times` times. */
function sampleMs(fn: () => number, times: number): number {
  collectGarbage();
  const start = process.hrtime.bigint();
  for (let r = 0; r < times; r++) sink += fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const texts = new Map(SIZES_KB.map((kb) => [kb, mixedText(kb * 1024, 0x7135 + kb)] as const));

// Same emoji found by both, so the comparison is like for like.
const check = texts.get(64)!;
const ours = parseEmoji(check).filter((s) => s.type === 'emoji').length;
const theirs = naiveParse(check, defaultEmojiSet).filter((s) => s.type === 'emoji').length;
if (ours !== theirs) throw new Error(`parsers disagree on the 64 KB text: ${ours} vs ${theirs} emoji`);

// Warm-up: let the JIT settle on every size before measuring.
for (let w = 0; w < 5; w++) for (const text of texts.values()) sink += parseEmoji(text).length;
for (const text of texts.values()) sink += naiveParse(text, defaultEmojiSet).length;

// Every sample parses 1 MB in all (16 × 64 KB, 4 × 256 KB, 1 × 1 MB), and the sizes take
// turns, so timer resolution and the load of a shared machine weigh on each size alike.
const ROUNDS = 21;
const samples = new Map<number, number[]>(SIZES_KB.map((kb) => [kb, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const kb of SIZES_KB) {
    const text = texts.get(kb)!;
    samples.get(kb)!.push(sampleMs(() => parseEmoji(text).length, 1024 / kb));
  }
}

console.log(`emoji parse — Node ${process.version}; ${ours} emoji in the 64 KB text; median of ${ROUNDS} samples of 1 MB each`);
const usPerKb = new Map<number, number>();
for (const kb of SIZES_KB) {
  const perKb = (median(samples.get(kb)!) * 1000) / 1024;
  usPerKb.set(kb, perKb);
  console.log(`  ${String(kb).padStart(4)} KB text: ${perKb.toFixed(2).padStart(7)} µs/KB`);
}

const linear = usPerKb.get(1024)! / usPerKb.get(64)!;
const text1mb = texts.get(1024)!;
const naiveSamples: number[] = [];
const oursSamples: number[] = [];
for (let round = 0; round < 5; round++) {
  naiveSamples.push(sampleMs(() => naiveParse(text1mb, defaultEmojiSet).length, 1));
  oursSamples.push(sampleMs(() => parseEmoji(text1mb).length, 1));
}
const naiveMs = median(naiveSamples);
const oursMs = median(oursSamples);
const speedup = naiveMs / oursMs;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

console.log(
  `  linear: µs/KB at 1 MB ÷ µs/KB at 64 KB = ${linear.toFixed(2)}  (target ≤ ${LINEAR_TARGET})  ${verdict(linear <= LINEAR_TARGET)}`,
);
console.log(
  `  baseline on 1 MB: ${naiveMs.toFixed(1)} ms vs ${oursMs.toFixed(1)} ms = ${speedup.toFixed(1)}× faster  (target ≥ ${SPEEDUP_TARGET}×)  ${verdict(speedup >= SPEEDUP_TARGET)}`,
);
if (sink === -1) console.log(sink);
