import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TypeAhead } from '../../src/components/base/type-ahead.js';

const key = (k: string, mods: { ctrlKey?: boolean; metaKey?: boolean; isComposing?: boolean } = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

test('TypeAhead keeps printable keys in order, Backspace takes one back, Escape cancels; shortcuts, IME and non-typing keys pass', () => {
  const typed = new TypeAhead();
  for (const k of ['b', 'o', 'x', 'Backspace', 'b', ' ', 'ß', '王']) assert.equal(typed.take(key(k)), true, k);
  assert.equal(typed.text, 'bob ß王');
  for (const k of ['Enter', 'ArrowDown', 'Tab', 'Shift', 'F5', 'Process', 'Dead']) assert.equal(typed.take(key(k)), false, k);
  assert.equal(typed.take(key('v', { ctrlKey: true })), false, 'a paste shortcut is not typing');
  assert.equal(typed.take(key('a', { metaKey: true })), false);
  assert.equal(typed.take(key('n', { isComposing: true })), false, 'IME composition is left to the IME');
  assert.equal(typed.text, 'bob ß王');
  assert.equal(typed.cancelled, false);
  assert.equal(typed.take(key('Escape')), true);
  assert.equal(typed.cancelled, true);
  const empty = new TypeAhead();
  empty.take(key('Backspace'));
  assert.equal(empty.text, '');
});
