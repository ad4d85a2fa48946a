// Join requests and invitations end to end, as the people in the demo answer them in their own tabs:
// James asked to rejoin the hikers and Emma invited Alice to the Book Club (both seeded, unanswered).
// Alice accepts James's request with a click and Emma's invitation by keyboard, in System
// notifications; James's tab hears he was approved and gets the group with its join tip, Emma's hears
// her invitation was accepted. Screenshots of each step go to $SHOTS_DIR (default /tmp/shots/requests).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DemoTab, until, WAIT_MS } from './demo-tab.mjs';

const SYSTEM = '@TIM#SYSTEM';
const HIKERS = 'GROUPweekend-hikers';
const BOOK_CLUB = 'GROUPbook-club';
const shotsDir = process.env.SHOTS_DIR ?? '/tmp/shots/requests';

async function shot(tab, name) {
  mkdirSync(shotsDir, { recursive: true });
  await tab.page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

/** The System notifications row whose notice says `text`. */
const noticeRow = (tab, text) => tab.page.locator('tim-chat tim-message-list tim-message').filter({ hasText: text });

/** What a notice row says under its notice: its buttons' names, or its outcome. */
async function answerOf(row) {
  return row
    .first()
    .evaluate((el) => {
      const root = el.shadowRoot;
      const buttons = [...root.querySelectorAll('[part~="application"] button')].map((b) => b.getAttribute('aria-label'));
      return buttons.length ? buttons : (root.querySelector('[part~="application-status"]')?.textContent ?? '');
    })
    .catch(() => null);
}

/** The row of the deepest focused element's message, if any (the focus is not lost to the page). */
const focusedRowText = (tab) =>
  tab.page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) {
      if (active.localName === 'tim-message') break;
      active = active.shadowRoot.activeElement;
    }
    return active?.localName === 'tim-message' ? active.textContent || active.shadowRoot.textContent : active?.localName;
  });

export const groupRequestTests = [
  {
    name: "group requests: Alice accepts James's request (James joins, hears it) and, by keyboard, Emma's invitation (Emma hears it)",
    async run({ alice, context }) {
      const baseURL = new URL(alice.url).origin;
      const james = await DemoTab.open(context, baseURL, 'james', { problems: alice.problems });
      const emma = await DemoTab.open(context, baseURL, 'emma', { conversation: SYSTEM, problems: alice.problems });
      try {
        await alice.openConversation(SYSTEM);
        const request = noticeRow(alice, "James O'Connor asked to join");
        await request.first().waitFor({ timeout: WAIT_MS });
        const requestButtons = [
          "Accept James O'Connor's request to join 周末徒步 Weekend Hikers",
          "Decline James O'Connor's request to join 周末徒步 Weekend Hikers",
        ];
        await until(
          'Accept / Decline under James’s request',
          async () => JSON.stringify(await answerOf(request)) === JSON.stringify(requestButtons) || (await answerOf(request)),
        );
        const invitation = noticeRow(alice, 'Emma Wilson invited you to join');
        await until('Accept / Decline under Emma’s invitation', async () => Array.isArray(await answerOf(invitation)));
        // The invitation is the newest notice: the request sits above it, both on screen.
        await request.first().scrollIntoViewIfNeeded();
        await shot(alice, '1-alice-pending');

        // A click on Accept: the row says accepted; James is a member and hears it in his tab.
        await alice.page.getByRole('button', { name: requestButtons[0] }).click();
        await until('Alice’s row to say Accepted', async () => (await answerOf(request)) === 'Accepted');
        await james.row(SYSTEM).filter({ hasText: 'approved your request' }).waitFor({ timeout: WAIT_MS });
        await james.row(HIKERS).waitFor({ timeout: WAIT_MS });
        await james.openConversation(HIKERS);
        await james.page
          .locator('tim-chat tim-message-list tim-message [part~="notice"]')
          .filter({ hasText: 'You joined the group' })
          .last()
          .waitFor({ timeout: WAIT_MS });
        const members = await james.page.evaluate(() => window.timDemo.service.getGroupMembers('weekend-hikers'));
        if (!members.some((m) => m.userID === 'james')) throw new Error('James is not a member of the hikers after Alice accepted');
        await shot(james, '2-james-joined');

        // By keyboard: focus the invitation's row, Enter steps into its buttons, Enter accepts.
        await invitation.first().focus();
        await alice.page.keyboard.press('Enter');
        const focused = await alice.page.evaluate(() => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active?.getAttribute('part');
        });
        if (focused !== 'application-accept') throw new Error(`Enter should step onto Accept, the focus is on ${focused}`);
        await alice.page.keyboard.press('Enter');
        await until('Alice’s invitation row to say Accepted', async () => (await answerOf(invitation)) === 'Accepted');
        await until('the focus to stay on the invitation’s row', async () =>
          String(await focusedRowText(alice)).includes('Emma Wilson invited you'),
        );
        await alice.row(BOOK_CLUB).waitFor({ timeout: WAIT_MS });
        await shot(alice, '3-alice-answered');
        await emma.message('Alice Chen accepted your invitation').first().waitFor({ timeout: WAIT_MS });
        await shot(emma, '4-emma-told');
      } finally {
        await james.page.close();
        await emma.page.close();
      }
    },
  },
];
