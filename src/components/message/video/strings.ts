import { defineStrings } from '../../base/strings.js';

export const messageVideoStrings = defineStrings('messageVideo', {
  en: {
    play: (duration: string) => `Play video, ${duration}`,
    video: 'Video',
    unavailable: 'Video unavailable',
  },
  'zh-CN': {
    play: (duration: string) => `播放视频，${duration}`,
    video: '视频',
    unavailable: '视频无法播放',
  },
});
