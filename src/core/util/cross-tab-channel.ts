/** What a channel hands over: only messages `accept` recognises (another version of the page may post others). */
export interface CrossTabChannelOptions<T> {
  accept(data: unknown): data is T;
  onMessage(message: T): void;
}

/**
 * The one way tabs of a page talk to each other: a BroadcastChannel with typed messages. A channel
 * never receives its own posts. Where there is no BroadcastChannel (old browsers, some runtimes) it
 * is silent: posts go nowhere and nothing arrives. In Node it never keeps the process alive.
 */
export class CrossTabChannel<T> {
  private channel: BroadcastChannel | null;

  constructor(name: string, options: CrossTabChannelOptions<T>) {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
    if (!this.channel) return;
    (this.channel as { unref?: () => void }).unref?.();
    this.channel.onmessage = (event: MessageEvent<unknown>) => {
      if (options.accept(event.data)) options.onMessage(event.data);
    };
  }

  /** False when it could not be posted (closed, no BroadcastChannel, or data that cannot be cloned). */
  post(message: T): boolean {
    if (!this.channel) return false;
    try {
      this.channel.postMessage(message);
      return true;
    } catch {
      return false;
    }
  }

  /** Stop listening and posting; closing twice is fine. */
  close(): void {
    if (!this.channel) return;
    this.channel.onmessage = null;
    this.channel.close();
    this.channel = null;
  }
}
