// End to end in the demo's two tabs: Bob translates Alice's message (the embedded backend's
// dictionary), sees "No translation available" for a text it does not know, and turns a voice
// message into text; a markdown message Alice sends shows formatted in Bob's tab, live.
// Registered in scripts/e2e.mjs; E2E_SHOTS_DIR=<dir> also saves what each step looks like.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { expectEqual, uniqueText, until, WAIT_MS } from './demo-tab.mjs';

const BOB_WITH_ALICE = 'C2Calice';

async function shot(tab, name) {
  const dir = process.env.E2E_SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await tab.page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/** The translation / transcript box under the (last) message with this text, as Bob's tab shows it. */
function conversion(tab, text) {
  return tab.message(text).last().locator('[part~="conversion"], [part~="conversion-toggle"]').first();
}

async function openBobsChat(bob) {
  if ((await bob.shownConversation()).list !== BOB_WITH_ALICE) await bob.openConversation(BOB_WITH_ALICE);
}

export const translateMarkdownTests = [
  {
    name: "translate: Bob translates Alice's message into his language, collapses it; an unknown text says there is none",
    async run({ alice, bob }) {
      // A line of the demo's dictionary (the embedded backend translates only what it knows).
      const known = '周六你去吗？';
      await alice.send(known);
      await openBobsChat(bob);
      await bob.message(known).last().waitFor({ timeout: WAIT_MS });
      await bob.chooseFromMenu(known, 'translate');
      await until(
        'the translation under the bubble',
        async () =>
          (await conversion(bob, known)
            .getAttribute('data-status')
            .catch(() => null)) === 'shown',
      );
      const box = conversion(bob, known);
      expectEqual((await box.locator('.conversion-text').innerText()).trim(), 'Are you going on Saturday?', 'the translation');
      expectEqual((await box.innerText()).includes('Translated into English'), true, 'the label names the language');
      await shot(bob, 'e2e-bob-translation');
      await box.getByRole('button', { name: 'Hide' }).click();
      await until(
        'the collapsed chip',
        async () =>
          (await conversion(bob, known)
            .getAttribute('data-status')
            .catch(() => null)) === 'hidden',
      );

      const unknown = uniqueText('Nothing in the dictionary');
      await alice.send(unknown);
      await bob.message(unknown).last().waitFor({ timeout: WAIT_MS });
      await bob.chooseFromMenu(unknown, 'translate');
      await until(
        'the answer',
        async () =>
          (await conversion(bob, unknown)
            .getAttribute('data-status')
            .catch(() => null)) === 'error',
      );
      expectEqual((await conversion(bob, unknown).innerText()).includes('No translation available'), true, 'says there is none');
      await shot(bob, 'e2e-bob-no-translation');
    },
  },
  {
    name: "voice to text: Bob converts the demo's voice message to its words",
    async run({ bob }) {
      await openBobsChat(bob);
      const voice = bob
        .messages()
        .filter({ has: bob.page.locator('tim-message-sound') })
        .last();
      await voice.waitFor({ timeout: WAIT_MS });
      await voice.locator('[part~="bubble"]').first().click({ button: 'right' });
      await bob.page.locator('tim-chat tim-message-list tim-message-actions [role="menuitem"][data-action="convert-to-text"]').click();
      const box = voice.locator('[part~="conversion"]').first();
      await until('the transcript', async () => (await box.getAttribute('data-status').catch(() => null)) === 'shown');
      expectEqual((await box.locator('.conversion-text').innerText()).trim(), 'Just finishing a call, one minute.', 'the transcript');
      await shot(bob, 'e2e-bob-voice-to-text');
    },
  },
  {
    name: 'markdown: a markdown message Alice sends shows formatted in Bob’s tab, links and code included, nothing raw',
    async run({ alice, bob }) {
      const marker = uniqueText('Launch');
      const text = `**${marker}** is *go*\n\n- run \`npm test\`\n- read [the notes](https://example.com/notes)\n\n> ship it`;
      await openBobsChat(bob);
      // What an app does to send markdown: the text, flagged in cloudCustomData (withMarkdownFormat).
      await alice.page.evaluate(
        ([t]) => window.timDemo.store.sendText('C2Cbob', t, { cloudCustomData: JSON.stringify({ textFormat: 'markdown' }) }),
        [text],
      );
      const row = bob.message(marker).last();
      await row.waitFor({ timeout: WAIT_MS });
      const md = row.locator('[part~="markdown"]');
      await md.waitFor({ timeout: WAIT_MS });
      expectEqual(await md.locator('strong').first().innerText(), marker, 'bold');
      expectEqual(await md.locator('em').first().innerText(), 'go', 'italic');
      expectEqual(await md.locator('li code').first().innerText(), 'npm test', 'inline code in a list');
      expectEqual(await md.locator('a').first().getAttribute('href'), 'https://example.com/notes', 'the link');
      expectEqual((await md.locator('blockquote').innerText()).trim(), 'ship it', 'the quote');
      expectEqual((await row.innerText()).includes('**'), false, 'no raw markers');
      await row.scrollIntoViewIfNeeded();
      await shot(bob, 'e2e-bob-markdown');
      await shot(alice, 'e2e-alice-markdown');
    },
  },
];
