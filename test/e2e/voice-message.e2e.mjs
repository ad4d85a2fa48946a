// Voice messages end to end, as two people use them in their own tabs (Chromium's fake microphone,
// a beeping tone, granted without a prompt: scripts/e2e.mjs launches it with fakeMediaFlags).
// Alice clicks the microphone, records about 2 s (the timer runs, the meter moves), sends; Bob sees
// the voice message with its duration and an "unplayed" dot, plays it, and the dot goes (the played
// mark is kept in his store). Then Alice, on a touch screen, holds the microphone, slides up
// ("Release to cancel") and lets go: nothing is sent. Screenshots go to $SHOTS_DIR (default
// /tmp/shots/voice): recording, release-to-cancel, the sent bubble in both tabs.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expectEqual, until, WAIT_MS } from './demo-tab.mjs';

const ALICE_WITH_BOB = 'C2Cbob';
const BOB_WITH_ALICE = 'C2Calice';
const shotsDir = process.env.SHOTS_DIR ?? '/tmp/shots/voice';

async function shot(tab, name) {
  mkdirSync(shotsDir, { recursive: true });
  await tab.page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

const composerPart = (tab, name) => tab.page.locator(`tim-chat tim-composer [part~="${name}"]`);

/** The ID of the newest voice message in a tab's store for a conversation, or null. */
const newestVoiceID = (tab, conversationID) =>
  tab.page.evaluate((conversationID) => {
    const messages = window.timDemo.store.messageList(conversationID).get().messages;
    const last = [...messages].reverse().find((m) => m.elements[0]?.type === 'TIMSoundElem');
    return last ? { ID: last.ID, second: last.elements[0].second, status: last.status, customInt: last.customInt } : null;
  }, conversationID);

/** What a voice row shows: its duration text, play button state, unplayed dot, playback error. */
const voiceRow = (tab, messageID) =>
  tab.page
    .locator(`tim-chat tim-message-list tim-message[data-id="${messageID}"] tim-message-sound`)
    .first()
    .evaluate((el) => {
      const root = el.shadowRoot;
      return {
        duration: root.querySelector('[part~="duration"]')?.textContent?.trim() ?? '',
        pressed: root.querySelector('[part~="button"]')?.getAttribute('aria-pressed') ?? '',
        label: root.querySelector('[part~="button"]')?.getAttribute('aria-label') ?? '',
        unplayed: Boolean(root.querySelector('[part~="unplayed"]')),
        position: Number(root.querySelector('[part~="progress"]')?.getAttribute('aria-valuenow') ?? 0),
        failed: Boolean(root.querySelector('.error')),
      };
    })
    .catch(() => null);

export const voiceMessageTests = [
  {
    name: 'voice message: Alice records ~2 s with the microphone and sends; Bob sees its duration and plays it (the unplayed dot goes)',
    async run({ alice, bob, context }) {
      await context.grantPermissions(['microphone']);
      // An earlier case may have left Alice in another chat.
      await alice.openConversation(ALICE_WITH_BOB);
      const before = await newestVoiceID(alice, ALICE_WITH_BOB);
      const mic = composerPart(alice, 'voice-button');
      await mic.waitFor({ timeout: WAIT_MS });
      await mic.click();
      const timer = composerPart(alice, 'voice-timer');
      await timer.waitFor({ timeout: WAIT_MS });
      await until('the meter to hear the fake microphone', async () =>
        Number(
          (await composerPart(alice, 'voice-meter')
            .getAttribute('data-level')
            .catch(() => '0')) ?? 0,
        ) > 0.02
          ? true
          : null,
      );
      await shot(alice, '1-alice-recording');
      await until('the timer to reach 0:02', async () => ((await timer.textContent()) >= '0:02' ? true : null));
      // The shared machine may be slow between reading the timer and the click landing: allow for it.
      const shownAtSend = Number((await timer.textContent()).split(':')[1]);
      await composerPart(alice, 'voice-send').click();

      const sent = await until("Alice's voice message to reach the server", async () => {
        const newest = await newestVoiceID(alice, ALICE_WITH_BOB);
        return newest && newest.ID !== before?.ID && newest.status === 'success' ? newest : null;
      });
      if (sent.second < 2 || sent.second > shownAtSend + 2) {
        throw new Error(`the voice message lasts ${sent.second} s; the timer showed 0:0${shownAtSend} when Send was clicked`);
      }
      const duration = `0:${String(sent.second).padStart(2, '0')}`;
      await until("Alice's bubble to show the duration", async () => (await voiceRow(alice, sent.ID))?.duration === duration);

      await bob.openConversation(BOB_WITH_ALICE);
      const received = await until('the voice message in Bob’s tab', async () => {
        const newest = await newestVoiceID(bob, BOB_WITH_ALICE);
        return newest?.ID === sent.ID ? newest : null;
      });
      expectEqual(received.second, sent.second, 'seconds in Bob’s copy');
      const shown = await until('Bob’s voice row', () => voiceRow(bob, sent.ID));
      expectEqual(
        [shown.duration, shown.unplayed, shown.label],
        [duration, true, `Play voice message, ${duration}`],
        'Bob’s row before playing',
      );
      await bob.page.locator(`tim-chat tim-message-list tim-message[data-id="${sent.ID}"] tim-message-sound [part~="button"]`).click();
      await until('Bob’s voice message to play', async () => {
        const row = await voiceRow(bob, sent.ID);
        if (row?.failed) throw new Error('Bob’s voice message failed to play');
        return row && !row.unplayed && (row.pressed === 'true' || row.position > 0) ? row : null;
      });
      await until('the played mark in Bob’s store', async () => ((await newestVoiceID(bob, BOB_WITH_ALICE)).customInt & 1) === 1);
      await until('the voice message to play to its end', async () => (await voiceRow(bob, sent.ID))?.pressed === 'false', {
        timeout: WAIT_MS + sent.second * 1000,
      });
      const after = await voiceRow(bob, sent.ID);
      if (after.failed) throw new Error('Bob’s voice message failed to play');
      await shot(alice, '3-alice-sent');
      await shot(bob, '4-bob-received-played');
    },
  },
  {
    name: 'voice message: on a touch screen Alice holds the microphone, slides up ("Release to cancel"), lets go: nothing is sent',
    async run({ alice, context }) {
      await context.grantPermissions(['microphone']);
      const before = await newestVoiceID(alice, ALICE_WITH_BOB);
      const cdp = await alice.page.context().newCDPSession(alice.page);
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
      const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
      try {
        const box = await composerPart(alice, 'voice-button').boundingBox();
        const x = Math.round(box.x + box.width / 2);
        const y = Math.round(box.y + box.height / 2);
        await touch('touchStart', x, y);
        await until('the timer to reach 0:01 while held', async () =>
          (await composerPart(alice, 'voice-timer')
            .textContent({ timeout: 2000 })
            .catch(() => '')) === '0:01'
            ? true
            : null,
        );
        const hint = composerPart(alice, 'voice-hint');
        expectEqual((await hint.textContent()).trim(), 'Slide up to cancel', 'the hint while held');
        await touch('touchMove', x, y - 120);
        await until('"Release to cancel"', async () => ((await hint.textContent()).trim() === 'Release to cancel' ? true : null));
        await shot(alice, '2-alice-release-to-cancel');
        await touch('touchEnd', x, y - 120);
        await composerPart(alice, 'voice-panel').waitFor({ state: 'detached', timeout: WAIT_MS });
        await alice.settled();
        const after = await newestVoiceID(alice, ALICE_WITH_BOB);
        expectEqual(after?.ID, before?.ID, 'the newest voice message after cancelling');
      } finally {
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false }).catch(() => {});
        await cdp.detach().catch(() => {});
      }
    },
  },
];
