import { safeUrl } from '../../model/url.js';
import { BLOB_REF } from './server-records.js';

/**
 * The embedded server keeps a URL only when the renderer would use it (model/url.ts: http(s),
 * blob:, raster data:image; never SVG or script), plus its own stored-blob references. A blob:
 * URL dies with the page that made it, so it is never kept as an avatar.
 */
export function storableUrl(url: unknown, options: { avatar?: boolean } = {}): string {
  if (typeof url !== 'string') return '';
  if (url.startsWith(BLOB_REF)) return url;
  const checked = safeUrl(url);
  if (options.avatar && checked.startsWith('blob:')) return '';
  return checked;
}
