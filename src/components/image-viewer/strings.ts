import { defineStrings } from '../base/strings.js';

export const imageViewerStrings = defineStrings({
  en: {
    label: 'Image viewer',
    close: 'Close',
    openOriginal: 'Open the original in a new tab',
    loadingOriginal: 'Loading the original…',
    failed: 'The image could not be loaded.',
    image: 'Image',
  },
  'zh-CN': {
    label: '图片查看器',
    close: '关闭',
    openOriginal: '在新标签页中打开原图',
    loadingOriginal: '正在加载原图…',
    failed: '图片加载失败。',
    image: '图片',
  },
});
