import type { Timers } from './timers.js';

/** Tells a run whether its query is still the latest (a newer one drops its answer). */
export type StillLatest = () => boolean;

/**
 * Queries typed one after another (a search box): each runs once typing pauses, or at once, and
 * the latest wins. A newer query, or `supersede`, cancels the wait of the one before and ends
 * its promise; a run already under way goes on, but `stillLatest()` tells it to drop its answer.
 */
export class LatestQuery {
  private generation = 0;
  private timer: unknown = null;
  private settle: (() => void) | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly timers: Timers,
    private readonly delayMs: number,
  ) {}

  /** The promise of the latest query (null when none is under way since the last `supersede`). */
  get current(): Promise<void> | null {
    return this.running;
  }

  /**
   * Supersede what runs, then `run` once typing pauses (`immediately`: now). Resolves when the run
   * ends, or as soon as a newer query takes over.
   */
  start(run: (stillLatest: StillLatest) => Promise<void>, immediately = false): Promise<void> {
    this.supersede();
    const stillLatest = this.stillLatest();
    const running = new Promise<void>((resolve) => {
      this.settle = resolve;
      const go = () => {
        this.timer = null;
        void run(stillLatest).finally(resolve);
      };
      if (immediately) go();
      else this.timer = this.timers.setTimeout(go, this.delayMs);
    });
    this.running = running;
    return running;
  }

  /** A check that stays true until the next query or `supersede` (for work begun later, e.g. "more"). */
  stillLatest(): StillLatest {
    const generation = this.generation;
    return () => generation === this.generation;
  }

  /** Drop the query under way: its wait is cancelled, its promise ends, its answer is ignored. */
  supersede(): void {
    this.generation++;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.settle?.();
    this.settle = null;
    this.running = null;
  }
}
