import type { Message } from '../model/message.js';
import type { UserProfile } from '../model/profile.js';
import type { ChatService } from '../service/chat-service.js';
import type { Timers } from '../util/timers.js';
import type { ChatState } from './chat-store-api.js';
import { CoalescingQueue } from './coalescing-queue.js';
import type { StateStore } from './state-store.js';
import type { ChangeBatches } from './store-batches.js';
import type { StoreChanges } from './store-changes.js';
import type { ErrorSink } from './store-errors.js';
import type { SessionView } from './store-session.js';

/** The most user IDs one profile request asks for (Tencent Cloud Chat's getUserProfile limit). */
const PROFILES_PER_REQUEST = 100;

/**
 * The people a group tip or a group system notice names: who did it, to whom, whose mute changed.
 * Other messages name only their sender, whose nick travels with the message.
 */
export function mentionedUserIDs(message: Message | null | undefined): string[] {
  const ids: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string' && value !== '') ids.push(value);
  };
  // Tips and notices come one to a message: a message of thousands of elements is not read through.
  for (const elem of Array.isArray(message?.elements) ? message.elements.slice(0, 16) : []) {
    if (elem?.type === 'TIMGroupTipElem') {
      add(elem.operatorID);
      if (Array.isArray(elem.userIDList)) elem.userIDList.forEach(add);
      if (Array.isArray(elem.memberMuteChanges)) for (const change of elem.memberMuteChanges) add(change?.userID);
    } else if (elem?.type === 'TIMGroupSystemNoticeElem') {
      add(elem.operatorID);
    }
  }
  return ids;
}

/**
 * Tips and notices name people by user ID, and the reader may never have met them (a group owner
 * who added them to a group, then disbanded it): `state.users` has no name for them. This asks
 * the service for the profiles of the people the tips and notices in the store name, that the
 * store does not know yet: once per user and session, many users in one request.
 */
export interface MentionedProfilesDeps {
  readonly session: SessionView;
  /** Who the store knows already (`users`). */
  readonly state: Pick<StateStore<ChatState>, 'get'>;
  readonly service: Pick<ChatService, 'getUserProfiles'>;
  readonly batches: Pick<ChangeBatches, 'changes' | 'commit'>;
  readonly errors: ErrorSink;
  /** Lookups wanted in one task go out together, when these timers say the task is over. */
  readonly timers: Timers;
}

export class MentionedProfiles {
  /** Asked for (or being asked for) in `session`. */
  private readonly asked = new Set<string>();
  private session = -1;
  private readonly queue: CoalescingQueue<string>;

  constructor(private readonly deps: MentionedProfilesDeps) {
    this.queue = new CoalescingQueue<string>((ids) => void this.fetch(ids), deps.timers);
  }

  /** Look at the messages and conversation summaries a batch changed. */
  noteChanges(changes: StoreChanges): void {
    for (const message of changes.upsertedMessages()) this.want(mentionedUserIDs(message));
    for (const conversationID of changes.changedConversationIDs) {
      this.want(mentionedUserIDs(changes.conversation(conversationID)?.lastMessage));
    }
  }

  /** Ask for these users' profiles unless known or asked already (reactors, who tips name). */
  want(userIDs: readonly string[]): void {
    if (userIDs.length === 0) return;
    const { session } = this.deps;
    if (!session.userID) return;
    if (this.session !== session.id) {
      // A new session (maybe another user): what the last one asked says nothing now.
      this.session = session.id;
      this.asked.clear();
      this.queue.clear();
    }
    const known = this.deps.state.get().users;
    for (const userID of userIDs) {
      if (userID === session.userID || known[userID] || this.asked.has(userID)) continue;
      this.asked.add(userID);
      this.queue.push(userID);
    }
  }

  private async fetch(userIDs: readonly string[]): Promise<void> {
    const { deps } = this;
    const session = deps.session.id;
    for (let start = 0; start < userIDs.length; start += PROFILES_PER_REQUEST) {
      const chunk = userIDs.slice(start, start + PROFILES_PER_REQUEST);
      let profiles: UserProfile[];
      try {
        profiles = await deps.service.getUserProfiles(chunk);
      } catch {
        // Names stay user IDs for now; a later tip or notice naming them asks again.
        if (session === this.session) for (const userID of chunk) this.asked.delete(userID);
        continue;
      }
      if (session !== deps.session.id || !Array.isArray(profiles)) return;
      const wanted = new Set(chunk);
      deps.errors.guard(() => {
        const changes = deps.batches.changes();
        for (const profile of profiles) {
          if (profile && typeof profile.userID === 'string' && wanted.has(profile.userID)) changes.putUser(profile, true);
        }
        deps.batches.commit(changes);
      });
    }
  }
}
