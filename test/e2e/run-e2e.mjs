// Builds the extension once, then runs every end-to-end spec with Node's test runner, one file at a time
// (one Chromium at a time fits the 2-core machines).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!process.env.E2E_SKIP_BUILD) run('npx', ['wxt', 'build']);
const specs = readdirSync('test/e2e')
  .filter((name) => name.endsWith('.e2e.ts'))
  .filter((name) => !process.argv[2] || name.includes(process.argv[2]))
  .map((name) => join('test/e2e', name));
if (specs.length === 0) {
  console.error('No end-to-end spec found.');
  process.exit(1);
}
run(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...specs]);
