// Message search end to end, as the people in the demo use it in their own tabs: Bob writes to
// Alice (in English and in Chinese, without spaces); Alice, in another chat, finds the message from
// the conversation list's "Search messages" by part of a Chinese phrase and by a word she is still
// typing, chooses it by keyboard and lands on it in her chat with Bob; then she searches within that
// chat from its header. Screenshots go to $SHOTS_DIR (default /tmp/shots/search).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { until, WAIT_MS } from './demo-tab.mjs';

const shotsDir = process.env.SHOTS_DIR ?? '/tmp/shots/search';

async function shot(tab, name) {
  mkdirSync(shotsDir, { recursive: true });
  await tab.page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

const resultRows = (tab) => tab.page.locator('tim-message-search [role="option"]');

async function focusIsInSearchBox(tab) {
  await until('the search box to hold the focus', () =>
    tab.page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.localName === 'input' && active.getRootNode().host?.localName === 'tim-message-search';
    }),
  );
}

export const messageSearchTests = [
  {
    name: 'message search: Alice finds what Bob wrote (Chinese without spaces, an English word being typed), jumps to it by keyboard, then searches within the chat',
    async run({ alice, bob }) {
      const tag = Date.now().toString(36);
      const english = `Pineapple party on Friday ${tag}`;
      const chinese = `周五菠萝派对见${tag}`;
      await bob.page.bringToFront();
      await bob.openConversation('C2Calice');
      await bob.send(english);
      await bob.send(chinese);

      await alice.page.bringToFront();
      // Alice is elsewhere: the search takes her to the chat.
      const other = await alice.rows().evaluateAll((rows) => rows.map((r) => r.dataset.id).find((id) => id && id !== 'C2Cbob'));
      await alice.openConversation(other);
      await alice.page.locator('tim-chat tim-conversation-list [part~="search-messages-button"]').click();
      await focusIsInSearchBox(alice);
      await alice.page.keyboard.type('菠萝派');
      const found = resultRows(alice).filter({ hasText: chinese });
      await found.waitFor({ timeout: WAIT_MS });
      const marked = await found.locator('mark').allTextContents();
      if (!marked.includes('菠萝派')) throw new Error(`the match is not marked: ${JSON.stringify(marked)}`);
      await shot(alice, '1-found-chinese');

      // An English word still being typed matches as a prefix.
      await alice.page.keyboard.press('Control+A');
      await alice.page.keyboard.type('pineap');
      await resultRows(alice).filter({ hasText: english }).waitFor({ timeout: WAIT_MS });
      await shot(alice, '2-found-prefix');
      await alice.page.keyboard.press('Control+A');
      await alice.page.keyboard.type(`${tag} pineapple fri`);
      await until('only the English message to match', async () => {
        const texts = await resultRows(alice).allTextContents();
        return texts.length === 1 && texts[0].includes(english);
      });
      await alice.page.keyboard.press('ArrowDown');
      await alice.page.keyboard.press('Enter');
      await until('Alice to land in her chat with Bob', () =>
        alice.page.evaluate(() => window.timDemo?.store?.state.get().activeConversationID === 'C2Cbob'),
      );
      await alice.message(english).first().waitFor({ timeout: WAIT_MS });
      await until('the message to be highlighted in view', () =>
        alice
          .message(english)
          .first()
          .evaluate((row) => {
            const box = row.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight;
          }),
      );
      await shot(alice, '3-jumped');

      // Within this chat, from its header.
      await alice.page.locator('tim-chat [part~="search-button"]').click();
      await focusIsInSearchBox(alice);
      await alice.page.keyboard.type(tag);
      await until('both of Bob’s messages in this chat', async () => (await resultRows(alice).count()) === 2);
      const title = await alice.page.locator('tim-message-search [part~="title"]').textContent();
      if (title?.trim() !== 'Search in this chat') throw new Error(`unexpected title ${title}`);
      await shot(alice, '4-in-chat');
      // A search box's Escape first clears its words (the browser's own), then closes the dialog.
      await alice.page.keyboard.press('Escape');
      await until('the words to be cleared', async () => (await resultRows(alice).count()) === 0);
      await alice.page.keyboard.press('Escape');
      await until('the dialog to close', async () => !(await alice.page.locator('tim-message-search dialog[open]').count()));

      // More than a page of results: "Show more results" at the end loads the rest as it comes into view.
      const many = `melon${tag}`;
      await bob.page.evaluate(async (word) => {
        for (let i = 0; i < 60; i++) await window.timDemo.store.sendText('C2Calice', `${word} number ${i}`);
      }, many);
      await alice.message(`${many} number 59`).first().waitFor({ timeout: WAIT_MS });
      await alice.page.evaluate(async () => {
        const store = window.timDemo.store;
        while (!store.messageList('C2Cbob').get().isCompleted) await store.loadOlder('C2Cbob');
      });
      await alice.page.locator('tim-chat [part~="search-button"]').click();
      await focusIsInSearchBox(alice);
      await alice.page.keyboard.type(many);
      const more = alice.page.locator('tim-message-search [part~="load-more"]');
      await more.waitFor({ timeout: WAIT_MS });
      if ((await resultRows(alice).count()) !== 51)
        throw new Error(`expected 50 results and "Show more", got ${await resultRows(alice).count()}`);
      await more.scrollIntoViewIfNeeded();
      await until('all 60, nothing more', async () => (await resultRows(alice).count()) === 60 && !(await more.count()));
      await shot(alice, '5-more-results');
      await alice.page.keyboard.press('Escape');
      await alice.page.keyboard.press('Escape');
      await until('the dialog to close', async () => !(await alice.page.locator('tim-message-search dialog[open]').count()));
    },
  },
];
