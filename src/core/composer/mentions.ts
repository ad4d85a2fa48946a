/**
 * @mentions in group conversations: finding the `@query` being typed, filtering the members to
 * offer, and turning the chosen names still present in the text into `atUserList`.
 */
import { AT_ALL } from '../model/message.js';
import { displayNameOfMember, type GroupMember } from '../model/profile.js';

export { AT_ALL };

/** The `@…` being typed: text from `start` (the '@') to `end` (the caret). */
export interface MentionQuery {
  readonly start: number;
  readonly end: number;
  readonly query: string;
}

/** A query longer than this is not a name any more. */
const MAX_QUERY = 32;
/** An '@' after one of these is part of a word (an e-mail address), not a mention. */
const WORD_BEFORE = /[A-Za-z0-9_.+-]/;

/** The mention being typed at `caret`, or null: an '@' at a word start, then no whitespace up to the caret. */
export function findMentionQuery(text: string, caret: number): MentionQuery | null {
  if (typeof text !== 'string' || !(caret > 0) || caret > text.length) return null;
  for (let i = caret - 1; i >= 0 && caret - i <= MAX_QUERY + 1; i--) {
    const char = text[i]!;
    if (char === '@') {
      if (i > 0 && WORD_BEFORE.test(text[i - 1]!)) return null;
      return { start: i, end: caret, query: text.slice(i + 1, caret) };
    }
    if (/\s/.test(char)) return null;
  }
  return null;
}

/** One row of the mention list: a member, or everyone. */
export interface MentionCandidate {
  readonly userID: string;
  /** The name inserted after '@'. */
  readonly label: string;
  readonly member?: GroupMember;
}

export interface MentionFilterOptions {
  /** The signed-in user, who is never offered. */
  readonly selfID?: string;
  /** Offer "@All" (group owners and admins may mention everyone). */
  readonly canMentionAll?: boolean;
  /** The label of "@All" in the UI language. */
  readonly allLabel?: string;
  /** At most this many rows. */
  readonly limit?: number;
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Members matching `query` by name card, nick or user ID, best first: the shown name starting
 * with the query, then any field starting with it, then containing it; ties keep the member
 * order. "@All" comes first when allowed and it matches.
 */
export function filterMentionCandidates(
  members: readonly GroupMember[],
  query: string,
  options: MentionFilterOptions = {},
): MentionCandidate[] {
  const q = fold(query.trim());
  const allLabel = options.allLabel ?? 'All';
  const result: MentionCandidate[] = [];
  if (options.canMentionAll && (q === '' || fold(allLabel).startsWith(q) || 'all'.startsWith(q))) {
    result.push({ userID: AT_ALL, label: allLabel });
  }
  const scored: { candidate: MentionCandidate; score: number; order: number }[] = [];
  members.forEach((member, order) => {
    if (!member || typeof member.userID !== 'string' || member.userID === '' || member.userID === options.selfID) return;
    const label = displayNameOfMember(member);
    let score = -1;
    if (q === '' || fold(label).startsWith(q)) score = 0;
    else if ([member.nameCard, member.nick, member.userID].some((field) => field && fold(field).startsWith(q))) score = 1;
    else if ([member.nameCard, member.nick, member.userID].some((field) => field && fold(field).includes(q))) score = 2;
    if (score >= 0) scored.push({ candidate: { userID: member.userID, label, member }, score, order });
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  for (const { candidate } of scored) result.push(candidate);
  return result.slice(0, options.limit ?? 50);
}

/** A mention the user picked from the list: who, and the name inserted for them. */
export interface ChosenMention {
  readonly userID: string;
  readonly label: string;
}

/**
 * The `atUserList` for `text`: the chosen mentions whose "@name" is still in the text (the user
 * may have deleted one), each user once, in the order chosen.
 */
export function atUserListFor(text: string, chosen: readonly ChosenMention[]): string[] {
  const list: string[] = [];
  for (const mention of chosen) {
    if (!list.includes(mention.userID) && text.includes(`@${mention.label}`)) list.push(mention.userID);
  }
  return list;
}
