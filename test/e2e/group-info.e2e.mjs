// The group info panel end to end, in the shared alice and bob tabs. Alice, the owner of Product
// Team, edits its announcement in place (Enter saves) while Bob has the panel open in his tab: he
// sees the group tip in the chat and the new announcement in his panel, live. Then Bob leaves a
// group of Alice's (made fresh, so the other cases keep their groups) after the confirmation, and
// Alice, who has it open, sees "Bob Martin left the group" and loses him from her member list.
// Last, Alice, the owner of a Public group, makes Bob an admin, mutes him for 10 minutes and removes
// him from his row's menu while Bob has the panel open: his tab shows each tip and each change live.
// Screenshots go to $SHOTS_DIR (default /tmp/shots/group-info).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { uniqueText, until, WAIT_MS } from './demo-tab.mjs';

const PRODUCT_TEAM = 'GROUPproduct-team';
const shotsDir = process.env.SHOTS_DIR ?? '/tmp/shots/group-info';

async function shot(tab, name) {
  mkdirSync(shotsDir, { recursive: true });
  await tab.page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

const panel = (tab) => tab.page.locator('tim-chat tim-group-info');
const members = (tab) => panel(tab).locator('[part~="member"]');

/** Open the open group's panel from the header's button; wait for its members. */
async function openPanel(tab) {
  await tab.page.locator('tim-chat [part~="group-info-button"]').click();
  await panel(tab).locator('dialog[open]').waitFor({ timeout: WAIT_MS });
  await members(tab).first().waitFor({ timeout: WAIT_MS });
}

async function closePanel(tab) {
  await panel(tab).locator('[part~="close-button"]').click();
  await panel(tab).locator('dialog[open]').waitFor({ state: 'detached', timeout: WAIT_MS });
}

export const groupInfoTests = [
  {
    name: 'group info: the owner edits the announcement in place; the other member sees the tip and the new announcement live',
    async run({ alice, bob }) {
      const announcement = uniqueText('Demo day moves to Friday');
      await alice.openConversation(PRODUCT_TEAM);
      await bob.openConversation(PRODUCT_TEAM);
      await openPanel(bob);
      await openPanel(alice);
      try {
        await alice.page.bringToFront();
        await panel(alice).locator('#edit-button-notification').click();
        const editor = panel(alice).locator('#edit-notification');
        await editor.fill(announcement);
        await shot(alice, '1-owner-editing');
        await editor.press('Enter');
        await editor.waitFor({ state: 'detached', timeout: WAIT_MS });
        await panel(alice).locator('[part~="field"]').filter({ hasText: announcement }).waitFor({ timeout: WAIT_MS });
        await alice
          .notices()
          .filter({ hasText: `You changed the group announcement to “${announcement}”` })
          .first()
          .waitFor({ timeout: WAIT_MS });
        await bob.page.bringToFront();
        await bob
          .notices()
          .filter({ hasText: `Alice Chen changed the group announcement to “${announcement}”` })
          .first()
          .waitFor({ timeout: WAIT_MS });
        await panel(bob).locator('[part~="field"]').filter({ hasText: announcement }).waitFor({ timeout: WAIT_MS });
        await shot(bob, '2-member-sees-it-live');
      } finally {
        await closePanel(alice).catch(() => {});
        await closePanel(bob).catch(() => {});
      }
    },
  },
  {
    name: 'group info: a member leaves after the confirmation; the owner sees the tip and the member gone from the list',
    async run({ alice, bob }) {
      const groupID = `leave-${Date.now().toString(36)}`;
      const conversationID = `GROUP${groupID}`;
      await alice.page.evaluate(
        (id) => window.timDemo.server.createGroup({ groupID: id, name: 'Tea Break', ownerID: 'alice', memberIDs: ['bob'], type: 'Public' }),
        groupID,
      );
      await alice.row(conversationID).waitFor({ timeout: WAIT_MS });
      await bob.row(conversationID).waitFor({ timeout: WAIT_MS });
      await alice.openConversation(conversationID);
      await bob.openConversation(conversationID);
      await openPanel(alice);
      await until('Alice’s panel to list Bob', async () => (await members(alice).filter({ hasText: 'Bob Martin' }).count()) === 1);
      try {
        await bob.page.bringToFront();
        await openPanel(bob);
        await panel(bob).locator('[part~="leave-button"]', { hasText: 'Leave group' }).click();
        const confirm = panel(bob).locator('tim-confirm-dialog [part~="confirm-button"]');
        await confirm.waitFor({ timeout: WAIT_MS });
        await shot(bob, '3-member-confirms-leaving');
        await confirm.click();
        await panel(bob).locator('dialog[open]').waitFor({ state: 'detached', timeout: WAIT_MS });
        await alice.page.bringToFront();
        await alice.notices().filter({ hasText: 'Bob Martin left the group' }).first().waitFor({ timeout: WAIT_MS });
        await until(
          'Bob to be gone from Alice’s member list',
          async () => (await members(alice).filter({ hasText: 'Bob Martin' }).count()) === 0,
        );
        await shot(alice, '4-owner-sees-member-leave');
        // Bob's chat is history now: the composer says why he cannot write.
        await until('Bob to be no longer a member', () =>
          bob.page.evaluate((id) => !window.timDemo.store.state.get().groups[id]?.selfRole, groupID),
        );
      } finally {
        await closePanel(alice).catch(() => {});
      }
    },
  },
  {
    name: 'group info: the owner makes a member an admin, mutes and removes him from his menu; the member’s tab sees each change live',
    async run({ alice, bob }) {
      const groupID = `crew-${Date.now().toString(36)}`;
      const conversationID = `GROUP${groupID}`;
      await alice.page.evaluate(
        (id) =>
          window.timDemo.server.createGroup({
            groupID: id,
            name: 'Launch Crew',
            ownerID: 'alice',
            memberIDs: ['bob', 'lilei'],
            type: 'Public',
          }),
        groupID,
      );
      await alice.row(conversationID).waitFor({ timeout: WAIT_MS });
      await bob.row(conversationID).waitFor({ timeout: WAIT_MS });
      await alice.openConversation(conversationID);
      await bob.openConversation(conversationID);
      await openPanel(bob);
      await openPanel(alice);
      const bobsRow = (tab) => members(tab).filter({ hasText: 'Bob Martin' });
      const menu = panel(alice).locator('[part~="member-menu"]');
      /** Alice opens Bob's menu from its "…" button and chooses an item by its name. */
      async function choose(name) {
        await alice.page.bringToFront();
        await until('Alice’s panel to list Bob', async () => (await bobsRow(alice).count()) === 1);
        await bobsRow(alice).locator('[part~="member-more-button"]').click();
        await menu.waitFor({ timeout: WAIT_MS });
        await menu.getByRole('menuitem', { name, exact: true }).click();
      }
      try {
        await until('Alice’s panel to list Bob', async () => (await bobsRow(alice).count()) === 1);
        await alice.page.bringToFront();
        await bobsRow(alice).locator('[part~="member-more-button"]').click();
        await menu.waitFor({ timeout: WAIT_MS });
        await shot(alice, '5-owner-opens-member-menu');
        await menu.getByRole('menuitem', { name: 'Make admin', exact: true }).click();
        await bobsRow(alice).locator('[part~="role"]', { hasText: 'Admin' }).waitFor({ timeout: WAIT_MS });
        await bob.page.bringToFront();
        await bob.notices().filter({ hasText: 'Alice Chen made you an admin' }).first().waitFor({ timeout: WAIT_MS });
        await bobsRow(bob).locator('[part~="role"]', { hasText: 'Admin' }).waitFor({ timeout: WAIT_MS });
        await shot(bob, '6-member-sees-himself-made-admin');

        await choose('Mute for 10 minutes');
        await bobsRow(alice).locator('[part~="muted-badge"]').waitFor({ timeout: WAIT_MS });
        await bob.page.bringToFront();
        await bob.notices().filter({ hasText: 'Alice Chen muted you for 10 minutes' }).first().waitFor({ timeout: WAIT_MS });
        await bobsRow(bob).locator('[part~="muted-badge"]').waitFor({ timeout: WAIT_MS });
        await shot(bob, '7-member-sees-himself-muted');

        await choose('Remove from group');
        const confirm = panel(alice).locator('tim-confirm-dialog [part~="confirm-button"]');
        await confirm.waitFor({ timeout: WAIT_MS });
        await shot(alice, '8-owner-confirms-removing');
        await confirm.click();
        await until('Bob gone from Alice’s list', async () => (await bobsRow(alice).count()) === 0);
        await alice.notices().filter({ hasText: 'You removed Bob Martin from the group' }).first().waitFor({ timeout: WAIT_MS });
        await shot(alice, '9-owner-after-removing');
        await bob.page.bringToFront();
        // The removed member is told by a system notice (the tip goes to those who stay), as on Tencent.
        await bob.row('@TIM#SYSTEM').filter({ hasText: 'Alice Chen removed you from' }).waitFor({ timeout: WAIT_MS });
        await until('Bob to be no longer a member', () =>
          bob.page.evaluate((id) => !window.timDemo.store.state.get().groups[id]?.selfRole, groupID),
        );
        await panel(bob).locator('.standing', { hasText: 'You are not a member of this group.' }).waitFor({ timeout: WAIT_MS });
        await shot(bob, '10-member-removed');
      } finally {
        await closePanel(alice).catch(() => {});
        await closePanel(bob).catch(() => {});
      }
    },
  },
];
