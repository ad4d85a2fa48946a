import { defineStrings, type TableOf } from '../../base/strings.js';

/** Reactions under a message, the quick-reaction bar, who reacted, and what the live region says. */
export const messageReactionStrings = defineStrings('messageReactions', {
  en: {
    label: 'Reactions',
    quickReactions: 'Quick reactions',
    moreReactions: 'More reactions',
    chooseReaction: 'Choose a reaction',
    you: 'You',
    reactedWith: (names: string, reaction: string) => `${names} reacted with ${reaction}`,
    andMore: (count: string) => `and ${count} more`,
    loading: 'Loading…',
    someoneReacted: (name: string, reaction: string) => `${name} reacted ${reaction}`,
    newReactions: (count: string) => `${count} new reactions`,
  },
  'zh-CN': {
    label: '表情回应',
    quickReactions: '快捷回应',
    moreReactions: '更多表情',
    chooseReaction: '选择表情回应',
    you: '你',
    reactedWith: (names: string, reaction: string) => `${names} 回应了 ${reaction}`,
    andMore: (count: string) => `等另外 ${count} 人`,
    loading: '加载中…',
    someoneReacted: (name: string, reaction: string) => `${name} 回应了 ${reaction}`,
    newReactions: (count: string) => `${count} 条新的表情回应`,
  },
});

export type MessageReactionStrings = TableOf<typeof messageReactionStrings>;
