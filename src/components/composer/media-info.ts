/**
 * Facts about an attachment read in the browser before it is sent, so that the message list
 * can reserve the right space for it while it uploads.
 */

import { readImageHeader, type PixelSize } from '../../core/model/index.js';
import { MAX_IMAGE_PIXELS } from '../../core/model/index.js';
import type { MediaReader } from '../../core/composer/index.js';

interface ImageSize {
  readonly width: number;
  readonly height: number;
}

export interface VideoInfo {
  /**
   * The browser decoded it as a video (metadata and a picture). When false, it is not sent as a
   * video message (a junk ".mp4" would show as a 0:00 video nobody can play): it goes as a file.
   */
  readonly decodable: boolean;
  /** Whole seconds, 0 when unknown. */
  readonly second: number;
  /** A JPEG `data:` URL of an early frame, with its size; absent when the browser cannot decode the video. */
  readonly thumb?: { readonly url: string; readonly width: number; readonly height: number };
}

/**
 * The image's pixel size when it has more pixels than an image message may (read from its header,
 * without decoding), else null.
 */
async function oversizedImage(file: Blob): Promise<PixelSize | null> {
  const header = await readImageHeader(file);
  return header && header.width * header.height > MAX_IMAGE_PIXELS ? header : null;
}

/**
 * Width and height of an image file (EXIF orientation applied), or null when it cannot be decoded.
 * Past the pixel limit nothing is decoded (null): check `oversizedImage` first for a clear error.
 */
async function readImageSize(file: Blob): Promise<ImageSize | null> {
  const header = await readImageHeader(file);
  if (header && header.width * header.height > MAX_IMAGE_PIXELS) return null;
  // The header's size spares decoding the whole picture; a JPEG is decoded, as its EXIF orientation may turn it.
  if (header && !/jpe?g/i.test(file.type) && file.type !== '') return header;
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(file);
      const size = { width: bitmap.width, height: bitmap.height };
      bitmap.close();
      return size.width > 0 && size.height > 0 ? size : null;
    } catch {
      // Some formats (BMP variants, very large images) fail here but load in an <img>.
    }
  }
  return readImageSizeWithElement(file);
}

function readImageSizeWithElement(file: Blob): Promise<ImageSize | null> {
  if (typeof Image === 'undefined' || typeof URL.createObjectURL !== 'function') return Promise.resolve(null);
  return new Promise((resolve) => {
    const url = URL.createObjectURL(file);
    const image = new Image();
    const done = (size: ImageSize | null): void => {
      URL.revokeObjectURL(url);
      resolve(size);
    };
    image.onload = () => done(image.naturalWidth > 0 ? { width: image.naturalWidth, height: image.naturalHeight } : null);
    image.onerror = () => done(null);
    image.src = url;
  });
}

/** Longest side of a video thumbnail we make. */
const THUMB_MAX_SIDE = 480;

/**
 * Duration and a thumbnail of a video file, and whether the browser can decode it at all. Never
 * fails: what cannot be decoded in `timeoutMs` gives `{ decodable: false, second: 0 }`.
 * A MediaRecorder WebM carries no duration in its header (`Infinity`): seeking far past the end
 * makes the browser read the whole file and learn the real one.
 */
export function readVideoInfo(file: Blob, timeoutMs = 5000): Promise<VideoInfo> {
  if (typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') return Promise.resolve({ decodable: false, second: 0 });
  return new Promise((resolve) => {
    const url = URL.createObjectURL(file);
    const video = document.createElement('video');
    let second = 0;
    let decodable = false;
    let findingEnd = false;
    let settled = false;
    const finish = (info: Omit<VideoInfo, 'decodable' | 'second'> = {}): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      video.removeAttribute('src');
      video.load();
      URL.revokeObjectURL(url);
      resolve({ decodable, second, ...info });
    };
    const timer = setTimeout(() => finish(), timeoutMs);
    /** A frame a little in, which is less often black than the very first. */
    const seekForThumbnail = (): void => {
      const target = Number.isFinite(video.duration) && video.duration > 0 ? Math.min(0.5, video.duration / 2) : 0;
      if (Math.abs(video.currentTime - target) < 1e-3) {
        if (video.readyState >= 2) finish(thumbnailOf(video));
        else video.onloadeddata = () => finish(thumbnailOf(video));
        return;
      }
      video.currentTime = target;
    };
    video.muted = true;
    video.preload = 'auto';
    video.playsInline = true;
    video.onerror = () => finish();
    video.onloadedmetadata = () => {
      decodable = video.videoWidth > 0 && video.videoHeight > 0;
      if (!decodable) return finish();
      if (Number.isFinite(video.duration)) {
        second = Math.max(0, Math.round(video.duration));
        seekForThumbnail();
      } else {
        findingEnd = true;
        video.currentTime = Number.MAX_SAFE_INTEGER;
      }
    };
    video.onseeked = () => {
      if (findingEnd) {
        findingEnd = false;
        second = Number.isFinite(video.duration) ? Math.max(0, Math.round(video.duration)) : 0;
        seekForThumbnail();
        return;
      }
      finish(thumbnailOf(video));
    };
    video.src = url;
  });
}

function thumbnailOf(video: HTMLVideoElement): Pick<VideoInfo, 'thumb'> {
  const { videoWidth, videoHeight } = video;
  if (!(videoWidth > 0 && videoHeight > 0)) return {};
  const scale = Math.min(1, THUMB_MAX_SIDE / Math.max(videoWidth, videoHeight));
  const width = Math.round(videoWidth * scale);
  const height = Math.round(videoHeight * scale);
  try {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) return {};
    context.drawImage(video, 0, 0, width, height);
    return { thumb: { url: canvas.toDataURL('image/jpeg', 0.8), width, height } };
  } catch {
    return {};
  }
}

/** The browser's way to measure attachments, for the core composer. */
export const browserMediaReader: MediaReader = { oversizedImage, readImageSize, readVideoInfo: (file) => readVideoInfo(file) };
