import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LongPressController } from '../../src/components/base/long-press-controller.js';
import { ManualTimers } from '../support/manual-timers.js';

/** A host that logs what its long press reports. */
class LongPressHost extends LitElement {
  readonly log: string[] = [];
  readonly longPress = new LongPressController<string>(this, {
    // The host hears its shadow tree's events retargeted: the pressed element is first on the path.
    target: (event) => (event.composedPath()[0] as HTMLElement).dataset.press,
    onLongPress: (target, at) => this.log.push(`press ${target} ${at.x},${at.y}`),
    onRelease: (target) => this.log.push(`release ${target}`),
    holdMs: 400,
  });
  override render() {
    return html`<div data-press="a" style="height: 40px">a</div><div style="height: 40px">not pressable</div>`;
  }
}
customElements.define('long-press-host', LongPressHost);

describe('LongPressController: the one long press', () => {
  let host: LongPressHost;
  let timers: ManualTimers;
  const pointer = (type: string, target: Element, init: PointerEventInit = {}) =>
    target.dispatchEvent(
      new PointerEvent(type, { pointerType: 'touch', clientX: 10, clientY: 10, bubbles: true, composed: true, ...init }),
    );
  const touchEnd = (target: Element) => {
    const event = new TouchEvent('touchend', { bubbles: true, composed: true, cancelable: true });
    target.dispatchEvent(event);
    return event.defaultPrevented;
  };
  const pressable = () => host.shadowRoot!.querySelector('[data-press]')!;

  beforeEach(async () => {
    host = await fixture<LongPressHost>(html`<long-press-host></long-press-host>`);
    timers = new ManualTimers();
    host.longPress.timers = timers;
  });

  it('fires after the hold time, not before; the release is reported and its click cancelled', () => {
    pointer('pointerdown', pressable());
    timers.advance(399);
    expect(host.log).to.deep.equal([]);
    timers.advance(1);
    expect(host.log).to.deep.equal(['press a 10,10']);
    expect(host.longPress.isHeld).to.equal(true);
    pointer('pointerup', pressable());
    expect(touchEnd(pressable()), 'the touchend after a long press is cancelled (no click)').to.equal(true);
    expect(host.log).to.deep.equal(['press a 10,10', 'release a']);
    expect(host.longPress.isHeld).to.equal(false);
  });

  it('a short tap, a moving finger, a cancelled pointer, a mouse or an unpressable target: nothing', () => {
    pointer('pointerdown', pressable());
    timers.advance(100);
    pointer('pointerup', pressable());
    expect(touchEnd(pressable()), 'a tap keeps its click').to.equal(false);
    pointer('pointerdown', pressable());
    pointer('pointermove', pressable(), { clientX: 10, clientY: 25 });
    timers.advance(1000);
    pointer('pointerdown', pressable());
    pointer('pointercancel', pressable());
    timers.advance(1000);
    pointer('pointerdown', pressable(), { pointerType: 'mouse' });
    timers.advance(1000);
    pointer('pointerdown', host.shadowRoot!.querySelectorAll('div')[1]!);
    timers.advance(1000);
    expect(host.log).to.deep.equal([]);
  });

  it('a small tremble is still a press; leaving the page forgets it', () => {
    pointer('pointerdown', pressable());
    pointer('pointermove', pressable(), { clientX: 14, clientY: 16 });
    timers.advance(400);
    expect(host.log).to.deep.equal(['press a 10,10']);
    pointer('pointerdown', pressable());
    host.remove();
    timers.advance(1000);
    expect(host.log).to.have.length(1);
  });
});
