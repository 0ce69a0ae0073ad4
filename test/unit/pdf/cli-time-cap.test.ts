import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deepNestingPdfForTest, deflateBombPdfForTest } from '../../fuzz/lib/cases.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'acp-cap-'));

/**
 * pdf.js can keep the thread it runs on busy (and starve every timer there): the CLI reads each file in a worker
 * thread watched from the main one, so a file that runs past the cap is stopped — its CPU and memory with it — and
 * the user gets the `timeout` answer, then the next file, and the process exits.
 */
describe('cli extract time cap', () => {
  it('stops a page that keeps pdf.js busy and a decompression bomb, answers timeout, reads on, and exits', () => {
    const good = resolve(ROOT, 'test/corpus/generated/classic-01.pdf');
    // Four million nested graphics states: pdf.js works through them for seconds without a turn of the event loop (a
    // million took under the watchdog's 1.5 s on an idle machine, and the file was read instead of stopped).
    const nested = join(dir, 'imbrique.pdf');
    writeFileSync(nested, deepNestingPdfForTest(4_000_000));
    const bomb = join(dir, 'bombe.pdf');
    writeFileSync(bomb, deflateBombPdfForTest(2000));
    const run = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['cli/main.ts', 'extract', good, nested, bomb, good], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CA_EXTRACT_TIMEOUT_MS: '500' },
      // A hang guard only: without the watchdog the bomb alone runs for minutes.
      timeout: 90_000,
    });
    expect(run.signal).toBeNull();
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.file)).toEqual([good, nested, bomb, good]);
    expect(lines[0]).toMatchObject({ ok: true });
    expect(lines[1]).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(lines[2]).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(lines[3]).toMatchObject({ ok: true });
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});
