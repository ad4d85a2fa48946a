// The message list adjusts @lit-labs/virtualizer through some of its private members and its
// custom-layout API (src/components/message-list/virtualizer-patches/, one README per patch). The
// package is pinned to the exact version they were written for; this test fails when one of the
// members any patch reaches (virtualizer-patches/internals.ts) is gone or has changed kind, or when
// a patch no longer applies to the list's own virtualizer, so an upgrade cannot silently drop a
// patch (the patches themselves skip what they cannot find).
import { expect, waitUntil } from '@open-wc/testing';
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { html, render } from 'lit';
import { ChatFlowLayout } from '../../src/components/message-list/virtualizer-patches/chat-flow-layout.js';
import { PATCHED_INTERNALS, type PatchedInternal } from '../../src/components/message-list/virtualizer-patches/internals.js';
import { patchVirtualizer } from '../../src/components/message-list/virtualizer-patches/patch-virtualizer.js';
import { bulkHistory, makeMessageWorld, until } from '../fixtures/message-world.js';
import { mountList } from './message-list-helpers.js';

const packageJson = (await (await fetch('/package.json')).json()) as { dependencies: Record<string, string> };
const installed = (await (await fetch('/node_modules/@lit-labs/virtualizer/package.json')).json()) as { version: string };

type Bag = Record<string, unknown>;

/** Where `name` is defined on the prototype chain of `object` (its own, or a prototype's), or undefined. */
function descriptorOf(object: object, name: string): PropertyDescriptor | undefined {
  for (let owner: object | null = object; owner; owner = Object.getPrototypeOf(owner) as object | null) {
    const d = Object.getOwnPropertyDescriptor(owner, name);
    if (d) return d;
  }
  return undefined;
}

/** Checks one listed member on an instance; returns what is wrong ('' when all is well). */
function check(instance: object, { member, kind }: PatchedInternal): string {
  const path = member.split('.');
  let owner: unknown = instance;
  for (const step of path.slice(0, -1)) owner = (owner as Bag | undefined)?.[step];
  const name = path[path.length - 1]!;
  if (!owner || typeof owner !== 'object') return `${member}: its owner is gone`;
  const d = descriptorOf(owner, name);
  if (!d) return `${member}: gone`;
  if (kind === 'method' && typeof d.value !== 'function') return `${member}: no longer a method`;
  if (kind === 'getter' && typeof d.get !== 'function') return `${member}: no longer a getter`;
  if (kind === 'map' && !((owner as Bag)[name] instanceof Map)) return `${member}: no longer a Map`;
  return '';
}

async function stockVirtualizer(): Promise<{ virtualizer: object; host: HTMLElement }> {
  // The package does not export the class: the instance the directive makes, as the list gets it.
  const host = document.createElement('div') as HTMLDivElement & { [virtualizerRef]?: object };
  host.style.cssText = 'height: 200px; overflow: auto';
  document.body.append(host);
  render(html`${virtualize({ items: [1, 2, 3], renderItem: (i: number) => html`<div>${i}</div>` })}`, host);
  await waitUntil(() => host[virtualizerRef], 'the virtualizer is made');
  return { virtualizer: host[virtualizerRef]!, host };
}

describe('@lit-labs/virtualizer internals the message list relies on', () => {
  it('is pinned to an exact version, the one installed', () => {
    const pinned = packageJson.dependencies['@lit-labs/virtualizer'];
    expect(pinned).to.match(/^\d+\.\d+\.\d+$/, 'an exact version, not a range');
    expect(installed.version).to.equal(pinned);
  });

  it('every Virtualizer member a patch reaches is there, of the same kind', async () => {
    const { virtualizer, host } = await stockVirtualizer();
    const problems = PATCHED_INTERNALS.filter((m) => m.owner === 'Virtualizer')
      .map((m) => check(virtualizer, m))
      .filter(Boolean);
    host.remove();
    expect(problems).to.deep.equal([]);
  });

  it('every FlowLayout member a patch reaches is there, of the same kind', () => {
    const layout = new FlowLayout(() => {}, {});
    const problems = PATCHED_INTERNALS.filter((m) => m.owner === 'FlowLayout')
      .map((m) => check(layout, m))
      .filter(Boolean);
    expect(problems).to.deep.equal([]);
  });

  it('the check fails for a member that is gone or has changed kind (so the tests above can fail)', () => {
    const layout = new FlowLayout(() => {}, {});
    expect(check(layout, { patch: 'overhang', owner: 'FlowLayout', member: '_noSuchField', kind: 'field' })).to.contain('gone');
    expect(check(layout, { patch: 'reflow-hooks', owner: 'FlowLayout', member: '_overhang', kind: 'method' })).to.contain(
      'no longer a method',
    );
    expect(check(layout, { patch: 'prepend-remap', owner: 'FlowLayout', member: '_metricsCache._nothing._map', kind: 'map' })).to.contain(
      'owner is gone',
    );
  });

  it('both Virtualizer patches apply to a stock instance, once', async () => {
    const { virtualizer, host } = await stockVirtualizer();
    const stock = (virtualizer as Bag)._positionChildren;
    expect(patchVirtualizer(virtualizer)).to.deep.equal(['position-children', 'reobserve-reused-rows']);
    expect((virtualizer as Bag)._positionChildren, 'replaced on the instance').to.not.equal(stock);
    expect(Object.prototype.hasOwnProperty.call(virtualizer, '_finishDOMUpdate'), 'wrapped on the instance').to.equal(true);
    expect(patchVirtualizer(virtualizer)).to.deep.equal(['position-children', 'reobserve-reused-rows']);
    host.remove();
  });

  it('a patch whose member is gone changes nothing and is not reported', () => {
    const stripped = { _children: [] as HTMLElement[], _first: 0 };
    expect(patchVirtualizer(stripped)).to.deep.equal([]);
    expect(Object.keys(stripped)).to.not.include('_positionChildren');
  });

  it('the message list runs on the patched virtualizer and the chat layout, which recognises a prepend', async function () {
    this.timeout(20000);
    const world = await makeMessageWorld({ pageSize: 20 });
    try {
      await world.alice.importMessages(bulkHistory(world.c2c, 80, 'alice', 'bob'));
      const list = await mountList(world.alice, world.c2c, { height: 400 });
      const scroller = list.shadowRoot!.querySelector('.scroller') as HTMLElement & { [virtualizerRef]?: Bag };
      const virtualizer = scroller[virtualizerRef]!;
      expect(virtualizer.__timPatches).to.deep.equal(['position-children', 'reobserve-reused-rows']);
      const layout = virtualizer._layout as ChatFlowLayout;
      expect(layout).to.be.instanceOf(ChatFlowLayout);
      expect(layout.overhang).to.equal(350);
      const count = world.alice.messageList(world.c2c).get().messages.length;
      await world.alice.loadOlder(world.c2c);
      await until(
        () => layout.lastPrepend === world.alice.messageList(world.c2c).get().messages.length - count && layout.lastPrepend > 0,
        'the prepend recognised',
      );
    } finally {
      await world.dispose();
    }
  });
});
