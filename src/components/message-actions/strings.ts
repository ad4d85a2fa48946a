import { defineStrings } from '../base/strings.js';

export const messageActionStrings = defineStrings('messageActions', {
  en: {
    label: 'Message actions',
    copy: 'Copy',
    translate: 'Translate',
    'convert-to-text': 'Convert to text',
    reply: 'Reply',
    edit: 'Edit',
    forward: 'Forward',
    pin: 'Pin',
    unpin: 'Unpin',
    revoke: 'Recall',
    delete: 'Delete for me',
    'delete-from-history': 'Delete from history',
    resend: 'Resend',
  },
  'zh-CN': {
    label: '消息操作',
    copy: '复制',
    translate: '翻译',
    'convert-to-text': '转文字',
    reply: '回复',
    edit: '编辑',
    forward: '转发',
    pin: '置顶',
    unpin: '取消置顶',
    revoke: '撤回',
    delete: '在本机删除',
    'delete-from-history': '从聊天记录删除',
    resend: '重新发送',
  },
});
