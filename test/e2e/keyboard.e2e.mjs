// The everyday tasks done with the keyboard alone (Tab, arrows, Enter, Esc, Shift+F10,
// typing): search, open a conversation, send, read, message menu, reply, recall, image viewer,
// emoji, pin, mute, delete a conversation. After each step the focus must be somewhere meaningful, never on <body>.
import { expectEqual, until, uniqueText, untilSent, WAIT_MS } from './demo-tab.mjs';
import { openDemo } from './a11y.e2e.mjs';

/** What holds focus, through shadow roots: the innermost element's tag, part, role, name and text. */
function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    const hosts = [];
    while (element?.shadowRoot?.activeElement) {
      hosts.push(element.tagName.toLowerCase());
      element = element.shadowRoot.activeElement;
    }
    if (!element) return null;
    const deepText = (node) =>
      node.nodeType === Node.TEXT_NODE
        ? node.textContent
        : [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes].map(deepText).join(node.nodeName === 'STYLE' ? '' : ' ');
    const host = element.getRootNode() instanceof ShadowRoot ? element.getRootNode().host : null;
    return {
      tag: element.tagName.toLowerCase(),
      hosts,
      host: host?.tagName.toLowerCase() ?? '',
      part: element.getAttribute('part') ?? '',
      role: element.getAttribute('role') ?? '',
      label: element.getAttribute('aria-label') ?? '',
      id: element.dataset?.id ?? host?.dataset?.id ?? '',
      text: deepText(element).replace(/\s+/g, ' ').trim().slice(0, 200),
      value: 'value' in element ? String(element.value) : '',
      messageID: (element.closest?.('tim-message') ?? (host?.tagName === 'TIM-MESSAGE' ? host : null))?.message?.ID ?? '',
    };
  });
}

/** Fails when focus has fallen to <body> (or out of the page). */
async function expectFocusKept(page, after) {
  const where = await focused(page);
  if (!where || where.tag === 'body') throw new Error(`focus fell to <body> after ${after}`);
  return where;
}

/** Presses `key` until `test(focused)` holds (at most `limit` times); returns what holds focus. */
async function pressUntil(page, key, test, what, limit = 40) {
  for (let i = 0; i < limit; i++) {
    const where = await focused(page);
    if (where && test(where)) return where;
    await page.keyboard.press(key);
  }
  const where = await focused(page);
  if (where && test(where)) return where;
  throw new Error(`${what}: not reached with ${limit} × ${key}; focus is on ${JSON.stringify(where)}`);
}

/** The accessible name Chromium computes for the focused node (what a screen reader says). */
async function focusedAccessibleName(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const node = nodes.find(
      (n) => n.role?.value !== 'RootWebArea' && n.properties?.some((p) => p.name === 'focused' && p.value.value === true),
    );
    return node?.name?.value ?? '';
  } finally {
    await cdp.detach();
  }
}

/** Whether the focused message row shows a photo. */
function focusedRowHasPhoto(page) {
  return page.evaluate(() => {
    let e = document.activeElement;
    while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
    return e?.tagName === 'TIM-MESSAGE' && Boolean(e.shadowRoot?.querySelector('tim-message-image'));
  });
}

const header = (page) => page.locator('tim-chat [part="header"] h2').innerText();
const isRow = (f) => f.host === 'tim-message-list' && f.tag === 'tim-message';
const isComposerBox = (f) => f.host === 'tim-composer' && f.tag === 'textarea';
const menuItem = (label) => (f) => f.role === 'menuitem' && f.text.includes(label);

async function openRowMenuAndChoose(page, label) {
  await page.keyboard.press('Shift+F10');
  await until('a menu to take focus', async () => (await focused(page))?.role === 'menuitem');
  await pressUntil(page, 'ArrowDown', menuItem(label), `the "${label}" item`, 12);
  await page.keyboard.press('Enter');
}

export const keyboardTests = [
  {
    name: 'keyboard only: search, open, send, read, message menu, reply, recall, image viewer, emoji, pin, mute, delete — focus never on <body>',
    async run(tabs) {
      const { page, context } = await openDemo(tabs, { conversation: '' });
      const done = [];
      try {
        // 1. Search: Tab to the search field, type, Enter opens the first match.
        await pressUntil(page, 'Tab', (f) => f.part === 'search', 'the conversation search');
        await page.keyboard.type('Product');
        await page.keyboard.press('Enter');
        await until('Product Team to open', async () => (await header(page)) === 'Product Team');
        await expectFocusKept(page, 'opening a search match');
        done.push('search');

        // 2. Open a conversation from the list: into the rows, arrows to Bob, Enter.
        await page.keyboard.press('Escape');
        await pressUntil(page, 'Tab', (f) => f.role === 'option' && f.host === 'tim-conversation-list', 'the conversation rows');
        await page.keyboard.press('Home');
        await pressUntil(page, 'ArrowDown', (f) => f.id === 'C2Cbob', "Bob's row");
        await page.keyboard.press('Enter');
        await until("Bob's chat to open", async () => (await header(page)) === 'Bob Martin');
        await expectFocusKept(page, 'opening a conversation');
        done.push('open conversation');

        // 3. Send: Tab to the message box, type, Enter.
        await pressUntil(page, 'Tab', isComposerBox, 'the message box');
        const text = uniqueText('Typed without a mouse');
        await page.keyboard.type(text);
        await page.keyboard.press('Enter');
        const sentRow = page.locator('tim-chat tim-message-list tim-message').filter({ hasText: text });
        await sentRow.waitFor({ timeout: WAIT_MS });
        await until('the box to empty', async () => (await focused(page))?.value === '');
        // Reply (step 6) is offered once the server has the message: wait for that, not a lucky race.
        await untilSent(sentRow);
        done.push('send');

        // 4. Read: back into the list of messages; arrows move through named rows.
        await pressUntil(page, 'Shift+Tab', isRow, 'a message row');
        await page.keyboard.press('End');
        const last = await until('the newest row to take focus', async () => {
          const f = await focused(page);
          return isRow(f) && f.text.includes(text) ? f : null;
        });
        await page.keyboard.press('ArrowUp');
        // The row above may be drawn a frame later (the virtualizer): wait for the move, not read it at once.
        const above = await until('ArrowUp to move to the message above', async () => {
          const f = await focused(page);
          return isRow(f) && f.messageID !== last.messageID ? f : null;
        });
        const name = await focusedAccessibleName(page);
        if (!name.includes(above.text.split(' ')[0] ?? '') || !/\d{1,2}:\d{2}/.test(name)) {
          throw new Error(`the focused row is read as "${name}", not by its sender, time and text`);
        }
        done.push('read');

        // 5. Message menu: Shift+F10 opens it on the row, Esc closes it and focus returns to the row.
        await page.keyboard.press('End');
        await page.keyboard.press('Shift+F10');
        await until('the message menu to take focus', async () => (await focused(page))?.role === 'menuitem');
        await page.keyboard.press('Escape');
        const back = await until('focus back on the row', async () => {
          const f = await focused(page);
          return isRow(f) ? f : null;
        });
        expectEqual(back.messageID, last.messageID, 'the row holding focus after Esc');
        done.push('message menu');

        // 6. Reply: from the menu; the box takes focus with the quote; Enter sends the reply.
        await openRowMenuAndChoose(page, 'Reply');
        await until('the message box to take focus', async () => isComposerBox(await focused(page)));
        const reply = uniqueText('A keyboard reply');
        await page.keyboard.type(reply);
        await page.keyboard.press('Enter');
        const replyRow = page.locator('tim-chat tim-message-list tim-message').filter({ hasText: reply });
        await replyRow.waitFor({ timeout: WAIT_MS });
        if (!(await replyRow.filter({ hasText: text }).count())) throw new Error('the reply does not quote the message');
        done.push('reply');

        // 7. Recall the reply from its menu (offered once the server has it).
        await untilSent(replyRow);
        await pressUntil(page, 'Shift+Tab', isRow, 'a message row');
        await page.keyboard.press('End');
        await until('the reply row to take focus', async () => (await focused(page))?.text.includes(reply));
        await openRowMenuAndChoose(page, 'Recall');
        await page
          .locator('tim-chat tim-message-list [part~="notice"]')
          .filter({ hasText: 'You recalled a message' })
          .last()
          .waitFor({ timeout: WAIT_MS });
        await until('the reply to leave the chat', async () => !(await replyRow.count()));
        await expectFocusKept(page, 'recalling a message');
        done.push('recall');

        // 8. Image viewer: Li Lei's chat has a photo; Enter enters the row, Enter opens it, Esc closes.
        await pressUntil(page, 'Shift+Tab', (f) => f.part === 'search', 'the conversation search');
        await page.keyboard.type('李雷');
        await page.keyboard.press('Enter');
        await until("Li Lei's chat to open", async () => (await header(page)) === '李雷');
        await pressUntil(page, 'Tab', isRow, 'a message row');
        for (let i = 0; !(await focusedRowHasPhoto(page)); i++) {
          if (i === 40) throw new Error('no photo row within 40 × ArrowUp');
          await page.keyboard.press('ArrowUp');
        }
        await page.keyboard.press('Enter');
        await until(
          'focus inside the photo row',
          async () => (await focused(page))?.hosts.includes('tim-message-image') || (await focused(page))?.host === 'tim-message-image',
        );
        await page.keyboard.press('Enter');
        await page.locator('tim-chat tim-image-viewer dialog[open]').waitFor({ timeout: WAIT_MS });
        await page.keyboard.press('Escape');
        // Closed means the viewer's close event ran (it puts the focus back, a task after the dialog
        // closes): a key pressed before that would have its focus taken back.
        await until('the viewer to close', async () => !(await page.locator('tim-chat tim-image-viewer[open]').count()));
        const afterViewer = await expectFocusKept(page, 'closing the viewer');
        if (afterViewer.host !== 'tim-message-image') throw new Error(`focus did not return to the photo: ${JSON.stringify(afterViewer)}`);
        done.push('image viewer');

        // 9. Emoji: Esc steps out of the row, Tab reaches the toolbar's emoji button; arrows and Enter insert one.
        await page.keyboard.press('Escape');
        await pressUntil(page, 'Tab', (f) => f.part.includes('emoji-button'), 'the emoji button');
        await page.keyboard.press('Enter');
        await until('the picker to take focus', async () => (await focused(page))?.hosts.includes('tim-emoji-picker'));
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('Enter');
        await until('an emoji in the message box', async () =>
          page.evaluate(
            () =>
              document.querySelector('tim-chat').shadowRoot.querySelector('tim-composer').shadowRoot.querySelector('textarea').value
                .length > 0,
          ),
        );
        await page.keyboard.press('Escape');
        await expectFocusKept(page, 'closing the emoji picker');
        done.push('emoji');

        // 10–11. Pin and mute Bob's conversation from its row's menu.
        const state = (id) =>
          page.evaluate((id) => {
            const c = window.timDemo.store.state.get().conversations.find((x) => x.conversationID === id);
            return {
              pinned: Boolean(c?.isPinned),
              muted: c?.messageRemindType === 'AcceptNotNotify' || c?.messageRemindType === 'Discard',
            };
          }, id);
        const before = await state('C2Cbob');
        await pressUntil(page, 'Shift+Tab', (f) => f.part === 'search', 'the conversation search');
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Backspace');
        for (const [task, label, key] of [
          ['pin', before.pinned ? 'Unpin' : 'Pin to top', 'pinned'],
          ['mute', before.muted ? 'Unmute' : 'Mute', 'muted'],
        ]) {
          await pressUntil(page, 'Tab', (f) => f.role === 'option' && f.host === 'tim-conversation-list', 'the conversation rows');
          await page.keyboard.press('Home');
          await pressUntil(page, 'ArrowDown', (f) => f.id === 'C2Cbob', "Bob's row");
          await openRowMenuAndChoose(page, label);
          await until(`Bob's conversation to be ${key}`, async () => (await state('C2Cbob'))[key] !== before[key]);
          await expectFocusKept(page, task);
          done.push(task);
        }

        // 12. Delete James's conversation from its row's menu; the confirm dialog by keyboard; focus to a neighbour row.
        await page.keyboard.press('Home');
        await pressUntil(page, 'ArrowDown', (f) => f.id === 'C2Cjames', "James's row");
        await openRowMenuAndChoose(page, 'Delete conversation');
        // The dialog is loaded on first use: it takes the focus once it shows.
        await until('the confirm dialog to take focus', async () => (await focused(page))?.hosts?.includes('tim-confirm-dialog'));
        await pressUntil(page, 'Tab', (f) => f.part === 'confirm-button', "the dialog's Delete button", 6);
        await page.keyboard.press('Enter');
        await until(
          "James's conversation to leave the list",
          async () => !(await page.locator('tim-chat tim-conversation-list [data-id="C2Cjames"]').count()),
        );
        const neighbour = await until('the focus on a neighbour row', async () => {
          const f = await focused(page);
          return f?.role === 'option' && f.host === 'tim-conversation-list' ? f : null;
        });
        if (neighbour.id === 'C2Cjames') throw new Error('the focus stayed on the deleted row');
        done.push('delete');
      } catch (error) {
        throw new Error(`${done.length}/12 done (${done.join(', ')}); then ${error.message}`);
      } finally {
        await context.close();
      }
      expectEqual(done.length, 12, 'tasks done by keyboard');
    },
  },
];

/**
 * Enter as an input method delivers it while it composes: a key-down the IME consumes (keyCode
 * 229, no text of its own), so only the page's handling can make it send or open anything.
 */
async function imeEnter(cdp) {
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
}

/** Composes `text` with the browser's input-method machinery (as a Chinese IME does), not committed yet. */
async function compose(cdp, text) {
  for (let end = 1; end <= text.length; end++) {
    await cdp.send('Input.imeSetComposition', { text: text.slice(0, end), selectionStart: end, selectionEnd: end });
  }
}

keyboardTests.push({
  name: 'an input method composing: Enter picks the candidate and neither sends the message nor opens a search match',
  async run(tabs) {
    const { page, context } = await openDemo(tabs, { conversation: 'C2Cbob' });
    try {
      const cdp = await context.newCDPSession(page);
      const box = page.locator('tim-chat tim-composer textarea');
      await box.click();
      const words = uniqueText('你好');
      await compose(cdp, words);
      await imeEnter(cdp);
      await cdp.send('Input.insertText', { text: words });
      expectEqual(await box.inputValue(), words, 'the box after Enter during composition');
      if (await page.locator('tim-chat tim-message-list tim-message').filter({ hasText: words }).count()) {
        throw new Error('Enter during composition sent the message');
      }
      await page.keyboard.press('Enter');
      await page.locator('tim-chat tim-message-list tim-message').filter({ hasText: words }).waitFor({ timeout: WAIT_MS });

      const search = page.locator('tim-chat tim-conversation-list [part="search"]');
      await search.click();
      await compose(cdp, '李雷');
      await imeEnter(cdp);
      await cdp.send('Input.insertText', { text: '李雷' });
      expectEqual(await header(page), 'Bob Martin', 'the open chat after Enter during composition in the search');
      await page.keyboard.press('Enter');
      await until("Li Lei's chat to open once the composition is done", async () => (await header(page)) === '李雷');
    } finally {
      await context.close();
    }
  },
});
