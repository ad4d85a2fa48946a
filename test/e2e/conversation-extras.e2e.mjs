// Conversation extras end to end, in the demo's tabs on one embedded server:
// - Bob marks a read chat unread in one tab: his other tab shows the unread dot (and says "Marked
//   unread"); opening the chat takes the mark off in both.
// - Li Lei opens a tab: Alice's list shows him online (a green dot, "Online" in the row's name);
//   he closes it: she sees him offline. Presence is real: each signed-in tab holds a Web Lock.
// - A link preview: Li Lei's message with Lit's docs link shows the demo's canned card (title, site,
//   image; a new tab, rel="noopener noreferrer"), and the rows below it do not move when it arrives.
// Screenshots of each step go to $SHOTS_DIR (default /tmp/shots/extras).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DemoTab, until, WAIT_MS } from './demo-tab.mjs';

const shotsDir = process.env.SHOTS_DIR ?? '/tmp/shots/extras';

async function shot(tab, name) {
  mkdirSync(shotsDir, { recursive: true });
  await tab.page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

/** What a row shows of these extras: the marked dot, the presence dot's state, and its spoken name. */
const rowExtras = (tab, conversationID) =>
  tab
    .row(conversationID)
    .evaluate((row) => ({
      marked: !!row.querySelector('[part="badge"].marked'),
      presence: row.querySelector('[part="presence"]')?.classList.contains('online')
        ? 'online'
        : row.querySelector('[part="presence"]')
          ? 'offline'
          : '',
      name: row.textContent.replace(/\s+/g, ' '),
    }))
    .catch(() => null);

export const conversationExtrasTests = [
  {
    name: 'conversation extras: Bob marks a chat unread; his other tab shows the dot; opening it clears the mark',
    async run({ bob, context }) {
      const baseURL = new URL(bob.url).origin;
      const other = await DemoTab.open(context, baseURL, 'bob', { problems: bob.problems });
      try {
        const chat = 'C2Calice';
        await until('Alice’s chat read in Bob’s other tab', async () => (await other.badgeCount(chat)) === 0);
        // Right-click the row, then "Mark as unread" in its menu.
        await other.row(chat).click({ button: 'right' });
        await other.page.getByRole('menuitem', { name: 'Mark as unread' }).click();
        await until('the dot in the tab that marked it', async () => (await rowExtras(other, chat))?.marked);
        await until('the dot in Bob’s first tab', async () => (await rowExtras(bob, chat))?.marked);
        const shown = await rowExtras(bob, chat);
        if (!shown.name.includes('Marked unread')) throw new Error(`the row's name does not say it: ${shown.name}`);
        await shot(bob, '1-bob-marked-unread');
        // The menu now offers "Mark as read" instead; opening the chat takes the mark off everywhere.
        await other.openConversation(chat);
        await until('the mark gone in the first tab', async () => (await rowExtras(bob, chat))?.marked === false);
        await until('the mark gone in the other tab', async () => (await rowExtras(other, chat))?.marked === false);
        await shot(bob, '2-bob-mark-cleared');
      } finally {
        await other.page.close();
      }
    },
  },
  {
    name: 'conversation extras: Li Lei opens a tab and Alice sees him online; he closes it and she sees him offline',
    async run({ alice, context }) {
      const baseURL = new URL(alice.url).origin;
      const chat = 'C2Clilei';
      await alice.row(chat).waitFor({ timeout: WAIT_MS });
      await until('Li Lei offline before he comes', async () => (await rowExtras(alice, chat))?.presence === 'offline');
      const lilei = await DemoTab.open(context, baseURL, 'lilei', { problems: alice.problems });
      await until('Li Lei online in Alice’s list', async () => (await rowExtras(alice, chat))?.presence === 'online');
      const shown = await rowExtras(alice, chat);
      if (!shown.name.includes('Online')) throw new Error(`the row's name does not say online: ${shown.name}`);
      await alice.openConversation(chat);
      await until('the header dot', async () =>
        alice.page.evaluate(() => !!document.querySelector('tim-chat')?.shadowRoot?.querySelector('[part="header"] .presence.online')),
      );
      await shot(alice, '3-alice-sees-lilei-online');
      await lilei.page.close();
      await until('Li Lei offline once his tab closed', async () => (await rowExtras(alice, chat))?.presence === 'offline');
      await shot(alice, '4-alice-sees-lilei-offline');
    },
  },
  {
    name: 'conversation extras: a demo link gets a preview card, opening in a new tab, and the list does not move',
    async run({ alice }) {
      await alice.openConversation('C2Clilei');
      const message = alice.message('https://lit.dev/docs/').last();
      await message.waitFor({ timeout: WAIT_MS });
      const card = message.locator('tim-link-preview [part="card"]');
      await card.waitFor({ timeout: WAIT_MS });
      const shown = await card.evaluate((a) => ({
        href: a.getAttribute('href'),
        target: a.getAttribute('target'),
        rel: a.getAttribute('rel'),
        title: a.querySelector('[part="title"]')?.textContent,
        site: a.querySelector('[part="site"]')?.textContent,
        image: a.querySelector('img')?.getAttribute('src')?.slice(0, 5),
      }));
      const expected = {
        href: 'https://lit.dev/docs/',
        target: '_blank',
        rel: 'noopener noreferrer',
        title: 'Lit Documentation',
        site: 'lit.dev',
        image: 'blob:',
      };
      if (JSON.stringify(shown) !== JSON.stringify(expected)) throw new Error(`the card: ${JSON.stringify(shown)}`);
      // The newest message stays where it is while the cards settle (the card keeps its height from the first frame).
      const newest = alice.messages().last();
      const before = await newest.boundingBox();
      await alice.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const after = await newest.boundingBox();
      if (Math.abs((after?.y ?? 0) - (before?.y ?? 0)) > 0.5) throw new Error(`the newest row moved: ${before?.y} → ${after?.y}`);
      await message.scrollIntoViewIfNeeded();
      await shot(alice, '5-alice-link-preview');
    },
  },
];
