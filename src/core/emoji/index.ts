export {
  createEmojiSet,
  mergeEmojiSets,
  emojiCodeProblem,
  MAX_EMOJI_CODE_LENGTH,
  type CreateEmojiSetOptions,
  type EmojiEntry,
  type EmojiEntryInput,
  type EmojiLocale,
  type EmojiNames,
  type EmojiRejection,
  type EmojiRejectionReason,
  type EmojiSet,
} from './emoji-set.js';
export { DEFAULT_EMOJI_ENTRIES, DEFAULT_FACE_STICKERS, defaultEmojiSet } from './default-emoji-set.js';
export { createFaceStickers, findFaceSticker, type FaceSticker } from './face-sticker.js';
export {
  canonicalEmojiCodes,
  emojiPlainText,
  parseEmoji,
  type EmojiSegment,
  type ParseEmojiOptions,
  type Segment,
  type TextSegment,
} from './parse-emoji.js';
export { searchEmoji } from './search-emoji.js';
export { emojiLocale } from './emoji-locale.js';
export { safeEmojiUrl } from './safe-emoji-url.js';
export { createUnicodeEmojiMatcher, unicodeEmojiMatcher, type UnicodeEmojiMatcher } from './unicode-emoji.js';
export {
  MAX_REACTION_ID_LENGTH,
  QUICK_REACTION_KEYS,
  quickReactionIDs,
  reactionDisplay,
  reactionIDOf,
  reactionName,
  reactionText,
  type ReactionDisplay,
} from './reaction-emoji.js';
