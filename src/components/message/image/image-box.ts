import { IMAGE_SIZE, type ImageElem, type ImageInfo } from '../../../core/model/index.js';
import { safeUrl } from '../../../core/model/index.js';

/** Where a thumbnail may go in a bubble, in CSS px. */
const IMAGE_MAX_WIDTH = 240;
const IMAGE_MAX_HEIGHT = 280;
const IMAGE_MIN_SIDE = 64;
/** The box for an image whose size nobody told us. */
const IMAGE_UNKNOWN_SIDE = 180;

export interface ImageSources {
  /** Checked URLs ('' when missing or unsafe). */
  readonly thumbnail: string;
  /**
   * The thumbnail (198 px short side) and the large copy (720 px) as a `srcset` by width, so a
   * high-DPI screen draws the bubble from the large copy; '' when there are not two known sizes.
   */
  readonly srcset: string;
  readonly large: string;
  readonly original: string;
  /** Size of the original (or of the best-known copy), 0 when unknown. */
  readonly width: number;
  readonly height: number;
}

function info(elem: ImageElem, type: number): ImageInfo | undefined {
  const list = Array.isArray(elem.imageInfoArray) ? elem.imageInfoArray : [];
  return list.find((i) => i && i.type === type);
}

function side(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** The checked URLs of the three sizes, each falling back to the next best one. */
export function imageSources(elem: ImageElem): ImageSources {
  const original = info(elem, IMAGE_SIZE.original);
  const large = info(elem, IMAGE_SIZE.large);
  const thumbnail = info(elem, IMAGE_SIZE.thumbnail);
  const o = safeUrl(original?.url);
  const l = safeUrl(large?.url);
  const t = safeUrl(thumbnail?.url);
  const sized = [original, large, thumbnail].find((i) => side(i?.width) && side(i?.height));
  return {
    thumbnail: t || l || o,
    srcset: bySize([
      [t, side(thumbnail?.width)],
      [l, side(large?.width)],
    ]),
    large: l || o || t,
    original: o || l || t,
    width: side(sized?.width),
    height: side(sized?.height),
  };
}

/** A `srcset` of candidates by width; '' unless two distinct ones, each with a URL a srcset can hold. */
function bySize(candidates: ReadonlyArray<readonly [string, number]>): string {
  // A srcset splits on commas and spaces: a URL with either stays a plain src.
  const usable = candidates.filter(([url, width]) => url && width && !/[\s,]/.test(url));
  if (usable.length < 2 || usable[0]![0] === usable[1]![0] || usable[0]![1] === usable[1]![1]) return '';
  return usable.map(([url, width]) => `${url} ${width}w`).join(', ');
}

/**
 * The on-screen box of a thumbnail: the image's aspect ratio, scaled down to fit the bubble
 * limits (never up), and never thinner than a tap target. Unknown sizes get a square.
 */
export function thumbnailBox(width: number, height: number): { width: number; height: number } {
  if (!(width > 0 && height > 0)) return { width: IMAGE_UNKNOWN_SIDE, height: IMAGE_UNKNOWN_SIDE };
  const scale = Math.min(1, IMAGE_MAX_WIDTH / width, IMAGE_MAX_HEIGHT / height);
  return {
    width: Math.round(Math.max(IMAGE_MIN_SIDE, width * scale)),
    height: Math.round(Math.max(IMAGE_MIN_SIDE, height * scale)),
  };
}
