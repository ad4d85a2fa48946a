import type { EmojiEntry, EmojiLocale } from '../../core/emoji/index.js';

/**
 * The code to put in the input for an emoji, readable in the UI language: `[Smile]` in
 * English and `[微笑]` in Chinese for the default set (TUIKit's `[TUIEmoji_Smile]` is what goes
 * over the wire; the composer converts when it sends). Sets of other shapes give their first code.
 */
export function inputCodeOf(entry: EmojiEntry, locale: EmojiLocale): string {
  const preferred = locale === 'zh-CN' ? [`[${entry.names['zh-CN']}]`, `[${entry.key}]`] : [`[${entry.key}]`, `[${entry.names.en}]`];
  return preferred.find((code) => entry.codes.includes(code)) ?? entry.codes[0] ?? '';
}
