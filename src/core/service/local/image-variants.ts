import { CHAT_ERROR, ChatError } from '../../errors.js';
import { readImageHeader } from '../../model/image-header.js';
import { MAX_IMAGE_PIXELS } from '../../model/limits.js';
import type { ImageSizeType } from '../../model/elements.js';
import { imageSizesFor } from '../../model/image-sizes.js';
import { scaleInWorker } from './image-scaler.js';

export interface ImageVariant {
  readonly type: ImageSizeType;
  readonly width: number;
  readonly height: number;
  readonly blob: Blob;
}

/** The image's pixel size: decoded where the platform can, else what the sender declared. */
async function imageSizeOf(blob: Blob, declared?: { width: number; height: number }): Promise<{ width: number; height: number }> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(blob);
      const size = { width: bitmap.width, height: bitmap.height };
      bitmap.close();
      return size;
    } catch {
      // Not an image the platform can decode: trust the sender.
    }
  }
  return declared && declared.width > 0 && declared.height > 0
    ? { width: declared.width, height: declared.height }
    : { width: 0, height: 0 };
}

async function scaledBlob(blob: Blob, width: number, height: number): Promise<Blob> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return blob;
  const type = blob.type === 'image/jpeg' || blob.type === 'image/webp' ? blob.type : 'image/png';
  try {
    return await scaleInWorker(blob, width, height, type);
  } catch {
    // No worker here: the same steps on this thread (createImageBitmap still decodes off it).
  }
  try {
    const bitmap = await createImageBitmap(blob, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    bitmap.close();
    return await canvas.convertToBlob({ type, quality: 0.85 });
  } catch {
    return blob;
  }
}

/**
 * Original, large (short side 720) and thumbnail (short side 198), sized as the model says
 * (`imageSizesFor`). Smaller originals are not scaled up; where the platform cannot scale
 * (Node), the sizes share the original's bytes. The scaling is done off the main thread, in a
 * worker (image-scaler.ts: createImageBitmap with a resize, OffscreenCanvas, convertToBlob).
 * Images over MAX_IMAGE_PIXELS are refused before anything decodes them.
 */
export async function imageVariants(blob: Blob, declared?: { width: number; height: number }): Promise<ImageVariant[]> {
  // Past the pixel limit nothing is decoded: the header says how big it is.
  const header = await readImageHeader(blob);
  if (header && header.width * header.height > MAX_IMAGE_PIXELS) {
    throw new ChatError(
      CHAT_ERROR.invalidArgument,
      `The image is ${header.width} × ${header.height} pixels; an image message can have at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels.`,
    );
  }
  // The header's size spares a full decode (a 24-megapixel picture is a 96 MB bitmap); JPEG is
  // decoded, as its EXIF orientation may turn it.
  const original = header && !isJpeg(blob) ? header : await imageSizeOf(blob, declared);
  const out: ImageVariant[] = [];
  const made = new Map<string, Blob>();
  for (const size of imageSizesFor(original.width, original.height)) {
    const same = size.width === original.width && size.height === original.height;
    const key = `${size.width}x${size.height}`;
    let variant = same ? blob : made.get(key);
    if (!variant) made.set(key, (variant = await scaledBlob(blob, size.width, size.height)));
    out.push({ type: size.type, width: size.width, height: size.height, blob: variant });
  }
  return out;
}

function isJpeg(blob: Blob): boolean {
  return /^image\/(?:jpeg|jpg|pjpeg)$/i.test(blob.type) || blob.type === '';
}

/** 'PNG', 'JPG', 'GIF', 'WEBP', 'BMP' from a MIME type, else 'UNKNOWN'. */
export function imageFormatOf(mimeType: string): string {
  const subtype = mimeType.toLowerCase().replace(/^image\//, '');
  if (subtype === 'jpeg' || subtype === 'jpg') return 'JPG';
  if (['png', 'gif', 'webp', 'bmp'].includes(subtype)) return subtype.toUpperCase();
  return 'UNKNOWN';
}
