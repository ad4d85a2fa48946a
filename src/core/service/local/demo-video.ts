/**
 * A real demo video made on the spot: frames drawn on an OffscreenCanvas, encoded to VP8 with
 * WebCodecs and wrapped in a minimal WebM container. Platforms without WebCodecs (Node) get
 * null, and the demo leaves the video message out rather than show one that cannot play.
 */

export interface DemoVideo {
  readonly blob: Blob;
  readonly poster: Blob;
  readonly width: number;
  readonly height: number;
  readonly seconds: number;
  readonly format: string;
}

interface EncodedFrame {
  readonly data: Uint8Array;
  /** Milliseconds. */
  readonly time: number;
  readonly key: boolean;
}

// ── EBML writing (just what a WebM with one video track needs) ──

function vintSize(size: number): Uint8Array {
  // 8-byte size: simple and valid for any length we write.
  const out = new Uint8Array(8);
  out[0] = 0x01;
  let rest = size;
  for (let i = 7; i >= 1; i--) {
    out[i] = rest & 0xff;
    rest = Math.floor(rest / 256);
  }
  return out;
}

function idBytes(id: number): Uint8Array {
  const bytes: number[] = [];
  for (let v = id; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return new Uint8Array(bytes);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function element(id: number, ...children: Uint8Array[]): Uint8Array {
  const body = concat(children);
  return concat([idBytes(id), vintSize(body.length), body]);
}

function uint(id: number, value: number): Uint8Array {
  const bytes: number[] = [];
  for (let v = value; v > 0 || bytes.length === 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return element(id, new Uint8Array(bytes));
}

function float64(id: number, value: number): Uint8Array {
  const body = new Uint8Array(8);
  new DataView(body.buffer).setFloat64(0, value);
  return element(id, body);
}

function str(id: number, value: string): Uint8Array {
  return element(id, new TextEncoder().encode(value));
}

function simpleBlock(frame: EncodedFrame): Uint8Array {
  const header = new Uint8Array(4);
  header[0] = 0x81; // track 1
  new DataView(header.buffer).setInt16(1, frame.time);
  header[3] = frame.key ? 0x80 : 0x00;
  return element(0xa3, header, frame.data);
}

/** A WebM file (one cluster, millisecond timecodes) around VP8 frames. */
function webmOf(frames: readonly EncodedFrame[], width: number, height: number, durationMs: number): Blob {
  const header = element(
    0x1a45dfa3,
    uint(0x4286, 1),
    uint(0x42f7, 1),
    uint(0x42f2, 4),
    uint(0x42f3, 8),
    str(0x4282, 'webm'),
    uint(0x4287, 2),
    uint(0x4285, 2),
  );
  const info = element(
    0x1549a966,
    uint(0x2ad7b1, 1_000_000),
    str(0x4d80, 'tim-elements'),
    str(0x5741, 'tim-elements'),
    float64(0x4489, durationMs),
  );
  const tracks = element(
    0x1654ae6b,
    element(0xae, uint(0xd7, 1), uint(0x73c5, 1), uint(0x83, 1), str(0x86, 'V_VP8'), element(0xe0, uint(0xb0, width), uint(0xba, height))),
  );
  const cluster = element(0x1f43b675, uint(0xe7, 0), ...frames.map(simpleBlock));
  const segment = element(0x18538067, info, tracks, cluster);
  return new Blob([header, segment] as BlobPart[], { type: 'video/webm' });
}

// ── Drawing and encoding ──

const STEPS = [
  { title: 'Welcome', colour: '#5B8FF9' },
  { title: 'Pick a name', colour: '#5AD8A6' },
  { title: 'Invite your team', colour: '#F6903D' },
  { title: 'All set!', colour: '#9270CA' },
];
/** Each card slides in during this share of its time on screen, then stands still. */
const SLIDE_SHARE = 0.25;

/** Seconds into the clip at which the first card stands still, halfway through its time. */
function posterTime(seconds: number): number {
  return seconds / STEPS.length / 2;
}

function drawFrame(ctx: OffscreenCanvasRenderingContext2D, width: number, height: number, t: number, seconds: number): void {
  ctx.fillStyle = '#F4F6FA';
  ctx.fillRect(0, 0, width, height);
  const progress = t / seconds;
  const position = progress * STEPS.length;
  const index = Math.min(STEPS.length - 1, Math.floor(position));
  const slide = Math.min(1, (position - index) / SLIDE_SHARE);
  const ease = 1 - (1 - slide) ** 3;
  for (const [i, step] of STEPS.entries()) {
    const offset = (i - index) * width + (i === index ? (1 - ease) * width * 0.3 : 0);
    if (Math.abs(offset) >= width) continue;
    ctx.fillStyle = step.colour;
    ctx.fillRect(offset + width * 0.1, height * 0.12, width * 0.8, height * 0.6);
    ctx.fillStyle = '#fff';
    ctx.font = `600 ${Math.round(height * 0.09)}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.fillText(step.title, offset + width / 2, height * 0.45);
  }
  for (let i = 0; i < STEPS.length; i++) {
    ctx.fillStyle = i === index ? '#333' : '#C5CAD3';
    ctx.beginPath();
    ctx.arc(width / 2 + (i - 1.5) * 18, height * 0.85, 5, 0, Math.PI * 2);
    ctx.fill();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([promise, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
}

let shared: Promise<DemoVideo | null> | null = null;

/** The demo clip, made once per page and shared by every demo server in it. */
export function sharedDemoVideo(): Promise<DemoVideo | null> {
  return (shared ??= demoVideo());
}

/** A few seconds of an animated "onboarding" clip, or null where it cannot be made. */
export async function demoVideo(
  options: { width?: number; height?: number; seconds?: number; fps?: number } = {},
): Promise<DemoVideo | null> {
  if (typeof VideoEncoder !== 'function' || typeof VideoFrame !== 'function' || typeof OffscreenCanvas !== 'function') return null;
  const width = options.width ?? 320;
  const height = options.height ?? 240;
  const seconds = options.seconds ?? 4;
  const fps = options.fps ?? 15;
  const config: VideoEncoderConfig = { codec: 'vp8', width, height, bitrate: 400_000, framerate: fps };
  try {
    if (!(await withTimeout(VideoEncoder.isConfigSupported(config), 3000))?.supported) return null;
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    const frames: EncodedFrame[] = [];
    let failure: unknown = null;
    const encoder = new VideoEncoder({
      output: (chunk) => {
        const data = new Uint8Array(chunk.byteLength);
        chunk.copyTo(data);
        frames.push({ data, time: Math.round(chunk.timestamp / 1000), key: chunk.type === 'key' });
      },
      error: (error) => {
        failure = error;
      },
    });
    encoder.configure(config);
    // Frame 0 has the first card still sliding in (shifted right and cut off): the poster is a
    // frame where it has settled.
    drawFrame(ctx, width, height, posterTime(seconds), seconds);
    const poster = await canvas.convertToBlob({ type: 'image/png' });
    const count = seconds * fps;
    for (let i = 0; i < count; i++) {
      drawFrame(ctx, width, height, i / fps, seconds);
      const frame = new VideoFrame(canvas, { timestamp: Math.round((i * 1_000_000) / fps) });
      encoder.encode(frame, { keyFrame: i % (fps * 2) === 0 });
      frame.close();
    }
    const flushed = await withTimeout(
      encoder.flush().then(() => true),
      10000,
    );
    encoder.close();
    if (!flushed || failure || !poster || frames.length === 0 || !frames[0]!.key) return null;
    return { blob: webmOf(frames, width, height, seconds * 1000), poster, width, height, seconds, format: 'webm' };
  } catch {
    return null;
  }
}
