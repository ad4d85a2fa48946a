// The everyday tasks on a phone (390×844, touch only: taps, long presses, swipes through the
// Chrome DevTools Protocol, so the browser sees trusted touch input; text typed as an on-screen
// keyboard would): search, open, read, send, message menu, reply, recall, image viewer, emoji, pin, mute, delete a conversation.
import { expectEqual, until, uniqueText, untilSent, WAIT_MS } from './demo-tab.mjs';
import { openDemo } from './a11y.e2e.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

/** A finger on the page: tap, long press (held until `held()` holds), swipe. */
export class Finger {
  static async on(page) {
    const cdp = await page.context().newCDPSession(page);
    return new Finger(page, cdp);
  }
  constructor(page, cdp) {
    this.page = page;
    this.cdp = cdp;
  }
  async centre(locator) {
    await locator.waitFor({ timeout: WAIT_MS });
    const box = await locator.boundingBox();
    if (!box) throw new Error('nothing to touch: the element has no box');
    return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 20) };
  }
  touch(type, at) {
    return this.cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [at] : [] });
  }
  async tap(locator) {
    await locator.tap({ timeout: WAIT_MS });
  }
  /** Holds the finger on `locator` until `held()` is true (the menu opened), then lifts it. */
  async longPress(locator, held, what) {
    const at = await this.centre(locator);
    await this.touch('touchStart', at);
    try {
      await until(what, held, { timeout: 5000, interval: 50 });
    } finally {
      await this.touch('touchEnd');
    }
  }
  /** Drags from `from` by (dx, dy) in small steps, as a finger scrolls. */
  async swipe(from, dx, dy, steps = 8) {
    await this.touch('touchStart', from);
    for (let i = 1; i <= steps; i++) await this.touch('touchMove', { x: from.x + (dx * i) / steps, y: from.y + (dy * i) / steps });
    await this.touch('touchEnd');
    // A tap during the fling only stops it (as under a real finger): wait for the scrolling to end.
    let last = null;
    await until(
      'the fling to stop',
      async () => {
        const now = await this.page.evaluate(() => {
          const list = document.querySelector('tim-chat')?.shadowRoot?.querySelector('tim-message-list');
          const scroller = [list, ...(list?.shadowRoot?.querySelectorAll('*') ?? [])].find((e) => e && e.scrollHeight > e.clientHeight + 1);
          return scroller ? scroller.scrollTop : 0;
        });
        const still = now === last;
        last = now;
        return still;
      },
      { interval: 120 },
    );
  }
}

const chat = 'tim-chat';
const rowOf = (page, id) => page.locator(`${chat} tim-conversation-list [role="option"][data-id="${id}"]`);
const header = (page) => page.locator(`${chat} [part="header"] h2`);
const messages = (page) => page.locator(`${chat} tim-message-list tim-message`);
const menuItem = (page, label) => page.locator(`${chat} [role="menuitem"]`).filter({ hasText: label }).first();
const conversationState = (page, id) =>
  page.evaluate((id) => {
    const c = window.timDemo.store.state.get().conversations.find((x) => x.conversationID === id);
    return { pinned: Boolean(c?.isPinned), muted: c?.messageRemindType === 'AcceptNotNotify' || c?.messageRemindType === 'Discard' };
  }, id);

async function openChat(page, finger, id, title) {
  await finger.tap(rowOf(page, id));
  await until(`${title} to open`, async () => (await header(page).isVisible()) && (await header(page).innerText()) === title);
}

async function backToList(page, finger) {
  await finger.tap(page.locator(`${chat} button.back`));
  const search = page.locator(`${chat} tim-conversation-list [part="search"]`);
  await search.waitFor({ state: 'visible', timeout: WAIT_MS });
  if (await search.inputValue()) {
    // Empty the search as the on-screen keyboard would.
    await finger.tap(search);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
  }
  await rowOf(page, 'C2Cbob').waitFor({ state: 'visible', timeout: WAIT_MS });
}

export const touchTests = [
  {
    name: 'touch only on a phone: search, open, read, send, message menu, reply, recall, image viewer, emoji, pin, mute, delete',
    async run(tabs) {
      const { page, context } = await openDemo(tabs, { conversation: '', context: PHONE });
      const finger = await Finger.on(page);
      const done = [];
      try {
        // 1. Search: tap the field, type, tap the match.
        await finger.tap(page.locator(`${chat} tim-conversation-list [part="search"]`));
        await page.keyboard.type('Product');
        await openChat(page, finger, 'GROUPproduct-team', 'Product Team');
        done.push('search');

        // 2. Read: a swipe down the chat scrolls back through the history.
        const scroller = page.locator(`${chat} tim-message-list`);
        const firstShown = await messages(page)
          .first()
          .evaluate((m) => m.message?.ID);
        const box = await scroller.boundingBox();
        await finger.swipe({ x: box.x + box.width / 2, y: box.y + 150 }, 0, 450);
        await until(
          'older messages to come into view',
          async () =>
            (await messages(page)
              .first()
              .evaluate((m) => m.message?.ID)) !== firstShown,
        );
        done.push('read');

        // 3. Open another conversation: back to the list, tap Bob.
        await backToList(page, finger);
        await openChat(page, finger, 'C2Cbob', 'Bob Martin');
        done.push('open conversation');

        // 4. Send: tap the box, type, tap Send.
        const text = uniqueText('Sent by a thumb');
        await finger.tap(page.locator(`${chat} tim-composer textarea`));
        await page.keyboard.type(text);
        await finger.tap(page.locator(`${chat} tim-composer [part="send-button"]`));
        const sent = messages(page).filter({ hasText: text });
        await sent.waitFor({ timeout: WAIT_MS });
        done.push('send');

        // 5. Message menu: a long press on the bubble opens it; it stays open once the finger lifts.
        const menuOpen = async () =>
          (await page.locator(`${chat} [role="menuitem"]`).count()) > 0 && (await menuItem(page, 'Reply').isVisible());
        await finger.longPress(sent.locator('[part~="bubble"]').first(), menuOpen, 'the message menu to open under the finger');
        await until('the menu to stay open after the finger lifts', menuOpen, { timeout: 2000 });
        done.push('message menu');

        // 6. Reply: tap Reply, type, tap Send.
        await finger.tap(menuItem(page, 'Reply'));
        const reply = uniqueText('A thumb reply');
        await finger.tap(page.locator(`${chat} tim-composer textarea`));
        await page.keyboard.type(reply);
        await finger.tap(page.locator(`${chat} tim-composer [part="send-button"]`));
        const replied = messages(page).filter({ hasText: reply });
        await replied.waitFor({ timeout: WAIT_MS });
        if (!(await replied.filter({ hasText: text }).count())) throw new Error('the reply does not quote the message');
        done.push('reply');

        // 7. Recall: long press the reply (once the server has it), tap Recall.
        await untilSent(replied);
        await finger.longPress(
          replied.locator('[part~="bubble"]').first(),
          async () => menuItem(page, 'Recall').isVisible(),
          'the menu of the reply',
        );
        await finger.tap(menuItem(page, 'Recall'));
        await page
          .locator(`${chat} tim-message-list [part~="notice"]`)
          .filter({ hasText: 'You recalled a message' })
          .last()
          .waitFor({ timeout: WAIT_MS });
        done.push('recall');

        // 8. Image viewer: Li Lei's photo; tap opens it, the close button closes it.
        await backToList(page, finger);
        await openChat(page, finger, 'C2Clilei', '李雷');
        const photo = page.locator(`${chat} tim-message-list tim-message-image [part~="image"]`).first();
        const listBox = await scroller.boundingBox();
        await until('the photo to scroll into view', async () => {
          if ((await photo.count()) && (await photo.isVisible())) return true;
          await finger.swipe({ x: listBox.x + listBox.width / 2, y: listBox.y + 120 }, 0, 400);
          return false;
        });
        await photo.scrollIntoViewIfNeeded();
        await finger.tap(photo);
        const viewer = page.locator(`${chat} tim-image-viewer dialog[open]`);
        await viewer.waitFor({ timeout: WAIT_MS });
        await finger.tap(page.locator(`${chat} tim-image-viewer [part~="close-button"]`));
        await until('the viewer to close', async () => !(await viewer.count()));
        done.push('image viewer');

        // 9. Emoji: tap the emoji button, tap an emoji: it lands in the box.
        await finger.tap(page.locator(`${chat} tim-composer [part~="emoji-button"]`));
        await finger.tap(page.locator(`${chat} tim-composer tim-emoji-picker [role="option"]`).first());
        await until(
          'the emoji in the message box',
          async () => (await page.locator(`${chat} tim-composer textarea`).inputValue()).length > 0,
        );
        done.push('emoji');

        // 10–11. Pin by a long press on Bob's row; mute from the row's "…" button.
        await page.keyboard.press('Escape').catch(() => {});
        await backToList(page, finger);
        const before = await conversationState(page, 'C2Cbob');
        await finger.longPress(
          rowOf(page, 'C2Cbob'),
          async () => (await page.locator(`${chat} tim-conversation-list [role="menuitem"]`).count()) > 0,
          "Bob's row menu",
        );
        if (await header(page).isVisible()) throw new Error('the long press opened the chat instead of the menu');
        await finger.tap(menuItem(page, before.pinned ? 'Unpin' : 'Pin to top'));
        await until("Bob's conversation to change its pin", async () => (await conversationState(page, 'C2Cbob')).pinned !== before.pinned);
        done.push('pin');

        await finger.tap(rowOf(page, 'C2Cbob').locator('[part~="more-button"]'));
        await finger.tap(menuItem(page, before.muted ? 'Unmute' : 'Mute'));
        await until("Bob's conversation to change its mute", async () => (await conversationState(page, 'C2Cbob')).muted !== before.muted);
        done.push('mute');

        // 12. Delete James's conversation: long press, Delete, confirm.
        const james = rowOf(page, 'C2Cjames');
        await finger.longPress(james, async () => menuItem(page, 'Delete conversation').isVisible(), "James's row menu");
        await finger.tap(menuItem(page, 'Delete conversation'));
        await finger.tap(page.locator(`${chat} tim-confirm-dialog [part="confirm-button"]`));
        await until("James's conversation to leave the list", async () => !(await james.count()));
        done.push('delete');
      } catch (error) {
        await page.screenshot({ path: `${process.env.TMPDIR ?? '/tmp'}/tim-e2e/touch-${done.length}.png` }).catch(() => {});
        throw new Error(`${done.length}/12 done (${done.join(', ')}); then ${error.message.split('\n')[0]}`);
      } finally {
        await context.close();
      }
      expectEqual(done.length, 12, 'tasks done by touch');
    },
  },
];
