import { MESSAGE_PRIORITIES, type MessagePriority } from '../model/message.js';
import { withMessageReply, type MessageReply } from '../model/tuikit-wire.js';
import type { OfflinePushInfo } from '../service/chat-service.js';
import type { StoreSendOptions } from '../store/chat-store-api.js';

export interface SendSettings {
  readonly priority?: MessagePriority | undefined;
  readonly onlineOnly?: boolean;
  readonly offlinePushInfo?: OfflinePushInfo | undefined;
}

/** The options every message of the composer carries (an unknown priority is left to the store's default). */
export function baseSendOptions(settings: SendSettings): StoreSendOptions {
  const priority =
    settings.priority && (MESSAGE_PRIORITIES as readonly string[]).includes(settings.priority) ? settings.priority : undefined;
  return {
    ...(priority ? { priority } : {}),
    ...(settings.onlineOnly ? { onlineOnly: true } : {}),
    ...(settings.offlinePushInfo ? { offlinePushInfo: { ...settings.offlinePushInfo } } : {}),
  };
}

/** A text message's options: the mentioned users, and TUIKit's reply reference in cloudCustomData. */
export function textSendOptions(base: StoreSendOptions, atUserList: readonly string[], reply: MessageReply | null): StoreSendOptions {
  const withMentions: StoreSendOptions = atUserList.length ? { ...base, atUserList: [...atUserList] } : base;
  return reply ? { ...withMentions, cloudCustomData: withMessageReply(withMentions.cloudCustomData ?? '', reply) } : withMentions;
}
