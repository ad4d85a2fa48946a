/**
 * A tiny typed event emitter. A throwing handler is reported and does not stop the others,
 * so one bad subscriber cannot break delivery to the rest of the app.
 */
export class EventHub<Events extends object> {
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
        console.error(`A "${String(event)}" handler failed:`, error);
      }
    }
  }

  clear(): void {
    this.handlers.clear();
  }
}
