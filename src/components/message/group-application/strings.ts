import { defineStrings, type TableOf } from '../../base/strings.js';

/** Accept / Decline on join requests and invitations in System notifications, and where each stands. */
export const groupApplicationStrings = defineStrings('groupApplications', {
  en: {
    accept: 'Accept',
    decline: 'Decline',
    acceptRequest: (person: string, group: string) => `Accept ${person}'s request to join ${group}`,
    declineRequest: (person: string, group: string) => `Decline ${person}'s request to join ${group}`,
    acceptInvitation: (person: string, group: string) => `Accept ${person}'s invitation to join ${group}`,
    declineInvitation: (person: string, group: string) => `Decline ${person}'s invitation to join ${group}`,
    accepting: 'Accepting…',
    declining: 'Declining…',
    accepted: 'Accepted',
    declined: 'Declined',
    handled: 'Already answered',
    failed: 'Your answer was not sent. Try again.',
  },
  'zh-CN': {
    accept: '同意',
    decline: '拒绝',
    acceptRequest: (person: string, group: string) => `同意 ${person} 加入 ${group} 的申请`,
    declineRequest: (person: string, group: string) => `拒绝 ${person} 加入 ${group} 的申请`,
    acceptInvitation: (person: string, group: string) => `同意 ${person} 的邀请，加入 ${group}`,
    declineInvitation: (person: string, group: string) => `拒绝 ${person} 的邀请，不加入 ${group}`,
    accepting: '正在同意…',
    declining: '正在拒绝…',
    accepted: '已同意',
    declined: '已拒绝',
    handled: '已处理',
    failed: '未能发送你的答复，请重试。',
  },
});

export type GroupApplicationStrings = TableOf<typeof groupApplicationStrings>;
