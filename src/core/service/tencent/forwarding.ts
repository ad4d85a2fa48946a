/**
 * Forwarding on Tencent Cloud Chat: a copy of a message is the SDK's `createForwardMessage` of the
 * original's SDK object, a merged message its `createMergerMessage` of the originals' SDK objects;
 * a received merger (`MSG_MERGER`, `TIMRelayElem`) maps to our `TIMRelayElem`, its forwarded
 * messages (inline, or after `downloadMergerMessage`) to our Messages.
 */
import { CHAT_ERROR, ChatError } from '../../errors.js';
import type { MessageElement, RelayElem } from '../../model/elements.js';
import { parseConversationID } from '../../model/ids.js';
import { EMPTY_MESSAGE, type Message } from '../../model/message.js';
import { safeUrl } from '../../model/url.js';
import { bag, bool, count, isBag, list, str, strings } from './sdk-read.js';
import { sdkType, type SdkMessage, type SdkMessageOptions } from './sdk-types.js';

/** Is this send a forward (the SDK copies the original) or a merged message (the SDK builds it from the originals)? */
export function isForward(message: Message, options: { readonly forwardOf?: Message }): boolean {
  return !!options.forwardOf || (message.elements.length === 1 && message.elements[0]!.type === 'TIMRelayElem');
}

/** The `to` and `conversationType` of SDK create options for a conversation of ours. */
export function targetOf(conversationID: string): Pick<SdkMessageOptions, 'to' | 'conversationType'> {
  const parsed = parseConversationID(conversationID);
  if (!parsed || parsed.type === '@TIM#SYSTEM') {
    throw new ChatError(CHAT_ERROR.invalidArgument, `Cannot send to "${conversationID}": not a C2C or GROUP conversation.`);
  }
  return { to: parsed.targetID, conversationType: parsed.type === 'C2C' ? sdkType('CONV_C2C') : sdkType('CONV_GROUP') };
}

/** `createMergerMessage` options: the originals' SDK objects and the merged element's title, abstract and compatible text. */
export function mergerOptions(conversationID: string, relay: RelayElem, originals: readonly SdkMessage[]): SdkMessageOptions {
  return {
    ...targetOf(conversationID),
    payload: {
      messageList: [...originals],
      title: relay.title,
      abstractList: [...relay.abstractList],
      compatibleText: relay.compatibleText,
    },
  };
}

/** Reads a merged element's payload (`title`, `abstractList`, `compatibleText`, `layersOverLimit`, `downloadKey`, `messageList`). */
export function relayFromSdk(
  payload: Readonly<Record<string, unknown>>,
  mapBody: (type: unknown, payload: unknown) => MessageElement,
  container?: { conversationID: string; conversationType: Message['conversationType'] },
  depth = 0,
): RelayElem {
  const items = depth < 100 ? list(payload.messageList).filter(isBag) : [];
  return Object.freeze({
    type: 'TIMRelayElem',
    title: str(payload.title),
    abstractList: Object.freeze(strings(payload.abstractList)),
    compatibleText: str(payload.compatibleText),
    layersOverLimit: bool(payload.layersOverLimit) || (depth >= 100 && list(payload.messageList).length > 0),
    downloadKey: str(payload.downloadKey),
    messageList: Object.freeze(items.map((item, index) => forwardedFromSdk(item, index, mapBody, container))),
  });
}

/**
 * One message inside a merger as the Web SDK gives it: `from`, `nick`, `avatar`, `time` (or
 * `messageTime`), `sequence` / `messageSequence`, `random` / `messageRandom`, `cloudCustomData`,
 * and its body as `messageBody: [{ type, payload }]` (or, like a Message, `type` + `payload`).
 */
function forwardedFromSdk(
  item: Readonly<Record<string, unknown>>,
  index: number,
  mapBody: (type: unknown, payload: unknown) => MessageElement,
  container?: { conversationID: string; conversationType: Message['conversationType'] },
): Message {
  const bodies = list(item.messageBody).filter(isBag);
  const elements = bodies.length > 0 ? bodies.map((b) => mapBody(b.type, b.payload)) : [mapBody(item.type, item.payload)];
  const from = str(item.from);
  const time = count(item.time ?? item.messageTime);
  const random = count(item.random ?? item.messageRandom);
  return Object.freeze({
    ...EMPTY_MESSAGE,
    // The forwarded copy has no ID of its own in the merger: one from what identifies it.
    ID: str(item.ID) || `merged-${from}-${time}-${random}-${index}`,
    conversationID: container?.conversationID ?? '',
    conversationType: container?.conversationType ?? 'C2C',
    from,
    flow: 'in',
    time,
    clientTime: count(item.clientTime) || time,
    sequence: count(item.sequence ?? item.messageSequence),
    random,
    status: 'success',
    isRead: true,
    nick: str(item.nick),
    avatar: safeUrl(item.avatar),
    nameCard: str(item.nameCard),
    cloudCustomData: str(item.cloudCustomData),
    elements: Object.freeze(elements),
  });
}

/** The payload of what `downloadMergerMessage` resolved with (the merger message, or `{data: {message}}`). */
export function downloadedPayload(response: unknown): Readonly<Record<string, unknown>> {
  const r = bag(response);
  const message = isBag(r.payload) ? r : bag(bag(r.data).message ?? r.data);
  return bag(message.payload);
}
