// Accessibility of the demo page, end to end: axe-core over its states (both themes, both shipped
// default languages, menus, picker, viewer and dialog open). Each check runs on a page of its
// own context (fresh storage, so the demo seeds itself) and leaves the two chat tabs alone.
import { createRequire } from 'node:module';
import { until, WAIT_MS } from './demo-tab.mjs';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const PRODUCT_TEAM = 'GROUPproduct-team';

/** A fresh demo page (its own storage), signed in as Alice with `conversation` open. */
export async function openDemo(tabs, { lang = 'en', theme = 'light', conversation = PRODUCT_TEAM, context: options = {} } = {}) {
  const baseURL = new URL(tabs.alice.url).origin;
  const context = await tabs.context.browser().newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const params = new URLSearchParams({ user: 'alice', lang, theme, latency: '0' });
  if (conversation) params.set('conversation', conversation);
  await page.goto(`${baseURL}/?${params}`);
  await page.locator('tim-chat tim-conversation-list [role="option"]').first().waitFor({ timeout: WAIT_MS });
  await page.waitForFunction(() => Boolean(window.timDemo), null, { timeout: WAIT_MS });
  if (conversation) await page.locator('tim-chat tim-message-list tim-message').first().waitFor({ timeout: WAIT_MS });
  return { page, context };
}

/** The serious and critical axe violations on the page, one line each (rule, impact, where, why). */
async function axeFindings(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 220)}`),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}) ${node}`));
}

/** Waits for the UI to stop changing (two animation frames with no mutation, twice). */
async function quiet(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        let calm = 0;
        const frame = () => requestAnimationFrame(() => requestAnimationFrame(check));
        let changed = false;
        const observer = new MutationObserver(() => (changed = true));
        const observeDeep = (root) => {
          observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
          for (const el of root.querySelectorAll('*')) if (el.shadowRoot) observeDeep(el.shadowRoot);
        };
        observeDeep(document);
        const check = () => {
          calm = changed ? 0 : calm + 1;
          changed = false;
          if (calm >= 2) {
            observer.disconnect();
            resolve();
          } else frame();
        };
        frame();
      }),
  );
  await page.evaluate(() => document.fonts.ready);
}

/** The demo's states a person meets, each opened the way a person opens it. */
const STATES = [
  { name: 'the chat open', open: async () => {} },
  {
    name: 'a message menu open',
    open: async (page) => {
      await page.locator('tim-chat tim-message-list tim-message [part~="bubble"]').last().click({ button: 'right' });
      await page.locator('tim-chat tim-message-list tim-message-actions [role="menuitem"]').first().waitFor({ timeout: WAIT_MS });
    },
  },
  {
    name: 'a conversation menu open',
    open: async (page) => {
      await page.locator('tim-chat tim-conversation-list [role="option"]').first().click({ button: 'right' });
      await page.locator('tim-chat tim-conversation-list [role="menuitem"]').first().waitFor({ timeout: WAIT_MS });
    },
  },
  {
    name: 'the emoji picker open',
    open: async (page) => {
      await page.locator('tim-chat tim-composer [part~="emoji-button"]').click();
      await page.locator('tim-chat tim-composer tim-emoji-picker [role="option"]').first().waitFor({ timeout: WAIT_MS });
    },
  },
  {
    name: 'the image viewer open',
    open: async (page) => {
      // The group's picture is days up its history: scroll up to it as a person would.
      const image = page.locator('tim-chat tim-message-list tim-message-image [part~="image"]').last();
      await page.locator('tim-chat tim-message-list').hover();
      await until('the picture to scroll into the list', async () => (await image.count()) > 0 || void (await page.mouse.wheel(0, -600)), {
        interval: 100,
      });
      await image.scrollIntoViewIfNeeded();
      await image.click();
      await page.locator('tim-chat tim-image-viewer dialog[open]').waitFor({ timeout: WAIT_MS });
    },
  },
  {
    name: 'the delete-conversation dialog open',
    open: async (page) => {
      await page.locator('tim-chat tim-conversation-list [role="option"]').first().click({ button: 'right' });
      await page.locator('tim-chat tim-conversation-list [role="menuitem"].danger').first().click();
      await page.locator('tim-chat tim-confirm-dialog dialog[open]').waitFor({ timeout: WAIT_MS });
    },
  },
  {
    name: 'the group info panel with a member’s menu open',
    open: async (page) => {
      await page.locator('tim-chat [part~="group-info-button"]').click();
      await page.locator('tim-chat tim-group-info dialog[open]').waitFor({ timeout: WAIT_MS });
      await page.locator('tim-chat tim-group-info [part~="member-more-button"]').first().click();
      await page.locator('tim-chat tim-group-info [part~="member-menu"] [role="menuitem"]').first().waitFor({ timeout: WAIT_MS });
    },
    // Escape closes the member's menu first, then the panel.
    close: async (page) => {
      await page.keyboard.press('Escape');
      await page.locator('tim-chat tim-group-info [part~="member-menu"]').waitFor({ state: 'detached', timeout: WAIT_MS });
      await page.keyboard.press('Escape');
    },
  },
];

const VARIANTS = [
  { lang: 'en', theme: 'light' },
  { lang: 'en', theme: 'dark' },
  { lang: 'zh-CN', theme: 'light' },
  { lang: 'zh-CN', theme: 'dark' },
];

export const a11yTests = [
  {
    name: 'axe: no serious or critical violation in the demo, both themes and languages, with menus, picker, viewer, dialog and group info open',
    async run(tabs) {
      const failures = [];
      for (const variant of VARIANTS) {
        const { page, context } = await openDemo(tabs, variant);
        try {
          for (const state of STATES) {
            await state.open(page).catch(async (error) => {
              await page
                .screenshot({ path: `${process.env.TMPDIR ?? '/tmp'}/tim-e2e/a11y-${variant.lang}-${variant.theme}.png` })
                .catch(() => {});
              throw new Error(`opening ${state.name} (${variant.lang} ${variant.theme}): ${error.message.split('\n')[0]}`);
            });
            await quiet(page);
            for (const finding of await axeFindings(page)) failures.push(`[${variant.lang} ${variant.theme}, ${state.name}] ${finding}`);
            if (state.close) await state.close(page);
            else await page.keyboard.press('Escape');
            await until(
              'the state to close',
              async () => !(await page.locator('tim-chat [role="menu"]:visible, tim-chat dialog[open]').count()),
              {
                timeout: 5000,
              },
            ).catch(() => page.reload());
          }
        } finally {
          await context.close();
        }
      }
      if (failures.length) throw new Error(`${failures.length} serious/critical axe findings:\n  ${[...new Set(failures)].join('\n  ')}`);
    },
  },
];
