import { StateStore } from '../store/state-store.js';
import type { GroupMember } from '../model/profile.js';
import {
  filterMentionCandidates,
  findMentionQuery,
  atUserListFor,
  type ChosenMention,
  type MentionCandidate,
  type MentionFilterOptions,
  type MentionQuery,
} from './mentions.js';

export interface MentionManagerState {
  /** Mentions picked from the list (they count while their "@name" stays in the text). */
  readonly chosen: readonly ChosenMention[];
  /** The `@…` being typed; null while the member list is closed. */
  readonly query: MentionQuery | null;
  /** The highlighted row of the member list. */
  readonly active: number;
}

/** A text selection in UTF-16 units, as a text area gives it. */
export interface TextSelection {
  readonly start: number;
  readonly end: number;
}

const EMPTY: MentionManagerState = { chosen: [], query: null, active: 0 };

/** @mentions while writing in a group: the query at the caret, the highlighted row, the names chosen. */
export class MentionManager {
  readonly state = new StateStore<MentionManagerState>(EMPTY);

  get query(): MentionQuery | null {
    return this.state.get().query;
  }

  /**
   * The text or the caret changed: open, follow or close the query. `enabled` is false outside
   * groups; a selection (not a caret) closes it. The highlight goes back to the top when the query changed.
   */
  track(text: string, selection: TextSelection | null, enabled: boolean): MentionQuery | null {
    const found = enabled && selection && selection.start === selection.end ? findMentionQuery(text, selection.start) : null;
    if (!found) {
      this.close();
      return null;
    }
    const { query, active } = this.state.get();
    const same = query !== null && query.query === found.query && query.start === found.start;
    this.state.set({ query: found, active: same ? active : 0 });
    return found;
  }

  close(): void {
    this.state.set({ query: null, active: 0 });
  }

  setActive(index: number): void {
    this.state.set({ active: Math.max(0, Math.trunc(index)) });
  }

  /** The rows to offer for the open query (none when closed). */
  candidates(members: readonly GroupMember[], options: MentionFilterOptions): MentionCandidate[] {
    const query = this.query;
    return query ? filterMentionCandidates(members, query.query, options) : [];
  }

  /**
   * Choose a row: `text` with "@label " in place of the query, and the caret after it; the
   * mention is remembered and the list closes. Null when no query is open.
   */
  choose(candidate: MentionCandidate, text: string): { text: string; caret: number } | null {
    const query = this.query;
    if (!query) return null;
    const inserted = `@${candidate.label} `;
    const { chosen } = this.state.get();
    const known = chosen.some((m) => m.userID === candidate.userID && m.label === candidate.label);
    this.state.set({
      chosen: known ? chosen : [...chosen, { userID: candidate.userID, label: candidate.label }],
      query: null,
      active: 0,
    });
    return { text: text.slice(0, query.start) + inserted + text.slice(query.end), caret: query.start + inserted.length };
  }

  /** The chosen mentions whose "@name" is still in `text`. */
  keptIn(text: string): ChosenMention[] {
    return this.state.get().chosen.filter((m) => text.includes(`@${m.label}`));
  }

  /** `atUserList` for sending `text`. */
  atUserList(text: string): string[] {
    return atUserListFor(text, this.state.get().chosen);
  }

  /** The mentions of a draft being shown again. */
  restore(chosen: readonly ChosenMention[]): void {
    this.state.set({ chosen });
  }

  /** Nothing chosen, list closed (a new conversation, a message sent). */
  reset(): void {
    this.state.set(EMPTY);
  }
}
