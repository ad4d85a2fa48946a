import { encodePng } from './png-encoder.js';

/**
 * Media for the demo history, made on the spot with no network and no asset files: real
 * pictures (PNG), a real sound (WAV) and, where the platform can encode video, a real clip.
 */

type Rgb = readonly [number, number, number];

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];

export type DemoPictureKind = 'mountains' | 'sunset' | 'lake';

const PALETTES: Record<DemoPictureKind, { skyTop: Rgb; skyBottom: Rgb; sun: Rgb; far: Rgb; near: Rgb; water: Rgb }> = {
  mountains: {
    skyTop: [74, 144, 226],
    skyBottom: [190, 225, 250],
    sun: [255, 248, 220],
    far: [110, 130, 160],
    near: [46, 90, 70],
    water: [60, 120, 170],
  },
  sunset: {
    skyTop: [60, 40, 110],
    skyBottom: [255, 150, 90],
    sun: [255, 220, 120],
    far: [120, 60, 90],
    near: [40, 25, 50],
    water: [200, 110, 90],
  },
  lake: {
    skyTop: [120, 190, 230],
    skyBottom: [235, 245, 250],
    sun: [255, 255, 240],
    far: [90, 150, 120],
    near: [40, 100, 60],
    water: [70, 150, 180],
  },
};

const pictures = new Map<string, Promise<Blob>>();

/**
 * A landscape picture (sky, sun, two mountain ridges, water), `width`×`height` pixels. Made
 * once per page and size: every demo server in the page shares the bytes.
 */
export function demoPicture(kind: DemoPictureKind, width = 640, height = 427): Promise<Blob> {
  const key = `${kind}:${width}x${height}`;
  let picture = pictures.get(key);
  if (!picture) pictures.set(key, (picture = drawPicture(kind, width, height)));
  return picture;
}

function drawPicture(kind: DemoPictureKind, width: number, height: number): Promise<Blob> {
  const p = PALETTES[kind];
  const sunX = width * (kind === 'sunset' ? 0.5 : 0.75);
  const sunY = height * (kind === 'sunset' ? 0.55 : 0.22);
  const sunR = Math.min(width, height) * 0.09;
  const horizon = height * 0.72;
  const ridge = (x: number, base: number, amp: number, freq: number, phase: number): number =>
    base - amp * (0.6 * Math.sin(x * freq + phase) + 0.3 * Math.sin(x * freq * 2.7 + phase * 1.3) + 0.1 * Math.sin(x * freq * 7.1));
  // Ridges depend on the column only: work them out once per column.
  const near = Float64Array.from({ length: width }, (_, x) => ridge(x, horizon - height * 0.05, height * 0.08, 0.011, 1.7));
  const far = Float64Array.from({ length: width }, (_, x) => ridge(x, horizon - height * 0.16, height * 0.12, 0.007, 0.4));
  const farColour = mix(p.far, p.skyBottom, 0.25);
  return encodePng(width, height, (x, y) => {
    if (y > horizon) {
      const t = (y - horizon) / (height - horizon);
      const ripple = Math.sin(y * 0.9 + Math.sin(x * 0.05) * 2) * 0.06;
      return mix(p.water, p.near, Math.min(1, t * 0.8 + ripple));
    }
    if (y > near[x]!) return mix(p.near, p.far, (horizon - y) / (height * 0.3));
    if (y > far[x]!) return farColour;
    const dx = x - sunX;
    const dy = y - sunY;
    const d2 = dx * dx + dy * dy;
    if (d2 < sunR * sunR) return p.sun;
    const sky = mix(p.skyTop, p.skyBottom, y / horizon);
    if (d2 >= sunR * sunR * 4.84) return sky;
    return mix(p.sun, sky, (Math.sqrt(d2) - sunR) / (sunR * 1.2));
  });
}

/** A short chime as a 16-bit mono WAV: a few soft notes. */
export function demoSound(seconds = 3, sampleRate = 8000): Blob {
  const samples = Math.floor(seconds * sampleRate);
  const buffer = new ArrayBuffer(44 + samples * 2);
  const view = new DataView(buffer);
  const text = (at: number, value: string): void => {
    for (let i = 0; i < value.length; i++) view.setUint8(at + i, value.charCodeAt(i));
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples * 2, true);
  const notes = [523.25, 659.25, 783.99, 1046.5]; // C5 E5 G5 C6
  const noteLength = samples / notes.length;
  for (let i = 0; i < samples; i++) {
    const note = Math.min(notes.length - 1, Math.floor(i / noteLength));
    const t = (i - note * noteLength) / sampleRate;
    const envelope = Math.exp(-t * 3) * Math.min(1, t * 200);
    const value = Math.sin(2 * Math.PI * notes[note]! * (i / sampleRate)) * envelope * 0.5;
    view.setInt16(44 + i * 2, Math.round(value * 32767), true);
  }
  return new Blob([buffer], { type: 'audio/wav' });
}
