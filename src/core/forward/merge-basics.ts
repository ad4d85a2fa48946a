import type { RelayElem } from '../model/elements.js';
import { compareMessages, type Message } from '../model/message.js';
import { createNameLookup, type NameLookup, type NameSources } from '../notices/name-lookup.js';

// What the store needs of merged messages, apart from writing them (merged-message.ts, which
// carries the translation tables for titles and abstract lines).

/** TIM's limits for a merged message: messages in one merge, abstract lines and their length, nesting. */
export const MERGE_LIMITS = Object.freeze({ maxMessages: 300, maxAbstracts: 5, abstractChars: 100, maxLayers: 100 });

/** Forwarded messages in the order they travel: oldest first. */
export function forwardOrder(messages: readonly Message[]): Message[] {
  return [...messages].sort(compareMessages);
}

/** How deep merged messages nest inside these messages (0: none). */
export function mergeDepth(messages: readonly Message[], limit = MERGE_LIMITS.maxLayers + 1): number {
  let depth = 0;
  for (const message of messages) {
    for (const element of message.elements) {
      if (element.type !== 'TIMRelayElem') continue;
      depth = Math.max(depth, 1 + (limit > 1 ? mergeDepth(element.messageList, limit - 1) : 0));
      if (depth >= limit) return depth;
    }
  }
  return depth;
}

/** The merged element of a message, if it is one. */
export function relayOf(message: Message | undefined): RelayElem | undefined {
  const element = message?.elements.find((e) => e.type === 'TIMRelayElem');
  return element?.type === 'TIMRelayElem' ? element : undefined;
}

/** Who is called what, for titles and abstract lines: name cards of the group's members, then remarks and nicks. */
export function mergeNames(sources: NameSources): NameLookup {
  return createNameLookup(sources);
}
