import { CHAT_ERROR } from '../../errors.js';
import type { MessageElement, RelayElem } from '../../model/elements.js';
import type { Message } from '../../model/message.js';
import { fail } from './server-context.js';

/**
 * The embedded server's merged ("chat history") messages: it stores the forwarded messages in
 * the merged element itself (as TIM does for a small merge), their attachments as its own stored
 * references, and hands them back to whoever can see the merged message.
 */

/** Merged messages nested deeper than this are refused (TIM keeps 100 layers). */
const MAX_LAYERS = 100;

/** A merged element as the server stores it: each forwarded message's elements prepared like a sent message's. */
export async function prepareRelay(
  element: RelayElem,
  prepare: (element: MessageElement) => Promise<MessageElement>,
  depth = 0,
): Promise<RelayElem> {
  if (depth >= MAX_LAYERS) fail(CHAT_ERROR.invalidArgument, `Merged messages may nest at most ${MAX_LAYERS} layers.`);
  if (!Array.isArray(element.messageList) || element.messageList.length === 0) {
    fail(CHAT_ERROR.invalidArgument, 'A merged message needs the messages it forwards.');
  }
  const messageList: Message[] = [];
  for (const message of element.messageList) {
    const elements: MessageElement[] = [];
    for (const inner of message.elements) {
      elements.push(inner.type === 'TIMRelayElem' ? await prepareRelay(inner, prepare, depth + 1) : await prepare(inner));
    }
    // Kept as the forwarder saw it, less what is only the forwarder's (local data, upload state).
    const { progress: _progress, error: _error, passthrough: _passthrough, ...kept } = message;
    messageList.push({ ...kept, customInt: 0, customStr: '', elements });
  }
  return {
    type: 'TIMRelayElem',
    title: String(element.title ?? ''),
    abstractList: (Array.isArray(element.abstractList) ? element.abstractList : []).map(String),
    compatibleText: String(element.compatibleText ?? ''),
    layersOverLimit: !!element.layersOverLimit,
    downloadKey: '',
    messageList,
  };
}

/** A stored merged element as a client sees it: the forwarded messages' stored references turned into its URLs. */
export async function viewRelay(element: RelayElem, view: (element: MessageElement) => Promise<MessageElement>): Promise<RelayElem> {
  const messageList: Message[] = [];
  for (const message of element.messageList) {
    messageList.push({ ...message, elements: await Promise.all(message.elements.map(view)) });
  }
  return { ...element, messageList };
}

/** The merged element of a stored message (the first one), or a clear error. */
export function storedRelay(elements: readonly MessageElement[]): RelayElem {
  const relay = elements.find((e) => e.type === 'TIMRelayElem');
  if (relay?.type !== 'TIMRelayElem') fail(CHAT_ERROR.invalidArgument, 'That message is not a merged message.');
  return relay;
}
