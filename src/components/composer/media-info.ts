/**
 * Facts about an attachment read in the browser before it is sent, so that the message list
 * can reserve the right space for it while it uploads.
 */

export interface ImageSize {
  readonly width: number;
  readonly height: number;
}

export interface VideoInfo {
  /** Whole seconds, 0 when unknown. */
  readonly second: number;
  /** A JPEG `data:` URL of an early frame, with its size; absent when the browser cannot decode the video. */
  readonly thumb?: { readonly url: string; readonly width: number; readonly height: number };
}

/** Width and height of an image file (EXIF orientation applied), or null when it cannot be decoded. */
export async function readImageSize(file: Blob): Promise<ImageSize | null> {
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
 * Duration and a thumbnail of a video file. Never fails: a video the browser cannot decode (or
 * that takes longer than `timeoutMs`) gives `{ second: 0 }` and is still sent.
 */
export function readVideoInfo(file: Blob, timeoutMs = 5000): Promise<VideoInfo> {
  if (typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') return Promise.resolve({ second: 0 });
  return new Promise((resolve) => {
    const url = URL.createObjectURL(file);
    const video = document.createElement('video');
    let second = 0;
    let settled = false;
    const finish = (info: VideoInfo): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      video.removeAttribute('src');
      video.load();
      URL.revokeObjectURL(url);
      resolve(info);
    };
    const timer = setTimeout(() => finish({ second }), timeoutMs);
    video.muted = true;
    video.preload = 'auto';
    video.playsInline = true;
    video.onerror = () => finish({ second });
    video.onloadedmetadata = () => {
      second = Number.isFinite(video.duration) ? Math.max(0, Math.round(video.duration)) : 0;
      // A frame a little in, which is less often black than the very first.
      video.currentTime = Number.isFinite(video.duration) ? Math.min(0.5, video.duration / 2) : 0;
    };
    video.onseeked = () => finish({ second, ...thumbnailOf(video) });
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
