/**
 * The default emoji set: the 62 emoji of Tencent's TUIKit, keyed by TUIKit's own names so
 * that `[TUIEmoji_Smile]` from a TUIKit client renders here, with the English code `[Smile]`
 * and the Chinese alias `[微笑]` that TUIKit shows in its input box. Drawn as Unicode glyphs,
 * so it needs no network and no image files. Also the default "big face" stickers.
 */
import { emojiSetOfKnownEntries, type EmojiEntry, type EmojiSet } from './emoji-set.js';
import type { FaceSticker } from './face-sticker.js';

/** [key (TUIKit name), English name, Chinese alias, glyph] in TUIKit's picker order. */
const TUIKIT_EMOJI: readonly (readonly [string, string, string, string])[] = [
  ['Smile', 'Smile', '微笑', '🙂'],
  ['Expect', 'Expect', '期待', '🥺'],
  ['Blink', 'Blink', '眨眼', '😉'],
  ['Guffaw', 'Guffaw', '大笑', '😆'],
  ['KindSmile', 'Kind smile', '姨母笑', '🥰'],
  ['Haha', 'Haha', '哈哈哈', '😄'],
  ['Cheerful', 'Cheerful', '愉快', '😊'],
  ['Speechless', 'Speechless', '无语', '😑'],
  ['Amazed', 'Amazed', '惊讶', '😮'],
  ['Sorrow', 'Sorrow', '悲伤', '😢'],
  ['Complacent', 'Complacent', '得意', '😏'],
  ['Silly', 'Silly', '傻了', '🤪'],
  ['Lustful', 'Lustful', '色', '😍'],
  ['Giggle', 'Giggle', '憨笑', '😁'],
  ['Kiss', 'Kiss', '亲亲', '😘'],
  ['Wail', 'Wail', '大哭', '😭'],
  ['TearsLaugh', 'Tears of laughter', '哭笑', '😂'],
  ['Trapped', 'Sleepy', '困', '😪'],
  ['Mask', 'Mask', '口罩', '😷'],
  ['Fear', 'Fear', '恐惧', '😱'],
  ['BareTeeth', 'Bare teeth', '龇牙', '😬'],
  ['FlareUp', 'Flare up', '发怒', '😡'],
  ['Yawn', 'Yawn', '打哈欠', '🥱'],
  ['Tact', 'Clever', '机智', '🤓'],
  ['Stareyes', 'Star eyes', '星星眼', '🤩'],
  ['ShutUp', 'Shut up', '闭嘴', '🤐'],
  ['Sigh', 'Sigh', '叹气', '😮‍💨'],
  ['Hehe', 'Hehe', '呵呵', '🙃'],
  ['Silent', 'Silent', '收声', '🤫'],
  ['Surprised', 'Surprised', '惊喜', '😲'],
  ['Askance', 'Eye roll', '白眼', '🙄'],
  ['Ok', 'OK', 'OK', '👌'],
  ['Shit', 'Poop', '便便', '💩'],
  ['Monster', 'Monster', '怪兽', '👾'],
  ['Daemon', 'Devil', '恶魔', '😈'],
  ['Rage', 'Angry devil', '恶魔怒', '👿'],
  ['Fool', 'Unlucky', '衰', '😓'],
  ['Pig', 'Pig', '猪', '🐷'],
  ['Cow', 'Cow', '牛', '🐮'],
  ['Ai', 'AI', 'AI', '🤖'],
  ['Skull', 'Skull', '骷髅', '💀'],
  ['Bombs', 'Bomb', '炸弹', '💣'],
  ['Coffee', 'Coffee', '咖啡', '☕'],
  ['Cake', 'Cake', '蛋糕', '🎂'],
  ['Beer', 'Beer', '啤酒', '🍺'],
  ['Flower', 'Flower', '花', '🌹'],
  ['Watermelon', 'Watermelon', '瓜', '🍉'],
  ['Rich', 'Rich', '壕', '💰'],
  ['Heart', 'Heart', '爱心', '❤️'],
  ['Moon', 'Moon', '月亮', '🌙'],
  ['Sun', 'Sun', '太阳', '☀️'],
  ['Star', 'Star', '星星', '⭐'],
  ['RedPacket', 'Red packet', '红包', '🧧'],
  ['Celebrate', 'Celebrate', '庆祝', '🎉'],
  ['Bless', 'Blessing', '福', '🍀'],
  ['Fortune', 'Fortune', '发', '🤑'],
  ['Convinced', 'Convinced', '服', '🙇'],
  ['Prohibit', 'Prohibited', '禁', '🚫'],
  ['666', '666', '666', '🔥'],
  ['857', '857', '857', '🕺'],
  ['Knife', 'Knife', '刀', '🔪'],
  ['Like', 'Like', '赞', '👍'],
];

/** The entries of the default set, for apps that want to copy and adapt them. */
export const DEFAULT_EMOJI_ENTRIES: readonly EmojiEntry[] = Object.freeze(
  TUIKIT_EMOJI.map(([key, en, zh, glyph]) =>
    Object.freeze({
      key,
      // TUIKit's key first: it is what TUIKit clients send and expect to receive.
      // Once each: '666' is its own Chinese alias.
      codes: Object.freeze([...new Set([`[TUIEmoji_${key}]`, `[${key}]`, `[${zh}]`])]),
      names: Object.freeze({ en, 'zh-CN': zh }),
      glyph,
    }),
  ),
);

export const defaultEmojiSet: EmojiSet = emojiSetOfKnownEntries(DEFAULT_EMOJI_ENTRIES);

/** [data, English name, Chinese name, glyph] of the default stickers. */
const STICKERS = [
  ['tim-face/party', 'Party', '派对', '🎉'],
  ['tim-face/thumbs-up', 'Thumbs up', '点赞', '👍'],
  ['tim-face/love', 'Love', '爱你', '❤️'],
  ['tim-face/lol', 'LOL', '笑死', '🤣'],
  ['tim-face/hello', 'Hello', '你好', '👋'],
  ['tim-face/thanks', 'Thanks', '谢谢', '🙏'],
  ['tim-face/birthday', 'Birthday', '生日快乐', '🎂'],
  ['tim-face/rose', 'Rose', '玫瑰', '🌹'],
  ['tim-face/fire', 'On fire', '火', '🔥'],
  ['tim-face/hundred', 'Perfect', '满分', '💯'],
  ['tim-face/sleepy', 'Sleepy', '睡觉', '😴'],
  ['tim-face/deal', 'Deal', '成交', '🤝'],
] as const;

function faceStickersOf(list: typeof STICKERS): readonly FaceSticker[] {
  return Object.freeze(
    list.map(([data, en, zh, glyph], index) => Object.freeze({ index, data, names: Object.freeze({ en, 'zh-CN': zh }), glyph })),
  );
}

/**
 * Big-glyph stickers a composer can send as TIMFaceElem `{ index, data }`. Made by a call marked
 * pure, so an app that only parses emoji (`<tim-emoji-parser>` alone) does not ship them.
 */
export const DEFAULT_FACE_STICKERS: readonly FaceSticker[] = /* @__PURE__ */ faceStickersOf(STICKERS);
