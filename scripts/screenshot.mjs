// Screenshot a page as a person sees it: node scripts/screenshot.mjs <url> <out.png> [width] [height] [waitSelectorScript]
import { chromium } from 'playwright-core';
import { chromiumFlags, findChromium } from './chromium.mjs';

const [url, out, width = '1280', height = '800'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumFlags });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
});
await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(Number(process.env.WAIT ?? 2500));
await page.screenshot({ path: out });
if (errors.length) console.log(errors.join('\n'));
await browser.close();
