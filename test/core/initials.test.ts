import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { initialsOf } from '../../src/core/util/color-from-id.js';

describe('initialsOf (every avatar of the kit)', () => {
  it('takes the first letters of the first and last words; an apostrophe belongs to its word', () => {
    assert.equal(initialsOf('Alice Chen'), 'AC');
    assert.equal(initialsOf("James O'Connor"), 'JO');
    assert.equal(initialsOf('james o’connor'), 'JO');
    assert.equal(initialsOf('bob'), 'B');
    assert.equal(initialsOf('mary-jane.watson'), 'MW');
  });

  it('ignores brackets and symbols, and keeps Chinese names whole', () => {
    assert.equal(initialsOf('Carol (design)'), 'CD');
    assert.equal(initialsOf('  ★ Emma Wilson ★ '), 'EW');
    assert.equal(initialsOf('李雷'), '李雷');
    assert.equal(initialsOf('韩梅梅'), '梅梅');
  });

  it('a name of symbols only still gets something, and an empty one a question mark', () => {
    assert.equal(initialsOf('★'), '★');
    assert.equal(initialsOf('   '), '?');
  });
});
