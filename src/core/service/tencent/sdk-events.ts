/**
 * The SDK's events, turned into the kit's (`ChatServiceEvents`). Each handler reads the event's
 * `data` defensively; one that throws is logged and the others go on. What needs the adapter's
 * state (the session, the message index, groups) comes through `SdkEventHost`.
 */
import { c2cConversationID, groupConversationID } from '../../model/ids.js';
import type { Message } from '../../model/message.js';
import type { EventHub } from '../../util/event-hub.js';
import type { ChatServiceEvents, ConnectionState, KickedOutReason } from '../chat-service.js';
import type { FriendRemarks } from './friend-remarks.js';
import type { GroupTracker } from './group-tracker.js';
import { groupProfileFromSdk } from './map-conversation.js';
import { chatErrorFromSdk } from './map-error.js';
import {
  friendRemarksFromSdk,
  groupAttributesFromSdk,
  profileUpdatesFromSdk,
  reactionsFromSdk,
  readReceiptsFromSdk,
  userStatusesFromSdk,
} from './map-events.js';
import { count, field, list, str } from './sdk-read.js';
import { SDK_TYPES, type ListenedSdkEventKey, type SdkEventNames, type TencentChatSDK } from './sdk-types.js';

const KICK_REASONS: Readonly<Record<string, KickedOutReason>> = {
  [SDK_TYPES.KICKED_OUT_MULT_ACCOUNT]: 'multipleAccount',
  [SDK_TYPES.KICKED_OUT_MULT_DEVICE]: 'multipleDevice',
  [SDK_TYPES.KICKED_OUT_USERSIG_EXPIRED]: 'userSigExpired',
  [SDK_TYPES.KICKED_OUT_REST_API]: 'REST',
};

/** What the handlers need of the adapter. */
export interface SdkEventHost {
  readonly events: EventHub<ChatServiceEvents>;
  readonly groups: GroupTracker;
  readonly friends: FriendRemarks;
  /** `sdkStateReady`: waits resolve; a signed-in session is connected again. */
  sdkReady(): void;
  /** The session ended on the SDK's side (destroyed, kicked out). */
  sessionEnded(): void;
  setConnection(state: ConnectionState): void;
  /** Maps an SDK message list to ours, indexing what it saw. */
  mapList(raw: unknown): Message[];
  /** The time of a message seen here (0 when unknown). */
  timeOf(messageID: string): number;
  /** The conversation of a message seen here ('' when unknown). */
  conversationOfMessage(messageID: string): string;
  messagesReceived(data: unknown): void;
  conversationListUpdated(data: unknown): void;
  refreshGroup(groupID: string, attributes?: Readonly<Record<string, string>>): void;
  /** A group's pins changed (PINNED_GROUP_MESSAGE_UPDATED names one): fetch them all and tell. */
  pinsChanged(groupID: string): void;
}

/** The handler of each SDK event the adapter listens to. */
export function sdkEventHandlers(host: SdkEventHost): Record<ListenedSdkEventKey, (data: unknown) => void> {
  const { events } = host;
  const emitPeerRead = (marks: Map<string, number>) => {
    for (const [conversationID, peerReadTime] of marks) events.emit('messageReadByPeer', { conversationID, peerReadTime });
  };
  return {
    SDK_READY: () => host.sdkReady(),
    SDK_NOT_READY: () => host.setConnection('disconnected'),
    // The app destroyed the SDK instance: nothing works on it any more.
    SDK_DESTROY: () => host.sessionEnded(),
    NET_STATE_CHANGE: (data) => {
      const state = field(data, 'state');
      if (
        state === SDK_TYPES.NET_STATE_CONNECTED ||
        state === SDK_TYPES.NET_STATE_CONNECTING ||
        state === SDK_TYPES.NET_STATE_DISCONNECTED
      ) {
        host.setConnection(state);
      }
    },
    KICKED_OUT: (data) => {
      const reason = KICK_REASONS[str(field(data, 'type'))] ?? 'multipleAccount';
      host.sessionEnded();
      events.emit('kickedOut', { reason });
    },
    MESSAGE_RECEIVED: (data) => host.messagesReceived(data),
    MESSAGE_MODIFIED: (data) => {
      const messages = host.mapList(data);
      if (messages.length > 0) events.emit('messageModified', { messages });
    },
    MESSAGE_REVOKED: (data) => {
      const messages = host.mapList(data).map((m) => Object.freeze({ ...m, isRevoked: true }));
      if (messages.length > 0) events.emit('messageRevoked', { messages });
    },
    MESSAGE_READ_BY_PEER: (data) => {
      // The SDK hands over the messages the peer has now read; the newest time is the mark.
      const marks = new Map<string, number>();
      for (const m of host.mapList(data)) marks.set(m.conversationID, Math.max(marks.get(m.conversationID) ?? 0, m.time));
      emitPeerRead(marks);
    },
    MESSAGE_READ_RECEIPT_RECEIVED: (data) => {
      const { c2c, groups } = readReceiptsFromSdk(data);
      // A C2C receipt names one message the peer read: the kit keeps a read time per peer.
      const marks = new Map<string, number>();
      for (const { userID, messageID } of c2c) {
        const time = host.timeOf(messageID);
        const conversationID = c2cConversationID(userID);
        if (time > 0) marks.set(conversationID, Math.max(marks.get(conversationID) ?? 0, time));
      }
      emitPeerRead(marks);
      for (const [groupID, receipts] of groups)
        events.emit('messageReadReceipt', { conversationID: groupConversationID(groupID), receipts });
    },
    MESSAGE_REACTIONS_UPDATED: (data) => {
      const update = reactionsFromSdk(data);
      const conversationID = update ? host.conversationOfMessage(update.messageID) : '';
      if (!update || conversationID === '') return;
      events.emit('messageReactionsUpdated', { conversationID, messageID: update.messageID, reactions: update.reactions });
    },
    // `{groupID, message, isPinned, operatorInfo}`; an unpinned message comes as a bare locator.
    PINNED_GROUP_MESSAGE_UPDATED: (data) => {
      const groupID = str(field(data, 'groupID'));
      if (groupID) host.pinsChanged(groupID);
    },
    CONVERSATION_LIST_UPDATED: (data) => host.conversationListUpdated(data),
    TOTAL_UNREAD_MESSAGE_COUNT_UPDATED: (data) => events.emit('totalUnreadUpdated', { totalUnread: count(data) }),
    GROUP_LIST_UPDATED: (data) => {
      const changed = host.groups.changedIn(
        list(data)
          .map((raw) => groupProfileFromSdk(raw))
          .filter((g) => g.groupID !== ''),
      );
      for (const group of changed) events.emit('groupUpdated', { group });
    },
    GROUP_ATTRIBUTES_UPDATED: (data) => {
      const update = groupAttributesFromSdk(data);
      if (!update) return;
      const group = host.groups.withAttributes(update.groupID, update.attributes);
      if (group) events.emit('groupUpdated', { group });
      else host.refreshGroup(update.groupID, update.attributes);
    },
    PROFILE_UPDATED: (data) => {
      const profiles = profileUpdatesFromSdk(data);
      if (profiles.length > 0) events.emit('profileUpdated', { profiles });
    },
    FRIEND_LIST_UPDATED: (data) => {
      const profiles = host.friends.changes(friendRemarksFromSdk(data));
      if (profiles.length > 0) events.emit('profileUpdated', { profiles });
    },
    USER_STATUS_UPDATED: (data) => {
      const statuses = userStatusesFromSdk(data);
      if (statuses.length > 0) events.emit('userStatusUpdated', { statuses });
    },
    ERROR: (data) => events.emit('error', { error: chatErrorFromSdk(data) }),
  };
}

/** Listens to each SDK event by its name (the app's SDK version may name them differently); returns the way to stop. */
export function subscribeToSdk(
  sdk: TencentChatSDK,
  names: SdkEventNames,
  handlers: Record<ListenedSdkEventKey, (data: unknown) => void>,
): () => void {
  const listeners: Array<[string, (event: unknown) => void]> = [];
  for (const key of Object.keys(handlers) as ListenedSdkEventKey[]) {
    const name = String(names[key]);
    const handler = (event: unknown) => {
      try {
        handlers[key](field(event, 'data'));
      } catch (error) {
        console.error(`TencentChatService: handling "${name}" failed:`, error);
      }
    };
    sdk.on(name, handler);
    listeners.push([name, handler]);
  }
  return () => {
    for (const [name, handler] of listeners) {
      try {
        sdk.off(name, handler);
      } catch {
        // An SDK that cannot remove a listener leaves it: our handler checks nothing else.
      }
    }
  };
}
