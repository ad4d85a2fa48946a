/**
 * Reaction IDs as TUIKit sends them: an emoji's TUIKit code (`[TUIEmoji_Like]`), so that users of
 * this kit and of Tencent's TUIKit apps see each other's reactions. What a reaction shows is the
 * emoji set's glyph (or image) for that code; a reaction from elsewhere that is a Unicode emoji
 * itself shows as it is, and anything else as its (shortened) text.
 */
import { defaultEmojiSet } from './default-emoji-set.js';
import type { EmojiEntry, EmojiSet } from './emoji-set.js';
import { unicodeEmojiMatcher } from './unicode-emoji.js';

/** The quick-reaction row: 👍 ❤️ 😂 😮 😢 🎉, by their TUIKit keys. */
export const QUICK_REACTION_KEYS = ['Like', 'Heart', 'TearsLaugh', 'Amazed', 'Sorrow', 'Celebrate'] as const;

/** The longest reaction ID the kit sends or shows (TUIKit's are under 32 characters). */
export const MAX_REACTION_ID_LENGTH = 64;

/** The reaction ID of an emoji entry: TUIKit's code for it. */
export function reactionIDOf(entry: Pick<EmojiEntry, 'key' | 'codes'>): string {
  return entry.codes.find((code) => code.startsWith('[TUIEmoji_')) ?? `[TUIEmoji_${entry.key}]`;
}

/** The quick-reaction IDs, in order (those the set has). */
export function quickReactionIDs(emojiSet: EmojiSet = defaultEmojiSet): string[] {
  return QUICK_REACTION_KEYS.map((key) => emojiSet.byKey.get(key) ?? defaultEmojiSet.byKey.get(key))
    .filter((entry): entry is EmojiEntry => !!entry)
    .map(reactionIDOf);
}

/** What a reaction shows: its emoji entry (glyph or image), a Unicode emoji, or its text. */
export type ReactionDisplay =
  | { readonly kind: 'entry'; readonly entry: EmojiEntry }
  | { readonly kind: 'glyph'; readonly glyph: string }
  | { readonly kind: 'text'; readonly text: string };

/** How to show a reaction ID, with the app's emoji set first and the default set behind it. */
export function reactionDisplay(reactionID: string, emojiSet: EmojiSet = defaultEmojiSet): ReactionDisplay {
  const id = typeof reactionID === 'string' ? reactionID : '';
  const entry = emojiSet.byCode.get(id) ?? defaultEmojiSet.byCode.get(id);
  if (entry) return { kind: 'entry', entry };
  if (id !== '' && unicodeEmojiMatcher().matchAt(id, 0) === id.length) return { kind: 'glyph', glyph: id };
  const text = id.length > 16 ? `${id.slice(0, 15)}…` : id;
  return { kind: 'text', text: text || '?' };
}

/** The glyph (or text) that stands for a reaction in words: "Alice reacted 👍". */
export function reactionText(reactionID: string, emojiSet: EmojiSet = defaultEmojiSet): string {
  const display = reactionDisplay(reactionID, emojiSet);
  if (display.kind === 'entry') return display.entry.glyph ?? display.entry.names.en;
  return display.kind === 'glyph' ? display.glyph : display.text;
}

/** The reaction's name in a language the set knows ("Like", "赞"), for labels; '' when unnamed. */
export function reactionName(reactionID: string, locale: 'en' | 'zh-CN', emojiSet: EmojiSet = defaultEmojiSet): string {
  const display = reactionDisplay(reactionID, emojiSet);
  return display.kind === 'entry' ? display.entry.names[locale] || display.entry.names.en : '';
}
