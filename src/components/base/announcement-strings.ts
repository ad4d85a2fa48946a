import { defineStrings, type TableOf } from './strings.js';

/** What the kit's live region says (see live-region.ts): new messages elsewhere, failed sends. */
export const announcementStrings = defineStrings('announcements', {
  en: {
    newMessageFrom: (sender: string) => `New message from ${sender}`,
    newMessageFromIn: (sender: string, conversation: string) => `New message from ${sender} in ${conversation}`,
    newMessagesFrom: (count: number, sender: string) => `${count} new messages from ${sender}`,
    newMessagesIn: (count: number, conversation: string) => `${count} new messages in ${conversation}`,
    newMessagesElsewhere: (count: number, conversations: number) => `${count} new messages in ${conversations} conversations`,
    sendFailed: 'Message not sent',
    sendFailedWithReason: (reason: string) => `Message not sent: ${reason}`,
  },
  'zh-CN': {
    newMessageFrom: (sender: string) => `${sender} 发来一条新消息`,
    newMessageFromIn: (sender: string, conversation: string) => `${sender} 在 ${conversation} 中发来一条新消息`,
    newMessagesFrom: (count: number, sender: string) => `${sender} 发来 ${count} 条新消息`,
    newMessagesIn: (count: number, conversation: string) => `${conversation} 中有 ${count} 条新消息`,
    newMessagesElsewhere: (count: number, conversations: number) => `${conversations} 个会话中有 ${count} 条新消息`,
    sendFailed: '消息未发送',
    sendFailedWithReason: (reason: string) => `消息未发送：${reason}`,
  },
});

export type AnnouncementStrings = TableOf<typeof announcementStrings>;
