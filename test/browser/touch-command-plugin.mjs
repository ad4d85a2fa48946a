// A web-test-runner command that sends trusted touch input through the Chrome DevTools Protocol.
// Events dispatched from page script are untrusted, and Chromium ignores untrusted events for
// popover light dismiss and for the click that follows a tap, so touch behaviour needs real input.
//
// In a test: executeServerCommand('touch', { type: 'touchStart' | 'touchMove' | 'touchEnd', x, y }).

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function touchCommandPlugin() {
  /** One CDP session per page, with touch emulation switched on once. */
  const sessions = new WeakMap();
  return {
    name: 'touch-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch') return undefined;
      if (session.browser.type !== 'playwright') throw new Error('The touch command needs the Playwright launcher.');
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
        sessions.set(page, cdp);
      }
      const { type, x, y } = payload;
      if (!['touchStart', 'touchMove', 'touchEnd'].includes(type)) throw new Error(`Unknown touch type: ${type}`);
      await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
      return true;
    },
  };
}
