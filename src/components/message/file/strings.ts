import { defineStrings } from '../../base/strings.js';

export const messageFileStrings = defineStrings('messageFile', {
  en: {
    download: (name: string) => `Download ${name}`,
    downloading: (percent: number) => `Downloading, ${percent}%`,
    downloaded: 'Downloaded',
    failed: 'Download failed. Try again.',
    unavailable: 'File unavailable',
    untitled: 'Untitled file',
  },
  'zh-CN': {
    download: (name: string) => `下载 ${name}`,
    downloading: (percent: number) => `正在下载，${percent}%`,
    downloaded: '已下载',
    failed: '下载失败，请重试。',
    unavailable: '文件不可用',
    untitled: '未命名文件',
  },
});
