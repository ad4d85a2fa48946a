import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clampView, FIT, fitSize, MAX_SCALE, panBy, swipeDirection, toggleZoom, zoomAt } from '../../src/components/image-viewer/zoom.js';

const stage = { width: 1248, height: 700 };

describe('image viewer geometry', () => {
  it('a picture fits both axes of the stage and is never enlarged', () => {
    const round = ({ width, height }: { width: number; height: number }) => ({ width: Math.round(width), height: Math.round(height) });
    assert.deepEqual(
      round(fitSize({ width: 1600, height: 1200 }, stage)),
      { width: 933, height: 700 },
      'a 1600×1200 photo: the full height shows',
    );
    assert.deepEqual(round(fitSize({ width: 400, height: 3000 }, stage)), { width: 93, height: 700 }, 'a tall one too');
    assert.deepEqual(fitSize({ width: 300, height: 200 }, stage), { width: 300, height: 200 });
    assert.deepEqual(fitSize({ width: 0, height: 200 }, stage), { width: 0, height: 0 });
  });

  it('zooming keeps the point under the cursor in place, within 1× and the maximum', () => {
    const fitted = fitSize({ width: 1600, height: 1200 }, stage);
    const at = { x: 200, y: -100 };
    const zoomed = zoomAt(FIT, 2, at, fitted, stage);
    assert.equal(zoomed.scale, 2);
    // The picture point under the cursor: (at - translate) / scale stays the same.
    assert.ok(Math.abs((at.x - zoomed.x) / zoomed.scale - at.x) < 1e-9);
    assert.ok(Math.abs((at.y - zoomed.y) / zoomed.scale - at.y) < 1e-9);
    assert.equal(zoomAt(zoomed, 100, at, fitted, stage).scale, MAX_SCALE);
    assert.deepEqual(zoomAt(zoomed, 0.01, at, fitted, stage), FIT, 'zooming out past 1× is the fitted picture, centred');
  });

  it("panning stops at the picture's edges; the fitted picture does not move", () => {
    const fitted = fitSize({ width: 1600, height: 1200 }, stage);
    assert.deepEqual(panBy(FIT, 300, 300, fitted, stage), FIT);
    const zoomed = { scale: 2, x: 0, y: 0 };
    const far = panBy(zoomed, 5000, -5000, fitted, stage);
    assert.equal(far.x, (fitted.width * 2 - stage.width) / 2);
    assert.equal(far.y, -(fitted.height * 2 - stage.height) / 2);
    assert.deepEqual(clampView({ scale: Number.NaN, x: Number.NaN, y: 1 }, fitted, stage), FIT, 'nonsense becomes the fitted view');
  });

  it('a double tap zooms in where tapped and back out', () => {
    const fitted = fitSize({ width: 1600, height: 1200 }, stage);
    const inView = toggleZoom(FIT, { x: 100, y: 50 }, fitted, stage);
    assert.ok(inView.scale > 1);
    assert.deepEqual(toggleZoom(inView, { x: 0, y: 0 }, fitted, stage), FIT);
  });

  it('a horizontal swipe goes to the next or previous picture, mirrored right-to-left; a short or vertical one does not', () => {
    assert.equal(swipeDirection(-120, 10), 1);
    assert.equal(swipeDirection(120, 10), -1);
    assert.equal(swipeDirection(120, 10, true), 1);
    assert.equal(swipeDirection(-30, 0), 0);
    assert.equal(swipeDirection(-80, 120), 0);
  });
});
