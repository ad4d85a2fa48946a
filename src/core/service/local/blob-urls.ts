import { BLOB_REF } from './server-records.js';
import type { ServerTx } from './server-storage.js';

/**
 * Turns stored `blobref:<uuid>` references into `blob:` URLs of this tab. A blob URL only
 * lives as long as the document that made it, so every tab (and every server instance)
 * makes its own, once per blob, and can map its URLs back to the stored blob.
 */
export class BlobUrls {
  private readonly urlByUuid = new Map<string, string>();
  private readonly uuidByUrl = new Map<string, string>();

  /** The URL to show for a stored value: a blob URL for a reference, the value itself otherwise. */
  async resolve(tx: ServerTx, value: string): Promise<string> {
    if (!value.startsWith(BLOB_REF)) return value;
    const uuid = value.slice(BLOB_REF.length);
    const known = this.urlByUuid.get(uuid);
    if (known) return known;
    const record = await tx.getBlob(uuid);
    if (!record) return '';
    return this.urlFor(uuid, record.blob);
  }

  /** A blob URL for a blob the server keeps under `uuid`. */
  urlFor(uuid: string, blob: Blob): string {
    const known = this.urlByUuid.get(uuid);
    if (known) return known;
    if (typeof URL.createObjectURL !== 'function') return '';
    const url = URL.createObjectURL(blob);
    this.urlByUuid.set(uuid, url);
    this.uuidByUrl.set(url, uuid);
    return url;
  }

  /** The stored reference behind one of our URLs (e.g. when a message is forwarded), or the URL as is. */
  toStored(url: string): string {
    const uuid = this.uuidByUrl.get(url);
    return uuid ? BLOB_REF + uuid : url;
  }

  /** The uuid behind a stored reference or one of our URLs. */
  uuidOf(value: string): string | undefined {
    if (value.startsWith(BLOB_REF)) return value.slice(BLOB_REF.length);
    return this.uuidByUrl.get(value);
  }

  revokeAll(): void {
    if (typeof URL.revokeObjectURL === 'function') for (const url of this.uuidByUrl.keys()) URL.revokeObjectURL(url);
    this.urlByUuid.clear();
    this.uuidByUrl.clear();
  }
}
