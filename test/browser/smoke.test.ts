import { expect } from '@open-wc/testing';
import { StateStore } from '../../src/core/store/state-store.js';

describe('StateStore in the browser', () => {
  it('notifies a selector only when its part changed', () => {
    const store = new StateStore({ a: 1, b: 1 });
    const seen: number[] = [];
    store.subscribe(
      (s) => s.a,
      (a) => seen.push(a),
    );
    store.set({ b: 2 });
    store.set({ a: 3 });
    expect(seen).to.deep.equal([3]);
  });
});
