import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The script every Chorus Pro page gets (the marks part of the content script, docs/portal.md) stays within its
 * budget in both packages: 40 KB gzipped, what the browser reads and compiles before the first marks. Whatever
 * the panel shows loads after them (entrypoints/content-panel): a feature that pushes this over the budget
 * belongs there.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const BUILDS = { chrome: join(ROOT, '.output/chrome-mv3'), firefox: join(ROOT, '.output/firefox-mv2') };
const BUDGET_BYTES = 40 * 1024;

interface Manifest {
  content_scripts?: { js?: string[]; css?: string[] }[];
}

for (const [browser, dir] of Object.entries(BUILDS)) {
  describe(`${browser} package: the script injected in every Chorus Pro page`, () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const injected = [...new Set((manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]))];

    test('is one script, and the panel part is not injected with it', () => {
      assert.deepEqual(injected, ['content-scripts/content.js']);
      assert.ok(existsSync(join(dir, 'content-panel.js')), 'the panel part is shipped, for the content script to import');
    });

    test(`weighs at most ${BUDGET_BYTES / 1024} KB gzipped`, () => {
      const gzipped = injected.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
      assert.ok(gzipped <= BUDGET_BYTES, `${injected.join(', ')}: ${(gzipped / 1024).toFixed(1)} KB gzipped, over the ${BUDGET_BYTES / 1024} KB budget`);
    });
  });
}
