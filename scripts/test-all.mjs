// `npm test`: every test. The core tests in Node, the browser tests in Chromium, then the demo page
// end to end (two tabs chatting through the embedded backend); one closing line with the totals.
import { spawn } from 'node:child_process';

function run(command, args) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      output += chunk;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

// Strip colours so the counts can be read.
const plain = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');
/** The last "N passed, N failed" line a stage printed (after `label` when given). */
function counts(output, label = '') {
  const line =
    plain(output)
      .split('\n')
      .reverse()
      .find((l) => l.includes(label) && /\d+ passed, \d+ failed/.test(l)) ?? '';
  const match = /(\d+) passed, (\d+) failed/.exec(line);
  return { passed: Number(match?.[1] ?? 0), failed: Number(match?.[2] ?? 0) };
}

const stages = [
  { label: 'core:', args: ['scripts/test-core.mjs'] },
  { label: '', args: ['node_modules/@web/test-runner/dist/bin.js'] },
  { label: 'e2e:', args: ['scripts/e2e.mjs'] },
];
let passed = 0;
let failed = 0;
let exitCode = 0;
for (const stage of stages) {
  const result = await run(process.execPath, stage.args);
  const stageCounts = counts(result.output, stage.label);
  passed += stageCounts.passed;
  // A crash before any count still fails.
  failed += result.code !== 0 && stageCounts.failed === 0 ? 1 : stageCounts.failed;
  exitCode ||= result.code;
}
console.log(`\nall: ${passed} passed, ${failed} failed`);
process.exit(exitCode ? 1 : 0);
