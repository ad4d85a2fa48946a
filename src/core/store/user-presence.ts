import type { UserStatus, UserStatusType } from '../service/chat-service.js';
import { StateStore } from './state-store.js';
import type { OnServiceEvent, StoreExtension, StoreFeature, StoreInternals } from './store-extension.js';

export interface UserPresenceState {
  /** userID → status, for the people watched (absent: not known). */
  readonly statuses: Readonly<Record<string, UserStatusType>>;
  /** False when the backend has no status or refused to give it (Tencent without the console switch). */
  readonly available: boolean;
}

/** The SDK subscribes at most 100 users a call. */
const STATUS_BATCH = 100;

/** Split IDs into calls of at most `size`. */
export function batchesOf<T>(items: readonly T[], size = STATUS_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Who to start and stop watching to go from `watched` to `wanted`. */
export function watchChanges(watched: ReadonlySet<string>, wanted: ReadonlySet<string>): { add: string[]; remove: string[] } {
  return { add: [...wanted].filter((id) => !watched.has(id)), remove: [...watched].filter((id) => !wanted.has(id)) };
}

/**
 * Online status of the people on screen (`ServiceFeatures.userStatus`). Each view says whom it
 * shows (`show(viewKey, userIDs)`: the conversation list its one-to-one peers, a chat header its
 * peer); the feature watches the union through the backend (subscribe the new, unsubscribe the
 * gone, in calls of at most 100) and keeps their statuses in `state`. When the backend refuses
 * (Tencent without the console switch, or a plan without it) the feature goes quiet for the
 * session: no statuses, no error shown.
 */
export class UserPresence implements StoreExtension {
  readonly state = new StateStore<UserPresenceState>({ statuses: {}, available: false });
  private readonly views = new Map<string, ReadonlySet<string>>();
  /** Users the backend watches for us this session. */
  private watched = new Set<string>();
  private refused = false;
  /** The sync running now, and whether another is due after it. */
  private syncing: Promise<void> | null = null;
  private again = false;

  constructor(private readonly store: StoreInternals) {
    this.state.set({ available: this.supported });
  }

  get supported(): boolean {
    const { service } = this.store;
    return !!service.features?.userStatus && typeof service.subscribeUserStatus === 'function';
  }

  subscribe(on: OnServiceEvent): void {
    on('userStatusUpdated', ({ statuses }) => this.apply(statuses));
  }

  /** Signed in or back online: the backend forgot our subscriptions; watch everyone again. */
  connected(): void {
    this.watched = new Set();
    void this.sync();
  }

  reset(): void {
    this.watched = new Set();
    this.refused = false;
    this.state.set({ statuses: {}, available: this.supported });
  }

  /** The users a view shows now (an empty list when it shows none, or is gone). Returns when watched. */
  show(viewKey: string, userIDs: readonly string[]): Promise<void> {
    const self = this.store.session.userID;
    const wanted = new Set(userIDs.filter((id) => typeof id === 'string' && id !== '' && id !== self));
    const previous = this.views.get(viewKey);
    if (previous && previous.size === wanted.size && [...wanted].every((id) => previous.has(id))) return this.syncing ?? Promise.resolve();
    if (wanted.size) this.views.set(viewKey, wanted);
    else this.views.delete(viewKey);
    return this.sync();
  }

  /** A user's status, when known. */
  statusOf(userID: string): UserStatusType | undefined {
    return Object.prototype.hasOwnProperty.call(this.state.get().statuses, userID) ? this.state.get().statuses[userID] : undefined;
  }

  private wanted(): Set<string> {
    const all = new Set<string>();
    for (const ids of this.views.values()) for (const id of ids) all.add(id);
    return all;
  }

  /** One sync at a time; changes meanwhile make one more. */
  private sync(): Promise<void> {
    if (this.syncing) {
      this.again = true;
      return this.syncing;
    }
    this.syncing = (async () => {
      do {
        this.again = false;
        await this.syncOnce();
      } while (this.again);
    })().finally(() => (this.syncing = null));
    return this.syncing;
  }

  private async syncOnce(): Promise<void> {
    const { service, session } = this.store;
    if (!this.supported || this.refused || !session.serviceReady) return;
    const sessionID = session.id;
    const { add, remove } = watchChanges(this.watched, this.wanted());
    try {
      for (const ids of batchesOf(remove)) {
        for (const id of ids) this.watched.delete(id);
        await service.unsubscribeUserStatus?.(ids);
      }
      for (const ids of batchesOf(add)) {
        const statuses = await service.subscribeUserStatus!(ids);
        if (sessionID !== session.id) return;
        for (const id of ids) this.watched.add(id);
        this.apply(statuses);
      }
      if (remove.length) this.forget(remove);
    } catch {
      // The backend refused (no console switch, no plan): no dots and no error, for this session.
      if (sessionID !== session.id) return;
      this.refused = true;
      this.state.set({ statuses: {}, available: false });
    }
  }

  private apply(statuses: readonly UserStatus[] | undefined): void {
    if (!Array.isArray(statuses) || this.refused) return;
    const next: Record<string, UserStatusType> = { ...this.state.get().statuses };
    let changed = false;
    for (const s of statuses) {
      if (!s || typeof s.userID !== 'string' || !s.userID || next[s.userID] === s.status) continue;
      next[s.userID] = s.status;
      changed = true;
    }
    if (changed) this.state.set({ statuses: Object.freeze(next) });
  }

  private forget(userIDs: readonly string[]): void {
    const next: Record<string, UserStatusType> = { ...this.state.get().statuses };
    for (const id of userIDs) if (!this.watched.has(id)) delete next[id];
    this.state.set({ statuses: Object.freeze(next) });
  }
}

/** Online status as a store feature (`store.use(presenceFeature)`: `show(view, userIDs)`, `state`). */
export const presenceFeature: StoreFeature<UserPresence> = {
  name: 'presence',
  create: (store) => new UserPresence(store),
};
