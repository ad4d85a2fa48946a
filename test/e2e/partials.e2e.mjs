// The rows of issue 13 that were partial, end to end in the demo's tabs: Alice writes a line,
// attaches two pictures (they wait above the input), and sends them as one message; Bob sees the
// text and both pictures in one bubble. Alice sends where she is (the browser's geolocation, allowed
// for the page) with a place name; Bob sees the location card; without the permission she is told.
// Screenshots go to $SHOTS_DIR (default /tmp/shots/partials).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DemoTab, uniqueText, until, untilSent, WAIT_MS } from './demo-tab.mjs';

const ALICE_WITH_BOB = 'C2Cbob';
const BOB_WITH_ALICE = 'C2Calice';
const shotsDir = process.env.SHOTS_DIR ?? '/tmp/shots/partials';

async function shot(tab, name) {
  mkdirSync(shotsDir, { recursive: true });
  await tab.page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

/** A PNG drawn on a canvas of the page, as a file for the file chooser. */
async function pictureFile(page, name, hue) {
  const base64 = await page.evaluate((h) => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 240;
    const g = canvas.getContext('2d');
    const gradient = g.createLinearGradient(0, 0, 320, 240);
    gradient.addColorStop(0, `hsl(${h} 70% 60%)`);
    gradient.addColorStop(1, `hsl(${h + 60} 70% 35%)`);
    g.fillStyle = gradient;
    g.fillRect(0, 0, 320, 240);
    return canvas.toDataURL('image/png').split(',')[1];
  }, hue);
  return { name, mimeType: 'image/png', buffer: Buffer.from(base64, 'base64') };
}

export const partialsTests = [
  {
    name: 'several elements in one message: Alice sends a line with two pictures as one message; Bob sees them in order in one bubble',
    async run({ alice, bob }) {
      if ((await alice.shownConversation()).list !== ALICE_WITH_BOB) await alice.openConversation(ALICE_WITH_BOB);
      if ((await bob.shownConversation()).list !== BOB_WITH_ALICE) await bob.openConversation(BOB_WITH_ALICE);
      await alice.page.bringToFront();
      const text = uniqueText('Two views from the ridge');
      await alice.composer().fill(text);
      const files = [await pictureFile(alice.page, 'ridge.png', 20), await pictureFile(alice.page, 'valley.png', 200)];
      await alice.page.locator('tim-chat tim-composer input[type="file"][data-kind="image"]').setInputFiles(files);
      const tray = alice.page.locator('tim-chat tim-composer [part~="tray-image"]');
      await until('both pictures to wait in the tray', async () => (await tray.count()) === 2);
      await shot(alice, 'album-1-tray');
      await alice.composer().press('Enter');
      const sent = alice.message(text);
      await sent.waitFor({ timeout: WAIT_MS });
      await untilSent(sent);
      await until('Alice to see both pictures in the bubble', async () => (await sent.locator('tim-message-image').count()) === 2);
      await shot(alice, 'album-2-sent');

      await bob.page.bringToFront();
      const got = bob.message(text);
      await got.waitFor({ timeout: WAIT_MS });
      await until('Bob to see both pictures loaded in one bubble', () =>
        got.evaluate((row) => {
          const bubbles = row.shadowRoot.querySelectorAll('[part~="bubble"]');
          const images = [...row.shadowRoot.querySelectorAll('tim-message-image')].map((el) => el.shadowRoot?.querySelector('img'));
          return bubbles.length === 1 && images.length === 2 && images.every((img) => img?.complete && img.naturalWidth > 0);
        }),
      );
      await got.scrollIntoViewIfNeeded();
      await shot(bob, 'album-3-bob');
    },
  },
  {
    name: 'location: Alice sends where she is (browser geolocation, allowed) with a place name; Bob sees the card; refused, she is told',
    async run({ alice, bob, context }) {
      const origin = new URL(alice.url).origin;
      if ((await alice.shownConversation()).list !== ALICE_WITH_BOB) await alice.openConversation(ALICE_WITH_BOB);
      if ((await bob.shownConversation()).list !== BOB_WITH_ALICE) await bob.openConversation(BOB_WITH_ALICE);
      await alice.page.bringToFront();
      await context.grantPermissions(['geolocation'], { origin });
      await context.setGeolocation({ latitude: 22.524, longitude: 113.9438 });
      const part = (name) => alice.page.locator(`tim-chat tim-composer [part~="${name}"]`);
      try {
        await part('location-button').click();
        await part('location-panel').waitFor({ timeout: WAIT_MS });
        await part('location-current').click();
        await until('the coordinates to come from the browser', async () => (await part('location-latitude').inputValue()) === '22.524');
        const place = uniqueText('Shenzhen Bay Park');
        await part('location-description').fill(place);
        await shot(alice, 'location-1-picker');
        await part('location-send').click();
        const sent = alice.message(place);
        await sent.waitFor({ timeout: WAIT_MS });
        await untilSent(sent);

        await bob.page.bringToFront();
        const card = bob.message(place).locator('[part~="location"]');
        await card.waitFor({ timeout: WAIT_MS });
        const coords = await card.textContent();
        if (!coords.includes('22.5240° N') || !coords.includes('113.9438° E')) throw new Error(`Bob's card shows ${coords}`);
        await shot(bob, 'location-2-bob');

        // A page the user did not allow: the browser refuses, and she is told how to go on.
        const refused = await context.browser().newContext({ viewport: { width: 1280, height: 800 } });
        try {
          const { page } = await DemoTab.open(refused, origin, 'alice', { conversation: ALICE_WITH_BOB, problems: alice.problems });
          const there = (name) => page.locator(`tim-chat tim-composer [part~="${name}"]`);
          await there('location-button').click();
          await there('location-current').click();
          const failure = there('location-failure');
          await failure.waitFor({ timeout: WAIT_MS });
          const said = await failure.textContent();
          if (!said.includes('Location access was denied')) throw new Error(`said: ${said}`);
          await page.screenshot({ path: path.join(shotsDir, 'location-3-denied.png') });
          await there('location-latitude').focus();
          await page.keyboard.press('Escape');
          await there('location-panel').waitFor({ state: 'detached', timeout: WAIT_MS });
        } finally {
          await refused.close();
        }
      } finally {
        await context.clearPermissions();
      }
    },
  },
  {
    name: "group sent mark: Alice's message in Weekend Hikers (no read receipts) shows ✓ sent; in Product Team (receipts) the count instead",
    async run({ alice }) {
      await alice.page.bringToFront();
      await alice.openConversation('GROUPweekend-hikers');
      const text = uniqueText('Bringing extra water');
      await alice.send(text);
      const row = alice.message(text);
      await untilSent(row);
      const label = await row.locator('[part~="status"]').first().getAttribute('aria-label');
      if (label !== 'Sent') throw new Error(`the mark says ${label}`);
      await shot(alice, 'group-sent-mark');

      await alice.openConversation('GROUPproduct-team');
      const asked = uniqueText('Please review the plan');
      await alice.send(asked);
      const counted = alice.message(asked);
      await counted.locator('[part~="read-receipt"]').waitFor({ timeout: WAIT_MS });
      if (await counted.locator('[part~="status"]').count()) throw new Error('a ✓ beside the read count');
      await alice.openConversation(ALICE_WITH_BOB);
    },
  },
  {
    name: "Accept in the conversation list: James asks to join Alice's new group; she accepts from the System notifications row without opening it; James joins, live",
    async run({ alice, context }) {
      const baseURL = new URL(alice.url).origin;
      const groupID = `garden-${Date.now().toString(36)}`;
      await alice.page.bringToFront();
      if ((await alice.shownConversation()).list !== ALICE_WITH_BOB) await alice.openConversation(ALICE_WITH_BOB);
      await alice.page.evaluate(async (id) => {
        const { server } = window.timDemo;
        await server.createGroup({
          groupID: id,
          name: 'Roof Garden',
          ownerID: 'alice',
          memberIDs: ['bob'],
          type: 'Public',
          joinOption: 'NeedPermission',
        });
      }, groupID);
      const james = await DemoTab.open(context, baseURL, 'james', { problems: alice.problems });
      try {
        await alice.page.evaluate((id) => window.timDemo.server.requestToJoinGroup(id, 'james', 'I water plants'), groupID);
        const row = alice.row('@TIM#SYSTEM');
        await row.filter({ hasText: 'asked to join Roof Garden' }).waitFor({ timeout: WAIT_MS });
        const accept = row.locator('[part~="row-accept"]');
        await accept.waitFor({ timeout: WAIT_MS });
        const title = await accept.getAttribute('title');
        if (title !== "Accept James O'Connor's request to join Roof Garden") throw new Error(`Accept is named ${title}`);
        await shot(alice, 'list-accept-1-pending');
        await accept.click();
        await row.locator('[part~="row-application-status"]').filter({ hasText: 'Accepted' }).waitFor({ timeout: WAIT_MS });
        if ((await alice.shownConversation()).list === '@TIM#SYSTEM') throw new Error('System notifications was opened');
        await shot(alice, 'list-accept-2-accepted');

        await james.page.bringToFront();
        await james.row('@TIM#SYSTEM').filter({ hasText: 'approved your request' }).waitFor({ timeout: WAIT_MS });
        await james.row(`GROUP${groupID}`).waitFor({ timeout: WAIT_MS });
        await shot(james, 'list-accept-3-james-joined');
      } finally {
        await james.page.close();
      }
    },
  },
];
