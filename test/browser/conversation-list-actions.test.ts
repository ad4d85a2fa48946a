import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import type { TimConversationList } from '../../src/components/conversation-list/tim-conversation-list.js';
import { ManualTimers } from '../support/manual-timers.js';
import { listWithHistory, rows } from './conversation-list-helpers.js';

const menu = (el: TimConversationList) => el.shadowRoot!.querySelector<HTMLElement>('[role="menu"]');
const menuItems = (el: TimConversationList) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
const focused = (el: TimConversationList) => el.shadowRoot!.activeElement as HTMLElement | null;
const row = (el: TimConversationList, id: string) => rows(el).find((r) => r.dataset.id === id)!;
const moreOf = (item: HTMLElement) => item.querySelector<HTMLElement>('[part="more-button"]')!;
const press = (target: Element, key: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }));

async function menuPlaced(el: TimConversationList): Promise<DOMRect> {
  await waitUntil(() => menu(el)?.style.visibility === 'visible', 'the menu to be placed');
  return menu(el)!.getBoundingClientRect();
}

async function chooseFromKeyboard(el: TimConversationList, id: string, label: string): Promise<void> {
  const item = row(el, id);
  item.focus();
  press(item, 'F10', { shiftKey: true });
  await menuPlaced(el);
  menuItems(el)
    .find((b) => b.textContent === label)!
    .click();
}

async function confirmDelete(el: TimConversationList, answer: 'confirm' | 'cancel'): Promise<void> {
  const dialog = el.shadowRoot!.querySelector('tim-confirm-dialog')!;
  await waitUntil(() => dialog.isOpen, 'the question');
  dialog.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${answer}-button"]`)!.click();
  await waitUntil(() => !dialog.isOpen, 'the question to close');
}

describe('tim-conversation-list: row actions, focus, screen readers, IME', () => {
  it('the "…" of a row shows on focus, opens its menu under it (not the chat); arrows move; Escape gives the focus back', async () => {
    const { el, store } = await listWithHistory();
    const bob = row(el, 'C2Cbob');
    const more = moreOf(bob);
    expect(getComputedStyle(more).opacity, 'hidden until hover or focus').to.equal('0');
    bob.focus();
    expect(getComputedStyle(more).opacity, 'shown while the row holds focus').to.equal('1');
    more.click();
    const placed = await menuPlaced(el);
    const button = more.getBoundingClientRect();
    expect(placed.top, 'just under the button').to.be.closeTo(button.bottom + 2, 1);
    expect(placed.right, 'its end edge at the button’s').to.be.closeTo(button.right, 1);
    expect(store.state.get().activeConversationID, 'the "…" does not open the chat').to.not.equal('C2Cbob');
    expect(menuItems(el).map((b) => b.textContent)).to.include('Pin to top');
    expect(focused(el)).to.equal(menuItems(el)[0]);
    press(menuItems(el)[0]!, 'ArrowDown');
    expect(focused(el)).to.equal(menuItems(el)[1]);
    press(menuItems(el)[1]!, 'ArrowUp');
    press(menuItems(el)[0]!, 'ArrowUp');
    expect(focused(el), 'round from the first to the last').to.equal(menuItems(el).at(-1));
    press(focused(el)!, 'Escape');
    await waitUntil(() => !menu(el) && focused(el) === row(el, 'C2Cbob'), 'the menu closed and the focus on the row');
  });

  it('Shift+F10 and the ContextMenu key open the menu beside the focused row; near the bottom it opens above', async () => {
    const { el } = await listWithHistory();
    const first = rows(el)[0]!;
    first.focus();
    press(first, 'ContextMenu');
    let placed = await menuPlaced(el);
    let anchor = moreOf(first).getBoundingClientRect();
    expect(placed.top).to.be.closeTo(anchor.bottom + 2, 1);
    press(focused(el)!, 'Escape');
    await waitUntil(() => !menu(el), 'closed');

    // The list at the bottom of the viewport: no room under its last row.
    el.style.cssText = 'position: fixed; inset-inline: 0; bottom: 0';
    await el.updateComplete;
    const last = rows(el).at(-1)!;
    last.focus();
    press(last, 'F10', { shiftKey: true });
    placed = await menuPlaced(el);
    anchor = moreOf(last).getBoundingClientRect();
    expect(placed.bottom, 'above the row’s "…"').to.be.closeTo(anchor.top - 2, 1);
    expect(placed.top).to.be.greaterThanOrEqual(0);
    expect(placed.bottom).to.be.at.most(innerHeight);
  });

  it('the open menu moves with its row when the list scrolls', async () => {
    const { el } = await listWithHistory();
    el.style.cssText = 'display: flex; height: 220px';
    await new Promise((r) => requestAnimationFrame(r));
    const list = el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
    expect(list.scrollHeight, 'the list scrolls').to.be.greaterThan(list.clientHeight + 30);
    const first = rows(el)[0]!;
    first.focus();
    moreOf(first).click();
    const before = await menuPlaced(el);
    list.scrollTop = 30;
    await waitUntil(() => Math.abs(menu(el)!.getBoundingClientRect().top - (before.top - 30)) < 1, 'the menu 30 px up with its row');
  });

  it('after deleting a conversation (either kind) the focus goes to the next row, else the previous, else the search box', async () => {
    const { el } = await listWithHistory();
    const [a, b, c, d] = rows(el).map((r) => r.dataset.id!);
    expect(d, 'four rows').to.be.a('string');

    await chooseFromKeyboard(el, b!, 'Delete conversation');
    await confirmDelete(el, 'cancel');
    await waitUntil(() => focused(el)?.dataset.id === b, 'Cancel: back on the row');

    await chooseFromKeyboard(el, b!, 'Delete conversation');
    await confirmDelete(el, 'confirm');
    await waitUntil(() => !rows(el).some((r) => r.dataset.id === b), 'the row to go');
    await waitUntil(() => focused(el)?.dataset.id === c, `the next row (${c}) has the focus, not ${document.activeElement?.tagName}`);

    await chooseFromKeyboard(el, d!, 'Delete conversation and messages');
    await confirmDelete(el, 'confirm');
    await waitUntil(() => focused(el)?.dataset.id === c, 'the last row went: the previous one has the focus');

    await chooseFromKeyboard(el, c!, 'Delete conversation');
    await confirmDelete(el, 'confirm');
    await waitUntil(() => focused(el)?.dataset.id === a, 'again the previous one');

    await chooseFromKeyboard(el, a!, 'Delete conversation');
    await confirmDelete(el, 'confirm');
    await waitUntil(() => focused(el)?.matches('input[type="search"]'), 'no rows left: the search box has the focus');
  });

  it('the focus follows a row that moves when pinned and unpinned', async () => {
    const { el } = await listWithHistory();
    const id = rows(el).at(-1)!.dataset.id!;
    await chooseFromKeyboard(el, id, 'Pin to top');
    await waitUntil(() => rows(el)[0]!.dataset.id === id, 'pinned first');
    await waitUntil(() => focused(el)?.dataset.id === id, 'the focus moved with the row');
    await chooseFromKeyboard(el, id, 'Unpin');
    await waitUntil(() => rows(el).at(-1)!.dataset.id === id, 'back in its place');
    await waitUntil(() => focused(el)?.dataset.id === id, 'the focus moved back with it');
    expect(document.activeElement).to.equal(el);
  });

  it('a row is read once: name, preview, time, unread, pinned, muted (in that order)', async () => {
    const { el, store } = await listWithHistory();
    await store.pinConversation('C2Ccarol', true);
    await store.muteConversation('C2Ccarol', true);
    await waitUntil(() => row(el, 'C2Ccarol')?.querySelector('.badge.dot'), 'pinned and muted');
    const carol = row(el, 'C2Ccarol');
    const time = carol.querySelector('.time')!.textContent!.trim();
    // The text a name from content is made of (Chromium's own reading is checked in the demo, through CDP).
    const spoken = (node: Node): string =>
      node instanceof Element && (node.getAttribute('aria-hidden') === 'true' || node.matches('tim-avatar'))
        ? ''
        : node instanceof Element
          ? [...node.childNodes].map(spoken).join('')
          : node.nodeType === Node.TEXT_NODE
            ? (node.textContent ?? '')
            : '';
    expect(spoken(carol).replace(/\s+/g, ' ').replace(/ ,/g, ',').trim()).to.equal(`Carol, [Image], ${time}, 1 unread, Pinned, Muted`);
    const avatar = carol.querySelector('tim-avatar')!;
    expect(avatar.getAttribute('aria-hidden')).to.equal('true');
    expect(avatar.shadowRoot!.querySelector('[role="img"], [aria-label]'), 'the avatar names nothing').to.equal(null);
    carol.focus();
    expect(getComputedStyle(carol.querySelector('.time')!).visibility, 'the time stays in the name while the row has the focus').to.equal(
      'visible',
    );
    await expect(el).to.be.accessible();
  });

  it('user text goes in its own direction (dir="auto"): names, previews, the search box', async () => {
    const { el } = await listWithHistory();
    const bob = row(el, 'C2Cbob');
    expect(bob.querySelector('[part="name"] span')!.getAttribute('dir')).to.equal('auto');
    expect(bob.querySelector('[part="summary"]')!.getAttribute('dir')).to.equal('auto');
    expect(el.shadowRoot!.querySelector('input')!.getAttribute('dir')).to.equal('auto');
  });

  it('Enter and the arrows do nothing in the search box while an IME composes; after it, Enter opens the first match', async () => {
    const { el, store } = await listWithHistory();
    const input = el.shadowRoot!.querySelector('input')!;
    const chosen: string[] = [];
    el.addEventListener('tim-conversation-select', (e) => chosen.push(e.detail.conversationID));
    input.focus();
    input.value = 'bo';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
    press(input, 'Enter', { isComposing: true });
    press(input, 'ArrowDown', { isComposing: true });
    // Some IMEs report keyCode 229 without isComposing.
    const legacy = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true });
    Object.defineProperty(legacy, 'keyCode', { value: 229 });
    input.dispatchEvent(legacy);
    await el.updateComplete;
    expect(chosen, 'nothing chosen while composing').to.deep.equal([]);
    expect(focused(el), 'the focus stays in the search box').to.equal(input);
    input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: 'bo' }));
    press(input, 'Enter');
    expect(chosen).to.deep.equal(['C2Cbob']);
    await waitUntil(() => store.state.get().activeConversationID === 'C2Cbob', 'opened');
  });

  // Touch tests last: touch emulation stays on for the rest of this page.
  it('a long press on a row opens its menu and not the chat; a finger that moves, or a tap, does not', async () => {
    const { el, store } = await listWithHistory();
    const timers = new ManualTimers();
    el.longPress.timers = timers;
    const bob = row(el, 'C2Cbob');
    const touch = (type: string, y: number) =>
      bob.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', clientX: 60, clientY: y, bubbles: true, composed: true }));
    const box = bob.getBoundingClientRect();
    touch('pointerdown', box.top + 10);
    touch('pointermove', box.top + 40);
    timers.advance(700);
    await el.updateComplete;
    expect(menu(el), 'the finger moved: a scroll').to.equal(null);
    touch('pointerup', box.top + 40);

    // Trusted touch: the release's pointerup and (unless cancelled) click follow, as on a phone.
    const at = { x: Math.round(box.left + 60), y: Math.round(box.top + box.height / 2) };
    const seen: string[] = [];
    const record = (e: Event) => seen.push(e.type);
    for (const type of ['pointerdown', 'pointerup', 'click', 'mousemove']) document.addEventListener(type, record, true);
    await executeServerCommand('touch', { type: 'touchStart', ...at });
    await waitUntil(() => seen.includes('pointerdown'), 'the touch');
    timers.advance(499);
    await el.updateComplete;
    expect(menu(el), 'not before the hold time').to.equal(null);
    timers.advance(1);
    await menuPlaced(el);
    await executeServerCommand('touch', { type: 'touchEnd', ...at });
    await waitUntil(() => seen.includes('pointerup'), 'the release');
    // Input is handled in order: once a later mouse move arrives, any click the release made has too.
    await sendMouse({ type: 'move', position: [1, 1] });
    await waitUntil(() => seen.includes('mousemove'), 'the mouse move after the release');
    expect(seen, 'no click after a long press').to.not.include('click');
    expect(menu(el), 'the menu stays open').to.not.equal(null);
    expect(menuItems(el)[0]!.textContent).to.equal('Pin to top');
    expect(store.state.get().activeConversationID, 'the chat did not open').to.not.equal('C2Cbob');

    // A tap elsewhere closes it; a tap on a row opens that chat.
    await executeServerCommand('touch', { type: 'touchStart', ...at });
    await executeServerCommand('touch', { type: 'touchEnd', ...at });
    await waitUntil(() => !menu(el), 'the menu closes on a tap outside it');
    await waitUntil(() => store.state.get().activeConversationID === 'C2Cbob', 'a tap opens the chat');
  });

  it('on a touch screen the "…" is always shown, in a column of its own', async () => {
    const { el } = await listWithHistory();
    // Touch emulation (switched on by the previous test's touch command) makes the pointer coarse.
    if (!matchMedia('(pointer: coarse)').matches && !matchMedia('(hover: none)').matches) {
      await executeServerCommand('touch', { type: 'touchStart', x: 1, y: 1 });
      await executeServerCommand('touch', { type: 'touchEnd', x: 1, y: 1 });
    }
    expect(matchMedia('(pointer: coarse)').matches || matchMedia('(hover: none)').matches, 'a touch screen').to.equal(true);
    const more = moreOf(rows(el)[0]!);
    expect(getComputedStyle(more).opacity).to.equal('1');
    expect(getComputedStyle(more).position).to.equal('static');
  });
});
