import { expect } from '@open-wc/testing';
import { demoVideo } from '../../src/core/service/local/demo-video.js';

/** The RGB of one pixel of an image blob. */
async function pixelsOf(blob: Blob): Promise<(x: number, y: number) => [number, number, number]> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const { data, width } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  return (x, y) => {
    const at = (Math.round(y) * width + Math.round(x)) * 4;
    return [data[at]!, data[at + 1]!, data[at + 2]!];
  };
}

const BACKGROUND: [number, number, number] = [0xf4, 0xf6, 0xfa];
const FIRST_CARD: [number, number, number] = [0x5b, 0x8f, 0xf9];

describe('demo video', () => {
  it('takes its poster from a settled frame: the first card centred, not sliding in', async function () {
    this.timeout(20000);
    const video = await demoVideo();
    if (!video) this.skip(); // no VP8 encoder in this Chromium build
    expect(video.poster.type).to.equal('image/png');
    const pixel = await pixelsOf(video.poster);
    const { width, height } = video;
    const y = height * 0.2; // inside the card, above its title
    // The card spans 10 %…90 % of the width when it has settled.
    expect(pixel(width * 0.05, y), 'left margin').to.deep.equal(BACKGROUND);
    expect(pixel(width * 0.13, y), 'card near its left edge').to.deep.equal(FIRST_CARD);
    expect(pixel(width * 0.87, y), 'card near its right edge').to.deep.equal(FIRST_CARD);
    expect(pixel(width * 0.95, y), 'right margin').to.deep.equal(BACKGROUND);
  });
});
