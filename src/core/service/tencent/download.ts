import { CHAT_ERROR, ChatError } from '../../errors.js';
import type { MessageElement } from '../../model/elements.js';
import { safeUrl } from '../../model/url.js';
import type { TransferOptions } from '../chat-service.js';

/** The URL to download for an element (the checked one), with its size when known; '' when it has none. */
export function remoteOf(element: MessageElement): { url: string; size: number } {
  switch (element.type) {
    case 'TIMImageElem': {
      // The original first, then the large one, then the thumbnail.
      const order = [0, 2, 1];
      const info = [...element.imageInfoArray]
        .sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))
        .find((i) => safeUrl(i.url) !== '');
      return { url: safeUrl(info?.url), size: info?.size ?? 0 };
    }
    case 'TIMSoundElem':
      return { url: safeUrl(element.url), size: element.size };
    case 'TIMVideoFileElem':
      return { url: safeUrl(element.videoUrl), size: element.videoSize };
    case 'TIMFileElem':
      return { url: safeUrl(element.fileUrl), size: element.fileSize };
    default:
      return { url: '', size: 0 };
  }
}

/**
 * Downloads a file the SDK stores (its COS URL), reporting progress as the body streams in;
 * `size` is the expected total when the server sends no Content-Length. Network failures and
 * cancellation become ChatErrors.
 */
export async function downloadBlob(
  fetchImpl: typeof fetch | undefined,
  url: string,
  size: number,
  options: TransferOptions = {},
): Promise<Blob> {
  if (typeof fetchImpl !== 'function') throw new ChatError(CHAT_ERROR.network, 'No fetch is available to download the file.');
  let response: Response;
  try {
    response = await fetchImpl(url, options.signal ? { signal: options.signal } : {});
  } catch (error) {
    if (options.signal?.aborted) throw new ChatError(CHAT_ERROR.uploadCancelled, 'The download was cancelled.', error);
    throw new ChatError(CHAT_ERROR.network, `Download failed: ${error instanceof Error ? error.message : String(error)}`, error);
  }
  if (!response.ok) throw new ChatError(CHAT_ERROR.network, `Download failed: HTTP ${response.status}.`);
  const total = Number(response.headers.get('content-length')) || size;
  const type = response.headers.get('content-type') ?? '';
  if (!response.body) {
    const blob = await response.blob();
    options.onProgress?.(blob.size, blob.size);
    return blob;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.byteLength;
      options.onProgress?.(loaded, Math.max(total, loaded));
    }
  } catch (error) {
    if (options.signal?.aborted) throw new ChatError(CHAT_ERROR.uploadCancelled, 'The download was cancelled.', error);
    throw new ChatError(CHAT_ERROR.network, 'The download was interrupted.', error);
  }
  return new Blob(chunks as BlobPart[], type ? { type } : {});
}
