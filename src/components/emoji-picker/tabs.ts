/** The picker's tabs, in order (`<tim-emoji-picker tab=…>`). */
export const EMOJI_PICKER_TABS = ['emoji', 'stickers'] as const;
export type EmojiPickerTab = (typeof EMOJI_PICKER_TABS)[number];
