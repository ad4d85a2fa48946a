import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeMenu, pointBox } from '../../src/components/base/menu-placement.js';

const viewport = { width: 400, height: 800 };
const menu = { width: 200, height: 180 };
// A "…" button near the inline end of a row.
const button = { left: 340, top: 100, right: 372, bottom: 132 };

describe('placeMenu: a menu beside what opened it', () => {
  it('goes below the anchor, its end edge lined up with the anchor’s', () => {
    assert.deepEqual(placeMenu(button, menu, viewport), { x: 172, y: 134, above: false });
  });

  it('flips above when there is no room below, and stays inside when neither side has room', () => {
    const low = { left: 340, top: 700, right: 372, bottom: 732 };
    assert.deepEqual(placeMenu(low, menu, viewport), { x: 172, y: 518, above: true });
    const tall = { width: 200, height: 900 };
    const placed = placeMenu(button, tall, viewport);
    assert.equal(placed.y, 8, 'clamped to the margin');
  });

  it('moves in from the edges of the viewport', () => {
    assert.equal(placeMenu(pointBox(20, 50), menu, viewport).x, 8, 'a right-click near the left edge');
    assert.equal(placeMenu(pointBox(390, 50), menu, viewport, { dir: 'rtl' }).x, 192, 'right-to-left near the right edge');
  });

  it('right-to-left lines the menu up with the anchor’s left edge', () => {
    const start = { left: 28, top: 100, right: 60, bottom: 132 };
    assert.equal(placeMenu(start, menu, viewport, { dir: 'rtl' }).x, 28);
  });
});
