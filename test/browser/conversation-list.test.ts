import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { listWithHistory, rows } from './conversation-list-helpers.js';

describe('tim-conversation-list', () => {
  it('shows name, summary, time and unread badge, newest first', async () => {
    const { el } = await listWithHistory();
    const items = rows(el);
    const carol = items.find((r) => r.dataset.id === 'C2Ccarol')!;
    expect(carol.querySelector('.name')!.textContent).to.contain('Carol');
    expect(carol.querySelector('.summary')!.textContent).to.contain('[Image]');
    expect(carol.querySelector('.badge')!.textContent!.trim()).to.equal('1');
    expect(carol.querySelector('.time')!.textContent!.trim()).to.match(/^\d{1,2}:\d\d\s[AP]M$/, 'en is en-US: 12-hour');
    const bob = items.find((r) => r.dataset.id === 'C2Cbob')!;
    // Emoji codes show as glyphs in the summary.
    expect(bob.querySelector('.summary')!.textContent).to.contain('Hi Alice 🙂');
    expect(items.indexOf(carol)).to.be.lessThan(items.indexOf(bob));
  });

  it('is accessible', async () => {
    const { el } = await listWithHistory();
    await expect(el).to.be.accessible();
  });

  it('pins to the top and mutes (badge becomes a dot) through the actions menu', async () => {
    const { el, store } = await listWithHistory();
    const bob = rows(el).find((r) => r.dataset.id === 'C2Cbob')!;
    bob.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true, clientX: 50, clientY: 50 }));
    await el.updateComplete;
    const pin = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.menu button')].find((b) => b.textContent === 'Pin to top')!;
    const action = oneEvent(el, 'tim-conversation-action');
    pin.click();
    expect((await action).detail).to.deep.equal({ conversationID: 'C2Cbob', action: 'pin' });
    await waitUntil(() => rows(el)[0]?.dataset.id === 'C2Cbob', 'pinned first');

    rows(el)[0]!.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true, clientX: 50, clientY: 50 }));
    await el.updateComplete;
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.menu button')].find((b) => b.textContent === 'Mute notifications')!.click();
    await waitUntil(() => rows(el)[0]!.querySelector('.badge.dot'), 'muted badge is a dot');
    expect(store.state.get().conversations.find((c) => c.conversationID === 'C2Cbob')!.messageRemindType).to.equal('AcceptNotNotify');
  });

  it('deleting a conversation (and its messages) asks first; Cancel keeps it, Delete removes it', async () => {
    const { el, store } = await listWithHistory();
    const chooseDelete = async (label: string) => {
      rows(el)
        .find((r) => r.dataset.id === 'C2Cbob')!
        .dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true, clientX: 50, clientY: 50 }));
      await el.updateComplete;
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.menu button')].find((b) => b.textContent === label)!.click();
      const dialog = el.shadowRoot!.querySelector('tim-confirm-dialog')!;
      await waitUntil(() => dialog.isOpen, 'the question');
      return dialog;
    };
    let dialog = await chooseDelete('Delete conversation and messages');
    expect(dialog.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('Delete the conversation with Bob');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="cancel-button"]')!.click();
    await waitUntil(() => !dialog.isOpen, 'closed');
    expect(
      rows(el).some((r) => r.dataset.id === 'C2Cbob'),
      'Cancel keeps it',
    ).to.equal(true);

    dialog = await chooseDelete('Delete conversation and messages');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
    await waitUntil(() => !rows(el).some((r) => r.dataset.id === 'C2Cbob'), 'the conversation to go');
    expect(store.state.get().conversations.some((c) => c.conversationID === 'C2Cbob')).to.equal(false);
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('role') === 'option', 'focus on the next conversation');
  });

  it('a cancelled action leaves the store alone', async () => {
    const { el, store } = await listWithHistory();
    el.addEventListener('tim-conversation-action', (e) => e.preventDefault());
    rows(el)[0]!.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true, clientX: 10, clientY: 10 }));
    await el.updateComplete;
    // The list asks the store (or not) as it fires the action, in the same task as the click.
    const action = oneEvent(el, 'tim-conversation-action');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.menu button')!.click();
    expect((await action).defaultPrevented).to.equal(true);
    await store.settled();
    expect(store.state.get().conversations.some((c) => c.isPinned)).to.equal(false);
  });

  it('moves with the arrow keys and opens with Enter', async () => {
    const { el, store } = await listWithHistory();
    el.focus();
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('role') === 'option', 'a row has focus');
    const first = el.shadowRoot!.activeElement as HTMLElement;
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await waitUntil(() => el.shadowRoot!.activeElement !== first, 'focus moved');
    const second = el.shadowRoot!.activeElement as HTMLElement;
    expect(second.dataset.id).to.equal(rows(el)[1]!.dataset.id);
    const selected = oneEvent(el, 'tim-conversation-select');
    second.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect((await selected).detail.conversationID).to.equal(second.dataset.id);
    await waitUntil(() => store.state.get().activeConversationID === second.dataset.id, 'opened');
    await waitUntil(() => second.getAttribute('aria-selected') === 'true', 'row selected');
  });

  it('filters by the search text and says when nothing matches', async () => {
    const { el } = await listWithHistory();
    el.filter = 'tea';
    await el.updateComplete;
    expect(rows(el).map((r) => r.dataset.id)).to.deep.equal(['GROUPteam']);
    el.filter = 'zzz';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.contain('No conversations match');
  });

  it('shows 99+ for large unread counts and the draft marker', async () => {
    const { el, store, server } = await listWithHistory();
    const now = Math.floor(Date.now() / 1000);
    await server.postMessages(
      Array.from({ length: 120 }, (_, i) => ({
        from: 'bob',
        conversationID: 'C2Calice',
        elements: [{ type: 'TIMTextElem' as const, text: `m${i}` }],
        time: now - 10 + i / 1000,
      })),
    );
    await waitUntil(
      () =>
        rows(el)
          .find((r) => r.dataset.id === 'C2Cbob')
          ?.querySelector('.badge')
          ?.textContent?.trim() === '99+',
      '99+',
    );
    await store.setDraft('C2Ccarol', { text: 'see you [Smile]' });
    await waitUntil(
      () =>
        rows(el)
          .find((r) => r.dataset.id === 'C2Ccarol')
          ?.querySelector('.summary')
          ?.textContent?.includes('[Draft]'),
      'draft marker',
    );
  });

  it('speaks Chinese', async () => {
    const { el } = await listWithHistory();
    el.locale = 'zh-CN';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input')!.placeholder).to.equal('搜索');
    const carol = rows(el).find((r) => r.dataset.id === 'C2Ccarol')!;
    expect(carol.querySelector('.summary')!.textContent).to.contain('[图片]');
  });
});
