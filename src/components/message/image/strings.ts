import { defineStrings } from '../../base/strings.js';

export const messageImageStrings = defineStrings('messageImage', {
  en: {
    image: 'Image',
    openImage: 'Open image',
    loading: 'Loading image',
    unavailable: 'Image unavailable',
    photoFrom: (name: string) => `Photo from ${name}`,
    yourPhoto: 'Your photo',
  },
  'zh-CN': {
    image: '图片',
    openImage: '查看大图',
    loading: '图片加载中',
    unavailable: '图片无法显示',
    photoFrom: (name: string) => `${name} 发送的图片`,
    yourPhoto: '你发送的图片',
  },
});
