import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { neighbourAfterRemoval } from '../../src/components/base/neighbour-after-removal.js';

describe('neighbourAfterRemoval: who takes the focus when the focused item goes', () => {
  it('the next item, else the previous, else none', () => {
    assert.equal(neighbourAfterRemoval(['a', 'b', 'c'], ['a', 'c'], 'b'), 'c');
    assert.equal(neighbourAfterRemoval(['a', 'b', 'c'], ['a', 'b'], 'c'), 'b');
    assert.equal(neighbourAfterRemoval(['a'], [], 'a'), undefined);
  });

  it('skips neighbours that went too, and keeps an item that only moved', () => {
    assert.equal(neighbourAfterRemoval(['a', 'b', 'c', 'd'], ['a', 'd'], 'b'), 'd');
    assert.equal(neighbourAfterRemoval(['a', 'b', 'c'], ['a'], 'b'), 'a');
    assert.equal(neighbourAfterRemoval(['a', 'b', 'c'], ['b', 'a', 'c'], 'b'), 'b', 'pinned to the top: the same row keeps it');
  });

  it('an item that was not shown falls back to the first', () => {
    assert.equal(neighbourAfterRemoval(['a', 'b'], ['x', 'a'], 'z'), 'x');
  });
});
