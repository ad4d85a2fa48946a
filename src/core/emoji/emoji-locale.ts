import type { EmojiLocale } from './emoji-set.js';

/**
 * 'zh', 'zh-CN', 'zh-Hans' → 'zh-CN'; anything else → 'en'. (A module of its own: the rows and
 * the conversation list need it on the first screen, the picker's search and keywords not.)
 */
export function emojiLocale(locale: string | undefined): EmojiLocale {
  return typeof locale === 'string' && locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
