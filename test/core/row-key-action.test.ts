import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rowKeyAction } from '../../src/components/message-list/row-key-action.js';

const onRow = { controlIndex: -1, controlCount: 3, contentControls: 2 };
const onControl = (controlIndex: number) => ({ controlIndex, controlCount: 3, contentControls: 2 });

describe('rowKeyAction: the message log as a grid of one column', () => {
  it('Enter or F2 on a row steps into its first control', () => {
    assert.deepEqual(rowKeyAction({ ...onRow, key: 'Enter' }), { kind: 'focus-control', index: 0 });
    assert.deepEqual(rowKeyAction({ ...onRow, key: 'F2' }), { kind: 'focus-control', index: 0 });
  });

  it('a row with nothing but its "…" button opens the menu on Enter; F2 does nothing', () => {
    const plain = { controlIndex: -1, controlCount: 1, contentControls: 0 };
    assert.deepEqual(rowKeyAction({ ...plain, key: 'Enter' }), { kind: 'open-menu' });
    assert.deepEqual(rowKeyAction({ ...plain, key: 'F2' }), { kind: 'none' });
    assert.deepEqual(rowKeyAction({ controlIndex: -1, controlCount: 0, contentControls: 0, key: 'Enter' }), { kind: 'open-menu' });
  });

  it("a row whose only other control is the sender's avatar opens the menu on Enter; F2 steps onto the avatar", () => {
    const withAvatar = { controlIndex: -1, controlCount: 2, contentControls: 0, personControls: 1 };
    assert.deepEqual(rowKeyAction({ ...withAvatar, key: 'Enter' }), { kind: 'open-menu' });
    assert.deepEqual(rowKeyAction({ ...withAvatar, key: 'F2' }), { kind: 'focus-control', index: 0 });
  });

  it('the context-menu key and Shift+F10 open the menu from the row and from a control', () => {
    for (const at of [onRow, onControl(1)]) {
      assert.deepEqual(rowKeyAction({ ...at, key: 'ContextMenu' }), { kind: 'open-menu' });
      assert.deepEqual(rowKeyAction({ ...at, key: 'F10', shiftKey: true }), { kind: 'open-menu' });
      assert.deepEqual(rowKeyAction({ ...at, key: 'F10' }), { kind: 'none' });
    }
  });

  it("Enter and Space on a control are the control's own (a link opens, an image opens the viewer)", () => {
    assert.deepEqual(rowKeyAction({ ...onControl(0), key: 'Enter' }), { kind: 'none' });
    assert.deepEqual(rowKeyAction({ ...onControl(0), key: ' ' }), { kind: 'none' });
  });

  it("Tab and Shift+Tab go round the row's controls; Escape and F2 go back to the row", () => {
    assert.deepEqual(rowKeyAction({ ...onControl(0), key: 'Tab' }), { kind: 'focus-control', index: 1 });
    assert.deepEqual(rowKeyAction({ ...onControl(2), key: 'Tab' }), { kind: 'focus-control', index: 0 });
    assert.deepEqual(rowKeyAction({ ...onControl(0), key: 'Tab', shiftKey: true }), { kind: 'focus-control', index: 2 });
    assert.deepEqual(rowKeyAction({ ...onControl(1), key: 'Escape' }), { kind: 'to-row' });
    assert.deepEqual(rowKeyAction({ ...onControl(1), key: 'F2' }), { kind: 'to-row' });
  });

  it('the arrows move among the controls and stop at the ends, mirrored right-to-left', () => {
    assert.deepEqual(rowKeyAction({ ...onControl(0), key: 'ArrowDown' }), { kind: 'focus-control', index: 1 });
    assert.deepEqual(rowKeyAction({ ...onControl(0), key: 'ArrowRight' }), { kind: 'focus-control', index: 1 });
    assert.deepEqual(rowKeyAction({ ...onControl(2), key: 'ArrowDown' }), { kind: 'focus-control', index: 2 });
    assert.deepEqual(rowKeyAction({ ...onControl(0), key: 'ArrowUp' }), { kind: 'focus-control', index: 0 });
    assert.deepEqual(rowKeyAction({ ...onControl(0), key: 'ArrowLeft', dir: 'rtl' }), { kind: 'focus-control', index: 1 });
    assert.deepEqual(rowKeyAction({ ...onControl(1), key: 'ArrowRight', dir: 'rtl' }), { kind: 'focus-control', index: 0 });
    assert.deepEqual(rowKeyAction({ ...onControl(1), key: 'End' }), { kind: 'focus-control', index: 2 });
    assert.deepEqual(rowKeyAction({ ...onControl(1), key: 'Home' }), { kind: 'focus-control', index: 0 });
  });

  it('a control that uses the arrows itself (a video) keeps them', () => {
    assert.deepEqual(rowKeyAction({ ...onControl(0), key: 'ArrowRight', controlTakesArrows: true }), { kind: 'none' });
    assert.deepEqual(rowKeyAction({ ...onControl(0), key: 'Tab', controlTakesArrows: true }), { kind: 'focus-control', index: 1 });
  });

  it("Tab on a row leaves the log; other keys on a row are the row list's (arrows) or nobody's", () => {
    assert.deepEqual(rowKeyAction({ ...onRow, key: 'Tab' }), { kind: 'leave' });
    assert.deepEqual(rowKeyAction({ ...onRow, key: 'Tab', shiftKey: true }), { kind: 'leave' });
    assert.deepEqual(rowKeyAction({ ...onRow, key: 'a' }), { kind: 'none' });
    assert.deepEqual(rowKeyAction({ ...onRow, key: 'Enter', ctrlKey: true }), { kind: 'none' });
  });
});
