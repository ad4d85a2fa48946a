// `npm test`: the core tests in Node, then the browser tests in Chromium; one closing line.
import { spawn } from 'node:child_process';

function run(command, args) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => { process.stdout.write(chunk); output += chunk; });
    child.stderr.on('data', (chunk) => { process.stderr.write(chunk); output += chunk; });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

// Strip colours so the counts can be read.
const plain = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');
const core = await run(process.execPath, ['scripts/test-core.mjs']);
const coreCounts = /core: (\d+) passed, (\d+) failed/.exec(plain(core.output));
const browser = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js']);
const browserCounts = /(\d+) passed, (\d+) failed/.exec(plain(browser.output).split('\n').reverse().find((l) => /\d+ passed, \d+ failed/.test(l)) ?? '');

const passed = Number(coreCounts?.[1] ?? 0) + Number(browserCounts?.[1] ?? 0);
let failed = Number(coreCounts?.[2] ?? 0) + Number(browserCounts?.[2] ?? 0);
if (core.code !== 0 && failed === 0) failed = 1; // a crash before any count still fails
if (browser.code !== 0 && failed === 0) failed = 1;
console.log(`\nall: ${passed} passed, ${failed} failed`);
process.exit(core.code || browser.code ? 1 : 0);
