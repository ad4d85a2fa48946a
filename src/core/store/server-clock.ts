/** Cache meta key of the learned offset to the server's clock (ms). */
export const SERVER_CLOCK_KEY = 'serverClockOffsetMs';

/** How many recent samples the estimate is taken from. */
const SAMPLES = 8;
/** A change smaller than this is not worth writing to the cache. */
const PERSIST_STEP_MS = 1000;

/**
 * The server's clock as this device can tell it: an offset (server minus local, ms) learned from
 * the timestamps the server gives. A new message is stamped with the server's time, not the
 * browser's, so that it sorts where the server will put it even when the two clocks disagree
 * (the desktop SDK does the same: new messages get server-calibrated times).
 *
 * A server time in seconds was floored and the message travelled here since, so each sample
 * (`serverTime − localNow`) is at most the true offset: the largest recent sample is the estimate.
 * - An acknowledgement of one's own send is fresh: it always counts.
 * - A received message may be old (delivered late): it only ever raises the estimate.
 */
export class ServerClock {
  private samples: number[] = [];
  private offset: number;
  private persisted: number;

  constructor(
    private readonly localNow: () => number,
    initialOffsetMs = 0,
  ) {
    this.offset = this.persisted = Number.isFinite(initialOffsetMs) ? initialOffsetMs : 0;
  }

  /** Server minus local, in ms. */
  get offsetMs(): number {
    return this.offset;
  }

  /** The server's time now, in epoch ms. */
  nowMs(): number {
    return this.localNow() + this.offset;
  }

  /** Start from an offset learned earlier (kept in the cache), until the server says otherwise. */
  restore(offsetMs: unknown): void {
    if (typeof offsetMs !== 'number' || !Number.isFinite(offsetMs) || this.samples.length) return;
    this.offset = this.persisted = offsetMs;
  }

  /** The server acknowledged a message of ours with this time (seconds). */
  observeAck(serverSeconds: number): void {
    const sample = this.sampleOf(serverSeconds);
    if (sample !== null) this.add(sample);
  }

  /** A message arrived with this server time (seconds): it can only show the server is further ahead. */
  observeIncoming(serverSeconds: number): void {
    const sample = this.sampleOf(serverSeconds);
    if (sample !== null && sample > this.offset) this.add(sample);
  }

  /** The offset when it moved enough since last kept (then it counts as kept), else undefined. */
  takeOffsetToPersist(): number | undefined {
    if (Math.abs(this.offset - this.persisted) < PERSIST_STEP_MS) return undefined;
    this.persisted = this.offset;
    return this.offset;
  }

  private sampleOf(serverSeconds: number): number | null {
    if (typeof serverSeconds !== 'number' || !Number.isFinite(serverSeconds) || serverSeconds <= 0) return null;
    // A lower bound: a stamp never runs ahead of the server, and "never before the newest shown" does the rest.
    return serverSeconds * 1000 - this.localNow();
  }

  private add(sample: number): void {
    this.samples.push(sample);
    if (this.samples.length > SAMPLES) this.samples.shift();
    this.offset = Math.max(...this.samples);
  }
}
