import { defineStrings } from '../base/strings.js';

/** Message search: the buttons that open it and its dialog. */
export const messageSearchStrings = defineStrings('messageSearch', {
  en: {
    open: 'Search messages',
    openHere: 'Search in this chat',
    title: 'Search messages',
    titleHere: 'Search in this chat',
    searchLabel: 'Words to find in messages',
    searchPlaceholder: 'Search messages',
    hint: 'Type words to find in the messages kept on this device.',
    searching: 'Searching…',
    noResults: (query: string) => `No messages found for “${query}”`,
    failed: 'The search failed. Try again.',
    results: (count: number) => (count === 1 ? '1 message found' : `${count} messages found`),
    inConversation: (name: string, count: number) => (count === 1 ? `${name}, 1 message` : `${name}, ${count} messages`),
    everywhere: 'All chats',
    you: 'You',
    close: 'Close',
  },
  'zh-CN': {
    open: '搜索聊天记录',
    openHere: '在此会话中搜索',
    title: '搜索聊天记录',
    titleHere: '在此会话中搜索',
    searchLabel: '要在消息中查找的字词',
    searchPlaceholder: '搜索聊天记录',
    hint: '输入字词，在本设备保存的消息中查找。',
    searching: '正在搜索…',
    noResults: (query: string) => `没有找到与“${query}”相关的消息`,
    failed: '搜索失败，请重试。',
    results: (count: number) => `找到 ${count} 条消息`,
    inConversation: (name: string, count: number) => `${name}，${count} 条消息`,
    everywhere: '全部会话',
    you: '我',
    close: '关闭',
  },
});
