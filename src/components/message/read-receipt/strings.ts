import { plural } from '../../../core/i18n/index.js';
import { defineStrings, type TableOf } from '../../base/strings.js';

/** Group read receipts: the count under one's own message and the list of who has read it. */
export const readReceiptStrings = defineStrings('readReceipts', {
  en: {
    unread: 'Unread',
    readCount: (count: number) => plural('en', count, { one: '# read', other: '# read' }),
    allRead: 'All read',
    showReaders: 'Show who has read it',
    title: 'Read receipts',
    readTab: (count: number) => `Read (${count})`,
    unreadTab: (count: number) => `Unread (${count})`,
    nobodyRead: 'Nobody has read it yet',
    everyoneRead: 'Everyone has read it',
    loading: 'Loading…',
    loadMore: 'Show more',
    failed: 'The list could not be loaded.',
    retry: 'Retry',
    close: 'Close',
  },
  'zh-CN': {
    unread: '未读',
    readCount: (count: number) => `${count} 人已读`,
    allRead: '全部已读',
    showReaders: '查看谁已读',
    title: '已读详情',
    readTab: (count: number) => `已读 (${count})`,
    unreadTab: (count: number) => `未读 (${count})`,
    nobodyRead: '还没有人读过',
    everyoneRead: '所有人都已读',
    loading: '正在加载…',
    loadMore: '加载更多',
    failed: '未能加载列表。',
    retry: '重试',
    close: '关闭',
  },
});

export type ReadReceiptStrings = TableOf<typeof readReceiptStrings>;
