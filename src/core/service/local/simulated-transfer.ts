import { CHAT_ERROR, ChatError } from '../../errors.js';

/** Wait `ms`, or reject with `onAbort()` as soon as the signal fires. */
export function wait(ms: number, signal?: AbortSignal, onAbort?: () => Error): Promise<void> {
  return new Promise((resolve, reject) => {
    const abortError = (): Error => onAbort?.() ?? new ChatError(CHAT_ERROR.uploadCancelled, 'Cancelled.');
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', abort);
        resolve();
      },
      Math.max(0, ms),
    );
    const abort = (): void => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener('abort', abort, { once: true });
  });
}

export interface TransferSimulation {
  /** Bytes to move. */
  total: number;
  /** Milliseconds per chunk. */
  stepMs: number;
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
  /** Checked between chunks: a dropped connection fails the transfer. */
  connectionLost?: () => ChatError | null;
  /** The error for an abort (upload or download cancelled). */
  cancelled: () => ChatError;
}

/** Bytes per simulated chunk; between 4 and 16 chunks a transfer. */
const CHUNK = 256 * 1024;

/**
 * Move `total` bytes in a few chunks over a short time, reporting progress after each and
 * stopping at once when the signal aborts or the connection drops.
 */
export async function simulateTransfer(options: TransferSimulation): Promise<void> {
  const { total, onProgress, signal } = options;
  const steps = Math.min(16, Math.max(4, Math.ceil(total / CHUNK)));
  if (signal?.aborted) throw options.cancelled();
  onProgress?.(0, total);
  for (let step = 1; step <= steps; step++) {
    await wait(options.stepMs, signal, options.cancelled);
    const lost = options.connectionLost?.();
    if (lost) throw lost;
    onProgress?.(Math.round((total * step) / steps), total);
  }
}
