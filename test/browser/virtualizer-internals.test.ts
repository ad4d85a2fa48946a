// The message list adjusts @lit-labs/virtualizer through some of its private members (see
// docs/virtualizer-patches.md). The package is pinned to the exact version they were written
// for; this test fails when one of them is gone or has changed kind, so an upgrade cannot
// silently drop a patch (the patches themselves skip what they cannot find).
import { expect, waitUntil } from '@open-wc/testing';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { html, render } from 'lit';

const packageJson = (await (await fetch('/package.json')).json()) as { dependencies: Record<string, string> };
const installed = (await (await fetch('/node_modules/@lit-labs/virtualizer/package.json')).json()) as { version: string };

type Bag = Record<string, unknown>;

describe('@lit-labs/virtualizer internals the message list relies on', () => {
  it('is pinned to an exact version, the one installed', () => {
    const pinned = packageJson.dependencies['@lit-labs/virtualizer'];
    expect(pinned).to.match(/^\d+\.\d+\.\d+$/, 'an exact version, not a range');
    expect(installed.version).to.equal(pinned);
  });

  it('Virtualizer (virtualizer-tuning.ts): _positionChildren, _finishDOMUpdate, _childrenRO, _children, _first', async () => {
    // The package does not export the class: the instance the directive makes, as the list gets it.
    const host = document.createElement('div') as HTMLDivElement & { [virtualizerRef]?: unknown };
    host.style.cssText = 'height: 200px; overflow: auto';
    document.body.append(host);
    render(html`${virtualize({ items: [1, 2, 3], renderItem: (i: number) => html`<div>${i}</div>` })}`, host);
    await waitUntil(() => host[virtualizerRef], 'the virtualizer is made');
    const virtualizer = host[virtualizerRef] as Bag;
    const proto = Object.getPrototypeOf(virtualizer) as Bag;
    expect(typeof proto._positionChildren).to.equal('function');
    expect(typeof proto._finishDOMUpdate).to.equal('function');
    expect('_childrenRO' in virtualizer).to.equal(true);
    expect(Object.getOwnPropertyDescriptor(proto, '_children')?.get, '_children is a getter').to.be.a('function');
    expect(virtualizer._first).to.be.a('number');
    host.remove();
  });

  it('FlowLayout (chat-flow-layout.ts): the index-keyed records it moves on a prepend, and the hooks it overrides', () => {
    const layout = new FlowLayout(() => {}, {}) as unknown as Bag;
    const proto = FlowLayout.prototype as unknown as Bag;
    for (const method of ['_reflow', '_setPositionFromPin', '_setItems', '_clampScrollPosition']) {
      let owner: Bag | null = proto;
      while (owner && !Object.prototype.hasOwnProperty.call(owner, method)) owner = Object.getPrototypeOf(owner) as Bag | null;
      expect(typeof owner?.[method], method).to.equal('function');
    }
    for (const field of ['_overhang', '_pin', '_scrollSize', '_viewDim1', '_scrollPosition', '_scrollError', '_items', '_first', '_last', '_firstVisible', '_lastVisible', '_anchorIdx', '_anchorPos']) {
      expect(field in layout, field).to.equal(true);
    }
    expect(layout._physicalItems, '_physicalItems').to.be.instanceOf(Map);
    expect(layout._newPhysicalItems, '_newPhysicalItems').to.be.instanceOf(Map);
    const metrics = layout._metricsCache as Bag;
    expect(metrics._metricsCache, '_metricsCache._metricsCache').to.be.instanceOf(Map);
    expect((metrics._childSizeCache as Bag)._map, '_childSizeCache._map').to.be.instanceOf(Map);
    expect((metrics._marginSizeCache as Bag)._map, '_marginSizeCache._map').to.be.instanceOf(Map);
  });
});
