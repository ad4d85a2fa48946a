import { encodePng } from '../../src/core/service/local/png-encoder.js';

/** A real 1000×750 PNG (a colour gradient): big enough that all three image sizes differ. */
export async function testImage(): Promise<{ blob: Blob; width: number; height: number }> {
  const width = 1000;
  const height = 750;
  const blob = await encodePng(width, height, (x, y) => [(x * 255) / width, (y * 255) / height, 160]);
  return { blob, width, height };
}
