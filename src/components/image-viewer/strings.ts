import { defineStrings } from '../base/strings.js';

export const imageViewerStrings = defineStrings('imageViewer', {
  en: {
    label: 'Image viewer',
    close: 'Close',
    openOriginal: 'Open the original in a new tab',
    loadingOriginal: 'Loading the original…',
    failed: 'The image could not be loaded.',
    image: 'Image',
    previous: 'Previous image',
    next: 'Next image',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    download: 'Download',
    position: (index: number, total: number) => `${index} of ${total}`,
  },
  'zh-CN': {
    label: '图片查看器',
    close: '关闭',
    openOriginal: '在新标签页中打开原图',
    loadingOriginal: '正在加载原图…',
    failed: '图片加载失败。',
    image: '图片',
    previous: '上一张',
    next: '下一张',
    zoomIn: '放大',
    zoomOut: '缩小',
    download: '下载',
    position: (index: number, total: number) => `第 ${index} 张，共 ${total} 张`,
  },
});
