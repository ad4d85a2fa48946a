import { defineStrings } from '../base/strings.js';

export const confirmDialogStrings = defineStrings({
  en: {
    cancel: 'Cancel',
  },
  'zh-CN': {
    cancel: '取消',
  },
});
