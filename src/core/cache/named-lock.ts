/**
 * Runs a task while holding a lock by name: the Web Locks API where the browser has it (so
 * tabs of one origin exclude each other), else a mutex within this JavaScript realm.
 * Resolves false without running the task when `ifAvailable` is set and the lock is held.
 * The task's own failure is passed on: it is the caller's error, not the lock's.
 */
export async function withNamedLock(name: string, task: () => Promise<void>, options: { ifAvailable?: boolean } = {}): Promise<boolean> {
  const locks = webLocks();
  if (locks) {
    let acquired: boolean | undefined;
    try {
      return await locks.request(name, { ifAvailable: options.ifAvailable ?? false }, async (lock) => {
        acquired = lock !== null;
        if (!lock) return false;
        await task();
        return true;
      });
    } catch (error) {
      // A failure after the lock was granted is the task's; before it, Web Locks refused
      // (e.g. an opaque origin), and the in-realm mutex still keeps this page's holders apart.
      if (acquired !== undefined) throw error;
    }
  }
  return withRealmLock(name, task, options.ifAvailable ?? false);
}

function webLocks(): LockManager | undefined {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  return typeof locks?.request === 'function' ? locks : undefined;
}

interface RealmLock {
  held: boolean;
  waiters: Array<() => void>;
}

const realmLocks = new Map<string, RealmLock>();

async function withRealmLock(name: string, task: () => Promise<void>, ifAvailable: boolean): Promise<boolean> {
  let lock = realmLocks.get(name);
  if (!lock) realmLocks.set(name, (lock = { held: false, waiters: [] }));
  if (lock.held) {
    if (ifAvailable) return false;
    await new Promise<void>((resolve) => lock!.waiters.push(resolve));
  }
  lock.held = true;
  try {
    await task();
    return true;
  } finally {
    const next = lock.waiters.shift();
    if (next)
      next(); // handed over while still held, so no newcomer slips in between
    else {
      lock.held = false;
      realmLocks.delete(name);
    }
  }
}
