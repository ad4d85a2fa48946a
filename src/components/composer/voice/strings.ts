import { defineStrings } from '../../base/strings.js';

/** The voice recorder's words (loaded with the recorder, on first use). */
export const voiceRecorderStrings = defineStrings('voiceRecorder', {
  en: {
    panel: 'Voice message',
    requesting: 'Waiting for the microphone…',
    recorded: (time: string) => `Recording, ${time}`,
    slideToCancel: 'Slide up to cancel',
    releaseToCancel: 'Release to cancel',
    escToCancel: 'Esc to cancel',
    endsIn: (seconds: number) => `Sends in ${seconds} s`,
    endsSoon: 'Recording stops and sends in 10 seconds.',
    cancel: 'Cancel recording',
    send: 'Send voice message',
    sending: 'Sending…',
    tooShort: 'Too short to send: record for at least 1 second.',
    denied: "Microphone access was denied. Allow the microphone for this site in the browser's settings to send voice messages.",
    noMicrophone: 'No microphone was found. Connect one and try again.',
    busy: 'The microphone could not be started: another app may be using it.',
    insecure: 'Voice messages need a secure (https) page: the browser gives no microphone here.',
    unsupported: 'This browser cannot record audio.',
    failed: 'Recording failed. Try again.',
    dismiss: 'Dismiss',
  },
  'zh-CN': {
    panel: '语音消息',
    requesting: '正在等待麦克风…',
    recorded: (time: string) => `正在录音，${time}`,
    slideToCancel: '上滑取消',
    releaseToCancel: '松开手指，取消发送',
    escToCancel: '按 Esc 取消',
    endsIn: (seconds: number) => `${seconds} 秒后发送`,
    endsSoon: '录音将在 10 秒后结束并发送。',
    cancel: '取消录音',
    send: '发送语音',
    sending: '正在发送…',
    tooShort: '说话时间太短，至少录制 1 秒。',
    denied: '麦克风权限被拒绝。请在浏览器设置中允许此网站使用麦克风，才能发送语音消息。',
    noMicrophone: '未找到麦克风，请连接后重试。',
    busy: '无法启动麦克风，可能正被其他应用占用。',
    insecure: '语音消息需要安全（https）页面，浏览器在此页面不提供麦克风。',
    unsupported: '此浏览器无法录音。',
    failed: '录音失败，请重试。',
    dismiss: '关闭',
  },
});

export type VoiceRecorderStrings = (typeof voiceRecorderStrings)['en'];
