import { defineStrings } from '../base/strings.js';

/** The person card (`<tim-profile-card>`) opened from an avatar or a group member. */
export const profileCardStrings = defineStrings('profileCard', {
  en: {
    label: (name: string) => `Profile of ${name}`,
    userID: (id: string) => `ID: ${id}`,
    nameCard: (card: string) => `Nickname in the group: ${card}`,
    sendMessage: 'Send message',
    close: 'Close',
  },
  'zh-CN': {
    label: (name: string) => `${name}的资料`,
    userID: (id: string) => `ID：${id}`,
    nameCard: (card: string) => `群昵称：${card}`,
    sendMessage: '发消息',
    close: '关闭',
  },
});
