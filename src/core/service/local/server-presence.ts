import { CrossTabChannel } from '../../util/cross-tab-channel.js';

/** The slice of the Web Locks API presence uses (`navigator.locks`). */
export interface PresenceLocks {
  request(name: string, options: { mode: 'exclusive' | 'shared' }, callback: () => Promise<void> | void): Promise<unknown>;
  query(): Promise<{ held?: readonly { name?: string; mode?: string }[] }>;
}

interface PresenceBroadcast {
  presence: 'changed';
  origin: string;
}

const isPresenceBroadcast = (data: unknown): data is PresenceBroadcast =>
  typeof data === 'object' && data !== null && (data as PresenceBroadcast).presence === 'changed';

/** `<prefix><userID>\n<sessionID>`: one lock per signed-in client, so a user is online while any is held. */
function lockName(prefix: string, userID: string, sessionID: string): string {
  return `${prefix}${encodeURIComponent(userID)}\n${sessionID}`;
}

function userOfLock(prefix: string, name: string): string | null {
  if (!name.startsWith(prefix)) return null;
  const end = name.indexOf('\n', prefix.length);
  if (end < 0) return null;
  try {
    return decodeURIComponent(name.slice(prefix.length, end));
  } catch {
    return null;
  }
}

/**
 * Who is online on the embedded server: a user with a signed-in client in any tab of the page.
 * Each client holds a Web Lock named for it while signed in; the browser releases a closed tab's
 * locks, so nothing needs a heartbeat. A server learns of the others' clients by asking which
 * locks are held (when told over the presence channel that something changed), and learns that a
 * client went by queueing for its lock: the browser grants it once the holder is gone. A client
 * holds its lock exclusively and watchers queue in shared mode, so a watcher granted the lock for
 * a moment is never taken for a client still there. Without
 * Web Locks (Node, memory servers) only this tab's clients count.
 */
export class ServerPresence {
  /** userID → how many clients of this tab are signed in as them. */
  private readonly local = new Map<string, number>();
  /** Locks of other tabs' clients seen held → their user. */
  private readonly remote = new Map<string, string>();
  private readonly releases = new Map<string, () => void>();
  private readonly listeners = new Set<(userIDs: readonly string[]) => void>();
  private channel: CrossTabChannel<PresenceBroadcast> | null = null;
  private locks: PresenceLocks | null = null;
  private prefix = '';
  private closed = false;
  private refreshing: Promise<void> | null = null;
  private refreshAgain = false;

  constructor(private readonly origin: string) {}

  /** Share presence with the page's other tabs (one name per server namespace). */
  connect(name: string, locks: PresenceLocks | null = defaultLocks()): void {
    if (!locks || this.closed) return;
    this.locks = locks;
    this.prefix = `${name}:presence:`;
    this.channel = new CrossTabChannel<PresenceBroadcast>(`${name}:presence`, {
      accept: isPresenceBroadcast,
      onMessage: (data) => {
        if (data.origin !== this.origin) void this.refresh();
      },
    });
    void this.refresh();
  }

  /** Told the users whose status may have changed. Returns the unsubscribe. */
  onChange(listener: (userIDs: readonly string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  isOnline(userID: string): boolean {
    if ((this.local.get(userID) ?? 0) > 0) return true;
    for (const user of this.remote.values()) if (user === userID) return true;
    return false;
  }

  /** A client of this tab signed in; returns its sign-out. */
  attach(userID: string, sessionID: string): () => void {
    this.local.set(userID, (this.local.get(userID) ?? 0) + 1);
    this.changed([userID]);
    const name = lockName(this.prefix, userID, sessionID);
    if (this.locks && !this.closed) {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      this.releases.set(name, release);
      this.locks
        .request(name, { mode: 'exclusive' }, () => {
          // Held from now until the sign-out (or until the browser closes the tab): tell the others.
          this.channel?.post({ presence: 'changed', origin: this.origin });
          return held;
        })
        .catch(() => {});
    }
    let attached = true;
    return () => {
      if (!attached) return;
      attached = false;
      const count = (this.local.get(userID) ?? 1) - 1;
      if (count > 0) this.local.set(userID, count);
      else this.local.delete(userID);
      const release = this.releases.get(name);
      this.releases.delete(name);
      release?.();
      this.changed([userID]);
      this.channel?.post({ presence: 'changed', origin: this.origin });
    };
  }

  close(): void {
    this.closed = true;
    for (const release of this.releases.values()) release();
    this.releases.clear();
    this.channel?.close();
    this.channel = null;
    this.listeners.clear();
  }

  /** Read the held locks again; one at a time, with one more when asked meanwhile. */
  refresh(): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.refreshAgain = false;
        await this.refreshOnce();
      } while (this.refreshAgain && !this.closed);
    })().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private async refreshOnce(): Promise<void> {
    const locks = this.locks;
    if (!locks || this.closed) return;
    let held: readonly { name?: string; mode?: string }[] = [];
    try {
      held = (await locks.query()).held ?? [];
    } catch {
      return;
    }
    const seen = new Map<string, string>();
    for (const lock of held) {
      // Shared holds are the tabs watching for a client to go, not clients.
      if (lock.mode === 'shared') continue;
      const name = typeof lock.name === 'string' ? lock.name : '';
      const user = userOfLock(this.prefix, name);
      if (user !== null && !this.releases.has(name)) seen.set(name, user);
    }
    const changedUsers = new Set<string>();
    for (const [name, user] of this.remote) {
      if (seen.has(name)) continue;
      this.remote.delete(name);
      changedUsers.add(user);
    }
    for (const [name, user] of seen) {
      if (this.remote.has(name)) continue;
      this.remote.set(name, user);
      changedUsers.add(user);
      // Queue for it: granted when its holder signs out or its tab closes; read again once let go.
      locks
        .request(name, { mode: 'shared' }, () => {})
        .then(() => this.refresh())
        .catch(() => {});
    }
    if (changedUsers.size) this.changed([...changedUsers]);
  }

  private changed(userIDs: readonly string[]): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(userIDs);
      } catch {
        // A listener's failure is its own.
      }
    }
  }
}

function defaultLocks(): PresenceLocks | null {
  const locks = (globalThis as { navigator?: { locks?: PresenceLocks } }).navigator?.locks;
  return locks && typeof locks.request === 'function' && typeof locks.query === 'function' ? locks : null;
}
