/**
 * The valid ranges of numbers in the model. Data from outside (a backend, an import, an old
 * cache) is repaired into these before anything renders it: a time no `Date` can hold, say,
 * would make every `Intl` formatter throw.
 */

/** Latest time the model accepts, in seconds: 9999-12-31T23:59:59Z. */
export const MAX_TIME_SECONDS = 253_402_300_799;

/** Sizes, counts, sequences and randoms: whole numbers a double holds exactly. */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/** Longest media duration, in seconds (about 115 days). */
export const MAX_DURATION_SECONDS = 10_000_000;

/** Widest or tallest image or video side, in pixels. */
export const MAX_PIXEL_SIDE = 1_000_000;

/** A time in seconds a `Date` can show: finite and within 0…MAX_TIME_SECONDS. */
export function isUsableTime(seconds: unknown): seconds is number {
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 && seconds <= MAX_TIME_SECONDS;
}

/** A whole number within 0…MAX_COUNT. */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Most pixels an image message may have (50 megapixels). Past it, decoding one picture takes
 * gigabytes and seconds: it is refused with a clear error before anything decodes it.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;
