import { defineStrings } from '../base/strings.js';

export const confirmDialogStrings = defineStrings('confirmDialog', {
  en: {
    cancel: 'Cancel',
  },
  'zh-CN': {
    cancel: '取消',
  },
});
