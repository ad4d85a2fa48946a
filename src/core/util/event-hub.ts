/**
 * A tiny typed event emitter (the backends' ChatServiceEvents fan-out). A throwing handler is
 * reported and does not stop the others, so one bad subscriber cannot break delivery to the rest
 * of the app (nor reach the SDK's own event dispatch, which the Tencent adapter runs inside).
 */
export class EventHub<Events extends object> {
  private readonly handlers = new Map<keyof Events, Set<(payload: never) => void>>();

  /** `owner` names who emits, in the report of a failed handler. */
  constructor(private readonly owner = '') {}

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
        console.error(`${this.owner ? `${this.owner}: a` : 'A'} "${String(event)}" handler failed:`, error);
      }
    }
  }

  clear(): void {
    this.handlers.clear();
  }
}
