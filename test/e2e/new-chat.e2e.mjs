// "New chat" end to end, as the people in the demo use it in their own tabs: Alice finds the public
// group Photo Walks (seeded; she is not in it) by a part of its name, joins it by keyboard and lands
// in it; Li Lei, its owner, sees "Alice Chen joined the group" live in his tab. Then she finds 王芳 by
// name and opens the chat with her. Screenshots go to $SHOTS_DIR (default /tmp/shots/newchat).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DemoTab, until, WAIT_MS } from './demo-tab.mjs';

const PHOTO_WALKS = 'GROUPphoto-walks';
const shotsDir = process.env.SHOTS_DIR ?? '/tmp/shots/newchat';

async function shot(tab, name) {
  mkdirSync(shotsDir, { recursive: true });
  await tab.page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

const dialogRows = (tab) => tab.page.locator('tim-chat tim-conversation-list tim-new-chat [role="option"]');

/** Open the dialog from the list's button and wait until its search box has the focus. */
async function openNewChat(tab) {
  await tab.page.locator('tim-chat tim-conversation-list [part~="new-chat-button"]').click();
  await tab.page.locator('tim-new-chat input[type="search"]').waitFor({ timeout: WAIT_MS });
  await until('the search box to hold the focus', () =>
    tab.page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.localName === 'input' && active.getRootNode().host?.localName === 'tim-new-chat';
    }),
  );
}

export const newChatTests = [
  {
    name: 'new chat: Alice finds Photo Walks by name and joins it by keyboard (Li Lei sees her join live), then opens a chat with 王芳 found by name',
    async run({ alice, context }) {
      const baseURL = new URL(alice.url).origin;
      const lilei = await DemoTab.open(context, baseURL, 'lilei', { conversation: PHOTO_WALKS, problems: alice.problems });
      try {
        await alice.page.bringToFront();
        await openNewChat(alice);
        await alice.page.keyboard.type('photo');
        await dialogRows(alice).filter({ hasText: 'Photo Walks' }).filter({ hasText: 'Join' }).waitFor({ timeout: WAIT_MS });
        await shot(alice, '1-found');
        await alice.page.keyboard.press('ArrowDown');
        await alice.page.keyboard.press('Enter');
        await until('Alice to land in Photo Walks', () =>
          alice.page.evaluate((id) => window.timDemo?.store?.state.get().activeConversationID === id, PHOTO_WALKS),
        );
        await alice.row(PHOTO_WALKS).waitFor({ timeout: WAIT_MS });
        await alice.notices().filter({ hasText: 'You joined the group' }).first().waitFor({ timeout: WAIT_MS });
        await shot(alice, '2-joined');
        await lilei.notices().filter({ hasText: 'Alice Chen joined the group' }).first().waitFor({ timeout: WAIT_MS });
        await shot(lilei, '3-owner-sees-join');

        await openNewChat(alice);
        await alice.page.keyboard.type('王芳');
        const wang = dialogRows(alice).filter({ hasText: 'wangfang' });
        await wang.waitFor({ timeout: WAIT_MS });
        await wang.click();
        await until('the chat with 王芳 to open', () =>
          alice.page.evaluate(() => window.timDemo?.store?.state.get().activeConversationID === 'C2Cwangfang'),
        );
      } finally {
        await lilei.page.close();
      }
    },
  },
];
