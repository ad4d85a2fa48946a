import { defineStrings } from '../base/strings.js';

export const messageActionStrings = defineStrings({
  en: {
    label: 'Message actions',
    copy: 'Copy',
    reply: 'Reply',
    forward: 'Forward',
    revoke: 'Recall',
    delete: 'Delete',
    resend: 'Resend',
  },
  'zh-CN': {
    label: '消息操作',
    copy: '复制',
    reply: '回复',
    forward: '转发',
    revoke: '撤回',
    delete: '删除',
    resend: '重新发送',
  },
});
