import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { RovingFocusController } from '../../src/components/base/roving-focus-controller.js';

/** A toolbar of element items: the simplest list the controller serves. */
class RovingToolbar extends LitElement {
  readonly keys = new RovingFocusController<HTMLElement>(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('button')],
    move: { orientation: 'horizontal', wrap: true },
  });
  override render() {
    return html`<input id="before" /><div role="toolbar" @keydown=${(e: KeyboardEvent) => this.keys.handleKey(e, this.shadowRoot!.activeElement as HTMLElement)}>
      ${['a', 'b', 'c'].map((id) => html`<button id=${id} tabindex="-1" @focus=${(e: FocusEvent) => this.keys.setActive(e.target as HTMLElement)}>${id}</button>`)}
    </div>`;
  }
  override updated() {
    for (const button of this.renderRoot.querySelectorAll('button')) button.tabIndex = this.keys.tabIndexOf(button);
  }
}
customElements.define('test-roving-toolbar', RovingToolbar);

/** Rows by key, rendered from data (as a virtualized list is), leaving to a search box above. */
class RovingRows extends LitElement {
  static override properties = { ids: { attribute: false }, selected: { attribute: false } };
  ids: string[] = ['x', 'y', 'z'];
  selected: string | undefined = 'y';
  readonly keys = new RovingFocusController<string>(this, {
    items: () => this.ids,
    home: () => this.selected,
    focus: (id) => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus()),
    move: { leaveAtStart: true },
    leave: () => this.renderRoot.querySelector<HTMLElement>('input')?.focus(),
  });
  override render() {
    return html`<input /><ul @keydown=${(e: KeyboardEvent) => this.keys.handleKey(e, (e.target as HTMLElement).id)}>
      ${this.ids.map((id) => html`<li id=${id} tabindex=${this.keys.tabIndexOf(id)}>${id}</li>`)}
    </ul>`;
  }
}
customElements.define('test-roving-rows', RovingRows);

function focused(host: HTMLElement): string | undefined {
  return host.shadowRoot!.activeElement?.id;
}

describe('RovingFocusController: one keyboard model for the lists', () => {
  it('a toolbar: one tab stop, Left/Right go round, the stop follows the focus', async () => {
    const bar = await fixture<RovingToolbar>(html`<test-roving-toolbar></test-roving-toolbar>`);
    const tabStops = () => [...bar.shadowRoot!.querySelectorAll('button')].filter((b) => b.tabIndex === 0).map((b) => b.id);
    expect(tabStops()).to.deep.equal(['a']);
    bar.shadowRoot!.querySelector<HTMLElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(bar)).to.equal('a');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(bar)).to.equal('c', 'Left from the first goes round to the last');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(bar)).to.equal('a');
    await sendKeys({ press: 'ArrowRight' });
    await bar.updateComplete;
    expect(focused(bar)).to.equal('b');
    expect(tabStops()).to.deep.equal(['b'], 'Tab comes back to where the user left');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(bar)).to.equal('b', 'a horizontal toolbar leaves Up and Down alone');
  });

  it('rows by key: the stop starts on the selected row, stops at the ends, and Up from the first leaves the list', async () => {
    const rows = await fixture<RovingRows>(html`<test-roving-rows></test-roving-rows>`);
    expect(rows.keys.active).to.equal('y', 'before any focus, the open row holds the stop');
    expect(rows.shadowRoot!.querySelector<HTMLElement>('#y')!.tabIndex).to.equal(0);
    rows.shadowRoot!.querySelector<HTMLElement>('#y')!.focus();
    await sendKeys({ press: 'End' });
    await rows.updateComplete;
    expect(focused(rows)).to.equal('z');
    await sendKeys({ press: 'ArrowDown' });
    await rows.updateComplete;
    expect(focused(rows)).to.equal('z', 'a long list stops at its end');
    await sendKeys({ press: 'Home' });
    await rows.updateComplete;
    expect(focused(rows)).to.equal('x');
    await sendKeys({ press: 'ArrowUp' });
    expect(rows.shadowRoot!.activeElement?.tagName).to.equal('INPUT', 'Up from the first row goes to the box above');
  });

  it('the stop survives its row moving and falls back when its row is gone', async () => {
    const rows = await fixture<RovingRows>(html`<test-roving-rows></test-roving-rows>`);
    rows.keys.setActive('z');
    rows.ids = ['z', 'x', 'y'];
    await rows.updateComplete;
    expect(rows.keys.active).to.equal('z', 'the row moved to the top: still the stop');
    rows.ids = ['x', 'y'];
    await rows.updateComplete;
    expect(rows.keys.active).to.equal('y', 'its row gone: the open row holds the stop again');
    expect([...rows.shadowRoot!.querySelectorAll('li')].filter((li) => li.tabIndex === 0).map((li) => li.id)).to.deep.equal(['y']);
  });

  it("keys with a modifier, and keys already handled, are not the list's", async () => {
    const bar = await fixture<RovingToolbar>(html`<test-roving-toolbar></test-roving-toolbar>`);
    const event = new KeyboardEvent('keydown', { key: 'ArrowRight', ctrlKey: true, cancelable: true });
    expect(bar.keys.handleKey(event, undefined)).to.equal(false);
    const handled = new KeyboardEvent('keydown', { key: 'ArrowRight', cancelable: true });
    handled.preventDefault();
    expect(bar.keys.handleKey(handled, undefined)).to.equal(false);
  });
});
