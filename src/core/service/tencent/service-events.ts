/**
 * The adapter's own event fan-out (ChatServiceEvents). A throwing subscriber is reported and
 * skipped: it runs inside the SDK's event dispatch, which must never see our exceptions.
 */
export class ServiceEvents<Events extends object> {
  private readonly handlers = new Map<keyof Events, Set<(payload: never) => void>>();

  on<K extends keyof Events>(event: K, handler: (payload: Events[K]) => void): () => void {
    let set = this.handlers.get(event);
    if (!set) this.handlers.set(event, (set = new Set()));
    set.add(handler as (payload: never) => void);
    return () => {
      set.delete(handler as (payload: never) => void);
    };
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    const set = this.handlers.get(event);
    if (!set) return;
    for (const handler of [...set]) {
      try {
        (handler as (payload: Events[K]) => void)(payload);
      } catch (error) {
        console.error(`TencentChatService: a "${String(event)}" handler failed:`, error);
      }
    }
  }
}
