import type { MessageReaction } from '../service/chat-service.js';

/** Reaction lists are plain and frozen; these make new ones, never change the old. */
function frozen(reaction: MessageReaction): MessageReaction {
  return Object.freeze({
    reactionID: reaction.reactionID,
    count: Math.max(0, Math.floor(reaction.count) || 0),
    userIDs: Object.freeze([...new Set(reaction.userIDs)]),
    reactedByMe: !!reaction.reactedByMe,
  });
}

/** Reactions read from a backend: valid ones only, each once, none with a count of 0. */
export function cleanReactions(reactions: readonly MessageReaction[] | undefined): readonly MessageReaction[] {
  const seen = new Set<string>();
  const out: MessageReaction[] = [];
  for (const r of Array.isArray(reactions) ? reactions : []) {
    if (!r || typeof r.reactionID !== 'string' || r.reactionID === '' || seen.has(r.reactionID)) continue;
    const clean = frozen({
      ...r,
      userIDs: Array.isArray(r.userIDs) ? r.userIDs.filter((id: unknown) => typeof id === 'string' && id) : [],
    });
    if (clean.count === 0) continue;
    seen.add(r.reactionID);
    out.push(clean);
  }
  return Object.freeze(out);
}

/**
 * Merge the reactions that changed (as `messageReactionsUpdated` reports them: each as it is now,
 * `count: 0` when nobody has it any more) into a message's list. A reaction keeps its place; a new
 * one goes last, as the chips show them.
 */
export function mergeChangedReactions(
  current: readonly MessageReaction[],
  changed: readonly MessageReaction[],
): readonly MessageReaction[] {
  const next = [...current];
  for (const raw of changed) {
    if (!raw || typeof raw.reactionID !== 'string' || raw.reactionID === '') continue;
    const index = next.findIndex((r) => r.reactionID === raw.reactionID);
    const users = Array.isArray(raw.userIDs) ? raw.userIDs.filter((id) => typeof id === 'string' && id) : [];
    const reaction = frozen({ ...raw, userIDs: users });
    if (reaction.count === 0) {
      if (index >= 0) next.splice(index, 1);
    } else if (index >= 0) next[index] = reaction;
    else next.push(reaction);
  }
  return Object.freeze(next);
}

/** The list after `userID` (the reader) added or took back `reactionID`, as the server will have it. */
export function withMyReaction(
  current: readonly MessageReaction[],
  reactionID: string,
  userID: string,
  add: boolean,
): readonly MessageReaction[] {
  const existing = current.find((r) => r.reactionID === reactionID);
  if (add) {
    if (existing?.reactedByMe) return current;
    const users = existing ? [...existing.userIDs.filter((id) => id !== userID), userID] : [userID];
    return mergeChangedReactions(current, [{ reactionID, count: (existing?.count ?? 0) + 1, userIDs: users, reactedByMe: true }]);
  }
  if (!existing?.reactedByMe) return current;
  return mergeChangedReactions(current, [
    { reactionID, count: existing.count - 1, userIDs: existing.userIDs.filter((id) => id !== userID), reactedByMe: false },
  ]);
}

/** Who reacted newly between two states of one reaction list (user IDs by reaction), the reader left out. */
export function newReactors(
  before: readonly MessageReaction[],
  changed: readonly MessageReaction[],
  selfID: string,
): Array<{ readonly reactionID: string; readonly userID: string }> {
  const found: Array<{ reactionID: string; userID: string }> = [];
  for (const reaction of changed) {
    if (!reaction || reaction.count <= 0 || !Array.isArray(reaction.userIDs)) continue;
    const had = before.find((r) => r.reactionID === reaction.reactionID);
    if (had && reaction.count <= had.count) continue;
    const old = new Set(had?.userIDs ?? []);
    for (const userID of reaction.userIDs) {
      if (typeof userID === 'string' && userID && userID !== selfID && !old.has(userID))
        found.push({ reactionID: reaction.reactionID, userID });
    }
  }
  return found;
}
