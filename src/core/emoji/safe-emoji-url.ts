/**
 * The kit's URL rule (`safeUrl` of the model: http(s) with a host, blob:, raster data:image)
 * applied to emoji and sticker images, plus what emoji sets need: a relative URL resolved
 * against the set's base URL, and the result judged by the same rule.
 */
import { safeUrl } from '../model/url.js';

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The absolute, normalised URL when it is allowed, or `undefined`.
 * A relative `url` is resolved against `baseUrl` (e.g. a CDN folder of emoji images).
 */
export function safeEmojiUrl(url: unknown, baseUrl?: string): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  const direct = safeUrl(url);
  if (direct !== '') return direct;
  // A URL with a scheme was judged and refused; only a relative reference gets resolved.
  if (baseUrl === undefined || HAS_SCHEME.test(url.trim())) return undefined;
  let resolved: string;
  try {
    resolved = new URL(url, baseUrl).href;
  } catch {
    return undefined;
  }
  return safeUrl(resolved) || undefined;
}
