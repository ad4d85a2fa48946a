import { ownValue } from '../util/own-value.js';

/** conversationID → userID → epoch ms until which that user shows as typing there. */
export type TypingState = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** The users typing in a conversation now, in the order they started. */
export function typingUserIDs(typing: TypingState, conversationID: string, now: number): string[] {
  const users = ownValue(typing, conversationID);
  if (!users) return [];
  return Object.keys(users).filter((userID) => users[userID]! > now);
}

/** The soonest time any typing indicator ends (Infinity when none is shown). */
export function nextTypingExpiry(typing: TypingState): number {
  let soonest = Infinity;
  for (const users of Object.values(typing)) for (const until of Object.values(users)) soonest = Math.min(soonest, until);
  return soonest;
}
