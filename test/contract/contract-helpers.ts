import type { MessageElement } from '../../src/core/model/elements.js';
import { parseConversationID } from '../../src/core/model/ids.js';
import { EMPTY_MESSAGE, type Message } from '../../src/core/model/message.js';
import type { ChatService, ChatServiceEvents } from '../../src/core/service/chat-service.js';
import { waitFor } from '../support/wait-for.js';

let counter = 0;

/** A message as a client builds it before sending: its own ID and random, status 'unSend'. */
export function outgoingMessage(
  from: string,
  conversationID: string,
  elements: readonly MessageElement[],
  extra: Partial<Message> = {},
): Message {
  const target = parseConversationID(conversationID);
  if (!target) throw new Error(`bad conversation ID ${conversationID}`);
  const now = Math.floor(Date.now() / 1000);
  counter += 1;
  return {
    ...EMPTY_MESSAGE,
    ID: `contract-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`,
    conversationID,
    conversationType: target.type,
    from,
    to: target.targetID,
    flow: 'out',
    time: now,
    clientTime: now,
    random: Math.floor(Math.random() * 2 ** 31),
    status: 'unSend',
    elements,
    ...extra,
  };
}

export function textMessage(from: string, conversationID: string, text: string, extra: Partial<Message> = {}): Message {
  return outgoingMessage(from, conversationID, [{ type: 'TIMTextElem', text }], extra);
}

export function textOf(message: Message): string {
  return message.elements.map((e) => (e.type === 'TIMTextElem' ? e.text : `[${e.type}]`)).join('');
}

/**
 * Resolves with the first payload of `event` that satisfies `accept`. Subscribe before acting:
 * `const got = nextEvent(bob, 'messageReceived', …); await alice.sendMessage(…); await got;`
 */
export function nextEvent<K extends keyof ChatServiceEvents>(
  service: ChatService,
  event: K,
  accept: (payload: ChatServiceEvents[K]) => boolean = () => true,
  timeoutMs = 3000,
): Promise<ChatServiceEvents[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no matching "${String(event)}" event within ${timeoutMs} ms`));
    }, timeoutMs);
    const off = service.on(event, (payload) => {
      if (!accept(payload)) return;
      clearTimeout(timer);
      off();
      resolve(payload);
    });
  });
}

/** Every payload of `event` from now on; `stop()` ends the recording. */
export function recordEvents<K extends keyof ChatServiceEvents>(
  service: ChatService,
  event: K,
): { payloads: ChatServiceEvents[K][]; stop: () => void } {
  const payloads: ChatServiceEvents[K][] = [];
  const stop = service.on(event, (payload) => payloads.push(payload));
  return { payloads, stop };
}

export function receivedIDs(payloads: readonly ChatServiceEvents['messageReceived'][]): string[] {
  return payloads.flatMap((p) => p.messages.map((m) => m.ID));
}

export const hasMessage = (id: string) => (payload: { messages: Message[] }) => payload.messages.some((m) => m.ID === id);

/** Until `check` passes or the time runs out (for state that settles after events). */
export function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 3000, what = 'condition'): Promise<void> {
  return waitFor(check, what, { timeoutMs });
}
