import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listKeyTarget } from '../../src/components/base/list-navigation.js';

describe('listKeyTarget: the one rule for arrow keys in lists', () => {
  it('a long list stops at its ends; Home and End go to them; pages move by their size', () => {
    assert.equal(listKeyTarget('ArrowDown', 3, 10), 4);
    assert.equal(listKeyTarget('ArrowDown', 9, 10), 9);
    assert.equal(listKeyTarget('ArrowUp', 0, 10), 0);
    assert.equal(listKeyTarget('Home', 5, 10), 0);
    assert.equal(listKeyTarget('End', 5, 10), 9);
    assert.equal(listKeyTarget('PageDown', 5, 10, { pageSize: 8 }), 9);
    assert.equal(listKeyTarget('PageUp', 5, 10, { pageSize: 8 }), 0);
    assert.equal(listKeyTarget('PageDown', 5, 10), null, "no page size: the key is not the list's");
  });

  it('a menu goes round; with nothing focused, down is the first and up the last', () => {
    assert.equal(listKeyTarget('ArrowDown', 2, 3, { wrap: true }), 0);
    assert.equal(listKeyTarget('ArrowUp', 0, 3, { wrap: true }), 2);
    assert.equal(listKeyTarget('ArrowDown', -1, 3, { wrap: true }), 0);
    assert.equal(listKeyTarget('ArrowUp', -1, 3, { wrap: true }), 2);
  });

  it('other keys, keys the list does not take, and empty lists do not move', () => {
    assert.equal(listKeyTarget('Enter', 1, 3), null);
    assert.equal(listKeyTarget('Home', 1, 3, { keys: ['ArrowUp', 'ArrowDown'] }), null);
    assert.equal(listKeyTarget('ArrowDown', 1, 3, { keys: ['ArrowUp', 'ArrowDown'] }), 2);
    assert.equal(listKeyTarget('ArrowDown', -1, 0), null);
  });
});

describe('listKeyTarget: horizontal rows (tabs, toolbars)', () => {
  it("Left and Right move; Up and Down are not the row's; right-to-left mirrors them", () => {
    const row = { orientation: 'horizontal', wrap: true } as const;
    assert.equal(listKeyTarget('ArrowRight', 0, 3, row), 1);
    assert.equal(listKeyTarget('ArrowLeft', 0, 3, row), 2);
    assert.equal(listKeyTarget('ArrowDown', 0, 3, row), null);
    assert.equal(listKeyTarget('ArrowLeft', 0, 3, { ...row, dir: 'rtl' }), 1);
    assert.equal(listKeyTarget('ArrowRight', 0, 3, { ...row, dir: 'rtl' }), 2);
    assert.equal(listKeyTarget('End', 0, 3, row), 2);
  });

  it('a vertical list leaves Left and Right alone (they move the caret or scroll)', () => {
    assert.equal(listKeyTarget('ArrowRight', 0, 3), null);
    assert.equal(listKeyTarget('ArrowLeft', 1, 3), null);
  });
});
