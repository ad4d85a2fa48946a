import { defineStrings } from '../base/strings.js';

export const emojiParserStrings = defineStrings('emojiParser', {
  en: {
    opensInNewTab: '(opens in a new tab)',
  },
  'zh-CN': {
    opensInNewTab: '（在新标签页中打开）',
  },
});
