import { defineStrings } from '../../base/strings.js';

export const messageSoundStrings = defineStrings('messageSound', {
  en: {
    play: (duration: string) => `Play voice message, ${duration}`,
    pause: 'Pause voice message',
    unplayed: 'Not played yet',
    unavailable: 'Voice message unavailable',
    playFailed: 'Could not play this voice message',
    position: 'Playback position',
  },
  'zh-CN': {
    play: (duration: string) => `播放语音消息，${duration}`,
    pause: '暂停语音消息',
    unplayed: '未播放',
    unavailable: '语音消息无法播放',
    playFailed: '无法播放此语音消息',
    position: '播放进度',
  },
});
