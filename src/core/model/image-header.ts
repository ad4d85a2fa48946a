/**
 * An image's pixel size read from its first bytes (PNG, GIF, BMP, WebP, JPEG), without decoding
 * it: a 48 KB PNG may claim 20000 × 20000 pixels, and decoding that to learn its size would
 * block the page and take gigabytes.
 */
export interface PixelSize {
  readonly width: number;
  readonly height: number;
}

/** How much of the file the header search reads (JPEG may put its frame header after big metadata). */
const HEADER_BYTES = 256 * 1024;

export async function readImageHeader(blob: Blob): Promise<PixelSize | null> {
  try {
    const bytes = new Uint8Array(await blob.slice(0, HEADER_BYTES).arrayBuffer());
    return pixelSizeOf(bytes);
  } catch {
    return null;
  }
}

export function pixelSizeOf(b: Uint8Array): PixelSize | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const at = (i: number, ...sig: number[]) => sig.every((v, k) => b[i + k] === v);
  const size = (width: number, height: number): PixelSize | null => (width > 0 && height > 0 ? { width, height } : null);
  if (b.length >= 24 && at(0, 0x89, 0x50, 0x4e, 0x47) && at(12, 0x49, 0x48, 0x44, 0x52)) {
    return size(view.getUint32(16), view.getUint32(20)); // PNG IHDR
  }
  if (b.length >= 10 && at(0, 0x47, 0x49, 0x46, 0x38)) return size(view.getUint16(6, true), view.getUint16(8, true)); // GIF
  if (b.length >= 26 && at(0, 0x42, 0x4d)) return size(Math.abs(view.getInt32(18, true)), Math.abs(view.getInt32(22, true))); // BMP
  if (b.length >= 30 && at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) {
    if (at(12, 0x56, 0x50, 0x38, 0x20)) return size(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff); // VP8
    if (at(12, 0x56, 0x50, 0x38, 0x4c)) {
      const bits = view.getUint32(21, true); // VP8L
      return size((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
    }
    if (at(12, 0x56, 0x50, 0x38, 0x58)) {
      const w = 1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16)); // VP8X
      const h = 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16));
      return size(w, h);
    }
    return null;
  }
  if (b.length >= 4 && at(0, 0xff, 0xd8)) {
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return null;
      const marker = b[i + 1]!;
      if (marker === 0xff) {
        i++;
        continue;
      }
      const length = view.getUint16(i + 2);
      // SOF0…SOF15, except DHT (C4), JPG (C8) and DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return size(view.getUint16(i + 7), view.getUint16(i + 5));
      }
      i += 2 + length;
    }
  }
  return null;
}
