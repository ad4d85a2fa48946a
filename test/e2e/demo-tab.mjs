// One tab of the demo page (index.html) signed in as one user, driven the way a person uses it:
// the toolbar, the conversation list, the composer, the message menu. Playwright's CSS locators
// pierce open shadow roots, so `tim-chat tim-message-list tim-message` reaches the rows.
// What the eye cannot count (how many copies the server keeps) is read from the page's own
// `window.timDemo` (the store, the service and the embedded server the demo exposes).

/** Generous: the machines that run this are shared and slow. */
export const WAIT_MS = Number(process.env.E2E_WAIT_MS ?? 20000);

/** Poll `check` until it returns a truthy value; fail with `what` (and the last value) after `timeout`. */
export async function until(what, check, { timeout = WAIT_MS, interval = 150 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await check();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

export function expectEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** Text no earlier run or other test has sent. */
export function uniqueText(label) {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Waits until the message row `row` (a locator) shows the sent or read mark: the server has it. */
export function untilSent(row) {
  return until('the message to be sent', async () =>
    ['sent', 'read'].includes(
      await row
        .locator('[part~="status"]')
        .first()
        .getAttribute('data-status', { timeout: 2000 })
        .catch(() => null),
    ),
  );
}

export class DemoTab {
  /**
   * Open the demo as `userID` in a new tab of `context` (tabs of one context share IndexedDB and
   * BroadcastChannel, so they are "two people" on one embedded server).
   */
  static async open(context, baseURL, userID, { conversation, latency = 0, lang = 'en', theme = 'light', problems } = {}) {
    const page = await context.newPage();
    const tab = new DemoTab(page, userID, problems);
    const params = new URLSearchParams({ user: userID, lang, theme, latency: String(latency) });
    if (conversation) params.set('conversation', conversation);
    tab.url = `${baseURL}/?${params}`;
    await page.goto(tab.url);
    await tab.ready();
    if (conversation) await tab.messages().first().waitFor({ timeout: WAIT_MS });
    return tab;
  }

  constructor(page, userID, problems = []) {
    this.page = page;
    this.userID = userID;
    this.problems = problems;
    page.on('pageerror', (error) => problems.push(`[${userID}] page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`[${userID}] console error: ${message.text()}`);
    });
  }

  /** The list is drawn and the page has finished its start-up (window.timDemo is set last). */
  async ready() {
    await this.rows().first().waitFor({ timeout: WAIT_MS });
    await this.page.waitForFunction(() => Boolean(window.timDemo), null, { timeout: WAIT_MS });
  }

  async reload() {
    await this.page.reload();
    await this.ready();
  }

  // ── Locators ──
  rows() {
    return this.page.locator('tim-chat tim-conversation-list [role="option"]');
  }
  row(conversationID) {
    return this.page.locator(`tim-chat tim-conversation-list [role="option"][data-id="${conversationID}"]`);
  }
  badge(conversationID) {
    return this.row(conversationID).locator('[part="badge"]');
  }
  messages() {
    return this.page.locator('tim-chat tim-message-list tim-message');
  }
  message(text) {
    return this.messages().filter({ hasText: text });
  }
  notices() {
    return this.page.locator('tim-chat tim-message-list tim-message [part~="notice"]');
  }
  composer() {
    return this.page.locator('tim-chat tim-composer textarea');
  }
  typingLine() {
    return this.page.locator('tim-chat [part="header"] .subtitle.typing');
  }

  // ── What a person does ──
  async openConversation(conversationID) {
    // The list re-sorts when a message arrives: a row can move between Playwright finding it and
    // the click landing, as under a person's finger. Then the click opened another chat: click again.
    for (let attempt = 1; ; attempt++) {
      await this.row(conversationID).click();
      try {
        await until(
          `${conversationID} open in ${this.userID}'s tab`,
          async () => (await this.shownConversation()).list === conversationID,
          { timeout: 3000 },
        );
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    await this.messages().first().waitFor({ timeout: WAIT_MS });
  }

  /** Back to the newest message of the open chat, as a person coming back to it (the list's jump button). */
  async toLatest() {
    const jump = this.page.locator('tim-chat tim-message-list [part~="jump-to-latest-button"]');
    if (await jump.isVisible().catch(() => false)) {
      await jump.click();
      await until(`${this.userID}'s chat back at its newest message`, async () => !(await jump.isVisible().catch(() => false)));
    }
  }

  async send(text) {
    const box = this.composer();
    await box.click();
    await box.fill(text);
    await box.press('Enter');
    await this.message(text).first().waitFor({ timeout: WAIT_MS });
  }

  async setFailureRate(rate) {
    await this.page.selectOption('#failures', String(rate));
  }

  async setOffline(offline) {
    if (offline) await this.page.check('#offline');
    else await this.page.uncheck('#offline');
  }

  async setLatency(ms) {
    await this.page.locator('#latency').fill(String(ms));
  }

  /** Right-click the message's bubble and choose `action` (data-action) in its menu. */
  async chooseFromMenu(text, action) {
    await this.message(text).last().locator('[part~="bubble"]').first().click({ button: 'right' });
    const item = this.page.locator(`tim-chat tim-message-list tim-message-actions [role="menuitem"][data-action="${action}"]`);
    await item.waitFor({ timeout: WAIT_MS });
    await item.click();
  }

  // ── What a person sees ──
  /** The delivery mark of the (last) message with this text: sending, failed, sent, read, or null. */
  async status(text) {
    return this.message(text)
      .last()
      .locator('[part~="status"]')
      .first()
      .getAttribute('data-status', { timeout: 2000 })
      .catch(() => null);
  }

  async waitForStatus(text, status) {
    return until(`"${text}" to show the ${status} mark in ${this.userID}'s tab`, async () =>
      (await this.status(text)) === status ? status : null,
    );
  }

  /** Rows on screen whose content includes `text`. */
  async shownCount(text) {
    return this.page.evaluate((text) => {
      const list = document.querySelector('tim-chat')?.shadowRoot?.querySelector('tim-message-list');
      return [...(list?.shadowRoot?.querySelectorAll('tim-message') ?? [])].filter((m) => m.shadowRoot?.textContent?.includes(text)).length;
    }, text);
  }

  /**
   * What the open chat shows: the header's name as on screen (not the status said to screen
   * readers only, such as ", Online"), and the conversations of the list's rows and of the composer.
   */
  async shownConversation() {
    return this.page.evaluate(() => {
      const chat = document.querySelector('tim-chat')?.shadowRoot;
      const list = chat?.querySelector('tim-message-list');
      const rows = [...(list?.shadowRoot?.querySelectorAll('tim-message') ?? [])].map((m) => m.message?.conversationID);
      const heading = chat?.querySelector('[part="header"] h2')?.cloneNode(true);
      for (const hidden of heading?.querySelectorAll('.visually-hidden') ?? []) hidden.remove();
      return {
        title: heading?.textContent?.trim() ?? '',
        list: list?.conversationId ?? '',
        rows: [...new Set(rows)],
        composer: chat?.querySelector('tim-composer')?.conversationId ?? '',
      };
    });
  }

  async badgeCount(conversationID) {
    if (!(await this.badge(conversationID).count())) return 0;
    return Number(await this.badge(conversationID).innerText());
  }

  // ── What only the page's own objects can tell ──
  /** Statuses of the messages with this text in this tab's store (one entry per copy; '/recalled' when recalled). */
  async storeCopies(conversationID, text) {
    return this.page.evaluate(
      ([conversationID, text]) =>
        window.timDemo.store
          .messageList(conversationID)
          .get()
          .messages.filter((m) => JSON.stringify(m.elements).includes(text))
          .map((m) => m.status + (m.isRevoked ? '/recalled' : '')),
      [conversationID, text],
    );
  }

  /** How many messages with this text the embedded server holds in this user's view of the conversation. */
  /** Resolves when the page's store has applied the events it received so far and written them to its cache. */
  async settled() {
    await this.page.evaluate(() => window.timDemo.store.settled());
  }

  async serverCopies(conversationID, text) {
    return this.page.evaluate(
      async ([userID, conversationID, text]) => {
        const page = await window.timDemo.server.getMessageList({ userID, sessionID: 'e2e-probe' }, { conversationID, count: 100 });
        return page.messages.filter((m) => JSON.stringify(m.elements).includes(text)).length;
      },
      [this.userID, conversationID, text],
    );
  }

  /** Whether this user's offline cache holds a queued message with this text (it survives a reload). */
  async outboxHolds(text) {
    return this.page.evaluate(async (text) => {
      const name = (await indexedDB.databases())
        .map((d) => d.name ?? '')
        .find((n) => n.startsWith('tim-cache-') && n.endsWith(`-${window.timDemo.store.state.get().me?.userID}`));
      if (!name) return false;
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        if (!db.objectStoreNames.contains('outbox')) return false;
        const all = await new Promise((resolve, reject) => {
          const request = db.transaction('outbox').objectStore('outbox').getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        return all.some((entry) => JSON.stringify(entry).includes(text));
      } finally {
        db.close();
      }
    }, text);
  }
}
