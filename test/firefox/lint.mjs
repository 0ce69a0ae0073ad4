// Builds the Firefox (MV2) extension and runs Mozilla's linter on it, offline. Zero errors or the step fails;
// warnings are listed (they come from bundled libraries: zod's eval probe, Preact's innerHTML support, pdf.js's
// dynamic import; and the content script's import of its own panel part, `browser.runtime.getURL('/content-panel.js')`)
// so that a new one is noticed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = '.output/firefox-mv2';
const bin = (name) => join('node_modules', '.bin', name);

if (!process.env.FIREFOX_SKIP_BUILD) {
  const build = spawnSync(bin('wxt'), ['build', '-b', 'firefox'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(join(SOURCE, 'manifest.json'))) {
  console.error(`No Firefox build in ${SOURCE}.`);
  process.exit(1);
}

const lint = spawnSync(bin('web-ext'), ['lint', '--source-dir', SOURCE, '--self-hosted', '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
} catch {
  console.error('web-ext lint gave no report:', lint.stdout, lint.stderr);
  process.exit(1);
}
const line = (message) => `  ${message.code} ${message.file ?? ''}${message.line ? `:${message.line}` : ''} — ${message.message}`;
console.log(`web-ext lint (${SOURCE}): ${report.summary.errors} error(s), ${report.summary.warnings} warning(s), ${report.summary.notices} notice(s)`);
for (const message of report.warnings) console.log(line(message));
if (report.summary.errors > 0) {
  for (const message of report.errors) console.error(line(message));
  process.exit(1);
}
