/**
 * Chinese text puts a space between Han characters and Latin letters or digits ("Alice 加入了群聊",
 * "禁言 10 分钟") but none between Han characters ("张三加入了群聊", "你加入了群聊"). Names and
 * numbers are only known at run time, so the `zh` template tag decides at each place where a
 * value meets the template's text. Nothing inside a value is changed.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]/u;
const ASCII_MARK = /^[\x21-\x7e]$/;

/** Han-like letters, not CJK punctuation: only these take a space next to Latin text. */
function isIdeograph(char: string): boolean {
  return HAN_OR_KANA.test(char);
}

/** A letter or digit of a non-CJK script, or ASCII punctuation ("Bob (Design)", "v2.0"). */
function isLatinLike(char: string): boolean {
  return (WORD.test(char) && !CJK.test(char)) || ASCII_MARK.test(char);
}

function lastChar(text: string): string {
  const chars = Array.from(text.slice(-2));
  return chars[chars.length - 1] ?? '';
}

function firstChar(text: string): string {
  return String.fromCodePoint(text.codePointAt(0) ?? 32);
}

/** Joins two pieces, with a space only where Han meets Latin letters or digits. */
export function joinZh(left: string, right: string): string {
  if (!left || !right) return left + right;
  const a = lastChar(left);
  const b = firstChar(right);
  const needsSpace = (isIdeograph(a) && isLatinLike(b)) || (isLatinLike(a) && isIdeograph(b));
  return needsSpace ? `${left} ${right}` : left + right;
}

/** Template tag for Chinese sentences: zh`${name}加入了群聊`. */
export function zh(strings: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  let text = strings[0] ?? '';
  values.forEach((value, i) => {
    text = joinZh(text, String(value));
    text = joinZh(text, strings[i + 1] ?? '');
  });
  return text;
}
