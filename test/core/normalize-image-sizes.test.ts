import { test } from 'node:test';
import assert from 'node:assert/strict';
import { imageSizesFor, scaledToShortSide } from '../../src/core/interop/normalize-message.js';
import { IMAGE_SIZE } from '../../src/core/model/elements.js';
import { imageFormatCode, imageFormatName } from '../../src/core/model/image-format.js';

test('a big image gets a 198 px thumbnail and a 720 px large copy on its short side', () => {
  assert.deepEqual(imageSizesFor(4000, 3000), [
    { type: IMAGE_SIZE.original, width: 4000, height: 3000 },
    { type: IMAGE_SIZE.thumbnail, width: 264, height: 198 },
    { type: IMAGE_SIZE.large, width: 960, height: 720 },
  ]);
  // Portrait: the width is the short side; the long side is rounded up.
  assert.deepEqual(imageSizesFor(1000, 3001)[1], { type: IMAGE_SIZE.thumbnail, width: 198, height: 595 });
  assert.deepEqual(imageSizesFor(1000, 3001)[2], { type: IMAGE_SIZE.large, width: 720, height: 2161 });
});

test('smaller originals are not scaled up', () => {
  // Below 198 px: all three keep the original size.
  assert.deepEqual(
    imageSizesFor(150, 100).map(({ width, height }) => [width, height]),
    [
      [150, 100],
      [150, 100],
      [150, 100],
    ],
  );
  // Between 198 and 720 px: the large copy is the original size, the thumbnail shrinks.
  assert.deepEqual(
    imageSizesFor(600, 400).map(({ width, height }) => [width, height]),
    [
      [600, 400],
      [297, 198],
      [600, 400],
    ],
  );
  // Exactly on the edge: unchanged.
  assert.deepEqual(scaledToShortSide(198, 500, 198), { width: 198, height: 500 });
  assert.deepEqual(scaledToShortSide(720, 720, 720), { width: 720, height: 720 });
});

test('invalid sizes give zeros rather than NaN', () => {
  for (const [w, h] of [
    [0, 0],
    [-5, 10],
    [Number.NaN, 100],
    [Infinity, 100],
  ]) {
    for (const size of imageSizesFor(w as number, h as number)) {
      assert.ok(Number.isFinite(size.width) && Number.isFinite(size.height));
    }
  }
  assert.deepEqual(imageSizesFor(0, 500)[1], { type: IMAGE_SIZE.thumbnail, width: 0, height: 500 });
});

test('image format codes map both ways; unknown codes and names are UNKNOWN/255', () => {
  assert.equal(imageFormatName(1), 'JPG');
  assert.equal(imageFormatName(3), 'PNG');
  assert.equal(imageFormatName(99), 'UNKNOWN');
  assert.equal(imageFormatCode('jpeg'), 1);
  assert.equal(imageFormatCode('GIF'), 2);
  assert.equal(imageFormatCode('WEBP'), 255);
});
