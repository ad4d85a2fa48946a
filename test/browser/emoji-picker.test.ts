import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { defaultEmojiSet } from '../../src/core/emoji/default-emoji-set.js';
import '../../src/components/emoji-picker/define.js';
import { inputCodeOf } from '../../src/components/emoji-picker/emoji-code.js';
import { moveInGrid } from '../../src/components/emoji-picker/grid-navigation.js';
import { LEAVE_LIST } from '../../src/components/base/list-navigation.js';
import { readRecentEmoji, rememberEmoji } from '../../src/components/emoji-picker/recent-emoji.js';
import type { TimEmojiPicker } from '../../src/components/emoji-picker/tim-emoji-picker.js';

const KEY = 'tim-elements:test-recent';

function options(picker: TimEmojiPicker): HTMLElement[] {
  return [...picker.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
}

function search(picker: TimEmojiPicker): HTMLInputElement {
  return picker.shadowRoot!.querySelector('input')!;
}

async function typeSearch(picker: TimEmojiPicker, query: string): Promise<void> {
  const input = search(picker);
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await picker.updateComplete;
}

async function makePicker(locale = 'en'): Promise<TimEmojiPicker> {
  return fixture<TimEmojiPicker>(html`<tim-emoji-picker locale=${locale} recent-storage-key=${KEY}></tim-emoji-picker>`);
}

describe('tim-emoji-picker', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  after(() => localStorage.removeItem(KEY));

  it('shows the whole set and is accessible', async () => {
    const picker = await makePicker();
    expect(options(picker)).to.have.length(defaultEmojiSet.entries.length);
    expect(options(picker)[0]!.getAttribute('aria-label')).to.equal('Smile');
    expect(picker.shadowRoot!.querySelector('[role="listbox"]')).to.exist;
    await expect(picker).to.be.accessible();
  });

  it('searches by name in both languages, whatever the UI language', async () => {
    const picker = await makePicker('en');
    await typeSearch(picker, '微笑');
    expect(options(picker)[0]!.getAttribute('aria-label')).to.equal('Smile');
    await typeSearch(picker, 'coffee');
    expect(options(picker).map((o) => o.getAttribute('aria-label'))).to.deep.equal(['Coffee']);
    await typeSearch(picker, 'zzzz');
    expect(options(picker)).to.have.length(0);
    expect(picker.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.contain('No emoji match');

    const zh = await makePicker('zh-CN');
    await typeSearch(zh, 'smile');
    expect(options(zh)[0]!.getAttribute('aria-label')).to.equal('微笑');
  });

  it('fires tim-emoji-select with the code to insert in the UI language', async () => {
    const picker = await makePicker('en');
    const selected = oneEvent(picker, 'tim-emoji-select');
    options(picker)[0]!.click();
    const event = await selected;
    expect(event.detail.code).to.equal('[Smile]');
    expect(event.detail.entry.key).to.equal('Smile');
    const smile = defaultEmojiSet.byKey.get('Smile')!;
    expect(inputCodeOf(smile, 'zh-CN')).to.equal('[微笑]');
    expect(inputCodeOf(smile, 'en')).to.equal('[Smile]');
  });

  it('puts recently used emoji first, kept in localStorage, and keeps at most the limit', async () => {
    const picker = await makePicker();
    const coffee = options(picker).find((o) => o.getAttribute('aria-label') === 'Coffee')!;
    coffee.click();
    expect(readRecentEmoji(KEY)).to.deep.equal(['Coffee']);
    // Not reordered under the pointer; the next time it opens, it leads.
    expect(options(picker)[0]!.getAttribute('aria-label')).to.equal('Smile');
    picker.remove();
    const again = await makePicker();
    expect(again.shadowRoot!.querySelector('[part~="section-label"]')!.textContent).to.equal('Recently used');
    expect(options(again)[0]!.getAttribute('aria-label')).to.equal('Coffee');
    expect(options(again)).to.have.length(defaultEmojiSet.entries.length + 1);

    for (let i = 0; i < 20; i++) rememberEmoji(defaultEmojiSet.entries[i]!.key, KEY, 16);
    expect(readRecentEmoji(KEY)).to.have.length(16);
    expect(readRecentEmoji(KEY)[0]).to.equal(defaultEmojiSet.entries[19]!.key);
    localStorage.setItem(KEY, 'not json');
    expect(readRecentEmoji(KEY)).to.deep.equal([]);
  });

  it('is keyboard navigable: ArrowDown into the grid, arrows move, Enter chooses, Escape asks to close', async () => {
    const picker = await makePicker();
    search(picker).focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => picker.shadowRoot!.activeElement?.id === 'option-0', 'ArrowDown did not enter the grid');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(
      () => picker.shadowRoot!.activeElement?.id === 'option-9',
      `expected option-9, got ${picker.shadowRoot!.activeElement?.id}`,
    );
    expect(picker.shadowRoot!.activeElement!.getAttribute('tabindex')).to.equal('0');
    expect(options(picker).filter((o) => o.tabIndex === 0)).to.have.length(1);
    const selected = oneEvent(picker, 'tim-emoji-select');
    await sendKeys({ press: 'Enter' });
    const chosen = await selected;
    expect(chosen.detail.entry.key).to.equal(defaultEmojiSet.entries[9]!.key);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => picker.shadowRoot!.activeElement === search(picker), 'ArrowUp from the first row did not return to search');
    const closed = oneEvent(picker, 'tim-emoji-picker-close');
    await sendKeys({ press: 'Escape' });
    await closed;
  });

  it('moves in a grid of groups as expected', () => {
    // 3 recent, then 20 in rows of 8.
    const groups = [3, 20];
    expect(moveInGrid(groups, 0, 'ArrowUp', 8)).to.equal(LEAVE_LIST);
    expect(moveInGrid(groups, 1, 'ArrowDown', 8)).to.equal(4); // into "all", same column
    expect(moveInGrid(groups, 4, 'ArrowUp', 8)).to.equal(1);
    expect(moveInGrid(groups, 10, 'ArrowUp', 8)).to.equal(2); // column 7 → the last recent
    expect(moveInGrid(groups, 12, 'ArrowDown', 8)).to.equal(20);
    expect(moveInGrid(groups, 15, 'ArrowDown', 8)).to.equal(22); // the short last row
    expect(moveInGrid(groups, 20, 'ArrowDown', 8)).to.equal(20);
    expect(moveInGrid(groups, 22, 'ArrowRight', 8)).to.equal(22);
    expect(moveInGrid(groups, 3, 'ArrowLeft', 8)).to.equal(2);
    expect(moveInGrid(groups, 5, 'End', 8)).to.equal(22);
    expect(moveInGrid(groups, 5, 'a', 8)).to.equal(null);
  });

  it('offers stickers in their own tab', async () => {
    const picker = await makePicker();
    const tabs = [...picker.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map((t) => t.textContent)).to.deep.equal(['Emoji', 'Stickers']);
    tabs[1]!.click();
    await picker.updateComplete;
    expect(tabs[1]!.getAttribute('aria-selected')).to.equal('true');
    await typeSearch(picker, '点赞');
    expect(options(picker).map((o) => o.getAttribute('aria-label'))).to.deep.equal(['Thumbs up']);
    const selected = oneEvent(picker, 'tim-sticker-select');
    options(picker)[0]!.click();
    const event = await selected;
    expect(event.detail.sticker.data).to.equal('tim-face/thumbs-up');
    picker.stickers = [];
    // With no stickers left the tabs go, and the picker falls back to emoji (in a second update).
    await waitUntil(() => picker.tab === 'emoji' && !picker.shadowRoot!.querySelector('[role="tablist"]'), 'the sticker tab to go');
    expect(picker.shadowRoot!.querySelector('[role="tablist"]')).to.equal(null);
    expect(picker.tab).to.equal('emoji');
  });
});
