import { TimEvent } from '../base/events.js';

export const CONVERSATION_ACTIONS = [
  'pin',
  'unpin',
  'mute',
  'unmute',
  'mark-read',
  'mark-unread',
  'delete',
  'delete-with-messages',
  /** The System notifications row's join request or invitation (its newest notice), from the row's menu. */
  'accept-request',
  'decline-request',
] as const;
export type ConversationAction = (typeof CONVERSATION_ACTIONS)[number];

/** A conversation was chosen. Cancel it to stop the store from opening it. */
export class TimConversationSelectEvent extends TimEvent<{ conversationID: string }> {
  static readonly type = 'tim-conversation-select';
  constructor(conversationID: string) {
    super(TimConversationSelectEvent.type, { conversationID }, { cancelable: true });
  }
}

/** An action was chosen from a conversation's menu. Cancel it to stop the store from acting. */
export class TimConversationActionEvent extends TimEvent<{ conversationID: string; action: ConversationAction }> {
  static readonly type = 'tim-conversation-action';
  constructor(conversationID: string, action: ConversationAction) {
    super(TimConversationActionEvent.type, { conversationID, action }, { cancelable: true });
  }
}

/**
 * A message found by message search was chosen. Cancel it to stop the list from opening its
 * conversation; `<tim-chat>` then shows the message (`<tim-message-list>.jumpToMessage`).
 */
export class TimMessageSearchSelectEvent extends TimEvent<{ conversationID: string; messageID: string }> {
  static readonly type = 'tim-message-search-select';
  constructor(conversationID: string, messageID: string) {
    super(TimMessageSearchSelectEvent.type, { conversationID, messageID }, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tim-message-search-select': TimMessageSearchSelectEvent;
    'tim-conversation-select': TimConversationSelectEvent;
    'tim-conversation-action': TimConversationActionEvent;
  }
}
