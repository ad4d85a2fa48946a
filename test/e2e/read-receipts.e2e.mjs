// Group read receipts end to end, as the demo's people see them in their own tabs: Alice writes in
// Product Team (a Work group: its messages ask for receipts); her message says "Unread"; Bob opens
// the group in his tab and reads it, and Alice's message says "1 read" without a reload. Alice opens
// the list: Bob under Read, the other members under Unread. Screenshots of each step go to $SHOTS_DIR
// (default /tmp/shots/receipts).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { until, uniqueText, WAIT_MS } from './demo-tab.mjs';

const PRODUCT = 'GROUPproduct-team';
const shotsDir = process.env.SHOTS_DIR ?? '/tmp/shots/receipts';

async function shot(tab, name) {
  mkdirSync(shotsDir, { recursive: true });
  await tab.page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

/** What the count beside the message says ('' while there is none). */
const countOf = (row) =>
  row
    .first()
    .evaluate((el) => el.shadowRoot.querySelector('[part~="read-receipt"]')?.textContent?.trim() ?? '')
    .catch(() => '');

/** The names in the dialog's tab shown, and that tab's label. */
const dialogOf = (tab) =>
  tab.page.evaluate(() => {
    const dialog = document
      .querySelector('tim-chat')
      ?.shadowRoot?.querySelector('tim-message-list')
      ?.shadowRoot?.querySelector('tim-read-receipts');
    const root = dialog?.shadowRoot;
    return {
      open: !!dialog?.isOpen,
      tab: root?.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.trim() ?? '',
      names: [...(root?.querySelectorAll('[part~="member"] .name') ?? [])].map((n) => n.textContent.trim()),
    };
  });

export const readReceiptTests = [
  {
    name: 'group read receipts: Alice sees "1 read" live when Bob reads her Product Team message, and who has and has not read it',
    async run({ alice, bob }) {
      // Bob is elsewhere (an earlier case may have left him reading the group, where he would read it at once).
      await bob.openConversation('C2Calice');
      await alice.openConversation(PRODUCT);
      const text = uniqueText('Release notes are final, please read');
      await alice.send(text);
      const row = alice.message(text);
      await until('"Unread" beside Alice’s message', async () => (await countOf(row)) === 'Unread');
      await shot(alice, '1-alice-unread');

      // Bob opens the group: his list shows the message and reads it.
      await bob.openConversation(PRODUCT);
      await bob.toLatest();
      await bob.message(text).first().waitFor({ timeout: WAIT_MS });
      await until('"1 read" in Alice’s tab, live', async () => (await countOf(row)) === '1 read');
      await shot(alice, '2-alice-one-read');
      await shot(bob, '3-bob-read-it');

      // The list of who has read it: Bob under Read, the others under Unread.
      // A click on the count itself (dispatched on it: the pointer moving onto the row draws its hover
      // tools, and on a loaded machine the row can shift between Playwright's aim and its press).
      await row.first().locator('[part~="read-receipt"]').dispatchEvent('click');
      await until('Bob under Read', async () => {
        const d = await dialogOf(alice);
        return d.open && d.tab === 'Read (1)' && JSON.stringify(d.names) === JSON.stringify(['Bob Martin']) && d;
      });
      await shot(alice, '4-alice-who-read');
      await alice.page.keyboard.press('ArrowRight');
      const unread = await until('the others under Unread', async () => {
        const d = await dialogOf(alice);
        return d.tab === 'Unread (3)' && d.names.length === 3 && d;
      });
      if (JSON.stringify([...unread.names].sort()) !== JSON.stringify(['Emma Wilson', '李雷', '韩梅梅'].sort())) {
        throw new Error(`Unread should list Emma, 李雷 and 韩梅梅, it lists ${JSON.stringify(unread.names)}`);
      }
      await shot(alice, '5-alice-who-has-not');
      await alice.page.keyboard.press('Escape');
      await until('the list to close', async () => !(await dialogOf(alice)).open);
    },
  },
];
