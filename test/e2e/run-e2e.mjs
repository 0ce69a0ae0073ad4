// Builds the extension for the browsers the selected specs need, then runs every end-to-end spec with Node's test
// runner, one file at a time (one browser at a time fits the 2-core machines): the Chromium specs in test/e2e, the
// Firefox ones in test/e2e/firefox. `npm run test:e2e -- NAME` runs the specs whose path contains NAME.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const specsIn = (dir) => (existsSync(dir) ? readdirSync(dir) : []).filter((name) => name.endsWith('.e2e.ts')).map((name) => join(dir, name));
const specs = [...specsIn('test/e2e'), ...specsIn('test/e2e/firefox')].filter((path) => !process.argv[2] || path.includes(process.argv[2]));
if (specs.length === 0) {
  console.error('No end-to-end spec found.');
  process.exit(1);
}
// The store-icons and content-script-size specs read both packages.
const readsBothPackages = (path) => path.includes('store-icons') || path.includes('content-script-size');
const needsFirefox = specs.some((path) => path.includes('firefox') || readsBothPackages(path));
const needsChrome = specs.some((path) => !path.includes('firefox'));
if (!process.env.E2E_SKIP_BUILD) {
  if (needsChrome) run('npx', ['wxt', 'build']);
  if (needsFirefox) run('npx', ['wxt', 'build', '-b', 'firefox']);
}
run(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...specs]);
