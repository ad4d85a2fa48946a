/**
 * Every member of `@lit-labs/virtualizer` (pinned at exactly 2.1.1) that the patches in this folder
 * reach, and which patch reaches it. `test/browser/virtualizer-internals.test.ts` checks each one
 * against the installed package, so an upgrade that drops or changes one fails a test instead of
 * silently turning a patch off.
 *
 * `Virtualizer` members are private: those patches replace methods on our own instance.
 * `FlowLayout` members are the layout API the package offers custom layouts (protected members
 * of `BaseLayout`, public-by-convention fields of `FlowLayout`), reached by subclassing, except
 * the measurement maps inside `_metricsCache`, which are private.
 */
type PatchName = 'position-children' | 'reobserve-reused-rows' | 'prepend-remap' | 'reflow-hooks' | 'pin-inside-list' | 'overhang';

export interface PatchedInternal {
  readonly patch: PatchName;
  readonly owner: 'Virtualizer' | 'FlowLayout';
  /** A dotted path from the instance (`_metricsCache._childSizeCache._map`). */
  readonly member: string;
  /** `method`: a function on the prototype chain; `getter`: an accessor there; `map`: a Map; `field`: present. */
  readonly kind: 'method' | 'getter' | 'map' | 'field';
}

const v = (patch: PatchName, member: string, kind: PatchedInternal['kind']): PatchedInternal => ({
  patch,
  owner: 'Virtualizer',
  member,
  kind,
});
const f = (patch: PatchName, member: string, kind: PatchedInternal['kind']): PatchedInternal => ({
  patch,
  owner: 'FlowLayout',
  member,
  kind,
});

export const PATCHED_INTERNALS: readonly PatchedInternal[] = [
  v('position-children', '_positionChildren', 'method'),
  v('position-children', '_children', 'getter'),
  v('position-children', '_first', 'field'),
  v('reobserve-reused-rows', '_finishDOMUpdate', 'method'),
  v('reobserve-reused-rows', '_childrenRO', 'field'),
  f('prepend-remap', '_setItems', 'method'),
  f('prepend-remap', '_items', 'field'),
  f('prepend-remap', '_physicalItems', 'map'),
  f('prepend-remap', '_newPhysicalItems', 'map'),
  f('prepend-remap', '_metricsCache._metricsCache', 'map'),
  f('prepend-remap', '_metricsCache._childSizeCache._map', 'map'),
  f('prepend-remap', '_metricsCache._marginSizeCache._map', 'map'),
  ...['_first', '_last', '_firstVisible', '_lastVisible', '_anchorIdx', '_anchorPos', '_pin'].map((m) => f('prepend-remap', m, 'field')),
  f('reflow-hooks', '_reflow', 'method'),
  f('reflow-hooks', '_pin', 'field'),
  f('pin-inside-list', '_clampScrollPosition', 'method'),
  f('pin-inside-list', '_setPositionFromPin', 'method'),
  ...['_scrollSize', '_viewDim1', '_scrollPosition', '_scrollError'].map((m) => f('pin-inside-list', m, 'field')),
  f('overhang', '_overhang', 'field'),
];
