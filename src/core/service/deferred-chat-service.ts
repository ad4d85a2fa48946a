import type { ChatService, ChatServiceEvents, ConnectionState } from './chat-service.js';

/**
 * A `ChatService` made when the store first needs it (to sign in): a backend loaded on demand
 * (the Tencent Cloud Chat SDK, imported dynamically), an embedded server that still has to open its database. The
 * store can be made, handed to the elements and started at once: it shows what the cache holds,
 * and only then asks for the service, so the two do not compete for the page's first moments.
 * Calls wait for the service; if it cannot be made, they fail with that error (sign-in first;
 * the store then keeps its cache on screen and tries again later), and the next call tries again.
 *
 * ```ts
 * const service = deferredService(() => import('./tencent.js').then((m) => m.createService()));
 * const store = new ChatStore({ service, cache });
 * chat.store = store; // the cache shows now
 * await store.start('alice'); // loads the service, signs in
 * ```
 *
 * The contract's methods are asynchronous, apart from `userID`, `getConnectionState` and `on`,
 * which answer at once (nobody signed in, disconnected; subscriptions are passed on when the
 * service arrives); `features` is undefined until the service exists, then the service's. Pass a promise instead of a function to start making it right away.
 */
/** Members of the contract that are values, not methods (answered by the service once it exists). */
const DATA_MEMBERS: ReadonlySet<string> = new Set<keyof ChatService>(['features']);

export function deferredService(make: (() => Promise<ChatService>) | Promise<ChatService>): ChatService {
  let made: Promise<ChatService> | undefined;
  let ready: ChatService | undefined;
  /** Subscriptions made before the service exists, passed on when it arrives. */
  const early = new Set<{ event: keyof ChatServiceEvents; handler: (payload: never) => void; unsubscribe?: () => void }>();
  const service = (): Promise<ChatService> => {
    made ??= Promise.resolve(typeof make === 'function' ? make() : make).then((s) => {
      ready = s;
      for (const subscription of early) subscription.unsubscribe = s.on(subscription.event, subscription.handler as never);
      early.clear();
      return s;
    });
    // One that could not be made (the network dropped while loading it) is tried again on the next call.
    made.catch(() => {
      made = undefined;
    });
    return made;
  };
  if (typeof make !== 'function') void service().catch(() => {});

  const sync: Partial<Record<keyof ChatService, unknown>> = {
    get userID() {
      return ready?.userID ?? '';
    },
    getConnectionState: (): ConnectionState => ready?.getConnectionState() ?? 'disconnected',
    // Nobody signed in to a service not made yet: nothing to sign out of, and no reason to make it.
    logout: (): Promise<void> =>
      made
        ? service().then(
            (s) => s.logout(),
            () => {},
          )
        : Promise.resolve(),
    on: <K extends keyof ChatServiceEvents>(event: K, handler: (payload: ChatServiceEvents[K]) => void): (() => void) => {
      if (ready) return ready.on(event, handler);
      const subscription: { event: K; handler: (payload: ChatServiceEvents[K]) => void; unsubscribe?: () => void } = { event, handler };
      early.add(subscription as never);
      return () => {
        early.delete(subscription as never);
        subscription.unsubscribe?.();
        subscription.unsubscribe = undefined;
      };
    },
  };

  const call = (name: string, args: unknown[]) =>
    service().then((s) => {
      const method = (s as unknown as Record<string, unknown>)[name];
      if (typeof method !== 'function') throw new TypeError(`The chat service has no method ${name}.`);
      return method.apply(s, args);
    });

  return new Proxy(sync, {
    get(target, name) {
      if (name in target) return target[name as keyof ChatService];
      // Not a thenable: `await` on it must not call `then`.
      if (typeof name !== 'string' || name === 'then') return undefined;
      if (ready) {
        const value = (ready as unknown as Record<string, unknown>)[name];
        return typeof value === 'function' ? value.bind(ready) : value;
      }
      // The contract's data members (`features`) are unknown until the service exists.
      if (DATA_MEMBERS.has(name)) return undefined;
      return (...args: unknown[]) => call(name, args);
    },
  }) as ChatService;
}
