// Forwarding end to end (issue 12, item 3), in the demo's two tabs: Alice picks two messages in
// multi-select mode, forwards them combined to her chat with Bob, and Bob, live, opens the
// "chat history" card and reads them in the viewer. Screenshots of each step go to
// $TMPDIR/shots/forward/ (or E2E_SHOTS_DIR) for a person to look at.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectEqual, uniqueText, until, WAIT_MS } from './demo-tab.mjs';

const BOB_WITH_ALICE = 'C2Calice';
const shots = process.env.E2E_SHOTS_DIR ?? path.join(os.tmpdir(), 'shots', 'forward');

async function shot(tab, name) {
  mkdirSync(shots, { recursive: true });
  await tab.page.screenshot({ path: path.join(shots, `${name}.png`) });
}

export const forwardTests = [
  {
    name: "forward combined: Alice picks two messages, forwards them as one chat history to Bob's chat; Bob opens it live",
    async run({ alice, bob }) {
      if (!(await bob.composer().count())) await bob.openConversation(BOB_WITH_ALICE);
      const first = uniqueText('Release notes are ready');
      const second = uniqueText('Ship it Friday');
      await alice.send(first);
      await alice.send(second);
      await alice.waitForStatus(second, 'read');

      // Multi-select from the menu: the first is picked, a click picks the second.
      await alice.chooseFromMenu(first, 'select');
      const bar = alice.page.locator('tim-chat tim-message-list [part~="selection-bar"]');
      await bar.waitFor({ timeout: WAIT_MS });
      await alice.message(second).last().locator('[part~="bubble"]').first().click();
      await until('the bar to count two', async () => ((await bar.locator('[role="status"]').textContent()) ?? '').includes('2'));
      await shot(alice, '1-alice-multi-select');

      await bar.getByRole('button', { name: 'Forward combined' }).click();
      const picker = alice.page.locator('tim-forward-picker');
      await picker.locator('input[type="search"]').waitFor({ timeout: WAIT_MS });
      await picker.locator('input[type="search"]').fill('Bob');
      await picker.locator('[role="option"]', { hasText: 'Bob' }).first().click();
      await shot(alice, '2-alice-picker');
      await picker.locator('[part~="send-button"]').click();
      await until('multi-select mode to end', async () => (await bar.count()) === 0);

      // Bob sees the card live: the title and the two first lines.
      const card = bob.page.locator('tim-chat tim-message-list [part~="merged-card"]').filter({ hasText: first });
      await card.last().waitFor({ timeout: WAIT_MS });
      const cardText = (await card.last().textContent()) ?? '';
      for (const expected of ["Alice Chen's chat history", `Alice Chen: ${first}`, `Alice Chen: ${second}`, 'Chat history']) {
        if (!cardText.includes(expected)) throw new Error(`the card lacks "${expected}": ${cardText}`);
      }
      await shot(bob, '3-bob-card');

      await card.last().click();
      const viewer = bob.page.locator('tim-merged-viewer');
      const rows = viewer.locator('tim-message');
      await until('the viewer to show the two messages', async () => (await rows.count()) === 2);
      const texts = [];
      for (let i = 0; i < 2; i++) texts.push((await rows.nth(i).locator('[part~="bubble"]').textContent()) ?? '');
      expectEqual(
        texts.map((t) => (t.includes(first) ? 'first' : t.includes(second) ? 'second' : t)),
        ['first', 'second'],
        'the forwarded messages, oldest first',
      );
      await shot(bob, '4-bob-viewer');
      await bob.page.keyboard.press('Escape');
      await until('the viewer to close', async () => !(await viewer.locator('dialog[open]').count()));
    },
  },
  {
    name: 'forward one message from its menu to a group: it arrives there as a new message with the same text',
    async run({ alice }) {
      const text = uniqueText('Worth sharing');
      await alice.send(text);
      await until('the message to be delivered', async () => ['sent', 'read'].includes(await alice.status(text)));
      await alice.chooseFromMenu(text, 'forward');
      const picker = alice.page.locator('tim-forward-picker');
      const search = picker.locator('input[type="search"]');
      await search.waitFor({ timeout: WAIT_MS });
      // Keyboard: type to filter, ArrowDown into the list, Space to choose, Enter to send.
      await search.fill('Product');
      await alice.page.keyboard.press('ArrowDown');
      await alice.page.keyboard.press('Space');
      await until('one chosen', async () => ((await picker.locator('[part~="count"]').textContent()) ?? '').includes('1'));
      await alice.page.keyboard.press('Enter');
      await alice.openConversation('GROUPproduct-team');
      await alice.message(text).last().waitFor({ timeout: WAIT_MS });
      await until('the copy to be delivered', async () => (await alice.storeCopies('GROUPproduct-team', text)).includes('success'));
      await alice.openConversation('C2Cbob');
    },
  },
];
