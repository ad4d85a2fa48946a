/**
 * The kit's URL rule: a URL enters the model only when it is http(s):, blob: or a raster
 * `data:image/…` URL. Everything else (javascript:, vbscript:, data:text/html, relative or
 * protocol-relative junk, non-strings) becomes ''.
 *
 * Parsing with `URL` rather than testing a prefix is what defeats "java\tscript:", leading
 * control characters and upper-case schemes: we judge the scheme the browser would use.
 */

/** Raster image types a data: URL may carry. SVG is left out: opened as a document it can run script. */
const DATA_IMAGE_URL = /^data:image\/(?:png|jpe?g|gif|webp|bmp|avif|apng|x-icon|vnd\.microsoft\.icon|tiff)(?:;[^,]*)?,/i;

/** The URL, normalised by the URL parser, when it is allowed; '' otherwise. */
export function safeUrl(value: unknown): string {
  const parsed = parseAbsolute(value);
  if (!parsed) return '';
  switch (parsed.protocol) {
    case 'http:':
    case 'https:':
      // "https:" alone or "http://" with no host is not a usable address.
      return parsed.host ? parsed.href : '';
    case 'blob:':
      return parsed.href;
    case 'data:':
      return DATA_IMAGE_URL.test(parsed.href) ? parsed.href : '';
    default:
      return '';
  }
}

export function isSafeUrl(value: unknown): boolean {
  return safeUrl(value) !== '';
}

/** For links the user clicks: only http(s): with a host. */
export function isHttpUrl(value: unknown): boolean {
  const parsed = parseAbsolute(value);
  return !!parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.host !== '';
}

/** The link target when it is http(s):, '' otherwise. */
export function safeHttpUrl(value: unknown): string {
  return isHttpUrl(value) ? (parseAbsolute(value) as URL).href : '';
}

function parseAbsolute(value: unknown): URL | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  // Like the URL parser, drop tabs and newlines anywhere; trim whitespace and control
  // characters (C0 and C1) at the ends. A control character left inside is a sign of
  // smuggling, so refuse it.
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\s\u0000-\u001f\u007f-\u009f]+|[\s\u0000-\u001f\u007f-\u009f]+$/g, '');
  if (/[\u0000-\u001f\u007f]/.test(cleaned)) return null;
  // No scheme means a relative reference: there is no page to resolve it against here.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(cleaned)) return null;
  try {
    return new URL(cleaned);
  } catch {
    return null;
  }
}
