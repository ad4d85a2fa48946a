import { IMAGE_SIZE, type ImageSizeType } from './elements.js';

/** The short side, in px, of the scaled copies the server keeps of every image. */
export const THUMBNAIL_SHORT_SIDE = 198;
export const LARGE_SHORT_SIDE = 720;

export interface ImageDimensions {
  readonly type: ImageSizeType;
  readonly width: number;
  readonly height: number;
}

/**
 * The three sizes of an image as TIM stores them: the original, a thumbnail whose short side
 * is 198 px and a large copy whose short side is 720 px, both scaled in proportion. A copy is
 * never larger than the original: below 198 px all three keep the original size, between
 * 198 and 720 px the large copy is the original size. Invalid sizes give zeros.
 */
export function imageSizesFor(width: number, height: number): readonly [ImageDimensions, ImageDimensions, ImageDimensions] {
  const w = validSide(width);
  const h = validSide(height);
  return [
    { type: IMAGE_SIZE.original, width: w, height: h },
    { type: IMAGE_SIZE.thumbnail, ...scaledToShortSide(w, h, THUMBNAIL_SHORT_SIDE) },
    { type: IMAGE_SIZE.large, ...scaledToShortSide(w, h, LARGE_SHORT_SIDE) },
  ];
}

/** Scales down so the short side equals `shortSide`; smaller images are returned as they are. */
export function scaledToShortSide(width: number, height: number, shortSide: number): { width: number; height: number } {
  const w = validSide(width);
  const h = validSide(height);
  const short = Math.min(w, h);
  if (short === 0 || short <= shortSide) return { width: w, height: h };
  // The long side is rounded up, as the SDK does, so the copy is never thinner than asked.
  return w <= h
    ? { width: shortSide, height: Math.ceil((h * shortSide) / w) }
    : { width: Math.ceil((w * shortSide) / h), height: shortSide };
}

function validSide(value: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
}
