import { listAnd, plural } from '../../core/i18n/index.js';
import { defineStrings } from '../base/strings.js';

export const chatStrings = defineStrings('chat', {
  en: {
    label: 'Chat',
    back: 'Back to conversations',
    members: (count: number) => plural('en', count, { one: '# member', other: '# members' }),
    dismissed: 'This group was dismissed',
    typing: 'typing…',
    /** Who is typing in a group: one or two names, else how many. */
    typingPeople: (names: readonly string[]) =>
      names.length === 1
        ? `${names[0]} is typing…`
        : names.length === 2
          ? `${listAnd('en', names)} are typing…`
          : plural('en', names.length, { one: '# person is typing…', other: '# people are typing…' }),
    pickConversation: 'Choose a conversation to start chatting',
    connecting: 'Connecting…',
    offline: 'You are offline. Messages will be sent when the connection is back.',
    kickedOut: 'You were signed out because your account signed in elsewhere.',
    signatureExpired: 'Your sign-in has expired. Please sign in again.',
    dismiss: 'Dismiss',
    system: 'System notifications',
    starting: 'Starting…',
    startFailed: 'Could not start the chat.',
    retry: 'Retry',
  },
  'zh-CN': {
    label: '聊天',
    back: '返回会话列表',
    members: (count: number) => plural('zh-CN', count, { other: '# 位成员' }),
    dismissed: '该群已解散',
    typing: '对方正在输入…',
    typingPeople: (names: readonly string[]) =>
      names.length === 1
        ? `${names[0]} 正在输入…`
        : names.length === 2
          ? `${names[0]} 和 ${names[1]} 正在输入…`
          : `${names.length} 人正在输入…`,
    pickConversation: '选择一个会话开始聊天',
    connecting: '连接中…',
    offline: '网络已断开，恢复连接后消息会自动发送。',
    kickedOut: '你的账号已在其他地方登录，当前已下线。',
    signatureExpired: '登录已过期，请重新登录。',
    dismiss: '关闭',
    system: '系统通知',
    starting: '正在启动…',
    startFailed: '聊天启动失败。',
    retry: '重试',
  },
});
