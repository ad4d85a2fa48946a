import { defineStrings } from '../base/strings.js';

export const emojiPickerStrings = defineStrings('emojiPicker', {
  en: {
    label: 'Emoji and stickers',
    tabs: 'Picker sections',
    emojiTab: 'Emoji',
    stickersTab: 'Stickers',
    search: 'Search emoji',
    searchStickers: 'Search stickers',
    recent: 'Recently used',
    all: 'All emoji',
    results: 'Results',
    stickers: 'Stickers',
    noResults: (query: string) => `No emoji match “${query}”`,
    noStickers: (query: string) => `No stickers match “${query}”`,
  },
  'zh-CN': {
    label: '表情与贴纸',
    tabs: '表情分类',
    emojiTab: '表情',
    stickersTab: '贴纸',
    search: '搜索表情',
    searchStickers: '搜索贴纸',
    recent: '最近使用',
    all: '全部表情',
    results: '搜索结果',
    stickers: '贴纸',
    noResults: (query: string) => `没有与“${query}”匹配的表情`,
    noStickers: (query: string) => `没有与“${query}”匹配的贴纸`,
  },
});
