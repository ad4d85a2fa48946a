// Reactions end to end, as two people use them in two tabs of the demo: Alice reacts from the
// quick bar beside her message, Bob sees the chip and hears the announcement live, reacts from the
// message menu, then takes his reaction back from the chip. Screenshots of each step go to
// $SHOTS_DIR (default /tmp/shots/reactions) for a person to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openDemo } from './a11y.e2e.mjs';
import { expectEqual, uniqueText, until, WAIT_MS } from './demo-tab.mjs';
import { Finger } from './touch.e2e.mjs';

const ALICE_WITH_BOB = 'C2Cbob';
const BOB_WITH_ALICE = 'C2Calice';
const LIKE = '[TUIEmoji_Like]';
const CELEBRATE = '[TUIEmoji_Celebrate]';
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const shotsDir = process.env.SHOTS_DIR ?? '/tmp/shots/reactions';

/** What a tab shows of a message's reactions: [reactionID, count, pressed] per chip. */
async function chips(tab, text) {
  return tab
    .message(text)
    .last()
    .locator('[part~="reaction-chip"]')
    .evaluateAll((buttons) =>
      buttons.map((b) => [b.dataset.reaction, b.querySelector('.reaction-count')?.textContent ?? '', b.getAttribute('aria-pressed')]),
    )
    .catch(() => []);
}

/**
 * Waits until `read()` passes `test`; on a timeout fails with what was last read. (A check that
 * returned the value itself would end the wait at once: any array or text is truthy.)
 */
async function untilRead(what, read, test) {
  let last;
  await until(what, async () => test((last = await read()))).catch(() => {
    throw new Error(`timed out waiting for ${what}; last read: ${JSON.stringify(last)}`);
  });
  return last;
}

async function untilChips(tab, text, expected, what) {
  const shown = await untilRead(
    `${what} (${tab.userID}'s tab)`,
    () => chips(tab, text),
    (now) => JSON.stringify(now) === JSON.stringify(expected),
  );
  expectEqual(shown, expected, what);
}

async function shot(tab, name) {
  mkdirSync(shotsDir, { recursive: true });
  await tab.page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

/** What the page's polite live region says now. */
function liveRegionText(tab) {
  return tab.page.evaluate(() => document.querySelector('[data-tim-live-region]')?.textContent ?? '');
}

export const reactionTests = [
  {
    name: 'reactions: Alice reacts from the quick bar, Bob sees the chip and hears it live, reacts from the menu, then takes his back',
    async run({ alice, bob }) {
      if ((await alice.shownConversation()).list !== ALICE_WITH_BOB) await alice.openConversation(ALICE_WITH_BOB);
      if ((await bob.shownConversation()).list !== BOB_WITH_ALICE) await bob.openConversation(BOB_WITH_ALICE);
      const text = uniqueText('React to this');
      await alice.send(text);
      await bob.message(text).first().waitFor({ timeout: WAIT_MS });
      await alice.waitForStatus(text, 'read');

      // Alice: the quick bar shows beside her bubble on hover; 👍 reacts.
      const aliceRow = alice.message(text).last();
      await aliceRow.locator('[part~="bubble"]').first().hover();
      const quickLike = aliceRow.locator(`[part~="quick-reaction"][data-reaction="${LIKE}"]`);
      await quickLike.waitFor({ timeout: WAIT_MS });
      await shot(alice, '1-alice-quick-bar');
      await quickLike.click();
      await untilChips(alice, text, [[LIKE, '1', 'true']], "Alice's own reaction, pressed");

      // Bob: the chip arrives live, not pressed, and the live region names who reacted.
      await untilChips(bob, text, [[LIKE, '1', 'false']], "Alice's reaction in Bob's tab");
      await untilRead(
        "the announcement in Bob's tab",
        () => liveRegionText(bob),
        (said) => /Alice.*reacted 👍/.test(said),
      );
      await shot(bob, '2-bob-sees-chip');

      // Who reacted: hovering the chip names Alice.
      await bob.message(text).last().locator('[part~="reaction-chip"]').first().hover();
      const who = bob.message(text).last().locator('[part~="who-reacted"]');
      await untilRead(
        'who reacted to show',
        async () => (await who.textContent().catch(() => '')) ?? '',
        (names) => /Alice/.test(names),
      );
      await shot(bob, '3-bob-who-reacted');

      // Bob reacts from the message menu: its reaction row.
      await bob.message(text).last().locator('[part~="bubble"]').first().click({ button: 'right' });
      const menuLike = bob.page.locator(`tim-chat tim-message-list tim-message-actions [role="menuitemcheckbox"][data-reaction="${LIKE}"]`);
      await menuLike.waitFor({ timeout: WAIT_MS });
      await shot(bob, '4-bob-menu-reactions');
      await menuLike.click();
      await untilChips(bob, text, [[LIKE, '2', 'true']], "Bob's reaction joins Alice's");
      await untilChips(alice, text, [[LIKE, '2', 'true']], "Bob's reaction in Alice's tab");
      await shot(alice, '5-alice-sees-two');

      // Bob takes his back from the chip; both tabs count one again.
      await bob.message(text).last().locator('[part~="reaction-chip"]').first().click();
      await untilChips(bob, text, [[LIKE, '1', 'false']], 'Bob took his reaction back');
      await untilChips(alice, text, [[LIKE, '1', 'true']], "Bob's removal in Alice's tab");
      await shot(bob, '6-bob-removed');
      await Promise.all([alice.settled(), bob.settled()]);
    },
  },
  {
    name: 'reactions by touch on a phone: the long-press menu reacts, a long press on the chip names who reacted',
    async run(tabs) {
      // On a phone the list shows first; a tap opens the chat.
      const { page, context } = await openDemo(tabs, { conversation: '', context: PHONE });
      const finger = await Finger.on(page);
      const chat = 'tim-chat';
      try {
        await finger.tap(page.locator(`${chat} tim-conversation-list [role="option"][data-id="${ALICE_WITH_BOB}"]`));
        await page.locator(`${chat} tim-composer textarea`).waitFor({ state: 'visible', timeout: WAIT_MS });
        const text = uniqueText('Thumbs for this');
        await finger.tap(page.locator(`${chat} tim-composer textarea`));
        await page.keyboard.type(text);
        await finger.tap(page.locator(`${chat} tim-composer [part="send-button"]`));
        const row = page.locator(`${chat} tim-message-list tim-message`).filter({ hasText: text }).last();
        await row.waitFor({ timeout: WAIT_MS });
        await until('the message to be sent', async () =>
          ['sent', 'read'].includes(
            await row
              .locator('[part~="status"]')
              .first()
              .getAttribute('data-status')
              .catch(() => ''),
          ),
        );
        expectEqual(
          await row
            .locator('[part~="quick-reactions"]')
            .isVisible()
            .catch(() => false),
          false,
          'no hover bar on a touch screen',
        );
        const celebrate = page.locator(`${chat} tim-message-actions [role="menuitemcheckbox"][data-reaction="${CELEBRATE}"]`);
        await finger.longPress(row.locator('[part~="bubble"]').first(), () => celebrate.isVisible(), 'the menu with its reactions');
        await shot({ page }, '7-phone-menu-reactions');
        await finger.tap(celebrate);
        const chip = row.locator(`[part~="reaction-chip"][data-reaction="${CELEBRATE}"]`);
        await until('the chip, pressed', async () => (await chip.getAttribute('aria-pressed').catch(() => null)) === 'true');
        const who = row.locator('[part~="who-reacted"]');
        await finger.longPress(
          chip,
          async () => /You reacted with 🎉/.test((await who.textContent().catch(() => '')) ?? ''),
          'who reacted, under the finger',
        );
        await shot({ page }, '8-phone-who-reacted');
        await finger.tap(chip);
        await until('the reaction taken back', async () => (await chip.count()) === 0);
      } finally {
        await context.close();
      }
    },
  },
];
