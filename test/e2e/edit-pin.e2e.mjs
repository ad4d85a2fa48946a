// Edit, re-edit and pinned messages in the demo, as two people see them: Alice edits or pins in
// her tab, Bob sees it live in his (one embedded server, two clients). Registered in
// scripts/e2e.mjs; uses the two tabs of demo.e2e.mjs's setup.
import { expectEqual, uniqueText, until, untilSent, WAIT_MS } from './demo-tab.mjs';

const ALICE_WITH_BOB = 'C2Cbob';
const BOB_WITH_ALICE = 'C2Calice';
const PRODUCT_TEAM = 'GROUPproduct-team';

/** The composer's edit bar in a tab. */
const editBar = (tab) => tab.page.locator('tim-chat tim-composer [part~="edit-bar"]');

export const editPinTests = [
  {
    name: 'Alice edits her message from its menu; Bob sees the new text and "edited" live; Esc gives back her draft',
    async run({ alice, bob }) {
      await alice.openConversation(ALICE_WITH_BOB);
      await bob.openConversation(BOB_WITH_ALICE);
      const before = uniqueText('Meet at 5');
      await alice.send(before);
      await untilSent(alice.message(before).last());
      await bob.message(before).first().waitFor({ timeout: WAIT_MS });

      // A draft in progress survives the edit.
      await alice.composer().fill('half a thought');
      await alice.chooseFromMenu(before, 'edit');
      await editBar(alice).waitFor({ timeout: WAIT_MS });
      expectEqual(await alice.composer().inputValue(), before, 'the message text in the box');
      const after = before.replace('Meet at 5', 'Meet at 6');
      await alice.composer().fill(after);
      await alice.composer().press('Enter');
      await editBar(alice).waitFor({ state: 'detached', timeout: WAIT_MS });
      expectEqual(await alice.composer().inputValue(), 'half a thought', 'the draft comes back after saving');

      const bobsRow = bob.message(after).first();
      await bobsRow.waitFor({ timeout: WAIT_MS });
      await bobsRow.locator('[part~="edited"]').waitFor({ timeout: WAIT_MS });
      expectEqual(await bob.shownCount(before), 0, 'the old text is gone from Bob’s chat');
      await alice.message(after).first().locator('[part~="edited"]').waitFor({ timeout: WAIT_MS });

      // Esc leaves edit mode without saving.
      await alice.chooseFromMenu(after, 'edit');
      await editBar(alice).waitFor({ timeout: WAIT_MS });
      await alice.composer().fill('never saved');
      await alice.composer().press('Escape');
      await editBar(alice).waitFor({ state: 'detached', timeout: WAIT_MS });
      expectEqual(await alice.composer().inputValue(), 'half a thought', 'Esc gives back the draft');
      expectEqual(await bob.shownCount('never saved'), 0, 'nothing reached Bob');
      await alice.composer().fill('');
    },
  },
  {
    name: 'Alice recalls a message and takes it back with "Re-edit"',
    async run({ alice }) {
      await alice.openConversation(ALICE_WITH_BOB);
      const text = uniqueText('Wrong chat, sorry');
      await alice.send(text);
      await untilSent(alice.message(text).last());
      // Its row, by ID: once recalled it no longer holds the text, and rows are not in DOM order.
      const id = await alice.message(text).last().getAttribute('data-id');
      await alice.chooseFromMenu(text, 'revoke');
      const reEdit = alice.page.locator(`tim-chat tim-message-list tim-message[data-id="${id}"] [part~="re-edit"]`);
      await reEdit.waitFor({ timeout: WAIT_MS });
      await reEdit.click();
      await until('the recalled text back in the box', async () => (await alice.composer().inputValue()) === text);
      await alice.composer().fill('');
    },
  },
  {
    name: 'Alice pins a message in Product Team; Bob sees the pinned bar live and jumps to it; Alice unpins from the list',
    async run({ alice, bob }) {
      await alice.openConversation(PRODUCT_TEAM);
      await bob.openConversation(PRODUCT_TEAM);
      const text = uniqueText('Release checklist');
      await alice.send(text);
      // Group messages carry no sent mark: Bob having it means the server does.
      await bob.message(text).first().waitFor({ timeout: WAIT_MS });
      await alice.chooseFromMenu(text, 'pin');
      const bobsBar = bob.page.locator('tim-chat tim-message-list [part~="pinned-bar"]');
      await bobsBar.filter({ hasText: text }).waitFor({ timeout: WAIT_MS });
      // Bob is a member of Product Team, a Work group, which has no admins: only Alice, its owner, pins there,
      // so his menu offers neither Pin nor Unpin.
      await bob.message(text).last().locator('[part~="bubble"]').first().click({ button: 'right' });
      const bobsMenu = bob.page.locator('tim-chat tim-message-list tim-message-actions [role="menuitem"]');
      await bobsMenu.first().waitFor({ timeout: WAIT_MS });
      const actions = await bobsMenu.evaluateAll((items) => items.map((i) => i.getAttribute('data-action')));
      if (actions.includes('unpin') || actions.includes('pin')) throw new Error(`Bob's menu offers ${actions}`);
      await bob.page.keyboard.press('Escape');
      await bobsBar.locator('[part~="pinned-message"]').click();
      await until('the pinned message highlighted in Bob’s chat', async () =>
        bob
          .message(text)
          .last()
          .evaluate((row) => row.hasAttribute('highlighted')),
      );

      await alice.page.locator('tim-chat tim-message-list [part~="pinned-list-button"]').click();
      await alice.page.locator('tim-chat tim-message-list [part~="pinned-list"] [part~="unpin-button"]').first().click();
      await until('the pin gone from Bob’s bar', async () => (await bobsBar.filter({ hasText: text }).count()) === 0);
    },
  },
];
