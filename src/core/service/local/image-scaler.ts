/**
 * Scales a picture in a worker: decoding, resizing and encoding never run on the page's main
 * thread. The worker is made from this module's own source (no separate file to ship or bundle);
 * where workers cannot start (a strict Content-Security-Policy, Node), the caller scales here.
 */

/** The worker's whole program: self-contained, it is turned into source text. */
function scalerWorker(): void {
  const scope = self as unknown as {
    onmessage: ((event: MessageEvent) => void) | null;
    postMessage(message: unknown): void;
  };
  const scale = async (event: MessageEvent): Promise<void> => {
    const { id, blob, width, height, type } = event.data as { id: number; blob: Blob; width: number; height: number; type: string };
    try {
      const bitmap = await createImageBitmap(blob, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
      const canvas = new OffscreenCanvas(width, height);
      canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
      bitmap.close();
      scope.postMessage({ id, blob: await canvas.convertToBlob({ type, quality: 0.85 }) });
    } catch (error) {
      scope.postMessage({ id, error: String(error) });
    }
  };
  scope.onmessage = (event: MessageEvent) => void scale(event);
}

let worker: Worker | null | undefined;
let nextID = 0;
const waiting = new Map<number, { resolve: (blob: Blob) => void; reject: (error: Error) => void }>();

function scalerOrNull(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker !== 'function' || typeof Blob !== 'function' || typeof URL?.createObjectURL !== 'function') return worker;
  try {
    const url = URL.createObjectURL(new Blob([`(${scalerWorker.toString()})()`], { type: 'text/javascript' }));
    const made = new Worker(url);
    made.onmessage = (event: MessageEvent) => {
      const { id, blob, error } = event.data as { id: number; blob?: Blob; error?: string };
      const entry = waiting.get(id);
      waiting.delete(id);
      if (!entry) return;
      if (blob) entry.resolve(blob);
      else entry.reject(new Error(error ?? 'scaling failed'));
    };
    made.onerror = () => {
      // It could not start (CSP) or died: whoever waits scales on this thread instead.
      for (const entry of waiting.values()) entry.reject(new Error('the image worker is not available'));
      waiting.clear();
      worker = null;
    };
    worker = made;
  } catch {
    worker = null;
  }
  return worker;
}

/** The picture scaled to width × height in a worker; rejects when no worker can do it. */
export function scaleInWorker(blob: Blob, width: number, height: number, type: string): Promise<Blob> {
  const scaler = scalerOrNull();
  if (!scaler) return Promise.reject(new Error('no image worker here'));
  return new Promise((resolve, reject) => {
    const id = ++nextID;
    waiting.set(id, { resolve, reject });
    scaler.postMessage({ id, blob, width, height, type });
  });
}
