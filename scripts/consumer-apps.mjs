// Consumer apps: what an app gets from the published package. Shared by `npm run size` and
// scripts/check-examples.mjs. The package is packed as `npm publish` would (`npm pack`, whose
// `prepack` builds dist/), and each app installs the tarball from a folder of its own under
// $TMPDIR/tim-elements-consumers/ — never the repository's sources.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const consumersDir = path.join(tmpdir(), 'tim-elements-consumers');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** `--tarball=<file>` on the command line, or TIM_TARBALL: a tarball packed already (CI packs once). */
export function givenTarball() {
  const arg = process.argv.find((a) => a.startsWith('--tarball='))?.slice('--tarball='.length);
  const file = arg || process.env.TIM_TARBALL;
  return file ? path.resolve(file) : undefined;
}

/** Packs the package (building it first, through `prepack`) and returns the tarball's path. */
export function packTarball() {
  const given = givenTarball();
  if (given) {
    if (!existsSync(given)) throw new Error(`no tarball at ${given}`);
    return given;
  }
  mkdirSync(consumersDir, { recursive: true });
  console.log('consumers: npm pack (prepack builds dist/)…');
  const result = spawnSync(npm, ['pack', '--json', '--pack-destination', consumersDir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`npm pack failed (exit ${result.status})`);
  // prepack's build prints first; npm's JSON is the last thing on stdout.
  const start = result.stdout.startsWith('[') ? 0 : result.stdout.lastIndexOf('\n[') + 1;
  const [{ filename }] = JSON.parse(result.stdout.slice(start));
  return path.join(consumersDir, filename);
}

/**
 * A fresh app folder: `source` copied in (an example of examples/, without node_modules or
 * dist), or an empty one, with `tim-elements` taken from the tarball and `dependencies` added;
 * then `npm install`. Returns the folder.
 */
export function prepareApp(name, { tarball, source, dependencies = {}, files = {} }) {
  const dir = path.join(consumersDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (source) {
    const skipped = (file) =>
      path
        .relative(source, file)
        .split(path.sep)
        .some((part) => part === 'node_modules' || part === 'dist');
    cpSync(source, dir, { recursive: true, filter: (file) => !skipped(file) });
  }
  const packagePath = path.join(dir, 'package.json');
  const pkg = existsSync(packagePath)
    ? JSON.parse(readFileSync(packagePath, 'utf8'))
    : { name: `tim-consumer-${name}`, private: true, type: 'module' };
  pkg.dependencies = { ...pkg.dependencies, ...dependencies, 'tim-elements': `file:${tarball}` };
  writeFileSync(packagePath, `${JSON.stringify(pkg, null, 2)}\n`);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  console.log(`consumers: ${name}: npm install…`);
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return dir;
}

/** Runs a command in an app folder; resolves with its exit code, output shown. */
export function runIn(dir, command, args) {
  const result = spawnSync(command, args, { cwd: dir, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}
